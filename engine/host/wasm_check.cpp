// engine/host/wasm_check.cpp — `gort_check(source, options_json)`: type-check without running,
// for editor markers. Runs the front end (lang/frontend.h check_files) on the calling thread —
// the page's main thread — which is fine for the few milliseconds a playground file takes.
// `gort_format(source, options_json)`: gofmt (lang/format) for the editor's Format button, with
// {"fixImports":true} also goimports (lang/imports); same thread.
// `gort_vet(source, options_json)`: go vet's findings (lang/vet) for editor warnings and the
// "Go vet" lines the page prints before a run.
#include <emscripten.h>

#include <string>
#include <vector>

#include "host/embed_files.h"
#include "host/engine.h"
#include "host/options_json.h"
#include "host/txtar.h"
#include "lang/format/format.h"
#include "lang/imports/fix_imports.h"
#include "lang/frontend.h"
#include "lang/vet/vet.h"

namespace {

void append_json_string(std::string& out, const std::string& s) {
  out.push_back('"');
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20) {
          static const char* hex = "0123456789abcdef";
          out += "\\u00";
          out.push_back(hex[c >> 4]);
          out.push_back(hex[c & 15]);
        } else {
          out.push_back(char(c));  // UTF-8 passes through unchanged
        }
    }
  }
  out.push_back('"');
}

}  // namespace

// Returns JSON: [] when the program type-checks, else [{"line":L,"col":C,"msg":"..."}, ...] in
// gc's order and wording. The string stays valid until the next call.
extern "C" EMSCRIPTEN_KEEPALIVE const char* gort_check(const char* source, const char* options_json) {
  static std::string result;
  gort::RunOptions opts;
  std::string err = gort::host::parse_options_json(options_json ? options_json : "", opts);
  result = "[";
  if (!err.empty()) {
    result += "{\"line\":0,\"col\":0,\"msg\":";
    append_json_string(result, err);
    result += "}]";
    return result.c_str();
  }
  gort::lang::CheckOptions copts;
  copts.go_minor = opts.go_minor;
  gort::lang::Program prog;
  std::vector<gort::lang::Diagnostic> diags;
  // The same files a run would check (one file, or the txtar form's .go files; a test program
  // gets its generated main), each position mapped back to its line in the editor's text.
  gort::host::ProgramFiles pf = gort::host::program_files(source ? source : "", opts.filename);
  if (copts.go_minor == 0) copts.go_minor = pf.go_minor;
  if (!pf.error.empty()) {
    result += "{\"line\":1,\"col\":1,\"msg\":";
    append_json_string(result, pf.error);
    result += "}]";
    return result.c_str();
  }
  auto first_line = pf.first_line;
  // //go:embed patterns resolve against the files a run would have.
  std::vector<std::pair<std::string, std::string>> files = opts.files;
  files.insert(files.end(), pf.all.begin(), pf.all.end());
  gort::host::RunEmbedFiles embed_files(files);
  copts.files = &embed_files;
  gort::lang::check_files(std::move(pf.go), copts, prog, diags);
  bool several = prog.sources.size() > 1;
  bool first = true;
  for (const gort::lang::Diagnostic& d : diags) {
    int line = d.pos.line;
    if (several && d.pos.valid()) {
      int local = line;
      const gort::lang::SourceFile* f = gort::lang::locate_line(prog.sources, line, &local);
      line = 0;
      for (auto& [name, at] : first_line)
        if (f && name == f->name) line = at - 1 + local;
    }
    if (!first) result += ",";
    first = false;
    result += "{\"line\":" + std::to_string(line) + ",\"col\":" + std::to_string(d.pos.col) + ",\"msg\":";
    append_json_string(result, d.msg);
    result += "}";
  }
  result += "]";
  return result.c_str();
}

// Returns JSON {"ok":true,"text":"..."} with gofmt's output, or {"ok":false,"errors":"..."} with
// the syntax errors ("prog.go:L:C: msg" lines). The string stays valid until the next call.
// options_json may be null (plain gofmt) or contain "fixImports":true (goimports, std only).
extern "C" EMSCRIPTEN_KEEPALIVE const char* gort_format(const char* source, const char* options_json) {
  static std::string result;
  std::string err;
  std::string opts = options_json ? options_json : "";
  bool fix = opts.find("\"fixImports\":true") != std::string::npos;
  // A txtar source: each .go file formatted (format_program); fixing imports is per single file.
  std::string text = fix && !gort::host::is_txtar(source ? source : "")
                         ? gort::lang::imports::fix_imports(source ? source : "", "prog.go", &err)
                         : gort::host::format_program(source ? source : "", "prog.go", &err);
  if (err.empty()) {
    result = "{\"ok\":true,\"text\":";
    append_json_string(result, text);
  } else {
    result = "{\"ok\":false,\"errors\":";
    append_json_string(result, err);
  }
  result += "}";
  return result.c_str();
}

// Returns JSON [{"line":L,"col":C,"msg":"...","analyzer":"printf"}, ...] in go vet's order;
// [] when the program is clean or does not compile (gort_check reports compile errors).
// The string stays valid until the next call.
extern "C" EMSCRIPTEN_KEEPALIVE const char* gort_vet(const char* source, const char* options_json) {
  static std::string result;
  gort::RunOptions opts;
  result = "[";
  if (!gort::host::parse_options_json(options_json ? options_json : "", opts).empty()) {
    result += "]";
    return result.c_str();
  }
  gort::lang::CheckOptions copts;
  copts.go_minor = opts.go_minor;
  std::vector<gort::lang::vet::Finding> findings;
  std::vector<gort::lang::Diagnostic> errors;
  gort::lang::vet::vet_source(source ? source : "", opts.filename, copts, findings, errors);
  for (size_t i = 0; i < findings.size(); i++) {
    if (i) result += ",";
    result += "{\"line\":" + std::to_string(findings[i].pos.line) +
              ",\"col\":" + std::to_string(findings[i].pos.col) + ",\"msg\":";
    append_json_string(result, findings[i].msg);
    result += ",\"analyzer\":";
    append_json_string(result, findings[i].analyzer);
    result += "}";
  }
  result += "]";
  return result.c_str();
}
