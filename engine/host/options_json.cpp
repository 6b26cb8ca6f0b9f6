// engine/host/options_json.cpp — a flat-object JSON reader, just enough for RunOptions
// (strings with simple escapes, numbers, true/false/null). No dependency, no exceptions.
#include "host/options_json.h"

#include <cstdlib>

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
    if (!r.str(key) || !r.eat(':') || !r.value(val, is_string)) return "options: malformed JSON";
    bool truthy = val == "true" || (!is_string && val != "false" && val != "null" && val != "0");
    if (key == "gomaxprocs") {
      int n = std::atoi(val.c_str());
      if (n < 0 || n > 256) return "options: gomaxprocs out of range";
      opts.gomaxprocs = n;
    } else if (key == "faketime") {
      opts.faketime = truthy;
    } else if (key == "schedtrace") {
      opts.schedtrace = truthy;
    } else if (key == "race") {
      opts.race = truthy;
    } else if (key == "seed") {
      opts.seed = std::strtoull(val.c_str(), nullptr, 10);
    } else if (key == "injectFault") {  // test hook (RunOptions::inject_fault)
      if (val != "internal" && val != "trap" && val != "") return "options: injectFault must be \"internal\" or \"trap\"";
      opts.inject_fault = val;
    } else if (key == "filename") {
      opts.filename = val;
    } else if (key == "go") {
      if (val.rfind("go", 0) == 0) val = val.substr(2);
      if (val.empty() || val == "auto") opts.go_minor = 0;  // the file's //go:build line decides
      else if (val == "1.21" || val == "21") opts.go_minor = 21;
      else if (val == "1.22" || val == "22") opts.go_minor = 22;
      else return "options: go must be \"auto\", \"1.21\" or \"1.22\"";
    }
  } while (r.eat(','));
  if (!r.eat('}')) return "options: malformed JSON";
  return "";
}

}  // namespace gort::host
