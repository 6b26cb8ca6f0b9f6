// engine/host/options_json.cpp — a flat-object JSON reader, just enough for RunOptions
// (strings with simple escapes, numbers, true/false/null). No dependency, no exceptions.
#include "host/options_json.h"

#include <cstdint>
#include <cstdlib>

#include "host/cli_options.h"

namespace gort::host {
namespace {

struct Reader {
  std::string_view s;
  size_t i = 0;
  void ws() { while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r')) i++; }
  bool eat(char c) { ws(); if (i < s.size() && s[i] == c) { i++; return true; } return false; }
  bool str(std::string& out) {
    ws();
    if (i >= s.size() || s[i] != '"') return false;
    i++;
    while (i < s.size() && s[i] != '"') {
      char c = s[i++];
      if (c == '\\' && i < s.size()) {
        char e = s[i++];
        c = e == 'n' ? '\n' : e == 't' ? '\t' : e;
      }
      out.push_back(c);
    }
    return eat('"');
  }
  // A scalar: returns its raw text (number, true, false, null) or the string's contents.
  bool value(std::string& out, bool& is_string) {
    ws();
    is_string = i < s.size() && s[i] == '"';
    if (is_string) return str(out);
    size_t j = i;
    while (j < s.size() && s[j] != ',' && s[j] != '}' && s[j] != ' ' && s[j] != '\n') j++;
    out = std::string(s.substr(i, j - i));
    i = j;
    return !out.empty();
  }
};

// Standard base64 (the "files" contents); false on a bad character.
bool base64_decode(std::string_view in, std::string& out) {
  uint32_t acc = 0;
  int bits = 0;
  for (char ch : in) {
    int v;
    if (ch >= 'A' && ch <= 'Z') v = ch - 'A';
    else if (ch >= 'a' && ch <= 'z') v = ch - 'a' + 26;
    else if (ch >= '0' && ch <= '9') v = ch - '0' + 52;
    else if (ch == '+') v = 62;
    else if (ch == '/') v = 63;
    else if (ch == '=') break;
    else return false;
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((acc >> bits) & 0xFF));
    }
  }
  return true;
}

// "files": {"name": "<base64 bytes>", ...}
std::string parse_files(Reader& r, RunOptions& opts) {
  if (!r.eat('{')) return "options: files must be an object of name: base64 bytes";
  if (r.eat('}')) return "";
  do {
    std::string name, b64, data;
    if (!r.str(name) || !r.eat(':') || !r.str(b64)) return "options: malformed files";
    if (!base64_decode(b64, data)) return "options: files[" + name + "] is not base64";
    opts.files.emplace_back(std::move(name), std::move(data));
  } while (r.eat(','));
  if (!r.eat('}')) return "options: malformed files";
  return "";
}

}  // namespace

std::string parse_options_json(std::string_view json, RunOptions& opts) {
  Reader r{json};
  r.ws();
  if (r.i == json.size()) return "";  // empty string: defaults
  if (!r.eat('{')) return "options: expected a JSON object";
  if (r.eat('}')) return "";
  do {
    std::string key, val;
    bool is_string = false;
    if (!r.str(key) || !r.eat(':')) return "options: malformed JSON";
    if (key == "files") {
      if (std::string e = parse_files(r, opts); !e.empty()) return e;
      continue;
    }
    if (key == "args") {  // ["a", "b"]: os.Args[1:]
      if (!r.eat('[')) return "options: args must be an array of strings";
      if (!r.eat(']')) {
        do {
          std::string arg;
          if (!r.str(arg)) return "options: args must be an array of strings";
          opts.args.push_back(std::move(arg));
        } while (r.eat(','));
        if (!r.eat(']')) return "options: malformed args";
      }
      continue;
    }
    if (!r.value(val, is_string)) return "options: malformed JSON";
    bool truthy = val == "true" || (!is_string && val != "false" && val != "null" && val != "0");
    if (key == "gomaxprocs") {
      int n = std::atoi(val.c_str());
      if (n < 0 || n > 256) return "options: gomaxprocs out of range";
      opts.gomaxprocs = n;
    } else if (key == "faketime") {
      opts.faketime = truthy;
    } else if (key == "schedtrace") {
      opts.schedtrace = truthy;
    } else if (key == "sched") {
      if (truthy) opts.sched_events = true;
    } else if (key == "trace") {   // the wasm host returns the Chrome trace (wasm_api.cpp)
      if (truthy) opts.sched_events = true;
    } else if (key == "explainDeadlock") {
      opts.explain_deadlock = truthy;
    } else if (key == "waitGraph") {
      opts.wait_graph = truthy;
    } else if (key == "race") {
      opts.race = truthy;
    } else if (key == "seed") {
      opts.seed = std::strtoull(val.c_str(), nullptr, 10);
    } else if (key == "injectFault") {  // test hook (RunOptions::inject_fault)
      if (val != "internal" && val != "trap" && val != "hang" && val != "")
        return "options: injectFault must be \"internal\", \"trap\" or \"hang\"";
      opts.inject_fault = val;
    } else if (key == "filename") {
      opts.filename = val;
    } else if (key == "timeLimit") {
      // A number is milliseconds; a string is a duration as the CLI takes it ("5s").
      if (val == "null" || val == "0") opts.time_limit_ns = 0;
      else if (is_string ? !parse_duration(val, opts.time_limit_ns) : !parse_duration(val + "ms", opts.time_limit_ns))
        return "options: timeLimit must be milliseconds or a duration such as \"5s\"";
    } else if (key == "memoryLimit" || key == "outputLimit") {
      uint64_t& dst = key == "memoryLimit" ? opts.memory_limit : opts.output_limit;
      if (val == "null" || val == "0") dst = 0;
      else if (!parse_size(val, dst))
        return "options: " + key + " must be bytes or a size such as \"64MiB\"";
    } else if (key == "maxGoroutines") {
      char* end = nullptr;
      long long n = std::strtoll(val.c_str(), &end, 10);
      if (val == "null") n = 0;
      else if (is_string || !end || *end || n < 0) return "options: maxGoroutines must be a number";
      opts.max_goroutines = n;
    } else if (key == "bench" || key == "benchtime" || key == "run" || key == "count") {
      // a test program's go test flags (the CLI's --bench ...), as os.Args for package testing
      if (val != "null" && !val.empty()) opts.args.push_back("-test." + key + "=" + val);
    } else if (key == "benchmem") {
      if (truthy) opts.args.push_back("-test.benchmem=true");
    } else if (key == "go") {
      if (val.rfind("go", 0) == 0) val = val.substr(2);
      if (val.empty() || val == "auto") opts.go_minor = 0;  // the file's //go:build line decides
      else if (val == "1.21" || val == "1.22" || val == "1.23" || val == "1.24") opts.go_minor = std::stoi(val.substr(2));
      else if (val == "21" || val == "22" || val == "23" || val == "24") opts.go_minor = std::stoi(val);
      else return "options: go must be \"auto\" or a version from \"1.21\" to \"1.24\"";
    }
  } while (r.eat(','));
  if (!r.eat('}')) return "options: malformed JSON";
  return "";
}

}  // namespace gort::host
