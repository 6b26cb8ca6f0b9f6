// engine/lang/vet/unreachable.cpp — the unreachable analyzer (Go 1.19 x/tools
// passes/unreachable): the first statement of a run that control cannot reach — after return,
// panic, break/continue/goto/fallthrough, an infinite for without break, a select or a switch
// with default whose every clause ends so. A label that some goto names is reachable again.
#include <map>
#include <set>
#include <string>

#include "lang/vet/analyzers.h"

namespace gort::lang::vet {
namespace {

struct Dead {
  Pass& pass;
  std::set<const Stmt*> has_break;
  std::set<std::string> has_goto;
  std::map<std::string, const Stmt*> labels;
  const Stmt* break_target = nullptr;
  bool reachable = true;

  explicit Dead(Pass& p) : pass(p) {}

  void find_labels_list(const std::vector<Stmt*>& l) {
    for (Stmt* s : l) find_labels(s);
  }
  void with_target(const Stmt* t, const std::vector<Stmt*>& body) {
    const Stmt* outer = break_target;
    break_target = t;
    find_labels_list(body);
    break_target = outer;
  }

  void find_labels(Stmt* s) {
    if (!s) return;
    switch (s->kind) {
      case StmtKind::Block: find_labels_list(static_cast<BlockStmt*>(s)->list); break;
      case StmtKind::Branch: {
        auto* b = static_cast<BranchStmt*>(s);
        if (b->tok == Tok::Goto) {
          if (b->label) has_goto.insert(b->label->name);
        } else if (b->tok == Tok::Break) {
          const Stmt* t = break_target;
          if (b->label) {
            auto it = labels.find(b->label->name);
            t = it == labels.end() ? nullptr : it->second;
          }
          if (t) has_break.insert(t);
        }
        break;
      }
      case StmtKind::If: {
        auto* x = static_cast<IfStmt*>(s);
        find_labels(x->then);
        if (x->els) find_labels(x->els);
        break;
      }
      case StmtKind::Labeled: {
        auto* l = static_cast<LabeledStmt*>(s);
        if (l->label) labels[l->label->name] = l->stmt;
        find_labels(l->stmt);
        break;
      }
      case StmtKind::For: {
        auto* f = static_cast<ForStmt*>(s);
        if (f->body) with_target(s, f->body->list);
        break;
      }
      case StmtKind::Range: {
        auto* f = static_cast<RangeStmt*>(s);
        if (f->body) with_target(s, f->body->list);
        break;
      }
      case StmtKind::Select: {
        const Stmt* outer = break_target;
        break_target = s;
        for (CommClause* c : static_cast<SelectStmt*>(s)->clauses)
          if (c) find_labels_list(c->body);
        break_target = outer;
        break;
      }
      case StmtKind::Switch: case StmtKind::TypeSwitch: {
        const Stmt* outer = break_target;
        break_target = s;
        const auto& cl = s->kind == StmtKind::Switch ? static_cast<SwitchStmt*>(s)->clauses
                                                     : static_cast<TypeSwitchStmt*>(s)->clauses;
        for (CaseClause* c : cl)
          if (c) find_labels_list(c->body);
        break_target = outer;
        break;
      }
      default: break;
    }
  }

  void find_dead(Stmt* s) {
    if (!s) return;
    if (s->kind == StmtKind::Labeled) {
      auto* l = static_cast<LabeledStmt*>(s);
      if (l->label && has_goto.count(l->label->name)) reachable = true;
    }
    if (!reachable && s->kind != StmtKind::Empty) {
      pass.report(s->pos, "unreachable code");
      reachable = true;  // silence the error about the next statement
    }
    switch (s->kind) {
      case StmtKind::Block:
        for (Stmt* x : static_cast<BlockStmt*>(s)->list) find_dead(x);
        break;
      case StmtKind::Branch: reachable = false; break;  // break, continue, goto, fallthrough
      case StmtKind::Expr: {
        Expr* x = static_cast<ExprStmt*>(s)->x;
        if (x && x->kind == ExprKind::Call) {
          auto* c = static_cast<CallExpr*>(x);
          // panic(...) naming the builtin (go/ast: an unresolved identifier "panic")
          if (c->fun && c->fun->kind == ExprKind::Ident && static_cast<Ident*>(c->fun)->name == "panic" &&
              (!static_cast<Ident*>(c->fun)->obj || static_cast<Ident*>(c->fun)->obj->kind == ObjKind::Builtin))
            reachable = false;
        }
        break;
      }
      case StmtKind::For: {
        auto* f = static_cast<ForStmt*>(s);
        find_dead(f->body);
        reachable = f->cond != nullptr || has_break.count(s);
        break;
      }
      case StmtKind::If: {
        auto* x = static_cast<IfStmt*>(s);
        find_dead(x->then);
        if (x->els) {
          bool r = reachable;
          reachable = true;
          find_dead(x->els);
          reachable = reachable || r;
        } else {
          reachable = true;
        }
        break;
      }
      case StmtKind::Labeled: find_dead(static_cast<LabeledStmt*>(s)->stmt); break;
      case StmtKind::Range:
        find_dead(static_cast<RangeStmt*>(s)->body);
        reachable = true;
        break;
      case StmtKind::Return: reachable = false; break;
      case StmtKind::Select: {
        bool any = false;
        for (CommClause* c : static_cast<SelectStmt*>(s)->clauses) {
          reachable = true;
          if (c)
            for (Stmt* x : c->body) find_dead(x);
          any = any || reachable;
        }
        reachable = any || has_break.count(s);
        break;
      }
      case StmtKind::Switch: case StmtKind::TypeSwitch: {
        const auto& cl = s->kind == StmtKind::Switch ? static_cast<SwitchStmt*>(s)->clauses
                                                     : static_cast<TypeSwitchStmt*>(s)->clauses;
        bool any = false, has_default = false;
        for (CaseClause* c : cl) {
          if (!c) continue;
          if (c->is_default) has_default = true;
          reachable = true;
          for (Stmt* x : c->body) find_dead(x);
          any = any || reachable;
        }
        reachable = any || has_break.count(s) || !has_default;
        break;
      }
      default: break;
    }
  }
};

void check_body(Pass& pass, BlockStmt* body) {
  if (!body) return;
  Dead d(pass);
  d.find_labels(body);
  d.reachable = true;
  d.find_dead(body);
}

// Preorder over FuncDecl and FuncLit: each function's body on its own (find_dead does not
// enter function literals; they are visited afterwards, as inspect.Preorder does).
struct Funcs : Visitor {
  Pass& pass;
  explicit Funcs(Pass& p) : pass(p) {}
  bool func_decl(FuncDecl* fd) override {
    check_body(pass, fd->body);
    return true;
  }
  bool expr(Expr* e) override {
    if (e->kind == ExprKind::FuncLit) check_body(pass, static_cast<FuncLit*>(e)->body);
    return true;
  }
};

}  // namespace

void run_unreachable(Pass& pass) {
  Funcs v(pass);
  walk_file(pass.prog.file.get(), v);
}

}  // namespace gort::lang::vet
