// engine/host/cli_options.cpp — parsing of gort's command line and of `// gort:` flag lines.
// Errors are returned as strings (no exceptions: the wasm build has them off).
#include "host/cli_options.h"

#include <algorithm>
#include <iterator>

#include <cerrno>
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

}  // namespace

const char* usage_text() {
  return "usage: gort run FILE.go [--gomaxprocs N] [--faketime] [--go 1.21|1.22|auto] [--seed N]\n"
         "                      [--single-thread] [--schedtrace] [--race]\n"
         "       gort test FILE.go|FILE.md [same flags]\n";
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
    } else if (w == "-go") {
      std::string v;
      if (!need(v)) return "gort: --go wants a version: 1.21, 1.22 or auto";
      if (v.rfind("go", 0) == 0) v = v.substr(2);
      if (v == "auto") opts.go_minor = 0;
      else if (v == "1.21") opts.go_minor = 21;
      else if (v == "1.22") opts.go_minor = 22;
      else return "gort: --go " + v + ": supported versions are 1.21 and 1.22 (or auto)";
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
  for (size_t i = 1; i < args.size(); i++) {
    const std::string& a = args[i];
    if (a.size() > 1 && a[0] == '-') {
      flags.push_back(a);
      std::string name = a.substr(a.rfind("--", 0) == 0 ? 2 : 1);
      static const char* const kValueFlags[] = {"gomaxprocs", "seed", "go", "inject-fault"};
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
