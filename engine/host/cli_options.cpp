// engine/host/cli_options.cpp — parsing of gort's command line and of `// gort:` flag lines.
// Errors are returned as strings (no exceptions: the wasm build has them off).
#include "host/cli_options.h"

#include <algorithm>
#include <iterator>
#include "host/fd_io.h"

#include <cerrno>
#include <cstdint>
#include <cstdlib>

namespace gort::host {
namespace {

// Parses a non-negative decimal integer; returns false on junk or overflow.
bool parse_u64(const std::string& s, uint64_t& out) {
  if (s.empty() || s.size() > 19) return false;
  uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + uint64_t(c - '0');
  }
  out = v;
  return true;
}

// Parses a decimal number with an optional fraction ("1.5") scaled by unit, into out.
bool parse_scaled(std::string_view num, uint64_t unit, uint64_t& out) {
  size_t dot = num.find('.');
  std::string_view whole = num.substr(0, dot);
  std::string_view frac = dot == std::string_view::npos ? std::string_view() : num.substr(dot + 1);
  if (whole.empty() && frac.empty()) return false;
  uint64_t w = 0;
  if (!whole.empty() && !parse_u64(std::string(whole), w)) return false;
  if (w > UINT64_MAX / unit) return false;
  uint64_t v = w * unit;
  // The fraction's first 6 digits, exactly: num/den of a unit (unit <= 1h in ns keeps
  // num * unit under 2^64).
  uint64_t fnum = 0, den = 1;
  for (char c : frac) {
    if (c < '0' || c > '9') return false;
    if (den < 1000000) { fnum = fnum * 10 + uint64_t(c - '0'); den *= 10; }
  }
  uint64_t f = fnum * unit / den;
  if (v > UINT64_MAX - f) return false;
  out = v + f;
  return true;
}

}  // namespace

bool parse_duration(std::string_view s, int64_t& ns) {
  if (s.empty()) return false;
  static const struct { const char* name; uint64_t ns; } units[] = {
      {"ns", 1}, {"us", 1000}, {"µs", 1000}, {"ms", 1000000}, {"s", 1000000000ULL},
      {"m", 60000000000ULL}, {"h", 3600000000000ULL}};
  uint64_t total = 0;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && ((s[j] >= '0' && s[j] <= '9') || s[j] == '.')) j++;
    size_t k = j;
    while (k < s.size() && !((s[k] >= '0' && s[k] <= '9') || s[k] == '.')) k++;
    std::string_view num = s.substr(i, j - i), unit = s.substr(j, k - j);
    if (num.empty()) return false;
    uint64_t scale = 0;
    if (unit.empty()) {
      if (i != 0 || k != s.size()) return false;  // a bare number must be the whole value
      scale = 1000000000ULL;
    }
    for (const auto& u : units)
      if (unit == u.name) scale = u.ns;
    uint64_t v = 0;
    if (!scale || !parse_scaled(num, scale, v) || v > uint64_t(INT64_MAX) - total) return false;
    total += v;
    i = k;
  }
  if (total == 0) return false;
  ns = int64_t(total);
  return true;
}

bool parse_size(std::string_view s, uint64_t& bytes) {
  size_t j = 0;
  while (j < s.size() && ((s[j] >= '0' && s[j] <= '9') || s[j] == '.')) j++;
  std::string_view num = s.substr(0, j), unit = s.substr(j);
  static const struct { const char* name; uint64_t n; } units[] = {
      {"", 1}, {"B", 1}, {"K", 1ULL << 10}, {"KiB", 1ULL << 10}, {"KB", 1000},
      {"M", 1ULL << 20}, {"MiB", 1ULL << 20}, {"MB", 1000000}, {"G", 1ULL << 30},
      {"GiB", 1ULL << 30}, {"GB", 1000000000ULL}};
  for (const auto& u : units) {
    if (unit != u.name) continue;
    uint64_t v = 0;
    if (!parse_scaled(num, u.n, v) || v == 0) return false;
    bytes = v;
    return true;
  }
  return false;
}

const char* usage_text() {
  return "usage: gort run FILE.go [--gomaxprocs N] [--faketime] [--go 1.21..1.24|auto] [--seed N]\n"
         "                      [--single-thread] [--schedtrace] [--trace FILE] [--explain-deadlock]\n"
         "                      [--race] [--file NAME=LOCALPATH]...\n"
         "                      [--time-limit DURATION] [--memory-limit SIZE]\n"
         "                      [--output-limit SIZE] [--max-goroutines N] [--] [ARG...]\n"
         "       gort test FILE.go|FILE.txtar|FILE.md|DIR [same flags]\n"
         "                      [--run REGEXP] [--bench REGEXP] [--benchtime 1s|Nx] [--benchmem] [--count N]\n"
         "       gort vet FILE.go [--go 1.21..1.24]  (go vet's checks; run --vet vets, then runs)\n"
         "       gort fmt [-l] [--fix-imports] FILE.go...\n"
         "FILE may be the playground's txtar form (-- name.go -- sections). A program with\n"
         "TestXxx/ExampleXxx functions and no main runs its tests as `go test -v` does.\n"
         "A limit (5s, 1m30s; 64MiB, 1GB) ends a program that exceeds it with exit status 124.\n";
}

std::vector<std::string> split_words(std::string_view line) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) i++;
    size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != '\t') j++;
    if (j > i) out.emplace_back(line.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string apply_run_flags(const std::vector<std::string>& words, RunOptions& opts) {
  for (size_t i = 0; i < words.size(); i++) {
    std::string w = words[i];
    std::string val;
    bool has_val = false;
    // Accept both "--flag value" and "--flag=value", and one or two dashes as Go's flag does.
    if (size_t eq = w.find('='); eq != std::string::npos) {
      val = w.substr(eq + 1);
      w = w.substr(0, eq);
      has_val = true;
    }
    if (w.rfind("--", 0) == 0) w = w.substr(1);
    auto need = [&](std::string& v) -> bool {
      if (has_val) { v = val; return true; }
      if (i + 1 >= words.size()) return false;
      v = words[++i];
      return true;
    };
    if (w == "-faketime") {
      opts.faketime = !has_val || val == "true" || val == "1";
    } else if (w == "-schedtrace") {
      opts.schedtrace = !has_val || val == "true" || val == "1";
    } else if (w == "-trace") {
      // --trace FILE: the run's scheduler events as a Chrome trace (Perfetto, chrome://tracing)
      std::string v;
      if (!need(v) || v.empty()) return "gort: --trace wants a file name";
      opts.trace_file = v;
      opts.sched_events = true;
    } else if (w == "-sched-events") {
      // record scheduler events and discard them (measures what recording costs)
      opts.sched_events = !has_val || val == "true" || val == "1";
    } else if (w == "-explain-deadlock") {
      opts.explain_deadlock = !has_val || val == "true" || val == "1";
    } else if (w == "-race") {
      opts.race = !has_val || val == "true" || val == "1";
    } else if (w == "-single-thread") {
      opts.single_thread = !has_val || val == "true" || val == "1";
    } else if (w == "-inject-fault") {  // test hook (RunOptions::inject_fault)
      std::string v;
      if (!need(v) || (v != "internal" && v != "trap")) return "gort: --inject-fault wants internal or trap";
      opts.inject_fault = v;
    } else if (w == "-gomaxprocs") {
      std::string v;
      uint64_t n = 0;
      if (!need(v) || !parse_u64(v, n) || n < 1 || n > 256)
        return "gort: --gomaxprocs wants a number from 1 to 256";
      opts.gomaxprocs = int(n);
    } else if (w == "-seed") {
      std::string v;
      uint64_t n = 0;
      if (!need(v) || !parse_u64(v, n)) return "gort: --seed wants a non-negative integer";
      opts.seed = n;
    } else if (w == "-time-limit") {
      std::string v;
      if (!need(v) || !parse_duration(v, opts.time_limit_ns))
        return "gort: --time-limit wants a duration such as 5s, 500ms or 1m30s";
    } else if (w == "-memory-limit" || w == "-output-limit") {
      std::string v;
      uint64_t& dst = w == "-memory-limit" ? opts.memory_limit : opts.output_limit;
      if (!need(v) || !parse_size(v, dst))
        return "gort: " + std::string("-") + w + " wants a size such as 64MiB, 1GB or 100000";
    } else if (w == "-max-goroutines") {
      std::string v;
      uint64_t n = 0;
      if (!need(v) || !parse_u64(v, n) || n < 1 || n > (uint64_t(1) << 40))
        return "gort: --max-goroutines wants a positive number";
      opts.max_goroutines = int64_t(n);
    } else if (w == "-bench" || w == "-benchtime" || w == "-run" || w == "-count") {
      // go test's flags for a test program, passed on as the test binary gets them.
      std::string v;
      if (!need(v)) return "gort: -" + w + " wants a value";
      opts.args.push_back("-test." + w.substr(1) + "=" + v);
    } else if (w == "-benchmem") {
      opts.args.push_back("-test.benchmem=" + std::string(!has_val || val == "true" || val == "1" ? "true" : "false"));
    } else if (w == "-go") {
      std::string v;
      if (!need(v)) return "gort: --go wants a version: 1.21 to 1.24, or auto";
      if (v.rfind("go", 0) == 0) v = v.substr(2);
      if (v == "auto") opts.go_minor = 0;
      else if (v == "1.21" || v == "1.22" || v == "1.23" || v == "1.24") opts.go_minor = std::stoi(v.substr(2));
      else return "gort: --go " + v + ": supported versions are 1.21 to 1.24 (or auto)";
    } else if (w == "-file") {
      // --file NAME=LOCALPATH: the CLI (the host) reads LOCALPATH and the program finds its
      // bytes at NAME in its in-memory file system (relative: under /home/user).
      std::string v;
      size_t eq;
      if (!need(v) || (eq = v.find('=')) == std::string::npos || eq == 0 || eq + 1 == v.size())
        return "gort: --file wants NAME=LOCALPATH";
      std::string data;  // (under Node, read by Node's fs like the program file)
      if (!read_host_file(v.substr(eq + 1), data)) return "gort: --file: cannot read " + v.substr(eq + 1);
      opts.files.emplace_back(v.substr(0, eq), std::move(data));
    } else {
      return "gort: unknown flag " + words[i];
    }
  }
  return "";
}

CliCommand parse_cli(const std::vector<std::string>& args) {
  CliCommand c;
  if (args.empty()) {
    c.error = usage_text();
    return c;
  }
  c.command = args[0];
  if (c.command == "help" || c.command == "-h" || c.command == "--help") {
    c.command = "help";
    return c;
  }
  if (c.command == "version" || c.command == "--version") {
    c.command = "version";
    return c;
  }
  if (c.command != "run" && c.command != "test") {
    c.error = "gort " + c.command + ": unknown command\n" + usage_text();
    return c;
  }
  // Flags may come before or after the file, as people type them both ways.
  std::vector<std::string> flags;
  // After the file, as with `go run x.go a b`, the first word that is not a flag (or every word
  // after `--`) starts the program's own arguments (os.Args[1:]).
  for (size_t i = 1; i < args.size(); i++) {
    const std::string& a = args[i];
    if (a == "--" || (!c.file.empty() && !(a.size() > 1 && a[0] == '-') &&
                      !(a.size() > 3 && a.compare(a.size() - 3, 3, ".go") == 0))) {
      c.opts.args.assign(args.begin() + static_cast<std::ptrdiff_t>(i + (a == "--")), args.end());
      break;
    }
    if (a.size() > 1 && a[0] == '-') {
      flags.push_back(a);
      std::string name = a.substr(a.rfind("--", 0) == 0 ? 2 : 1);
      static const char* const kValueFlags[] = {"gomaxprocs", "seed", "go", "inject-fault", "file", "time-limit", "memory-limit", "output-limit", "max-goroutines", "trace", "bench", "benchtime", "run", "count"};
      bool takes_value = a.find('=') == std::string::npos &&
                         std::find(std::begin(kValueFlags), std::end(kValueFlags), name) != std::end(kValueFlags);
      if (takes_value && i + 1 < args.size()) flags.push_back(args[++i]);
    } else if (c.file.empty()) {
      c.file = a;
    } else {
      c.error = "gort " + c.command + ": one file at a time (got " + c.file + " and " + a + ")\n";
      return c;
    }
  }
  if (c.file.empty()) {
    c.error = "gort " + c.command + ": no file given\n" + usage_text();
    return c;
  }
  std::string err = apply_run_flags(flags, c.opts);
  if (!err.empty()) c.error = err + "\n" + usage_text();
  // Compile errors name the file as Go does ("./prog.go:3:5"): use the base name.
  size_t slash = c.file.find_last_of('/');
  c.opts.filename = slash == std::string::npos ? c.file : c.file.substr(slash + 1);
  return c;
}

}  // namespace gort::host
