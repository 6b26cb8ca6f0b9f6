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

// Applies run flags (--gomaxprocs N, --faketime, --go 1.21, --seed N, --schedtrace) from a list
// of words to opts. Returns "" or an error message naming the bad flag.
std::string apply_run_flags(const std::vector<std::string>& words, RunOptions& opts);

// Splits a flag line like "--faketime --gomaxprocs 1" into words.
std::vector<std::string> split_words(std::string_view line);

const char* usage_text();

}  // namespace gort::host
