// engine/lang/vet/bools.cpp — the bools analyzer (Go 1.19 x/tools passes/bools): in a chain of
// || (or &&) without side effects, an operand repeated (`e || e`: redundant) or two
// inequalities of one expression against constants (`x != a || x != b`: always true) and its
// && twin (`x == a && x == b`: always false).
#include <map>
#include <set>

#include "lang/vet/analyzers.h"

namespace gort::lang::vet {
namespace {

struct BoolOp {
  const char* name;
  Tok tok;
  Tok bad_eq;
};
constexpr BoolOp kOr{"or", Tok::LOr, Tok::Neq};
constexpr BoolOp kAnd{"and", Tok::LAnd, Tok::Eql};

struct Bools : Visitor {
  Pass& pass;
  std::set<const BinaryExpr*> seen;
  explicit Bools(Pass& p) : pass(p) {}

  // split: the operands of a chain of op, right to left as x/tools collects them.
  void split(const BoolOp& op, Expr* e, std::vector<Expr*>& out, int depth = 0) {
    for (int guard = 0; guard < 100000; guard++) {
      e = unparen(e);
      if (e && e->kind == ExprKind::Binary && static_cast<BinaryExpr*>(e)->op == op.tok && depth < 200) {
        auto* b = static_cast<BinaryExpr*>(e);
        seen.insert(b);
        split(op, b->y, out, depth + 1);
        e = b->x;
      } else {
        if (e) out.push_back(e);
        return;
      }
    }
  }

  void check_redundant(const BoolOp& op, const std::vector<Expr*>& exprs) {
    std::set<std::string> s;
    for (Expr* e : exprs) {
      std::string f = format_expr(e);
      if (!s.insert(f).second) pass.report(e->pos, std::string("redundant ") + op.name + ": " + f + " " + tok_str(op.tok) + " " + f);
    }
  }

  void check_suspect(const BoolOp& op, const std::vector<Expr*>& exprs) {
    std::map<std::string, std::string> s;
    for (Expr* e : exprs) {
      if (e->kind != ExprKind::Binary) continue;
      auto* b = static_cast<BinaryExpr*>(e);
      if (b->op != op.bad_eq) continue;
      Expr* x = nullptr;
      if (is_constant(b->y)) x = b->x;
      else if (is_constant(b->x)) x = b->y;
      else continue;
      std::string xf = format_expr(x), ef = format_expr(e);
      auto it = s.find(xf);
      if (it != s.end()) {
        if (ef != it->second)
          pass.report(e->pos, std::string("suspect ") + op.name + ": " + ef + " " + tok_str(op.tok) + " " + it->second);
      } else {
        s[xf] = ef;
      }
    }
  }

  bool expr(Expr* e) override {
    if (e->kind != ExprKind::Binary) return true;
    auto* b = static_cast<BinaryExpr*>(e);
    if (seen.count(b)) return true;
    const BoolOp* op = b->op == Tok::LOr ? &kOr : b->op == Tok::LAnd ? &kAnd : nullptr;
    if (!op) return true;
    std::vector<Expr*> exprs;
    split(*op, b, exprs);
    // commutativeSets: runs of operands between side-effecting ones.
    size_t i = 0;
    for (size_t j = 0; j <= exprs.size(); j++) {
      if (j == exprs.size() || has_side_effects(exprs[j])) {
        if (i < j) {
          std::vector<Expr*> set(exprs.begin() + i, exprs.begin() + j);
          check_redundant(*op, set);
          check_suspect(*op, set);
        }
        i = j + 1;
      }
    }
    return true;
  }
};

}  // namespace

void run_bools(Pass& pass) {
  Bools v(pass);
  walk_file(pass.prog.file.get(), v);
}

}  // namespace gort::lang::vet
