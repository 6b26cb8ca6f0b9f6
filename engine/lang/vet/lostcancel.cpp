// engine/lang/vet/lostcancel.cpp — the lostcancel analyzer (Go 1.19 x/tools
// passes/lostcancel): the cancel function of context.WithCancel/WithTimeout/WithDeadline
// discarded (`ctx, _ := ...`), or not used on some path from its definition to a return (the
// implicit one at the closing brace included). main.main is exempt from the path check, as in
// go vet (the process ends anyway).
// go vet walks a control-flow graph (go/cfg); this port walks the structured statements with
// one bit — "some path from the definition gets here without using the variable" — merging
// branches and loop exits. Differences: goto ends a path (go/cfg follows it), and only panic,
// os.Exit, log.Fatal* and runtime.Goexit count as calls that never return (go vet also infers
// that for the program's own functions).
#include <vector>

#include "lang/vet/analyzers.h"

namespace gort::lang::vet {
namespace {

bool is_with_cancel(Expr* e, std::string& which) {
  if (!e || e->kind != ExprKind::Selector) return false;
  auto* sel = static_cast<SelectorExpr*>(e);
  if (!sel->sel) return false;
  const std::string& n = sel->sel->name;
  if (n != "WithCancel" && n != "WithTimeout" && n != "WithDeadline") return false;
  if (!sel->x || sel->x->kind != ExprKind::Ident) return false;
  auto* x = static_cast<Ident*>(sel->x);
  if (x->obj && x->obj->kind == ObjKind::PkgName) {
    auto* pn = static_cast<PkgName*>(x->obj);
    if (!pn->imported || pn->imported->path != "context") return false;
  } else if (x->name != "context") {
    return false;
  }
  which = n;
  return true;
}

bool never_returns(const CallExpr* c) {
  if (!c || !c->fun) return false;
  if (c->call_kind == CallKind::Builtin && c->builtin == BuiltinId::Panic) return true;
  Func* f = callee(c);
  if (!f) return false;
  std::string q = f->qualified_name();
  return q == "os.Exit" || q == "log.Fatal" || q == "log.Fatalf" || q == "log.Fatalln" ||
         q == "runtime.Goexit" || q == "(*log.Logger).Fatal" || q == "(*log.Logger).Fatalf" ||
         q == "(*log.Logger).Fatalln";
}

struct Def {
  Node* stmt;   // AssignStmt or ValueSpec
  Pos pos;
  Var* var;
};

struct UsesV : Visitor {
  const Var* v;
  const Ident* def_id;
  bool named_result;
  bool found = false;
  UsesV(const Var* var, const Ident* id, bool nr) : v(var), def_id(id), named_result(nr) {}
  bool expr(Expr* e) override {
    if (found) return false;
    if (e->kind == ExprKind::Ident && e != def_id && static_cast<Ident*>(e)->obj == v) found = true;
    return !found;
  }
  bool stmt(Stmt* s) override {
    if (found) return false;
    if (s->kind == StmtKind::Return && static_cast<ReturnStmt*>(s)->results.empty() && named_result) found = true;
    return !found;
  }
};

struct Flow {
  const Def& def;
  bool named_result;
  const Ident* def_id;
  ReturnStmt* ret = nullptr;
  bool done = false;
  struct Target { const Stmt* s; bool brk = false, cont = false; };
  std::vector<Target> targets;

  bool uses_expr(Expr* e) {
    if (!e) return false;
    UsesV u(def.var, def_id, named_result);
    walk_expr(e, u);
    return u.found;
  }
  bool uses_stmt(Stmt* s) {
    if (!s) return false;
    UsesV u(def.var, def_id, named_result);
    walk_stmt(s, u);
    return u.found;
  }
  bool is_def(Stmt* s) {
    if (s == def.stmt) return true;
    if (s && s->kind == StmtKind::Decl && static_cast<DeclStmt*>(s)->decl)
      for (Spec* sp : static_cast<DeclStmt*>(s)->decl->specs)
        if (sp == def.stmt) return true;
    return false;
  }
  Target* find_target(const Stmt* s) {
    for (size_t i = targets.size(); i-- > 0;)
      if (targets[i].s == s) return &targets[i];
    return targets.empty() ? nullptr : &targets.back();
  }

  bool list(const std::vector<Stmt*>& l, bool live) {
    for (Stmt* s : l) live = flow(s, live);
    return live;
  }

  bool flow(Stmt* s, bool live) {
    if (done) return false;
    if (!s) return live;  // an absent init/post statement
    if (is_def(s)) return true;
    switch (s->kind) {
      case StmtKind::Block: return list(static_cast<BlockStmt*>(s)->list, live);
      case StmtKind::Labeled: return flow(static_cast<LabeledStmt*>(s)->stmt, live);
      case StmtKind::Return:
        if (live && !uses_stmt(s)) {
          ret = static_cast<ReturnStmt*>(s);
          done = true;
        }
        return false;
      case StmtKind::Expr: {
        if (live && uses_stmt(s)) live = false;
        Expr* x = static_cast<ExprStmt*>(s)->x;
        if (x && x->kind == ExprKind::Call && never_returns(static_cast<CallExpr*>(x))) return false;
        return live;
      }
      case StmtKind::Branch: {
        auto* b = static_cast<BranchStmt*>(s);
        if (b->tok == Tok::Break) {
          if (Target* t = find_target(b->target)) t->brk = t->brk || live;
        } else if (b->tok == Tok::Continue) {
          if (Target* t = find_target(b->target)) t->cont = t->cont || live;
        } else if (b->tok == Tok::Fallthrough) {
          return live;
        }
        return false;
      }
      case StmtKind::If: {
        auto* x = static_cast<IfStmt*>(s);
        live = flow(x->init, live);
        if (live && uses_expr(x->cond)) live = false;
        bool a = flow(x->then, live);
        bool b = x->els ? flow(x->els, live) : live;
        return a || b;
      }
      case StmtKind::For: {
        auto* f = static_cast<ForStmt*>(s);
        live = flow(f->init, live);
        if (live && uses_expr(f->cond)) live = false;
        targets.push_back({s});
        bool out = flow(f->body, live);
        Target t = targets.back();
        targets.pop_back();
        bool back = out || t.cont;
        if (back && f->post && uses_stmt(f->post)) back = false;
        if (back && uses_expr(f->cond)) back = false;
        return (f->cond ? (live || back) : false) || t.brk;
      }
      case StmtKind::Range: {
        auto* r = static_cast<RangeStmt*>(s);
        if (live && (uses_expr(r->x) || uses_expr(r->key) || uses_expr(r->value))) live = false;
        targets.push_back({s});
        bool out = flow(r->body, live);
        Target t = targets.back();
        targets.pop_back();
        return live || out || t.cont || t.brk;
      }
      case StmtKind::Switch: case StmtKind::TypeSwitch: {
        const std::vector<CaseClause*>* cl;
        if (s->kind == StmtKind::Switch) {
          auto* x = static_cast<SwitchStmt*>(s);
          live = flow(x->init, live);
          if (live && uses_expr(x->tag)) live = false;
          cl = &x->clauses;
        } else {
          auto* x = static_cast<TypeSwitchStmt*>(s);
          live = flow(x->init, live);
          if (live && uses_expr(x->guard)) live = false;
          cl = &x->clauses;
        }
        targets.push_back({s});
        bool out = false, has_default = false;
        for (CaseClause* c : *cl) {
          if (!c) continue;
          if (c->is_default) has_default = true;
          bool l = live;
          for (Expr* e : c->list)
            if (l && uses_expr(e)) l = false;
          out = list(c->body, l) || out;
        }
        Target t = targets.back();
        targets.pop_back();
        return out || t.brk || (!has_default && live);
      }
      case StmtKind::Select: {
        targets.push_back({s});
        bool out = false;
        for (CommClause* c : static_cast<SelectStmt*>(s)->clauses) {
          if (!c) continue;
          bool l = flow(c->comm, live);
          out = list(c->body, l) || out;
        }
        Target t = targets.back();
        targets.pop_back();
        return out || t.brk;
      }
      default:  // simple statements
        if (live && uses_stmt(s)) return false;
        return live;
    }
  }
};

// Finds the cancel variables defined in one function body (not in nested literals: they are
// functions of their own).
struct FindDefs : Visitor {
  Pass& pass;
  Pos from, to;  // the function's extent (funcScope.Contains)
  std::vector<Def> defs;
  std::vector<const Ident*> def_ids;
  FindDefs(Pass& p, Pos f, Pos t) : pass(p), from(f), to(t) {}

  void consider(Node* stmt, Pos pos, Expr* rhs, Expr* lhs1, bool define) {
    Expr* call = rhs;
    if (!call || call->kind != ExprKind::Call) return;
    std::string which;
    if (!is_with_cancel(static_cast<CallExpr*>(call)->fun, which)) return;
    if (!lhs1 || lhs1->kind != ExprKind::Ident) return;
    auto* id = static_cast<Ident*>(lhs1);
    if (id->name == "_") {
      pass.report(id->pos, "the cancel function returned by context." + which +
                               " should be called, not discarded, to avoid a context leak");
      return;
    }
    if (!id->obj || id->obj->kind != ObjKind::Var) return;
    auto* v = static_cast<Var*>(id->obj);
    if (!define) {
      Pos vp{v->line, v->col};
      if (v->is_global || vp < from || to < vp) return;
    }
    defs.push_back({stmt, pos, v});
    def_ids.push_back(define ? id : nullptr);
  }

  bool expr(Expr* e) override { return e->kind != ExprKind::FuncLit; }
  bool stmt(Stmt* s) override {
    if (s->kind == StmtKind::Assign) {
      auto* a = static_cast<AssignStmt*>(s);
      if (a->lhs.size() > 1 && a->rhs.size() == 1) consider(s, s->pos, a->rhs[0], a->lhs[1], a->tok == Tok::Define);
    } else if (s->kind == StmtKind::Decl && static_cast<DeclStmt*>(s)->decl) {
      for (Spec* sp : static_cast<DeclStmt*>(s)->decl->specs) {
        if (!sp || sp->kind != SpecKind::Value) continue;
        auto* vs = static_cast<ValueSpec*>(sp);
        if (vs->names.size() > 1 && vs->values.size() == 1) consider(vs, vs->pos, vs->values[0], vs->names[1], true);
      }
    }
    return true;
  }
};

void run_func(Pass& pass, Pos from, BlockStmt* body, Signature* sig, bool is_main) {
  if (!body) return;
  FindDefs fd(pass, from, body->rbrace);
  walk_stmt(body, fd);
  if (fd.defs.empty() || is_main || !sig) return;
  for (size_t i = 0; i < fd.defs.size(); i++) {
    const Def& d = fd.defs[i];
    bool named_result = false;
    if (sig->results)
      for (Var* r : sig->results->vars)
        if (r == d.var) named_result = true;
    Flow flow{d, named_result, fd.def_ids[i], nullptr, false, {}};
    bool live_at_end = flow.flow(body, false);
    Pos at;
    if (flow.ret) at = flow.ret->pos;
    else if (live_at_end && !named_result) at = body->rbrace;
    else continue;
    pass.report(d.pos, "the " + d.var->name + " function is not used on all paths (possible context leak)");
    pass.report(at, "this return statement may be reached without using the " + d.var->name +
                        " var defined on line " + std::to_string(d.pos.line));
  }
}

struct LostCancel : Visitor {
  Pass& pass;
  explicit LostCancel(Pass& p) : pass(p) {}
  bool func_decl(FuncDecl* fd) override {
    bool is_main = fd->name && fd->name->name == "main" && !fd->recv;
    Signature* sig = fd->obj && fd->obj->type && fd->obj->type->kind == TypeKind::Signature ? fd->obj->sig() : nullptr;
    run_func(pass, fd->pos, fd->body, sig, is_main);
    return true;
  }
  bool expr(Expr* e) override {
    if (e->kind == ExprKind::FuncLit) {
      auto* fl = static_cast<FuncLit*>(e);
      run_func(pass, fl->pos, fl->body, fl->sig, false);
    }
    return true;
  }
};

}  // namespace

void run_lostcancel(Pass& pass) {
  LostCancel v(pass);
  walk_file(pass.prog.file.get(), v);
}

}  // namespace gort::lang::vet
