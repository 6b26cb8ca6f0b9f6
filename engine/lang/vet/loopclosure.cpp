// engine/lang/vet/loopclosure.cpp — the loopclosure analyzer (Go 1.19 x/tools
// passes/loopclosure): a loop whose LAST statement is `go func(){...}()` or
// `defer func(){...}()` and whose function literal refers to a loop variable (range key/value,
// or the variable a for loop's post statement updates). Under Go 1.21 semantics all iterations
// share that variable, so the goroutine or deferred call likely sees a later value.
// Go 1.22 gives each iteration its own variable: a variable the loop declares with
// per-iteration semantics (ForStmt/RangeStmt::per_iteration) is not reported.
#include "lang/vet/analyzers.h"

namespace gort::lang::vet {
namespace {

struct Refs : Visitor {
  Pass& pass;
  const std::vector<Object*>& vars;
  Refs(Pass& p, const std::vector<Object*>& v) : pass(p), vars(v) {}
  bool expr(Expr* e) override {
    if (e->kind == ExprKind::Selector) {
      // x.f: only x can name the loop variable (the field name has no ast.Object).
      walk_expr(static_cast<SelectorExpr*>(e)->x, *this);
      return false;
    }
    if (e->kind == ExprKind::KeyValue) {
      // T{f: v}: a struct literal's key is a field name, not a variable.
      auto* kv = static_cast<KeyValueExpr*>(e);
      if (kv->key && kv->key->kind != ExprKind::Ident) walk_expr(kv->key, *this);
      else if (kv->key && static_cast<Ident*>(kv->key)->obj && static_cast<Ident*>(kv->key)->obj->kind == ObjKind::Var &&
               !static_cast<Var*>(static_cast<Ident*>(kv->key)->obj)->is_field)
        walk_expr(kv->key, *this);
      walk_expr(kv->value, *this);
      return false;
    }
    if (e->kind != ExprKind::Ident) return true;
    auto* id = static_cast<Ident*>(e);
    if (!id->obj) return true;
    for (Object* v : vars)
      if (v == id->obj) pass.report(id->pos, "loop variable " + id->name + " captured by func literal");
    return true;
  }
};

struct LoopClosure : Visitor {
  Pass& pass;
  explicit LoopClosure(Pass& p) : pass(p) {}

  static void add_var(std::vector<Object*>& vars, Expr* e, bool fresh_per_iteration,
                      const std::vector<Object*>& declared) {
    if (!e || e->kind != ExprKind::Ident) return;
    auto* id = static_cast<Ident*>(e);
    if (!id->obj || id->obj->kind != ObjKind::Var) return;
    if (fresh_per_iteration)
      for (Object* d : declared)
        if (d == id->obj) return;  // Go 1.22: this iteration's own copy
    vars.push_back(id->obj);
  }

  bool stmt(Stmt* s) override {
    std::vector<Object*> vars;
    BlockStmt* body = nullptr;
    if (s->kind == StmtKind::Range) {
      auto* r = static_cast<RangeStmt*>(s);
      body = r->body;
      std::vector<Object*> declared;
      if (r->tok == Tok::Define) {
        for (Expr* e : {r->key, r->value})
          if (e && e->kind == ExprKind::Ident && static_cast<Ident*>(e)->obj) declared.push_back(static_cast<Ident*>(e)->obj);
      }
      bool fresh = r->tok == Tok::Define && r->per_iteration;
      add_var(vars, r->key, fresh, declared);
      add_var(vars, r->value, fresh, declared);
    } else if (s->kind == StmtKind::For) {
      auto* f = static_cast<ForStmt*>(s);
      body = f->body;
      std::vector<Object*> declared;
      if (f->init && f->init->kind == StmtKind::Assign && static_cast<AssignStmt*>(f->init)->tok == Tok::Define)
        for (Expr* e : static_cast<AssignStmt*>(f->init)->lhs)
          if (e && e->kind == ExprKind::Ident && static_cast<Ident*>(e)->obj) declared.push_back(static_cast<Ident*>(e)->obj);
      if (f->post && f->post->kind == StmtKind::Assign)
        for (Expr* e : static_cast<AssignStmt*>(f->post)->lhs) add_var(vars, e, f->per_iteration, declared);
      else if (f->post && f->post->kind == StmtKind::IncDec)
        add_var(vars, static_cast<IncDecStmt*>(f->post)->x, f->per_iteration, declared);
    } else {
      return true;
    }
    if (vars.empty() || !body || body->list.empty()) return true;
    Stmt* last = body->list.back();
    CallExpr* call = nullptr;
    if (last && last->kind == StmtKind::Go) call = static_cast<GoStmt*>(last)->call;
    else if (last && last->kind == StmtKind::Defer) call = static_cast<DeferStmt*>(last)->call;
    if (!call || !call->fun || call->fun->kind != ExprKind::FuncLit) return true;
    Refs refs(pass, vars);
    walk_stmt(static_cast<FuncLit*>(call->fun)->body, refs);
    return true;
  }
};

}  // namespace

void run_loopclosure(Pass& pass) {
  LoopClosure v(pass);
  walk_file(pass.prog.file.get(), v);
}

}  // namespace gort::lang::vet
