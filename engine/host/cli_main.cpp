// engine/host/cli_main.cpp — the `gort` command: `gort run FILE.go [flags]` runs a program with
// Go's exit statuses (0; 1 compile error; 2 panic/fatal; os.Exit's code), output streamed per
// event; `gort test FILE.go|FILE.md` checks `// Output:` blocks. The same main is the Node CLI
// (build/wasm-node/gort.js, run on a pthread by PROXY_TO_PTHREAD).
#include <string>
#include <vector>

#include "host/cli_options.h"
#include "host/crash_signals.h"
#include "host/engine.h"
#include "host/fd_host.h"
#include "host/fd_io.h"
#include "host/golden_run.h"

namespace {

void print_err(const std::string& s) { gort::host::fd_write_all(2, s.data(), s.size()); }

}  // namespace

int main(int argc, char** argv) {
  using namespace gort::host;
  install_crash_handlers();
  std::vector<std::string> args(argv + 1, argv + argc);
  CliCommand cmd = parse_cli(args);
  if (!cmd.error.empty()) {
    print_err(cmd.error);
    fast_exit(2);
  }
  if (cmd.command == "help") {
    std::string u = usage_text();
    fd_write_all(1, u.data(), u.size());
    fast_exit(0);
  }
  if (cmd.command == "version") {
    std::string v = "gort (Go subset, language versions 1.21 and 1.22)\n";
    fd_write_all(1, v.data(), v.size());
    fast_exit(0);
  }
  if (cmd.command == "test") fast_exit(run_golden_file(cmd.file, cmd.opts));

  std::string source;
  if (!read_host_file(cmd.file, source)) {
    print_err("gort run: cannot read " + cmd.file + "\n");
    fast_exit(1);
  }
  FdHost host;
  int status = gort::run(source, cmd.opts, host);
  // Exit at once: an M may still be blocked in a stdin read, and Go's main returning ends the
  // program without waiting for other goroutines.
  fast_exit(status);
}
