// engine/lang/vet/vet.cpp — the driver: check the file, run the analyzers in go vet's order
// (cmd/vet lists them alphabetically and prints each one's findings in turn), format the lines.
#include "lang/vet/vet.h"

#include "lang/vet/analyzers.h"

namespace gort::lang::vet {

std::vector<Finding> vet_program(const Program& prog) {
  std::vector<Finding> out;
  if (!prog.file) return out;
  struct A { const char* name; void (*run)(Pass&); };
  static const A kAnalyzers[] = {
      {"assign", run_assign},           {"bools", run_bools},
      {"copylocks", run_copylocks},     {"loopclosure", run_loopclosure},
      {"lostcancel", run_lostcancel},   {"printf", run_printf},
      {"unreachable", run_unreachable}, {"unusedresult", run_unusedresult},
  };
  for (const A& a : kAnalyzers) {
    Pass pass{prog, a.name, out};
    a.run(pass);
  }
  return out;
}

bool vet_source(std::string_view src, const std::string& filename, const CheckOptions& opts,
                std::vector<Finding>& findings, std::vector<Diagnostic>& errors) {
  findings.clear();
  Program prog;
  if (!check_source(src, filename, opts, prog, errors)) return false;
  findings = vet_program(prog);
  return true;
}

std::string format_findings(const std::string& filename, const std::vector<Finding>& findings) {
  std::string out;
  std::string name = filename.find('/') == std::string::npos ? "./" + filename : filename;
  for (const Finding& f : findings)
    out += name + ":" + std::to_string(f.pos.line) + ":" + std::to_string(f.pos.col) + ": " + f.msg + "\n";
  return out;
}

}  // namespace gort::lang::vet
