// engine/host/cli_main.cpp — the `gort` command: `gort run FILE.go [flags]` runs a program with
// Go's exit statuses (0; 1 compile error; 2 panic/fatal; os.Exit's code), output streamed per
// event; `gort test FILE.go|FILE.md` checks `// Output:` blocks; `gort fmt FILE.go` prints it
// as gofmt does (`--fix-imports`: and fixes its std imports, as goimports does); `gort vet
// FILE.go` reports what go vet would (`gort run --vet` first vets, then runs). The same main is
// the Node CLI (build/wasm-node/gort.js, run on a pthread by
// PROXY_TO_PTHREAD).
#include <unistd.h>

#include <string>
#include <vector>

#include "host/cli_embed.h"
#include "host/cli_options.h"
#include "host/crash_signals.h"
#include "host/engine.h"
#include "host/fd_host.h"
#include "host/fd_io.h"
#include "host/golden_run.h"
#include "host/txtar.h"
#include "lang/format/format.h"
#include "lang/frontend.h"
#include "lang/vet/vet.h"
#include "lang/imports/fix_imports.h"

namespace {

void print_err(const std::string& s) { gort::host::fd_write_all(2, s.data(), s.size()); }

// `gort fmt [-l] [--fix-imports] FILE.go...`: gofmt's output (stdout), or its syntax errors
// (stderr, exit 2). -l lists the files whose formatting differs instead. --fix-imports (or
// -imports) also adds missing std imports and removes unused ones, as goimports does.
int run_fmt(const std::vector<std::string>& args) {
  using namespace gort::host;
  bool list = false, fix = false;
  std::vector<std::string> files;
  for (size_t i = 1; i < args.size(); i++) {
    if (args[i] == "-l") list = true;
    else if (args[i] == "--fix-imports" || args[i] == "-imports") fix = true;
    else files.push_back(args[i]);
  }
  if (files.empty()) {
    print_err("usage: gort fmt [-l] [--fix-imports] FILE.go...\n");
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
                      : fix                     ? gort::lang::imports::fix_imports(src, f, &err)
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

// Vets source: go vet's "# command-line-arguments" block on stderr. Returns true when there
// were findings or the file does not compile (compile errors are printed only if
// print_errors: `gort run --vet` leaves them to the run, which prints them anyway).
// The file as go vet names it: relative to the working directory, "./" before a bare name.
std::string vet_display_name(std::string file) {
  if (!file.empty() && file[0] == '/') {
    char buf[4096];
    if (getcwd(buf, sizeof buf)) {
      std::string cwd = buf;
      if (cwd != "/" && file.rfind(cwd + "/", 0) == 0) file = file.substr(cwd.size() + 1);
    }
  }
  while (file.rfind("./", 0) == 0) file = file.substr(2);
  if (file.find('/') == std::string::npos) file = "./" + file;
  return file;
}

bool vet_and_print(const std::string& source, const std::string& shown, const gort::RunOptions& opts,
                   bool print_errors) {
  namespace lang = gort::lang;
  lang::CheckOptions copts;
  copts.go_minor = opts.go_minor;
  std::vector<lang::vet::Finding> findings;
  std::vector<lang::Diagnostic> errors;
  if (!lang::vet::vet_source(source, opts.filename, copts, findings, errors)) {
    if (print_errors) print_err("# command-line-arguments\n" + lang::format_diagnostics(shown, errors));
    return true;
  }
  if (findings.empty()) return false;
  print_err("# command-line-arguments\n" + lang::vet::format_findings(shown, findings));
  return true;
}

// `gort vet FILE.go [--go 1.21..1.24]`: go vet's findings (stderr) and exit status: 0 when
// clean, 2 when vet reports something or the file does not compile (Go 1.19's go vet uses 2
// for both).
int run_vet(const std::vector<std::string>& args) {
  using namespace gort::host;
  std::vector<std::string> rest(args.begin() + 1, args.end());
  rest.insert(rest.begin(), "run");
  CliCommand cmd = parse_cli(rest);
  if (!cmd.error.empty()) {
    std::string e = cmd.error;
    if (e.rfind("gort run", 0) == 0) e = "gort vet" + e.substr(8);
    print_err(e);
    return 2;
  }
  std::string source;
  if (!read_host_file(cmd.file, source)) {
    print_err("gort vet: cannot read " + cmd.file + "\n");
    return 1;
  }
  return vet_and_print(source, vet_display_name(cmd.file), cmd.opts, true) ? 2 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace gort::host;
  install_crash_handlers();
  std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty() && args[0] == "fmt") fast_exit(run_fmt(args));
  if (!args.empty() && args[0] == "vet") fast_exit(run_vet(args));
  // `gort run --vet`: vet first (findings on stderr, as the Go playground shows them before
  // the output), then run whatever vet said. Off by default, like `go run`.
  bool vet_first = false;
  for (size_t i = 1; i < args.size(); i++) {
    if (args[i] == "--vet" || args[i] == "-vet") {
      vet_first = true;
      args.erase(args.begin() + long(i));
      break;
    }
  }
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
    std::string v = "gort (Go subset, language versions 1.21 to 1.24)\n";
    fd_write_all(1, v.data(), v.size());
    fast_exit(0);
  }
  if (cmd.command == "test") fast_exit(run_golden_file(cmd.file, cmd.opts));

  std::string source;
  if (!read_host_file(cmd.file, source)) {
    print_err("gort run: cannot read " + cmd.file + "\n");
    fast_exit(1);
  }
  if (!is_txtar(source)) {
    // //go:embed: the files next to the program, as `go run` takes them from its directory.
    // (A txtar's files are its own: its other sections, never the disk around it.)
    std::string err = add_embed_files_next_to(cmd.file, source, cmd.opts);
    if (!err.empty()) {
      print_err(err);
      fast_exit(1);
    }
  }
  if (vet_first && cmd.command == "run") vet_and_print(source, vet_display_name(cmd.file), cmd.opts, false);
  FdHost host;
  host.collect = !cmd.opts.trace_file.empty();
  int status = gort::run(source, cmd.opts, host);
  if (!cmd.opts.trace_file.empty() && !write_host_file(cmd.opts.trace_file, host.trace.json()))
    print_err("gort: --trace: cannot write " + cmd.opts.trace_file + "\n");
  // Exit at once: an M may still be blocked in a stdin read, and Go's main returning ends the
  // program without waiting for other goroutines.
  fast_exit(status);
}
