// engine/lang/frontend.cpp — check_source (scan → parse → check) and gc-style diagnostics.
#include "lang/frontend.h"

#include <algorithm>

#include "lang/checker.h"
#include "lang/context.h"
#include "lang/parser.h"

namespace gort::lang {

Program::Program() = default;
Program::~Program() = default;
Program::Program(Program&&) noexcept = default;
Program& Program::operator=(Program&&) noexcept = default;

std::string format_diagnostics(const std::string& filename, const std::vector<Diagnostic>& diags) {
  std::string out;
  int n = 0;
  for (const Diagnostic& d : diags) {
    if (n == 10) {
      // The parser stops at its 10th error with a positioned "too many errors" (gc's
      // base.ErrorfAt); the type checker's errors end with a bare one.
      if (d.msg == "too many errors" && d.pos.valid())
        out += filename + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": ";
      out += "too many errors\n";
      break;
    }
    if (d.pos.valid()) out += filename + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": ";
    out += d.msg + "\n";
    n++;
  }
  return out;
}

bool check_source(std::string_view src, const std::string& filename, const CheckOptions& opts,
                  Program& out, std::vector<Diagnostic>& diags) {
  out = Program();
  out.file = parse_file(src, filename, diags);
  out.ctx = std::make_unique<TypeContext>();
  if (!diags.empty()) return false;  // syntax errors: gc does not type-check
  File& f = *out.file;
  int go_minor = opts.go_minor;
  if (f.go_minor > 0 && f.go_minor < go_minor) go_minor = f.go_minor;
  out.go_minor = go_minor;
  std::string pkgname = f.package_name ? f.package_name->name : "main";
  Package* pkg = out.ctx->make_package("main", pkgname);
  std::vector<Diagnostic> errs;
  Checker c(*out.ctx, pkg, f, errs, go_minor, false);
  c.check_package(&out);
  // gc: sorted by position; identical consecutive messages are printed once.
  std::stable_sort(errs.begin(), errs.end(), [](const Diagnostic& a, const Diagnostic& b) { return a.pos < b.pos; });
  for (auto& d : errs) {
    if (!diags.empty() && diags.back().pos == d.pos && diags.back().msg == d.msg) continue;
    diags.push_back(d);
  }
  return diags.empty();
}

}  // namespace gort::lang
