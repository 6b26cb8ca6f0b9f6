// engine/lang/check_stmt.cpp — statements: scopes and declarations ("declared and not used"),
// assignments and := (with comma-ok forms), control flow (if/for/range/switch/type switch/
// select), branch statements and labels, go/defer, returns, terminating-statement analysis
// ("missing return"), and the loop-variable semantics recorded for the compiler.
#include <algorithm>
#include <map>

#include "lang/checker.h"
#include "lang/type_preds.h"

namespace gort::lang {

static Expr* unparen_s(Expr* e) {
  while (e && e->kind == ExprKind::Paren) e = static_cast<ParenExpr*>(e)->x;
  return e;
}

void Checker::open_scope() {
  scope_ = ctx_.make_scope(scope_);
  scope_seq_[scope_] = int(scope_seq_.size());
}

void Checker::close_scope() {
  report_unused(scope_);
  scope_ = scope_->parent;
}

void Checker::report_unused(Scope* s) {
  for (auto& [name, o] : s->names) {
    if (o->kind != ObjKind::Var) continue;
    Var* v = static_cast<Var*>(o);
    if (v->is_param || v->used || v->name == "_" || is_std_) continue;
    // Reported at the end of the enclosing function declaration, in types2's order (usage():
    // the function's scopes outermost first, each sorted by position; closure bodies after),
    // which decides what gc's 10-error limit shows.
    auto it = scope_seq_.find(s);
    pending_unused_.push_back(
        {int(funcs_.size()), it == scope_seq_.end() ? -1 : it->second, Pos{v->line, v->col}, v->name});
    v->used = true;  // report once
  }
}

void Checker::flush_unused() {
  std::stable_sort(pending_unused_.begin(), pending_unused_.end(), [](const PendingUnused& a, const PendingUnused& b) {
    if (a.depth != b.depth) return a.depth < b.depth;
    if (a.scope != b.scope) return a.scope < b.scope;
    return a.pos < b.pos;
  });
  for (const PendingUnused& u : pending_unused_) error(u.pos, "declared and not used: " + u.name);
  pending_unused_.clear();
}

void Checker::declare(Scope* s, Object* o, Ident* id) {
  if (id) id->obj = o;
  if (o->name == "_") return;
  if (Object* prev = s->lookup_local(o->name)) {
    error(Pos{o->line, o->col}, o->name + " redeclared in this block\n\t" + file_.filename + ":" +
                                    std::to_string(prev->line) + ":" + std::to_string(prev->col) +
                                    ": other declaration of " + o->name);
    return;
  }
  s->names[o->name] = o;
}

Var* Checker::new_local(Ident* id, Type* t) {
  Var* v = ctx_.make_obj<Var>(id->name);
  v->line = id->pos.line;
  v->col = id->pos.col;
  v->type = t;
  v->pkg = pkg_;
  v->owner = funcs_.empty() ? nullptr : funcs_.back().fn;
  id->obj = v;
  return v;
}

void Checker::stmt_list(const std::vector<Stmt*>& list, int ctx) {
  int inner = ctx & ~(kFallthroughOk | kFinalSwitchCase);
  for (size_t i = 0; i < list.size(); i++) {
    int c = inner;
    // fallthrough is allowed as the last statement of a non-final switch case.
    if ((ctx & kFallthroughOk) && i + 1 == list.size()) c |= kFallthroughOk;
    if ((ctx & kFinalSwitchCase) && i + 1 == list.size()) c |= kFinalSwitchCase;
    stmt(list[i], c);
  }
}

void Checker::block(BlockStmt* b, int ctx) {
  open_scope();
  stmt_list(b->list, ctx);
  close_scope();
}

void Checker::labels(BlockStmt* body) {
  // Collect labels of this function body (not of nested function literals).
  std::function<void(Stmt*)> walk = [&](Stmt* s) {
    if (!s) return;
    switch (s->kind) {
      case StmtKind::Labeled: {
        LabeledStmt* l = static_cast<LabeledStmt*>(s);
        if (l->label->name != "_") {
          if (auto it = labels_.find(l->label->name); it != labels_.end()) {
            Ident* first = static_cast<LabeledStmt*>(it->second)->label;
            error(l->label->pos, "label " + l->label->name + " already defined at " + file_.filename + ":" +
                                     std::to_string(first->pos.line) + ":" + std::to_string(first->pos.col));
          } else {
            labels_[l->label->name] = l;
          }
        }
        walk(l->stmt);
        break;
      }
      case StmtKind::Block: for (Stmt* x : static_cast<BlockStmt*>(s)->list) walk(x); break;
      case StmtKind::If: {
        IfStmt* i = static_cast<IfStmt*>(s);
        walk(i->then);
        walk(i->els);
        break;
      }
      case StmtKind::For: walk(static_cast<ForStmt*>(s)->body); break;
      case StmtKind::Range: walk(static_cast<RangeStmt*>(s)->body); break;
      case StmtKind::Switch:
        for (CaseClause* c : static_cast<SwitchStmt*>(s)->clauses)
          for (Stmt* x : c->body) walk(x);
        break;
      case StmtKind::TypeSwitch:
        for (CaseClause* c : static_cast<TypeSwitchStmt*>(s)->clauses)
          for (Stmt* x : c->body) walk(x);
        break;
      case StmtKind::Select:
        for (CommClause* c : static_cast<SelectStmt*>(s)->clauses)
          for (Stmt* x : c->body) walk(x);
        break;
      default: break;
    }
  };
  walk(body);
}

// Stack of enclosing breakable/continuable statements with their labels.
namespace {
struct Target {
  Stmt* s;
  std::string label;
  bool loop;
};
thread_local std::vector<Target>* g_targets = nullptr;
}  // namespace

void Checker::stmt(Stmt* s, int ctx) {
  if (!funcs_.empty() && funcs_.back().rf) rf_label_depth_[s] = rf_depth();  // exits to s (range_func)
  switch (s->kind) {
    case StmtKind::Bad: case StmtKind::Empty: return;
    case StmtKind::Decl: {
      GenDecl* g = static_cast<DeclStmt*>(s)->decl;
      ValueSpec* last = nullptr;
      (void)last;
      for (Spec* sp : g->specs) {
        if (g->tok == Tok::Var) var_decl_stmt(static_cast<ValueSpec*>(sp));
        else if (g->tok == Tok::Const) const_decl_stmt(static_cast<ValueSpec*>(sp));
        else if (g->tok == Tok::Type) {
          TypeSpec* ts = static_cast<TypeSpec*>(sp);
          if (!funcs_.empty() && funcs_[0].fn) {
            Func* outer = funcs_[0].fn;
            bool generic = (outer->sig() && !outer->sig()->tparams.empty()) || outer->origin ||
                           (outer->recv_named && !outer->recv_named->tparams.empty());
            if (generic) {
              // gc (1.19 and current): an instance would need one type per instantiation.
              error(s->pos, "type declarations inside generic functions are not currently supported");
              TypeName* bad = ctx_.make_obj<TypeName>(ts->name->name);  // uses stay silent
              bad->type = ctx_.basic(BasicKind::Invalid);
              declare(scope_, bad, ts->name);
              continue;
            }
          }
          TypeName* tn = ctx_.make_obj<TypeName>(ts->name->name);
          tn->line = ts->name->pos.line;
          tn->col = ts->name->pos.col;
          tn->pkg = pkg_;
          tn->is_alias = ts->alias;
          if (ts->alias && !ts->tparams.empty()) {
            // A local generic alias (Go 1.24), as decl_type does for package-level ones.
            if (go_minor_ < 24) error(ts->tparams[0]->pos, "generic type alias requires go1.24 or later");
            Scope* tps = ctx_.make_scope(scope_);
            std::vector<TypeParam*> params = declare_tparams(ts->tparams, tps);
            Scope* saved = scope_;
            scope_ = tps;
            tn->type = type_expr(ts->type);
            scope_ = saved;
            tn->alias_tparams = std::move(params);
            declare(scope_, tn, ts->name);
          } else if (ts->alias) {
            tn->type = type_expr(ts->type);
            declare(scope_, tn, ts->name);
          } else {
            Named* n = ctx_.make_type<Named>();
            n->obj = tn;
            tn->type = n;
            declare(scope_, tn, ts->name);
            Scope* saved = scope_;
            if (!ts->tparams.empty()) {  // a local generic type (its instances have no methods)
              Scope* tps = ctx_.make_scope(scope_);
              n->tparams = declare_tparams(ts->tparams, tps);
              scope_ = tps;
            }
            Type* ut = type_expr(ts->type);
            scope_ = saved;
            if (ut->kind == TypeKind::TypeParam) {
              error(ts->type->pos, "cannot use a type parameter as RHS in type declaration");
              ut = ctx_.basic(BasicKind::Invalid);
            }
            Type* u = underlying(ut);
            if (u == n) u = ctx_.basic(BasicKind::Invalid);
            n->underlying = u;
            // A local type is cycle-checked too (type T [1]T in a function once recursed
            // without bound in comparability checks).
            std::vector<Named*> path;
            std::set<Named*> done;
            valid_type(n, path, done);
          }
        }
      }
      return;
    }
    case StmtKind::Labeled: {
      LabeledStmt* l = static_cast<LabeledStmt*>(s);
      Stmt* inner = l->stmt;
      // The label is attached to the following for/switch/select for break/continue.
      stmt(inner, ctx);
      return;
    }
    case StmtKind::Expr: {
      Expr* x = static_cast<ExprStmt*>(s)->x;
      raw_expr(x, nullptr);
      if (x->tv.mode == Mode::Invalid) return;
      Expr* xu = unparen_s(x);
      if (xu->kind == ExprKind::Call) {
        CallExpr* c = static_cast<CallExpr*>(xu);
        if (c->call_kind == CallKind::Conversion) {
          error(x->pos, operand_string(x) + " is not used");
          return;
        }
        if (c->call_kind == CallKind::Builtin) {
          switch (c->builtin) {
            case BuiltinId::Append: case BuiltinId::Cap: case BuiltinId::Len: case BuiltinId::Make:
            case BuiltinId::New: case BuiltinId::Min: case BuiltinId::Max:
              error(x->pos, operand_string(x) + " is not used");
              return;
            default: return;
          }
        }
        return;
      }
      if (xu->kind == ExprKind::Unary && static_cast<UnaryExpr*>(xu)->op == Tok::Arrow) return;
      if (x->tv.mode == Mode::TypeExpr) {
        error(x->pos, expr_string(x) + " (type) is not an expression");
        return;
      }
      if (x->tv.mode == Mode::Builtin) {
        error(x->pos, expr_string(x) + " (built-in) must be called");
        return;
      }
      default_untyped(x);
      error(x->pos, operand_string(x) + " is not used");
      return;
    }
    case StmtKind::Send: {
      SendStmt* ss = static_cast<SendStmt*>(s);
      expr(ss->chan);
      expr(ss->value);
      if (ss->chan->tv.mode == Mode::Invalid || ss->value->tv.mode == Mode::Invalid) return;
      Type* u = underlying(ss->chan->tv.type);
      if (u->kind != TypeKind::Chan) {
        error(s->pos, "invalid operation: cannot send to non-channel " + operand_string(ss->chan));
        return;
      }
      Chan* c = static_cast<Chan*>(u);
      if (c->dir == ChanDirT::Recv) {
        error(s->pos, "invalid operation: cannot send to receive-only channel " + operand_string(ss->chan));
        return;
      }
      assignment(ss->value, c->elem, "send");
      return;
    }
    case StmtKind::IncDec: {
      IncDecStmt* st = static_cast<IncDecStmt*>(s);
      expr(st->x);
      if (st->x->tv.mode == Mode::Invalid) return;
      if (st->x->tv.type->kind == TypeKind::TypeParam && is_numeric(st->x->tv.type)) {
        // every type of the type set is numeric
      } else if (!is_untyped(st->x->tv.type) && underlying(st->x->tv.type)->kind == TypeKind::Basic) {
        Basic* b = static_cast<Basic*>(underlying(st->x->tv.type));
        if (b->bkind < BasicKind::Int || b->bkind > BasicKind::Complex128) {
          error(s->pos, std::string("invalid operation: ") + expr_string(st->x) + (st->tok == Tok::Inc ? "++" : "--") +
                            " (non-numeric type " + type_string(st->x->tv.type) + ")");
          return;
        }
      } else {
        error(s->pos, std::string("invalid operation: ") + expr_string(st->x) + (st->tok == Tok::Inc ? "++" : "--") +
                          " (non-numeric type " + type_string(st->x->tv.type) + ")");
        return;
      }
      if (st->x->tv.mode != Mode::Variable && st->x->tv.mode != Mode::MapIndex) {
        error(st->x->pos, "cannot assign to " + expr_string(st->x) + " (neither addressable nor a map index expression)");
      }
      return;
    }
    case StmtKind::Assign: {
      AssignStmt* a = static_cast<AssignStmt*>(s);
      if (a->tok == Tok::Define) short_var_decl(a);
      else assign_stmt(a);
      return;
    }
    case StmtKind::Go:
    case StmtKind::Defer: {
      CallExpr* c = s->kind == StmtKind::Go ? static_cast<GoStmt*>(s)->call : static_cast<DeferStmt*>(s)->call;
      const char* kw = s->kind == StmtKind::Go ? "go" : "defer";
      if (!c) {
        Expr* x = s->kind == StmtKind::Go ? static_cast<GoStmt*>(s)->not_call : static_cast<DeferStmt*>(s)->not_call;
        if (x) {
          error(x->pos, std::string("expression in ") + kw + " must be function call");
          raw_expr(x, nullptr);  // types2's check.use: errors inside, and variables count as used
        }
        return;
      }
      raw_expr(c, nullptr);
      if (c->tv.mode == Mode::Invalid) return;
      if (s->kind == StmtKind::Defer && rf_depth() > 0) {
        // A defer in a range-over-func body belongs to the enclosing function's frame.
        RangeFunc* orf = rf_stack()[0]->rf;
        if (!orf->depth) {
          orf->depth = ctx_.make_obj<Var>("#depth");
          orf->depth->type = ctx_.basic(BasicKind::Int);
          orf->depth->pkg = pkg_;
          orf->depth->owner = funcs_[real_func_index()].fn;
          orf->depth->used = true;
        }
        use_var(orf->depth);
      }
      if (c->call_kind == CallKind::Conversion) {
        error(c->pos, std::string(kw) + " requires function call, not conversion");
        return;
      }
      if (c->call_kind == CallKind::Builtin) {
        switch (c->builtin) {
          case BuiltinId::Append: case BuiltinId::Cap: case BuiltinId::Len: case BuiltinId::Make:
          case BuiltinId::New: case BuiltinId::Min: case BuiltinId::Max:
            error(c->pos, std::string(kw) + " discards result of " + expr_string(c));
            return;
          default: break;
        }
      }
      return;
    }
    case StmtKind::Return: return_stmt(static_cast<ReturnStmt*>(s)); return;
    case StmtKind::Branch: branch_stmt(static_cast<BranchStmt*>(s), ctx); return;
    case StmtKind::Block: block(static_cast<BlockStmt*>(s), ctx); return;
    case StmtKind::If: {
      IfStmt* i = static_cast<IfStmt*>(s);
      open_scope();
      if (i->init) stmt(i->init, ctx & ~(kFallthroughOk | kFinalSwitchCase));
      expr(i->cond);
      if (i->cond->tv.mode != Mode::Invalid && !is_boolean(i->cond->tv.type)) {
        error(i->cond->pos, "non-boolean condition in if statement");
      }
      default_untyped(i->cond);
      int c = ctx & ~(kFallthroughOk | kFinalSwitchCase);
      block(i->then, c);
      if (i->els) stmt(i->els, c);
      close_scope();
      return;
    }
    case StmtKind::For: for_stmt(static_cast<ForStmt*>(s), ctx); return;
    case StmtKind::Range: range_stmt(static_cast<RangeStmt*>(s), ctx); return;
    case StmtKind::Switch: switch_stmt(static_cast<SwitchStmt*>(s), ctx); return;
    case StmtKind::TypeSwitch: type_switch_stmt(static_cast<TypeSwitchStmt*>(s), ctx); return;
    case StmtKind::Select: select_stmt(static_cast<SelectStmt*>(s), ctx); return;
    case StmtKind::CaseClause: case StmtKind::CommClause: return;
  }
}

// Is the expression on the left of = assignable? (Does not count as a use of a variable.)
void Checker::assign_var(Expr* lhs, Expr* rhs, Type* rhs_type, const std::string& ctx) {
  Expr* l = unparen_s(lhs);
  if (l->kind == ExprKind::Ident && static_cast<Ident*>(l)->name == "_") {
    l->tv.mode = Mode::Invalid;
    if (rhs) {
      if (rhs->tv.mode == Mode::Invalid) return;
      if (is_nil_type(rhs->tv.type)) {
        error(rhs->pos, "use of untyped nil in " + ctx);
        return;
      }
      if (rhs->tv.mode == Mode::TypeExpr || rhs->tv.mode == Mode::NoValue) {
        assignment(rhs, ctx_.any_type(), ctx);
        return;
      }
      default_untyped(rhs);
    }
    return;
  }
  // Evaluate the lhs without marking a plain variable as used.
  bool was_used = false;
  Var* v = nullptr;
  if (l->kind == ExprKind::Ident) {
    Object* o = scope_->lookup(static_cast<Ident*>(l)->name);
    if (o && o->kind == ObjKind::Var) {
      v = static_cast<Var*>(o);
      was_used = v->used;
    }
  }
  expr(lhs);
  if (v) v->used = was_used;
  if (lhs->tv.mode == Mode::Invalid) {
    if (rhs) default_untyped(rhs);
    return;
  }
  if (lhs->tv.mode != Mode::Variable && lhs->tv.mode != Mode::MapIndex) {
    Expr* lu = unparen_s(lhs);
    if (lu->kind == ExprKind::Selector && static_cast<SelectorExpr*>(lu)->selection.kind == Selection::Field) {
      SelectorExpr* se = static_cast<SelectorExpr*>(lu);
      Expr* base = unparen_s(se->x);
      if (base->kind == ExprKind::Index && underlying(static_cast<IndexExpr*>(base)->x->tv.type)->kind == TypeKind::Map) {
        error(lhs->pos, "cannot assign to struct field " + expr_string(lhs) + " in map");
        return;
      }
    }
    if (lu->kind == ExprKind::Index && is_string(static_cast<IndexExpr*>(lu)->x->tv.type)) {
      error(lhs->pos, "cannot assign to " + expr_string(lhs) + " (neither addressable nor a map index expression)");
      return;
    }
    error(lhs->pos, "cannot assign to " + expr_string(lhs) + " (neither addressable nor a map index expression)");
    return;
  }
  if (rhs) {
    assignment(rhs, lhs->tv.type, ctx);
  } else if (rhs_type) {
    Expr fake(ExprKind::Bad);
    fake.tv.mode = Mode::Value;
    fake.tv.type = rhs_type;
    std::string cause;
    if (!assignable(&fake, lhs->tv.type, &cause))
      error(lhs->pos, "cannot use " + type_string(rhs_type) + " value as " + type_string(lhs->tv.type) +
                          " value in " + ctx);
  }
}

// Evaluates the right-hand sides of an assignment of nl values; returns their types (after
// tuple expansion and comma-ok), or empty on a count mismatch (reported).
static std::string vars_word(size_t n) { return n == 1 ? " variable" : " variables"; }
static std::string values_word(size_t n) { return n == 1 ? " value" : " values"; }

// types2 assignError: reported at the first right-hand side.
void Checker::assign_error(const std::vector<Expr*>& rhs, size_t l, size_t r) {
  std::string vars = std::to_string(l) + vars_word(l);
  std::string vals = std::to_string(r) + values_word(r);
  Expr* r0 = unparen_s(rhs[0]);
  if (rhs.size() == 1 && r0->kind == ExprKind::Call) {
    error(rhs[0]->pos, "assignment mismatch: " + vars + " but " + expr_string(static_cast<CallExpr*>(r0)->fun) +
                           " returns " + vals);
    return;
  }
  error(rhs[0]->pos, "assignment mismatch: " + vars + " but " + vals);
}

void Checker::assign_stmt(AssignStmt* a) {
  if (a->tok != Tok::Assign) {
    // x op= y
    Tok op = tok_assign_base(a->tok);
    if (a->lhs.size() != 1 || a->rhs.size() != 1) {
      error(a->pos, std::string("assignment operation ") + tok_str(a->tok) + " requires single-valued expressions");
      return;
    }
    BinaryExpr tmp;
    tmp.pos = a->lhs[0]->pos;
    tmp.op = op;
    tmp.op_pos = a->tok_pos;
    tmp.x = a->lhs[0];
    tmp.y = a->rhs[0];
    size_t nd = diags().size();
    binary(&tmp, nullptr);
    // types2 names the statement in a mismatch: "invalid operation: s += 1 (mismatched ...)".
    std::string bin = expr_string(&tmp);
    for (size_t i = nd; i < diags().size(); i++) {
      std::string& m = diags()[i].msg;
      size_t at = m.find("invalid operation: " + bin + " (mismatched types");
      if (at == 0) m.replace(19, bin.size(), expr_string(a->lhs[0]) + " " + tok_str(a->tok) + " " + expr_string(a->rhs[0]));
    }
    if (tmp.tv.mode == Mode::Invalid) return;
    Expr* lhs = a->lhs[0];
    if (lhs->tv.mode != Mode::Variable && lhs->tv.mode != Mode::MapIndex) {
      error(lhs->pos, "cannot assign to " + expr_string(lhs) + " (neither addressable nor a map index expression)");
      return;
    }
    // Result of x op y must be assignable to x (it is, for matching types).
    return;
  }
  size_t nl = a->lhs.size(), nr = a->rhs.size();
  if (nl == 1 && nr == 1) {
    multi_expr(a->rhs[0]);
    Type* t = a->rhs[0]->tv.type;
    if (a->rhs[0]->tv.mode != Mode::Invalid && t && t->kind == TypeKind::Tuple) {
      assign_error(a->rhs, 1, static_cast<Tuple*>(t)->vars.size());
      return;
    }
    if (a->rhs[0]->tv.mode == Mode::NoValue) {
      error(a->rhs[0]->pos, expr_string(a->rhs[0]) + " (no value) used as value");
      return;
    }
    assign_var(a->lhs[0], a->rhs[0], nullptr, "assignment");
    return;
  }
  if (nl == nr) {
    for (size_t i = 0; i < nr; i++) expr(a->rhs[i], nullptr);
    for (size_t i = 0; i < nl; i++) assign_var(a->lhs[i], a->rhs[i], nullptr, "assignment");
    return;
  }
  if (nr == 1) {
    Expr* r = a->rhs[0];
    multi_expr(r);
    if (r->tv.mode == Mode::Invalid) {
      for (Expr* l : a->lhs) {
        Expr* lu = unparen_s(l);
        if (lu->kind == ExprKind::Ident && static_cast<Ident*>(lu)->name == "_") continue;
        expr(l);
      }
      return;
    }
    std::vector<Type*> types;
    if (r->tv.type && r->tv.type->kind == TypeKind::Tuple) {
      for (Var* v : static_cast<Tuple*>(r->tv.type)->vars) types.push_back(v->type);
    } else if (nl == 2 && (r->tv.mode == Mode::CommaOk || r->tv.mode == Mode::MapIndex)) {
      comma_ok_mark(r);
      types.push_back(r->tv.type);
      types.push_back(ctx_.basic(BasicKind::Bool));
    } else {
      types.push_back(r->tv.type);
    }
    if (types.size() != nl) {
      std::string rs = r->kind == ExprKind::Call ? expr_string(r) + " returns " + std::to_string(types.size()) + values_word(types.size())
                                                 : std::to_string(types.size()) + values_word(types.size());
      assign_error(a->rhs, nl, types.size());
      return;
    }
    for (size_t i = 0; i < nl; i++) assign_var(a->lhs[i], nullptr, types[i], "assignment");
    return;
  }
  assign_error(a->rhs, nl, nr);
  for (Expr* r : a->rhs) raw_expr(r, nullptr);
}

void Checker::short_var_decl(AssignStmt* a) {
  size_t nl = a->lhs.size(), nr = a->rhs.size();
  // Determine new variables.
  std::vector<Var*> vars(nl, nullptr);
  std::vector<Var*> existing(nl, nullptr);
  bool any_new = false;
  bool bad = false;
  for (size_t i = 0; i < nl; i++) {
    Expr* l = a->lhs[i];
    if (l->kind != ExprKind::Ident) {
      error(l->pos, "non-name " + expr_string(l) + " on left side of :=");
      bad = true;
      continue;
    }
    Ident* id = static_cast<Ident*>(l);
    if (id->name == "_") {
      continue;
    }
    // duplicate on lhs
    for (size_t k = 0; k < i; k++) {
      if (a->lhs[k]->kind == ExprKind::Ident && static_cast<Ident*>(a->lhs[k])->name == id->name) {
        error(id->pos, id->name + " repeated on left side of :=");
        bad = true;
      }
    }
    Object* o = scope_->lookup_local(id->name);
    if (o) {
      if (o->kind == ObjKind::Var) {
        existing[i] = static_cast<Var*>(o);
        id->obj = o;
      } else {
        error(id->pos, "cannot assign to " + id->name);
        bad = true;
      }
    } else {
      any_new = true;
    }
  }
  // Right-hand sides (evaluated before the new variables are in scope).
  std::vector<Type*> types(nl, nullptr);
  bool rhs_ok = true;
  if (nl == 1 && nr == 1 && a->rhs[0]->kind == ExprKind::Call) {
    multi_expr(a->rhs[0]);
    Type* t = a->rhs[0]->tv.type;
    if (a->rhs[0]->tv.mode == Mode::Invalid) {
      rhs_ok = false;
    } else if (t && t->kind == TypeKind::Tuple) {
      assign_error(a->rhs, 1, static_cast<Tuple*>(t)->vars.size());
      rhs_ok = false;
    }
  } else if (nl == nr) {
    for (size_t i = 0; i < nr; i++) {
      Type* hint = existing[i] ? existing[i]->type : nullptr;
      expr(a->rhs[i], hint);
      if (a->rhs[i]->tv.mode == Mode::Invalid) rhs_ok = false;
    }
  } else if (nr == 1) {
    Expr* r = a->rhs[0];
    multi_expr(r);
    if (r->tv.mode == Mode::Invalid) {
      rhs_ok = false;
    } else if (r->tv.type && r->tv.type->kind == TypeKind::Tuple) {
      auto& tv = static_cast<Tuple*>(r->tv.type)->vars;
      if (tv.size() != nl) {
        assign_error(a->rhs, nl, tv.size());
        rhs_ok = false;
      } else {
        for (size_t i = 0; i < nl; i++) types[i] = tv[i]->type;
      }
    } else if (nl == 2 && (r->tv.mode == Mode::CommaOk || r->tv.mode == Mode::MapIndex)) {
      comma_ok_mark(r);
      types[0] = r->tv.type;
      types[1] = ctx_.basic(BasicKind::Bool);
    } else {
      if (r->tv.mode == Mode::NoValue) {
        error(r->pos, expr_string(r) + " (no value) used as value");
      } else {
        assign_error(a->rhs, nl, 1);
      }
      rhs_ok = false;
    }
  } else {
    assign_error(a->rhs, nl, nr);
    for (Expr* r : a->rhs) raw_expr(r, nullptr);
    rhs_ok = false;
  }
  // Create new variables and check assignability.
  for (size_t i = 0; i < nl; i++) {
    Expr* l = a->lhs[i];
    if (l->kind != ExprKind::Ident) continue;
    Ident* id = static_cast<Ident*>(l);
    Type* t = nullptr;
    if (rhs_ok) {
      if (nl == nr) {
        Expr* r = a->rhs[i];
        if (existing[i]) {
          if (r->tv.mode != Mode::Invalid) assignment(r, existing[i]->type, "assignment");
          t = existing[i]->type;
        } else if (r->tv.mode == Mode::TypeExpr) {
          error(r->pos, expr_string(r) + " (type) is not an expression");
        } else if (r->tv.mode == Mode::NoValue) {
          error(r->pos, expr_string(r) + " (no value) used as value");
        } else if (r->tv.mode == Mode::Builtin) {
          error(r->pos, expr_string(r) + " (built-in) must be called");
        } else if (is_nil_type(r->tv.type)) {
          error(r->pos, "use of untyped nil in assignment");
        } else if (r->tv.type && r->tv.type->kind == TypeKind::Tuple) {
          error(r->pos, "multiple-value " + expr_string(r) + " (value of type " + type_string(r->tv.type) +
                            ") in single-value context");
        } else {
          // An untyped constant takes its default type as by an assignment (1 << 100 overflows).
          if (r->tv.mode == Mode::Constant && is_untyped(r->tv.type)) assignment(r, default_type(r->tv.type), "assignment");
          else default_untyped(r);
          t = r->tv.type;
        }
      } else {
        t = types[i];
        if (existing[i] && t) {
          Expr fake(ExprKind::Bad);
          fake.tv.mode = Mode::Value;
          fake.tv.type = t;
          if (!assignable(&fake, existing[i]->type, nullptr))
            error(a->rhs[0]->pos, "cannot use " + type_string(t) + " value as " + type_string(existing[i]->type) +
                                      " value in assignment");
        }
      }
    }
    if (existing[i]) continue;
    if (id->name == "_") {
      id->obj = nullptr;
      continue;
    }
    Var* v = new_local(id, t ? t : ctx_.basic(BasicKind::Invalid));
    if (!t) v->used = true;  // avoid follow-on "declared and not used"
    vars[i] = v;
  }
  if (!any_new && !bad) error(a->tok_pos, "no new variables on left side of :=");
  for (size_t i = 0; i < nl; i++)
    if (vars[i]) declare(scope_, vars[i], static_cast<Ident*>(a->lhs[i]));
}

void Checker::var_decl_stmt(ValueSpec* spec) {
  Type* t = spec->type ? type_expr(spec->type) : nullptr;
  size_t nl = spec->names.size(), nr = spec->values.size();
  std::vector<Type*> types(nl, t);
  if (nr == 0) {
    if (!t) types.assign(nl, ctx_.basic(BasicKind::Invalid));
  } else if (nl == nr) {
    for (size_t i = 0; i < nr; i++) {
      Expr* x = spec->values[i];
      expr(x, t);
      if (x->tv.mode == Mode::Invalid) {
        types[i] = t;
        continue;
      }
      if (t) {
        if (!assignment(x, t, "variable declaration")) types[i] = nullptr;  // marks it used below
      } else if (is_nil_type(x->tv.type)) {
        error(x->pos, "use of untyped nil in variable declaration");
      } else {
        // An untyped constant takes its default type as by an assignment (1 << 100 overflows int).
        if (x->tv.mode == Mode::Constant && is_untyped(x->tv.type)) assignment(x, default_type(x->tv.type), "variable declaration");
        else default_untyped(x);
        types[i] = x->tv.type;
      }
    }
  } else if (nr == 1) {
    Expr* x = spec->values[0];
    multi_expr(x);
    if (x->tv.mode != Mode::Invalid) {
      std::vector<Type*> rt;
      if (x->tv.type && x->tv.type->kind == TypeKind::Tuple) {
        for (Var* v : static_cast<Tuple*>(x->tv.type)->vars) rt.push_back(v->type);
      } else if (nl == 2 && (x->tv.mode == Mode::CommaOk || x->tv.mode == Mode::MapIndex)) {
        comma_ok_mark(x);
        rt = {x->tv.type, ctx_.basic(BasicKind::Bool)};
      } else {
        rt = {x->tv.type};
      }
      if (rt.size() != nl) {
        assign_error(spec->values, nl, rt.size());
      } else {
        for (size_t i = 0; i < nl; i++) types[i] = t ? t : rt[i];
      }
    }
  } else {
    assign_error(spec->values, nl, nr);
    for (Expr* x : spec->values) raw_expr(x, nullptr);
  }
  std::vector<Var*> vars;
  for (size_t i = 0; i < nl; i++) {
    Var* v = new_local(spec->names[i], types[i] ? types[i] : (t ? t : ctx_.basic(BasicKind::Invalid)));
    // As types2: a variable whose initialization failed is not also reported as unused.
    if (!types[i] || (nr > 0 && i < nr && spec->values[i]->tv.mode == Mode::Invalid)) v->used = true;
    vars.push_back(v);
  }
  for (size_t i = 0; i < nl; i++) declare(scope_, vars[i], spec->names[i]);
}

void Checker::const_decl_stmt(ValueSpec* spec) {
  for (size_t i = 0; i < spec->names.size(); i++) {
    Const* c = ctx_.make_obj<Const>(spec->names[i]->name);
    c->line = spec->names[i]->pos.line;
    c->col = spec->names[i]->pos.col;
    c->pkg = pkg_;
    int saved = iota_;
    decl_const(c, spec, int(i));
    iota_ = saved;
    declare(scope_, c, spec->names[i]);
  }
}

void Checker::for_stmt(ForStmt* s, int ctx) {
  open_scope();
  if (s->init) stmt(s->init, 0);
  if (s->cond) {
    expr(s->cond);
    if (s->cond->tv.mode != Mode::Invalid && !is_boolean(s->cond->tv.type))
      error(s->cond->pos, "non-boolean condition in for statement");
    default_untyped(s->cond);
  }
  if (s->post) stmt(s->post, 0);
  s->per_iteration = go_minor_ >= 22;
  std::vector<Target> local;
  if (!g_targets) g_targets = &local;
  g_targets->push_back(Target{s, "", true});
  block(s->body, (ctx | kInLoop) & ~(kFallthroughOk | kFinalSwitchCase));
  g_targets->pop_back();
  if (g_targets == &local) g_targets = nullptr;
  close_scope();
}

void Checker::range_stmt(RangeStmt* s, int ctx) {
  open_scope();
  expr(s->x);
  Expr* x = s->x;
  Type* kt = nullptr;
  Type* vt = nullptr;
  s->per_iteration = go_minor_ >= 22;
  if (x->tv.mode != Mode::Invalid) {
    Type* u = core_type(x->tv.type) ? core_type(x->tv.type) : underlying(x->tv.type);
    if (is_string(u)) {
      default_untyped(x);
      kt = ctx_.basic(BasicKind::Int);
      vt = ctx_.rune_type();
      s->range_kind = RangeKind::String;
    } else if (is_integer(u)) {
      if (go_minor_ < 22) {
        error(x->pos, "cannot range over " + operand_string(x) + ": requires go1.22 or later");  // types2: "%s: %s", cause
      }
      if (is_untyped(u)) {
        // The key's type: the type of an existing lhs variable, else int.
        default_untyped(x);
      }
      kt = x->tv.type;
      s->range_kind = RangeKind::Int;
      if (s->value) {
        error(s->value->pos, "range over " + operand_string(x) + " permits only one iteration variable");
      }
    } else if (u->kind == TypeKind::Slice) {
      kt = ctx_.basic(BasicKind::Int);
      vt = static_cast<Slice*>(u)->elem;
      s->range_kind = RangeKind::Slice;
    } else if (u->kind == TypeKind::Array) {
      kt = ctx_.basic(BasicKind::Int);
      vt = static_cast<Array*>(u)->elem;
      s->range_kind = RangeKind::Array;
    } else if (u->kind == TypeKind::Pointer && underlying(static_cast<Pointer*>(u)->elem)->kind == TypeKind::Array) {
      kt = ctx_.basic(BasicKind::Int);
      vt = static_cast<Array*>(underlying(static_cast<Pointer*>(u)->elem))->elem;
      s->range_kind = RangeKind::ArrayPtr;
    } else if (u->kind == TypeKind::Map) {
      kt = static_cast<Map*>(u)->key;
      vt = static_cast<Map*>(u)->elem;
      s->range_kind = RangeKind::Map;
    } else if (u->kind == TypeKind::Chan) {
      kt = static_cast<Chan*>(u)->elem;
      s->range_kind = RangeKind::Chan;
      if (static_cast<Chan*>(u)->dir == ChanDirT::Send)
        error(x->pos, "invalid operation: range " + expr_string(x) + " receive from send-only channel " +
                          type_string(x->tv.type));
      if (s->value) error(s->value->pos, "range over " + operand_string(x) + " permits only one iteration variable");
    } else if (u->kind == TypeKind::Signature) {
      // types2's rangeKeyVal (Go 1.23), in its order of checks.
      Signature* fs = static_cast<Signature*>(u);
      auto sig_of = [&](Type* t) -> Signature* {
        Type* c = t ? core_type(t) : nullptr;
        return c && c->kind == TypeKind::Signature ? static_cast<Signature*>(c) : nullptr;
      };
      size_t np = fs->params ? fs->params->vars.size() : 0;
      size_t nr = fs->results ? fs->results->vars.size() : 0;
      std::string cause;
      Signature* cb = nullptr;
      const std::string must = "func must be func(yield func(...) bool): ";
      if (go_minor_ < 23) cause = "requires go1.23 or later";
      else if (np != 1) cause = must + "wrong argument count";
      else if (!(cb = sig_of(fs->params->vars[0]->type))) cause = must + "argument is not func";
      else if (nr != 0) cause = must + "unexpected results";
      else if (cb->params && cb->params->vars.size() > 2) cause = must + "yield func has too many parameters";
      else if (!cb->results || cb->results->vars.size() != 1 || !is_boolean(cb->results->vars[0]->type))
        cause = must + "yield func does not return bool";
      if (!cause.empty()) {
        error(x->pos, "cannot range over " + operand_string(x) + ": " + cause);
      } else {
        size_t n = cb->params ? cb->params->vars.size() : 0;
        if (n >= 1) kt = cb->params->vars[0]->type;
        if (n >= 2) vt = cb->params->vars[1]->type;
        if (!kt && s->key) error(s->key->pos, "range over " + operand_string(x) + " permits no iteration variables");
        else if (!vt && s->value)
          error(s->value->pos, "range over " + operand_string(x) + " permits only one iteration variable");
        s->range_kind = RangeKind::Func;
        range_func(s, cb, ctx);
        close_scope();
        return;
      }
    } else {
      error(x->pos, "cannot range over " + operand_string(x));
    }
  }
  Expr* lhs[2] = {s->key, s->value};
  Type* rts[2] = {kt, vt};
  if (s->tok == Tok::Define) {
    std::vector<std::pair<Var*, Ident*>> vars;
    for (int i = 0; i < 2; i++) {
      if (!lhs[i]) continue;
      if (lhs[i]->kind != ExprKind::Ident) {
        error(lhs[i]->pos, "non-name " + expr_string(lhs[i]) + " on left side of :=");
        continue;
      }
      Ident* id = static_cast<Ident*>(lhs[i]);
      Var* v = new_local(id, rts[i] ? rts[i] : ctx_.basic(BasicKind::Invalid));
      if (!rts[i]) v->used = true;
      if (id->name == "_") id->obj = nullptr;
      else vars.push_back({v, id});
    }
    for (auto& [v, id] : vars) declare(scope_, v, id);
  } else if (s->tok == Tok::Assign) {
    for (int i = 0; i < 2; i++) {
      if (!lhs[i] || !rts[i]) continue;
      assign_var(lhs[i], nullptr, rts[i], "range");
    }
  }
  std::vector<Target> local;
  if (!g_targets) g_targets = &local;
  g_targets->push_back(Target{s, "", true});
  block(s->body, (ctx | kInLoop) & ~(kFallthroughOk | kFinalSwitchCase));
  g_targets->pop_back();
  if (g_targets == &local) g_targets = nullptr;
  close_scope();
}

size_t Checker::real_func_index() const {
  size_t i = funcs_.size();
  while (i > 0 && funcs_[i - 1].rf) i--;
  return i > 0 ? i - 1 : 0;
}

std::vector<RangeStmt*> Checker::rf_stack() const {
  std::vector<RangeStmt*> st;
  for (size_t i = real_func_index() + 1; i < funcs_.size(); i++) st.push_back(funcs_[i].rf);
  return st;
}

// An exit (break/continue/goto/return) at depth stack.size() performed at depth `level`: every
// body it crosses returns false with #next = code; the loop whose dispatch sits at `level`
// performs it.
void Checker::rf_exit(Stmt* s, const std::vector<RangeStmt*>& stack, int level, int* code) {
  int d = int(stack.size());
  if (d <= level || level < 0) return;
  *code = ++rf_codes_;
  for (int j = level; j < d; j++) stack[j]->rf->exits.push_back(RangeFuncExit{s, *code, j == level});
}

void Checker::rf_flush_gotos() {
  for (auto& [g, stack] : rf_gotos_) {
    auto it = rf_label_depth_.find(g->target);
    rf_exit(g, stack, it == rf_label_depth_.end() ? 0 : it->second, &g->rf_code);
  }
  rf_gotos_.clear();
}

// The body of `for k, v := range f` is checked as the body of a function literal
// func(k K, v V) bool (so the variables it uses from outside are captured, and its own are
// per iteration), while return/break/continue/goto keep the meaning they have in the loop.
void Checker::range_func(RangeStmt* s, Signature* cb, int ctx) {
  RangeFunc* rf = file_.arena.make<RangeFunc>();
  rf->pos = s->pos;
  s->rf = rf;
  s->per_iteration = true;
  size_t real = real_func_index();
  Func* real_fn = funcs_.empty() ? nullptr : funcs_[real].fn;
  rf->outer = rf_depth() == 0 ? s : funcs_[real + 1].rf->rf->outer;
  auto hidden = [&](const std::string& name, Type* t, Func* owner) {
    Var* v = ctx_.make_obj<Var>(name);
    v->type = t;
    v->pkg = pkg_;
    v->owner = owner;
    v->used = true;
    v->line = s->pos.line;
    v->col = s->pos.col;
    return v;
  };
  Type* int_t = ctx_.basic(BasicKind::Int);
  rf->state = hidden("#state", int_t, funcs_.empty() ? nullptr : funcs_.back().fn);
  if (rf->outer == s) rf->next = hidden("#next", int_t, real_fn);
  FuncLit* lit = file_.arena.make<FuncLit>();
  lit->pos = s->pos;
  rf->body = lit;
  Func* fn = ctx_.make_obj<Func>("range");  // not a literal: literal numbering stays gc's
  fn->pkg = pkg_;
  fn->line = s->pos.line;
  fn->col = s->pos.col;
  fn->has_body = true;
  Signature* bsig = ctx_.make_type<Signature>();
  bsig->params = ctx_.make_type<Tuple>();
  bsig->results = ctx_.make_type<Tuple>();
  bsig->results->vars.push_back(hidden("", ctx_.basic(BasicKind::Bool), fn));
  fn->type = bsig;
  lit->sig = bsig;
  lit->tv.mode = Mode::Value;
  lit->tv.type = bsig;
  funcs_.push_back(FuncCtx{fn, lit, bsig, s});
  // The loop's hidden variables live outside the body: the body captures them.
  use_var(rf->state);
  use_var(rf->outer->rf->next);
  Expr* lhs[2] = {s->key, s->value};
  size_t n = cb->params ? cb->params->vars.size() : 0;
  std::vector<std::pair<Var*, Ident*>> vars;
  for (size_t i = 0; i < n; i++) {
    Type* t = cb->params->vars[i]->type;
    Var* p = nullptr;
    if (i < 2 && lhs[i] && s->tok == Tok::Define) {
      if (lhs[i]->kind != ExprKind::Ident) {
        error(lhs[i]->pos, "non-name " + expr_string(lhs[i]) + " on left side of :=");
      } else {
        Ident* id = static_cast<Ident*>(lhs[i]);
        p = new_local(id, t);
        if (id->name == "_") id->obj = nullptr;
        else vars.push_back({p, id});
      }
    }
    if (!p) p = hidden("#p" + std::to_string(i), t, fn);
    if (p->name[0] == '#') p->is_param = true;
    bsig->params->vars.push_back(p);
    rf->params.push_back(p);
  }
  // Variables the iterator has no values for (already reported): invalid, as types2 declares them.
  for (size_t i = n; i < 2; i++)
    if (lhs[i] && s->tok == Tok::Define && lhs[i]->kind == ExprKind::Ident) {
      Ident* id = static_cast<Ident*>(lhs[i]);
      Var* v = new_local(id, ctx_.basic(BasicKind::Invalid));
      v->used = true;
      if (id->name == "_") id->obj = nullptr;
      else vars.push_back({v, id});
    }
  for (auto& [v, id] : vars) declare(scope_, v, id);
  if (s->tok == Tok::Assign)
    for (size_t i = 0; i < 2 && i < n; i++)
      if (lhs[i]) assign_var(lhs[i], nullptr, rf->params[i]->type, "range");
  std::vector<Target> local;
  if (!g_targets) g_targets = &local;
  g_targets->push_back(Target{s, "", true});
  block(s->body, (ctx | kInLoop) & ~(kFallthroughOk | kFinalSwitchCase));
  g_targets->pop_back();
  if (g_targets == &local) g_targets = nullptr;
  funcs_.pop_back();
}

void Checker::switch_stmt(SwitchStmt* s, int ctx) {
  open_scope();
  if (s->init) stmt(s->init, 0);
  Type* tag_t = nullptr;
  if (s->tag) {
    expr(s->tag);
    if (s->tag->tv.mode != Mode::Invalid) {
      default_untyped(s->tag);
      tag_t = s->tag->tv.type;
      if (is_nil_type(tag_t)) {
        error(s->tag->pos, "use of untyped nil in switch expression");
        tag_t = nullptr;
      } else if (!comparable(tag_t)) {
        error(s->tag->pos, "cannot switch on " + operand_string(s->tag));
        tag_t = nullptr;
      }
    }
  }
  bool seen_default = false;
  Pos first_default;
  std::vector<Target> local;
  if (!g_targets) g_targets = &local;
  g_targets->push_back(Target{s, "", false});
  // types2's caseValues: constant cases are checked for duplicates by value and type.
  struct SeenCase {
    Type* type;
    Pos pos;
  };
  std::map<std::string, std::vector<SeenCase>> seen_cases;
  for (size_t ci = 0; ci < s->clauses.size(); ci++) {
    CaseClause* c = s->clauses[ci];
    if (c->is_default) {
      if (seen_default)
        error(c->pos, "multiple defaults (first at " + file_.filename + ":" + std::to_string(first_default.line) + ":" +
                          std::to_string(first_default.col) + ")");
      else first_default = c->pos;
      seen_default = true;
    }
    for (Expr* e : c->list) {
      expr(e);
      if (e->tv.mode == Mode::Invalid) continue;
      if (s->tag) {
        if (!tag_t) continue;
        // Compare e == tag
        BinaryExpr cmp;
        cmp.pos = e->pos;
        cmp.op = Tok::Eql;
        cmp.x = e;
        cmp.y = s->tag;
        std::string reason;
        if (is_untyped(e->tv.type)) {
          if (!implicit_convert(e, tag_t, &reason)) {
            error(e->pos, "invalid case " + expr_string(e) + " in switch on " + expr_string(s->tag) +
                              " (mismatched types " + type_string(e->tv.type) + " and " + type_string(tag_t) + ")");
            continue;
          }
        } else if (!identical(e->tv.type, tag_t) && !assignable(e, tag_t, nullptr)) {
          Expr fake(ExprKind::Bad);
          fake.tv.mode = Mode::Value;
          fake.tv.type = tag_t;
          if (!assignable(&fake, e->tv.type, nullptr)) {
            error(e->pos, "invalid case " + expr_string(e) + " in switch on " + expr_string(s->tag) +
                              " (mismatched types " + type_string(e->tv.type) + " and " + type_string(tag_t) + ")");
            continue;
          }
        }
        if (e->tv.mode == Mode::Constant && e->tv.val.kind != ConstValue::Bool &&
            e->tv.val.kind != ConstValue::Unknown) {
          if (is_untyped(e->tv.type)) default_untyped(e);
          const ConstValue& v = e->tv.val;
          std::string key = v.key();
          bool dup = false;
          for (const SeenCase& sc : seen_cases[key]) {
            if (!identical(sc.type, e->tv.type)) continue;
            error(e->pos, "duplicate case " + operand_string(e) + " in expression switch\n\t" + file_.filename + ":" +
                              std::to_string(sc.pos.line) + ":" + std::to_string(sc.pos.col) + ": previous case");
            dup = true;
            break;
          }
          if (!dup) seen_cases[key].push_back(SeenCase{e->tv.type, e->pos});
        }
      } else {
        if (!is_boolean(e->tv.type)) {
          error(e->pos, "invalid case " + expr_string(e) + " in switch (mismatched types " + type_string(e->tv.type) +
                            " and bool)");
          continue;
        }
        default_untyped(e);
      }
    }
    open_scope();
    int c_ctx = (ctx | kInSwitch) & ~(kFallthroughOk | kFinalSwitchCase);
    if (ci + 1 < s->clauses.size()) c_ctx |= kFallthroughOk;
    else c_ctx |= kFinalSwitchCase;
    stmt_list(c->body, c_ctx);
    close_scope();
  }
  g_targets->pop_back();
  if (g_targets == &local) g_targets = nullptr;
  close_scope();
}

void Checker::type_switch_stmt(TypeSwitchStmt* s, int ctx) {
  open_scope();
  if (s->init) stmt(s->init, 0);
  Expr* x = s->guard->x;
  expr(x);
  Interface* xi = nullptr;
  if (x->tv.mode != Mode::Invalid) {
    if (!is_interface(x->tv.type)) {
      error(x->pos, operand_string(x) + " is not an interface");
    } else {
      xi = static_cast<Interface*>(underlying(x->tv.type));
    }
  }
  s->guard->tv.mode = Mode::Value;
  s->guard->tv.type = x->tv.type;
  std::vector<Var*> clause_vars;
  bool seen_default = false;
  Pos first_default;
  std::vector<Target> local;
  if (!g_targets) g_targets = &local;
  g_targets->push_back(Target{s, "", false});
  // Duplicate types (and nil) in the case lists: types2 reports the later one.
  std::vector<std::pair<Type*, Pos>> seen_types;
  Pos seen_nil;
  auto dup_case = [&](Expr* e, const std::string& what, Pos prev) {
    error(e->pos, "duplicate case " + what + " in type switch\n\t" + file_.filename + ":" + std::to_string(prev.line) +
                      ":" + std::to_string(prev.col) + ": previous case");
  };
  for (CaseClause* c : s->clauses) {
    if (c->is_default) {
      if (seen_default)
        error(c->pos, "multiple defaults (first at " + file_.filename + ":" + std::to_string(first_default.line) + ":" +
                          std::to_string(first_default.col) + ")");
      else first_default = c->pos;
      seen_default = true;
    }
    Type* single = nullptr;
    for (Expr* e : c->list) {
      expr_or_type(e);
      if (e->tv.mode == Mode::Invalid) continue;
      if (e->kind == ExprKind::Ident && static_cast<Ident*>(e)->name == "nil") {
        if (seen_nil.valid()) dup_case(e, "nil", seen_nil);
        else seen_nil = e->pos;
        single = c->list.size() == 1 ? (xi ? x->tv.type : nullptr) : nullptr;
        continue;
      }
      if (e->tv.mode != Mode::TypeExpr) {
        error(e->pos, expr_string(e) + " is not a type");
        continue;
      }
      Type* t = e->tv.type;
      if (c->list.size() == 1) single = t;
      bool dup = false;
      for (auto& [st, sp] : seen_types) {
        if (identical(st, t)) {
          dup_case(e, type_string(t), sp);
          dup = true;
          break;
        }
      }
      if (dup) continue;
      seen_types.push_back({t, e->pos});
      if (xi && !is_interface(t)) {
        std::string why;
        if (!implements(t, xi, &why)) {
          error(e->pos, "impossible type switch case: " + operand_string(x) + " cannot have dynamic type " +
                            type_string(t) + " " + why);
        }
      }
    }
    open_scope();
    if (s->bind) {
      Type* vt = single ? single : (x->tv.mode != Mode::Invalid ? x->tv.type : ctx_.basic(BasicKind::Invalid));
      Var* v = ctx_.make_obj<Var>(s->bind->name);
      v->line = s->bind->pos.line;
      v->col = s->bind->pos.col;
      v->type = vt;
      v->pkg = pkg_;
      v->owner = funcs_.empty() ? nullptr : funcs_.back().fn;
      c->implicit = v;
      if (s->bind->name != "_") scope_->names[v->name] = v;
      clause_vars.push_back(v);
    }
    stmt_list(c->body, (ctx | kInSwitch) & ~(kFallthroughOk | kFinalSwitchCase));
    // The implicit variable is "used" if any clause uses it; report below.
    scope_->names.erase(s->bind ? s->bind->name : "");
    close_scope();
  }
  g_targets->pop_back();
  if (g_targets == &local) g_targets = nullptr;
  if (s->bind && s->bind->name != "_") {
    bool used = false;
    for (Var* v : clause_vars) used = used || v->used;
    if (!used) error(s->bind->pos, "declared and not used: " + s->bind->name);
    // Clause vars share the bind ident; BE reads CaseClause::implicit.
    if (!clause_vars.empty()) s->bind->obj = clause_vars[0];
  }
  close_scope();
}

void Checker::select_stmt(SelectStmt* s, int ctx) {
  bool seen_default = false;
  Pos first_default;
  std::vector<Target> local;
  if (!g_targets) g_targets = &local;
  g_targets->push_back(Target{s, "", false});
  for (CommClause* c : s->clauses) {
    open_scope();
    if (!c->comm) {
      if (seen_default)
        error(c->pos, "multiple defaults (first at " + file_.filename + ":" + std::to_string(first_default.line) + ":" +
                          std::to_string(first_default.col) + ")");
      else first_default = c->pos;
      seen_default = true;
    } else {
      Stmt* cs = c->comm;
      bool valid = false;
      if (cs->kind == StmtKind::Send) {
        valid = true;
      } else if (cs->kind == StmtKind::Expr) {
        Expr* e = unparen_s(static_cast<ExprStmt*>(cs)->x);
        valid = e->kind == ExprKind::Unary && static_cast<UnaryExpr*>(e)->op == Tok::Arrow;
      } else if (cs->kind == StmtKind::Assign) {
        AssignStmt* a = static_cast<AssignStmt*>(cs);
        if (a->rhs.size() == 1 && a->lhs.size() <= 2) {
          Expr* e = unparen_s(a->rhs[0]);
          valid = e->kind == ExprKind::Unary && static_cast<UnaryExpr*>(e)->op == Tok::Arrow;
        }
      }
      if (!valid) {
        error(cs->pos, "select case must be receive, send or assign recv");
      } else {
        stmt(cs, 0);
      }
    }
    stmt_list(c->body, (ctx | kInSelect) & ~(kFallthroughOk | kFinalSwitchCase));
    close_scope();
  }
  g_targets->pop_back();
  if (g_targets == &local) g_targets = nullptr;
}

void Checker::return_stmt(ReturnStmt* s) {
  Signature* sig = funcs_.empty() ? nullptr : funcs_[real_func_index()].sig;
  if (!sig) return;
  if (rf_depth() > 0) {
    // Inside range-over-func bodies: the values travel out in the outermost loop's variables.
    std::vector<RangeStmt*> stack = rf_stack();
    RangeFunc* orf = stack[0]->rf;
    s->rf_outer = stack[0];
    if (!s->results.empty() && orf->results.empty() && sig->results)
      for (Var* r : sig->results->vars) {
        Var* v = ctx_.make_obj<Var>("#r");
        v->type = r->type;
        v->pkg = pkg_;
        v->owner = funcs_[real_func_index()].fn;
        v->used = true;
        orf->results.push_back(v);
      }
    if (!s->results.empty())
      for (Var* v : orf->results) use_var(v);
    rf_exit(s, stack, 0, &s->rf_code);
  }
  auto& res = sig->results->vars;
  if (s->results.empty()) {
    if (!res.empty() && res[0]->name.empty()) {
      error(s->pos, "not enough return values\n\thave ()\n\twant " + type_string(sig->results));
    }
    // Named results: a bare return. A shadowed result is an error in gc; not checked here.
    return;
  }
  // Count the returned values first (a single call may yield several): on a count mismatch
  // types2 evaluates them without the result types as context, so untyped constants print as
  // "number" in the have list, and it reports at the first extra / the last value.
  if (s->results.size() == 1 && res.size() != 1) {
    Expr* r = s->results[0];
    multi_expr(r);
    if (r->tv.mode == Mode::Invalid) return;
    std::vector<Type*> have;
    if (r->tv.type && r->tv.type->kind == TypeKind::Tuple) {
      for (Var* v : static_cast<Tuple*>(r->tv.type)->vars) have.push_back(v->type);
    } else {
      have.push_back(r->tv.type);
    }
    if (have.size() == res.size()) {
      for (size_t i = 0; i < have.size(); i++) {
        Expr fake(ExprKind::Bad);
        fake.tv.mode = Mode::Value;
        fake.tv.type = have[i];
        if (!assignable(&fake, res[i]->type, nullptr)) {
          error(r->pos, "cannot use " + expr_string(r) + " (value of type " + type_string(r->tv.type) + ") as " +
                            type_string(res[i]->type) + " value in return statement");
          return;
        }
      }
      return;
    }
    error(r->pos, std::string(have.size() < res.size() ? "not enough" : "too many") + " return values\n\thave " +
                      call_have_string(nullptr, have) + "\n\twant " + type_string(sig->results));
    return;
  }
  if (s->results.size() != res.size()) {
    std::vector<Type*> have;
    for (Expr* e : s->results) raw_expr(e, nullptr);
    for (Expr* e : s->results) {
      if (e->tv.mode == Mode::Invalid) return;  // already reported
      have.push_back(e->tv.type);
    }
    bool few = s->results.size() < res.size();
    error(few ? s->results.back()->pos : s->results[res.size()]->pos,
          std::string(few ? "not enough" : "too many") + " return values\n\thave " + call_have_string(nullptr, have) +
              "\n\twant " + type_string(sig->results));
    return;
  }
  if (res.size() == 1 && s->results[0]->kind == ExprKind::Call) {
    // return f() where f yields several values: a count mismatch, not a single-value error.
    Expr* r = s->results[0];
    raw_expr(r, res[0]->type);
    if (r->tv.mode != Mode::Invalid && r->tv.mode != Mode::NoValue && r->tv.type &&
        r->tv.type->kind == TypeKind::Tuple) {
      std::vector<Type*> have;
      for (Var* v : static_cast<Tuple*>(r->tv.type)->vars) have.push_back(v->type);
      error(r->pos, "too many return values\n\thave " + call_have_string(nullptr, have) + "\n\twant " +
                        type_string(sig->results));
      return;
    }
    single_value(r);
  } else {
    for (size_t i = 0; i < s->results.size(); i++) expr(s->results[i], res[i]->type);
  }
  for (size_t i = 0; i < res.size(); i++) {
    if (s->results[i]->tv.mode == Mode::Invalid) continue;
    assignment(s->results[i], res[i]->type, "return statement");
  }
}

// break/continue inside range-over-func bodies: a target outside the innermost body is left
// through #next (a range-over-func loop's own break/continue is performed inside its body).
void Checker::rf_branch(BranchStmt* s) {
  if (!s->target || rf_depth() == 0) return;
  int level = 0;
  if (auto it = rf_label_depth_.find(s->target); it != rf_label_depth_.end()) level = it->second;
  if (s->target->kind == StmtKind::Range && static_cast<RangeStmt*>(s->target)->rf) level++;
  rf_exit(s, rf_stack(), level, &s->rf_code);
}

void Checker::branch_stmt(BranchStmt* s, int ctx) {
  switch (s->tok) {
    case Tok::Break:
      if (s->label) {
        auto it = labels_.find(s->label->name);
        if (it == labels_.end()) {
          error(s->label->pos, "break label not defined: " + s->label->name);
          return;
        }
        LabeledStmt* l = static_cast<LabeledStmt*>(it->second);
        Stmt* t = l->stmt;
        used_labels_.insert(s->label->name);  // even if not a valid target (gc's enclosingTarget)
        bool enclosing = false;
        if (g_targets)
          for (auto& tg : *g_targets) enclosing = enclosing || tg.s == t;
        if (!enclosing || (t->kind != StmtKind::For && t->kind != StmtKind::Range && t->kind != StmtKind::Switch &&
                           t->kind != StmtKind::TypeSwitch && t->kind != StmtKind::Select)) {
          error(s->label->pos, "invalid break label " + s->label->name);
          return;
        }
        l->label->obj = nullptr;
        s->target = t;
        used_labels_.insert(s->label->name);
        rf_branch(s);
        return;
      }
      if (!(ctx & (kInLoop | kInSwitch | kInSelect))) {
        error(s->pos, "break is not in a loop, switch, or select");
        return;
      }
      if (g_targets && !g_targets->empty()) s->target = g_targets->back().s;
      rf_branch(s);
      return;
    case Tok::Continue:
      if (s->label) {
        auto it = labels_.find(s->label->name);
        if (it == labels_.end()) {
          error(s->label->pos, "continue label not defined: " + s->label->name);
          return;
        }
        Stmt* t = static_cast<LabeledStmt*>(it->second)->stmt;
        used_labels_.insert(s->label->name);  // even if not a valid target
        bool enclosing = false;
        if (g_targets)
          for (auto& tg : *g_targets) enclosing = enclosing || tg.s == t;
        if (!enclosing || (t->kind != StmtKind::For && t->kind != StmtKind::Range)) {
          error(s->label->pos, "invalid continue label " + s->label->name);
          return;
        }
        s->target = t;
        used_labels_.insert(s->label->name);
        rf_branch(s);
        return;
      }
      if (!(ctx & kInLoop)) {
        error(s->pos, "continue is not in a loop");
        return;
      }
      if (g_targets)
        for (size_t i = g_targets->size(); i-- > 0;)
          if ((*g_targets)[i].loop) {
            s->target = (*g_targets)[i].s;
            break;
          }
      rf_branch(s);
      return;
    case Tok::Goto:
      // Resolved and checked per function body by check_gotos (check_goto.cpp); leaving
      // range-over-func bodies is planned at the function's end (the label may come later).
      if (rf_depth() > 0 && s->target) rf_gotos_.push_back({s, rf_stack()});
      return;
    case Tok::Fallthrough:
      if (!(ctx & kFallthroughOk)) {
        if (ctx & kFinalSwitchCase) error(s->pos, "cannot fallthrough final case in switch");
        else error(s->pos, "fallthrough statement out of place");
      }
      return;
    default: return;
  }
}

// Terminating statements (spec "Terminating statements").
bool Checker::is_terminating(Stmt* s, const std::string& label) {
  switch (s->kind) {
    case StmtKind::Return: return true;
    case StmtKind::Branch: {
      BranchStmt* b = static_cast<BranchStmt*>(s);
      return b->tok == Tok::Goto || b->tok == Tok::Fallthrough;
    }
    case StmtKind::Expr: {
      Expr* x = unparen_s(static_cast<ExprStmt*>(s)->x);
      if (x->kind == ExprKind::Call) {
        CallExpr* c = static_cast<CallExpr*>(x);
        return c->call_kind == CallKind::Builtin && c->builtin == BuiltinId::Panic;
      }
      return false;
    }
    case StmtKind::Block: {
      auto& l = static_cast<BlockStmt*>(s)->list;
      return !l.empty() && is_terminating(l.back(), "");
    }
    case StmtKind::If: {
      IfStmt* i = static_cast<IfStmt*>(s);
      return i->els && is_terminating(i->then, "") && is_terminating(i->els, "");
    }
    case StmtKind::Labeled: {
      LabeledStmt* l = static_cast<LabeledStmt*>(s);
      return is_terminating(l->stmt, l->label->name);
    }
    case StmtKind::For: {
      ForStmt* f = static_cast<ForStmt*>(s);
      return !f->cond && !has_break(f->body, label, true);
    }
    case StmtKind::Switch:
    case StmtKind::TypeSwitch: {
      auto& cl = s->kind == StmtKind::Switch ? static_cast<SwitchStmt*>(s)->clauses : static_cast<TypeSwitchStmt*>(s)->clauses;
      bool has_default = false;
      for (CaseClause* c : cl) {
        if (c->is_default) has_default = true;
        if (c->body.empty()) return false;
        Stmt* last = c->body.back();
        if (!is_terminating(last, "")) return false;
        for (Stmt* b : c->body)
          if (has_break(b, label, true)) return false;
      }
      return has_default;
    }
    case StmtKind::Select: {
      for (CommClause* c : static_cast<SelectStmt*>(s)->clauses) {
        if (c->body.empty() || !is_terminating(c->body.back(), "")) return false;
        for (Stmt* b : c->body)
          if (has_break(b, label, true)) return false;
      }
      return true;
    }
    default: return false;
  }
}

// Does s contain a break that leaves the statement labelled `label` (or, when implicit, the
// innermost enclosing breakable statement)?
bool Checker::has_break(Stmt* s, const std::string& label, bool implicit) {
  if (!s) return false;
  switch (s->kind) {
    case StmtKind::Branch: {
      BranchStmt* b = static_cast<BranchStmt*>(s);
      if (b->tok != Tok::Break) return false;
      if (!b->label) return implicit;
      return b->label->name == label;
    }
    case StmtKind::Block:
      for (Stmt* x : static_cast<BlockStmt*>(s)->list)
        if (has_break(x, label, implicit)) return true;
      return false;
    case StmtKind::If: {
      IfStmt* i = static_cast<IfStmt*>(s);
      return has_break(i->then, label, implicit) || has_break(i->els, label, implicit);
    }
    case StmtKind::Labeled: return has_break(static_cast<LabeledStmt*>(s)->stmt, label, implicit);
    case StmtKind::For: return !label.empty() && has_break(static_cast<ForStmt*>(s)->body, label, false);
    case StmtKind::Range: return !label.empty() && has_break(static_cast<RangeStmt*>(s)->body, label, false);
    case StmtKind::Switch:
      if (label.empty()) return false;
      for (CaseClause* c : static_cast<SwitchStmt*>(s)->clauses)
        for (Stmt* x : c->body)
          if (has_break(x, label, false)) return true;
      return false;
    case StmtKind::TypeSwitch:
      if (label.empty()) return false;
      for (CaseClause* c : static_cast<TypeSwitchStmt*>(s)->clauses)
        for (Stmt* x : c->body)
          if (has_break(x, label, false)) return true;
      return false;
    case StmtKind::Select:
      if (label.empty()) return false;
      for (CommClause* c : static_cast<SelectStmt*>(s)->clauses)
        for (Stmt* x : c->body)
          if (has_break(x, label, false)) return true;
      return false;
    default: return false;
  }
}

}  // namespace gort::lang
