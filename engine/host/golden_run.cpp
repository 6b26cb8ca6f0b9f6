// engine/host/golden_run.cpp — see golden_run.h. Each case runs with the command line's options
// overridden by the case's own `// gort:` flags.
#include "host/golden_run.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "host/cli_embed.h"
#include "host/cli_options.h"
#include "host/fd_host.h"
#include "host/fd_io.h"
#include "host/golden.h"
#include "host/txtar.h"
#include "lang/testmain.h"

namespace gort::host {
namespace {

void say(const std::string& s) { fd_write_all(1, s.data(), s.size()); }

bool ends_with(const std::string& s, const char* suf) {
  size_t n = std::char_traits<char>::length(suf);
  return s.size() >= n && s.compare(s.size() - n, n, suf) == 0;
}

// A test program's own expectation: only `//` lines at column 0 count, so the `// Output:`
// comments of its Example functions (indented, inside their bodies) are not read as one.
Expectation top_level_expectation(const std::string& text) {
  std::string kept;
  size_t off = 0;
  while (off < text.size()) {
    size_t nl = text.find('\n', off);
    if (nl == std::string::npos) nl = text.size();
    std::string_view line(text.data() + off, nl - off);
    if (line.substr(0, 2) == "//") kept.append(line);
    kept.push_back('\n');
    off = nl + 1;
  }
  return parse_expectation(kept);
}

bool has_expectation(const Expectation& e) { return e.has_output || e.has_stderr; }

// The report cut to its first lines: a CI log stays readable when a program goes wrong.
std::string short_report(const std::string& r, size_t max_lines = 20) {
  std::string out;
  size_t lines = 0, off = 0;
  while (off < r.size() && lines < max_lines) {
    size_t nl = r.find('\n', off);
    if (nl == std::string::npos) nl = r.size();
    out += "    " + r.substr(off, nl - off) + "\n";
    off = nl + 1;
    lines++;
  }
  if (off < r.size()) out += "    ...\n";
  return out;
}

struct Tally {
  int passed = 0, failed = 0;
};

// Runs one case; returns its report ("" = passed).
std::string run_case(const GoldenCase& c, const RunOptions& base) {
  RunOptions opts = base;
  std::string err = apply_run_flags(c.exp.flags, opts);
  if (!err.empty()) return "bad // gort: line: " + err + "\n";
  std::string in;
  for (const std::string& l : c.exp.stdin_lines) in += l + "\n";
  CaptureHost host(in);
  int status = gort::run(c.source, opts, host);
  std::string report = check_output(c.exp, host.out, host.err, status);
  // A test program checked by its exit status alone: its `go test -v` output says what failed.
  if (!report.empty() && !has_expectation(c.exp)) report += "--- stdout was:\n" + host.out;
  return report;
}

// The cases of one file for `gort test`: Output-block cases, or for a test program without an
// expectation of its own one case that passes when its tests pass (exit status 0).
std::vector<GoldenCase> file_cases(const std::string& path, const std::string& text, bool* test_prog) {
  *test_prog = !ends_with(path, ".md") && is_test_program(text);
  if (!*test_prog) return extract_cases(path, text);
  std::string base = path.substr(path.find_last_of('/') == std::string::npos ? 0 : path.find_last_of('/') + 1);
  Expectation e = top_level_expectation(text);
  if (!has_expectation(e)) e.exit_code = 0;
  return {GoldenCase{base, text, std::move(e)}};
}

// `gort test DIR`: every .go, .txtar and .md file in it (sorted by name), one line per case.
int run_golden_dir(const std::string& dir, const RunOptions& base) {
  std::vector<std::string> names;
  list_host_dir(dir, names);
  std::sort(names.begin(), names.end());
  Tally t;
  int files = 0;
  for (const std::string& n : names) {
    if (!ends_with(n, ".go") && !ends_with(n, ".md") && !ends_with(n, ".txtar")) continue;
    std::string path = dir + (ends_with(dir, "/") ? "" : "/") + n;
    RunOptions file_opts = base;
    file_opts.filename = n;  // compile errors and test logs name the file, as for `gort test FILE`
    std::string text;
    if (!read_host_file(path, text)) continue;
    bool test_prog = false;
    std::vector<GoldenCase> cases = file_cases(path, text, &test_prog);
    if (cases.empty()) continue;  // nothing to check in it
    files++;
    for (GoldenCase& c : cases) {
      std::string name = dir + (ends_with(dir, "/") ? "" : "/") + c.name;
      if (!test_prog) {
        // Output-block cases only check what is written.
      } else if (!has_expectation(c.exp)) {
        name += " (go test)";
      }
      std::string report = run_case(c, file_opts);
      if (report.empty()) {
        t.passed++;
        say("ok   " + name + "\n");
      } else {
        t.failed++;
        say("FAIL " + name + "\n" + short_report(report));
      }
    }
  }
  say(std::string(t.failed ? "FAIL" : "ok  ") + " " + dir + ": " + std::to_string(t.passed) + " passed, " +
      std::to_string(t.failed) + " failed (" + std::to_string(files) + " files)\n");
  return t.failed || files == 0 ? 1 : 0;
}

// A directory with *_test.go files is a Go package, tested as `go test` tests it: its files
// (not its subdirectories; none over 1 MiB) as one program in the txtar form. False: it is a
// folder of separate programs (run_golden_dir).
bool package_dir_as_txtar(const std::string& dir, std::vector<std::string> names, std::string& out) {
  std::sort(names.begin(), names.end());
  if (std::none_of(names.begin(), names.end(), lang::is_test_file_name))
    return false;
  out.clear();
  for (const std::string& n : names) {
    std::string data, path = dir + (ends_with(dir, "/") ? "" : "/") + n;
    std::vector<std::string> sub;
    if (n.empty() || n[0] == '.' || list_host_dir(path, sub) || !read_host_file(path, data) || data.size() > (1u << 20))
      continue;
    if (!data.empty() && data.back() != '\n') data.push_back('\n');
    out += "-- " + n + " --\n" + data;
  }
  return true;
}

}  // namespace

int run_golden_file(const std::string& path, const RunOptions& base_flags) {
  std::vector<std::string> entries;
  std::string text;
  bool package_dir = false;
  if (list_host_dir(path, entries)) {
    if (!package_dir_as_txtar(path, entries, text)) return run_golden_dir(path, base_flags);
    package_dir = true;
  } else if (!read_host_file(path, text)) {
    std::string msg = "gort test: cannot read " + path + "\n";
    fd_write_all(2, msg.data(), msg.size());
    return 1;
  }
  // //go:embed in a .go file: the files next to it, as `go test` and `gort run` take them (a
  // txtar's and a Markdown file's programs have only their own files).
  RunOptions base = base_flags;
  if (!package_dir && ends_with(path, ".go") && !is_txtar(text)) {
    std::string err = add_embed_files_next_to(path, text, base);
    if (!err.empty()) {
      say("gort test: " + path + ": " + err);
      return 1;
    }
  }
  // A test program without an expectation of its own: run its tests as `go test -v` would,
  // output streamed, exit status 0 (PASS), 1 (FAIL) or 2 (a panic), then go test's line for
  // the package: "ok  \tFILE\t0.123s" or "FAIL\tFILE\t0.123s" and "FAIL". An archive (or a
  // package directory) with *_test.go files is tested so even when it has a func main.
  if (!ends_with(path, ".md") && is_test_program(text, base.filename, true) &&
      !has_expectation(top_level_expectation(text))) {
    RunOptions opts = base;
    opts.go_test = true;
    std::string err = apply_run_flags(top_level_expectation(text).flags, opts);
    if (!err.empty()) {
      say("gort test: " + path + ": bad // gort: line: " + err + "\n");
      return 1;
    }
    FdHost host;
    auto t0 = std::chrono::steady_clock::now();
    int status = gort::run(text, opts, host);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    char took[32];
    std::snprintf(took, sizeof took, "%.3fs", secs);
    say(status == 0 ? "ok  \t" + path + "\t" + took + "\n" : "FAIL\t" + path + "\t" + took + "\nFAIL\n");
    return status;
  }
  bool test_prog = false;
  std::vector<GoldenCase> cases = file_cases(path, text, &test_prog);
  if (cases.empty()) {
    say("gort test: " + path + ": no `// Output:` blocks to check\n");
    return 1;
  }
  int failed = 0;
  for (const GoldenCase& c : cases) {
    std::string report = run_case(c, base);
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
