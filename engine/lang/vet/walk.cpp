// engine/lang/vet/walk.cpp — the preorder walk (go/ast.Inspect order: children in source
// order) every analyzer uses to find the nodes it looks at.
#include "lang/vet/util.h"

namespace gort::lang::vet {
namespace {

void walk_fields(const std::vector<Field*>& fs, Visitor& v) {
  for (Field* f : fs) {
    if (!f) continue;
    for (Ident* n : f->names) walk_expr(n, v);
    walk_expr(f->type, v);
  }
}

void walk_stmts(const std::vector<Stmt*>& ss, Visitor& v) {
  for (Stmt* s : ss) walk_stmt(s, v);
}

void walk_spec(Spec* sp, Visitor& v) {
  if (!sp) return;
  switch (sp->kind) {
    case SpecKind::Import: break;
    case SpecKind::Value: {
      auto* vs = static_cast<ValueSpec*>(sp);
      for (Ident* n : vs->names) walk_expr(n, v);
      walk_expr(vs->type, v);
      for (Expr* e : vs->values) walk_expr(e, v);
      break;
    }
    case SpecKind::Type: {
      auto* ts = static_cast<TypeSpec*>(sp);
      walk_expr(ts->name, v);
      walk_fields(ts->tparams, v);
      walk_expr(ts->type, v);
      break;
    }
  }
}

void walk_gen_decl(GenDecl* g, Visitor& v) {
  v.gen_decl(g);
  for (Spec* sp : g->specs) walk_spec(sp, v);
}

}  // namespace

void walk_expr(Expr* e, Visitor& v) {
  if (!e || !v.expr(e)) return;
  switch (e->kind) {
    case ExprKind::Bad: case ExprKind::Ident: case ExprKind::BasicLit: break;
    case ExprKind::CompositeLit: {
      auto* c = static_cast<CompositeLit*>(e);
      walk_expr(c->type, v);
      for (Expr* x : c->elts) walk_expr(x, v);
      break;
    }
    case ExprKind::FuncLit: {
      auto* f = static_cast<FuncLit*>(e);
      walk_expr(f->type, v);
      walk_stmt(f->body, v);
      break;
    }
    case ExprKind::Paren: walk_expr(static_cast<ParenExpr*>(e)->x, v); break;
    case ExprKind::Selector: {
      auto* s = static_cast<SelectorExpr*>(e);
      walk_expr(s->x, v);
      walk_expr(s->sel, v);
      break;
    }
    case ExprKind::Index: {
      auto* x = static_cast<IndexExpr*>(e);
      walk_expr(x->x, v);
      walk_expr(x->index, v);
      for (Expr* a : x->extra) walk_expr(a, v);
      break;
    }
    case ExprKind::Slice: {
      auto* x = static_cast<SliceExpr*>(e);
      walk_expr(x->x, v);
      walk_expr(x->lo, v);
      walk_expr(x->hi, v);
      walk_expr(x->max, v);
      break;
    }
    case ExprKind::TypeAssert: {
      auto* x = static_cast<TypeAssertExpr*>(e);
      walk_expr(x->x, v);
      walk_expr(x->type, v);
      break;
    }
    case ExprKind::Call: {
      auto* c = static_cast<CallExpr*>(e);
      walk_expr(c->fun, v);
      for (Expr* a : c->args) walk_expr(a, v);
      break;
    }
    case ExprKind::Star: walk_expr(static_cast<StarExpr*>(e)->x, v); break;
    case ExprKind::Unary: walk_expr(static_cast<UnaryExpr*>(e)->x, v); break;
    case ExprKind::Binary: {
      auto* b = static_cast<BinaryExpr*>(e);
      walk_expr(b->x, v);
      walk_expr(b->y, v);
      break;
    }
    case ExprKind::KeyValue: {
      auto* kv = static_cast<KeyValueExpr*>(e);
      walk_expr(kv->key, v);
      walk_expr(kv->value, v);
      break;
    }
    case ExprKind::ArrayType: {
      auto* a = static_cast<ArrayType*>(e);
      walk_expr(a->len, v);
      walk_expr(a->elem, v);
      break;
    }
    case ExprKind::StructType: walk_fields(static_cast<StructType*>(e)->fields, v); break;
    case ExprKind::FuncType: {
      auto* f = static_cast<FuncType*>(e);
      walk_fields(f->params, v);
      walk_fields(f->results, v);
      break;
    }
    case ExprKind::InterfaceType: walk_fields(static_cast<InterfaceType*>(e)->methods, v); break;
    case ExprKind::MapType: {
      auto* m = static_cast<MapType*>(e);
      walk_expr(m->key, v);
      walk_expr(m->value, v);
      break;
    }
    case ExprKind::ChanType: walk_expr(static_cast<ChanType*>(e)->value, v); break;
    case ExprKind::Ellipsis: walk_expr(static_cast<EllipsisExpr*>(e)->elt, v); break;
  }
}

void walk_stmt(Stmt* s, Visitor& v) {
  if (!s || !v.stmt(s)) return;
  switch (s->kind) {
    case StmtKind::Bad: case StmtKind::Empty: break;
    case StmtKind::Decl: {
      auto* d = static_cast<DeclStmt*>(s);
      if (d->decl) walk_gen_decl(d->decl, v);
      break;
    }
    case StmtKind::Labeled: walk_stmt(static_cast<LabeledStmt*>(s)->stmt, v); break;
    case StmtKind::Expr: walk_expr(static_cast<ExprStmt*>(s)->x, v); break;
    case StmtKind::Send: {
      auto* x = static_cast<SendStmt*>(s);
      walk_expr(x->chan, v);
      walk_expr(x->value, v);
      break;
    }
    case StmtKind::IncDec: walk_expr(static_cast<IncDecStmt*>(s)->x, v); break;
    case StmtKind::Assign: {
      auto* a = static_cast<AssignStmt*>(s);
      for (Expr* e : a->lhs) walk_expr(e, v);
      for (Expr* e : a->rhs) walk_expr(e, v);
      break;
    }
    case StmtKind::Go: {
      auto* g = static_cast<GoStmt*>(s);
      walk_expr(g->call ? g->call : g->not_call, v);
      break;
    }
    case StmtKind::Defer: {
      auto* d = static_cast<DeferStmt*>(s);
      walk_expr(d->call ? d->call : d->not_call, v);
      break;
    }
    case StmtKind::Return:
      for (Expr* e : static_cast<ReturnStmt*>(s)->results) walk_expr(e, v);
      break;
    case StmtKind::Branch: break;
    case StmtKind::Block: walk_stmts(static_cast<BlockStmt*>(s)->list, v); break;
    case StmtKind::If: {
      auto* x = static_cast<IfStmt*>(s);
      walk_stmt(x->init, v);
      walk_expr(x->cond, v);
      walk_stmt(x->then, v);
      walk_stmt(x->els, v);
      break;
    }
    case StmtKind::CaseClause: {
      auto* c = static_cast<CaseClause*>(s);
      for (Expr* e : c->list) walk_expr(e, v);
      walk_stmts(c->body, v);
      break;
    }
    case StmtKind::Switch: {
      auto* x = static_cast<SwitchStmt*>(s);
      walk_stmt(x->init, v);
      walk_expr(x->tag, v);
      for (CaseClause* c : x->clauses) walk_stmt(c, v);
      break;
    }
    case StmtKind::TypeSwitch: {
      auto* x = static_cast<TypeSwitchStmt*>(s);
      walk_stmt(x->init, v);
      walk_expr(x->bind, v);
      walk_expr(x->guard, v);
      for (CaseClause* c : x->clauses) walk_stmt(c, v);
      break;
    }
    case StmtKind::CommClause: {
      auto* c = static_cast<CommClause*>(s);
      walk_stmt(c->comm, v);
      walk_stmts(c->body, v);
      break;
    }
    case StmtKind::Select:
      for (CommClause* c : static_cast<SelectStmt*>(s)->clauses) walk_stmt(c, v);
      break;
    case StmtKind::For: {
      auto* x = static_cast<ForStmt*>(s);
      walk_stmt(x->init, v);
      walk_expr(x->cond, v);
      walk_stmt(x->post, v);
      walk_stmt(x->body, v);
      break;
    }
    case StmtKind::Range: {
      auto* x = static_cast<RangeStmt*>(s);
      walk_expr(x->key, v);
      walk_expr(x->value, v);
      walk_expr(x->x, v);
      walk_stmt(x->body, v);
      break;
    }
  }
  v.leave_stmt(s);
}

void walk_file(File* f, Visitor& v) {
  if (!f) return;
  for (Decl* d : f->decls) {
    if (!d) continue;
    if (d->is_func) {
      auto* fd = static_cast<FuncDecl*>(d);
      if (!v.func_decl(fd)) continue;
      if (fd->recv) walk_expr(fd->recv->type, v);
      walk_expr(fd->name, v);
      walk_expr(fd->type, v);
      walk_stmt(fd->body, v);
    } else {
      walk_gen_decl(static_cast<GenDecl*>(d), v);
    }
  }
}

}  // namespace gort::lang::vet
