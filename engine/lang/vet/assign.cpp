// engine/lang/vet/assign.cpp — the assign analyzer (Go 1.19 x/tools passes/assign): x = x,
// a self-assignment that does nothing (usually a typo for a field or another variable).
#include "lang/vet/analyzers.h"

namespace gort::lang::vet {
namespace {

struct Assign : Visitor {
  Pass& pass;
  explicit Assign(Pass& p) : pass(p) {}
  bool stmt(Stmt* s) override {
    if (s->kind != StmtKind::Assign) return true;
    auto* a = static_cast<AssignStmt*>(s);
    if (a->tok != Tok::Assign || a->lhs.size() != a->rhs.size()) return true;
    for (size_t i = 0; i < a->lhs.size(); i++) {
      Expr *l = a->lhs[i], *r = a->rhs[i];
      if (!l || !r || has_side_effects(l) || has_side_effects(r)) continue;
      if (l->kind != r->kind) continue;  // reflect.TypeOf(lhs) != reflect.TypeOf(rhs)
      std::string le = format_expr(l), re = format_expr(r);
      if (le == re) pass.report(a->pos, "self-assignment of " + re + " to " + le);
    }
    return true;
  }
};

}  // namespace

void run_assign(Pass& pass) {
  Assign v(pass);
  walk_file(pass.prog.file.get(), v);
}

}  // namespace gort::lang::vet
