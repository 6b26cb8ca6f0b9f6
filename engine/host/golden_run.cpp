// engine/host/golden_run.cpp — see golden_run.h. Each case runs with the command line's options
// overridden by the case's own `// gort:` flags.
#include "host/golden_run.h"

#include "host/cli_options.h"
#include "host/fd_host.h"
#include "host/fd_io.h"
#include "host/golden.h"

namespace gort::host {
namespace {

void say(const std::string& s) { fd_write_all(1, s.data(), s.size()); }

}  // namespace

int run_golden_file(const std::string& path, const RunOptions& base) {
  std::string text;
  if (!read_host_file(path, text)) {
    std::string msg = "gort test: cannot read " + path + "\n";
    fd_write_all(2, msg.data(), msg.size());
    return 1;
  }
  std::vector<GoldenCase> cases = extract_cases(path, text);
  if (cases.empty()) {
    say("gort test: " + path + ": no `// Output:` blocks to check\n");
    return 1;
  }
  int failed = 0;
  for (const GoldenCase& c : cases) {
    RunOptions opts = base;
    std::string err = apply_run_flags(c.exp.flags, opts);
    if (!err.empty()) {
      say("--- FAIL: " + c.name + ": bad // gort: line: " + err + "\n");
      failed++;
      continue;
    }
    std::string in;
    for (const std::string& l : c.exp.stdin_lines) in += l + "\n";
    CaptureHost host(in);
    int status = gort::run(c.source, opts, host);
    std::string report = check_output(c.exp, host.out, host.err, status);
    if (report.empty()) {
      say("--- PASS: " + c.name + "\n");
    } else {
      say("--- FAIL: " + c.name + "\n" + report);
      failed++;
    }
  }
  say(failed ? "FAIL " + path + " (" + std::to_string(failed) + " of " +
                   std::to_string(cases.size()) + " failed)\n"
             : "ok   " + path + " (" + std::to_string(cases.size()) + " cases)\n");
  return failed ? 1 : 0;
}

}  // namespace gort::host
