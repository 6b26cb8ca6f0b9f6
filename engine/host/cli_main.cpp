// engine/host/cli_main.cpp — the `gort` command: `gort run FILE.go [flags]` runs a program with
// Go's exit statuses (0; 1 compile error; 2 panic/fatal; os.Exit's code), output streamed per
// event; `gort test FILE.go|FILE.md` checks `// Output:` blocks; `gort fmt FILE.go` prints it
// as gofmt does. The same main is the Node CLI (build/wasm-node/gort.js, run on a pthread by
// PROXY_TO_PTHREAD).
#include <string>
#include <vector>

#include "host/cli_options.h"
#include "host/crash_signals.h"
#include "host/engine.h"
#include "host/fd_host.h"
#include "host/fd_io.h"
#include "host/golden_run.h"
#include "host/txtar.h"
#include "lang/format/format.h"

namespace {

void print_err(const std::string& s) { gort::host::fd_write_all(2, s.data(), s.size()); }

// `gort fmt [-l] FILE.go...`: gofmt's output (stdout), or its syntax errors (stderr, exit 2).
// -l lists the files whose formatting differs instead.
int run_fmt(const std::vector<std::string>& args) {
  using namespace gort::host;
  bool list = false;
  std::vector<std::string> files;
  for (size_t i = 1; i < args.size(); i++) {
    if (args[i] == "-l") list = true;
    else files.push_back(args[i]);
  }
  if (files.empty()) {
    print_err("usage: gort fmt [-l] FILE.go...\n");
    return 2;
  }
  int status = 0;
  for (const std::string& f : files) {
    std::string src;
    if (!read_host_file(f, src)) {
      print_err("open " + f + ": no such file or directory\n");
      status = 2;
      continue;
    }
    std::string err;
    std::string base = f.substr(f.find_last_of('/') == std::string::npos ? 0 : f.find_last_of('/') + 1);
    // A txtar file: each .go file formatted (errors name the file in the archive).
    std::string out = gort::host::is_txtar(src) ? gort::host::format_program(src, base, &err)
                                                : gort::lang::format::format_source(src, f, &err);
    if (!err.empty()) {
      print_err(err);
      status = 2;
      continue;
    }
    if (list && out != src) {
      std::string line = f + "\n";
      fd_write_all(1, line.data(), line.size());
    }
    if (!list) {
      fd_write_all(1, out.data(), out.size());
    }
  }
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace gort::host;
  install_crash_handlers();
  std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty() && args[0] == "fmt") fast_exit(run_fmt(args));
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
