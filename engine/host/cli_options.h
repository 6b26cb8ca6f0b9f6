// engine/host/cli_options.h — the command line of `gort` (native and under Node), parsed into
// a command, a file and gort::RunOptions. Shared by the CLI main and the golden-test runner so
// that `// gort: --faketime ...` header lines in test programs mean exactly what flags mean.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "host/engine.h"

namespace gort::host {

struct CliCommand {
  std::string command;  // "run" | "test" | "help" | "version"
  std::string file;
  RunOptions opts;
  std::string error;    // non-empty: usage error, print it and exit 2 (as `go` does)
};

// Parses argv[1..] (the program name excluded).
CliCommand parse_cli(const std::vector<std::string>& args);

// Applies run flags (--gomaxprocs N, --faketime, --go 1.21, --seed N, --schedtrace, the limits
// --time-limit DUR, --memory-limit SIZE, --output-limit SIZE, --max-goroutines N) from a list
// of words to opts. Returns "" or an error message naming the bad flag.
std::string apply_run_flags(const std::vector<std::string>& words, RunOptions& opts);

// "5s", "1m30s", "250ms", "1.5s" (Go's time.ParseDuration units ns us µs ms s m h; a bare
// number is seconds) -> ns > 0. False on junk, zero or overflow.
bool parse_duration(std::string_view s, int64_t& ns);
// "64MiB", "64M", "1GiB", "500KB", "1000000" -> bytes > 0 (KiB/MiB/GiB and K/M/G are powers
// of 1024, KB/MB/GB of 1000, B or none is bytes). False on junk, zero or overflow.
bool parse_size(std::string_view s, uint64_t& bytes);

// Splits a flag line like "--faketime --gomaxprocs 1" into words.
std::vector<std::string> split_words(std::string_view line);

const char* usage_text();

}  // namespace gort::host
