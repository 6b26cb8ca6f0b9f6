// engine/lang/compiler/stmt.cpp — statements: assignments (into variables, boxes, fields,
// elements, map entries, pointees), control flow (if/for/range/switch/type switch/select with
// labels, break, continue, fallthrough, goto), go/defer, return, local declarations.
#include <optional>

#include "lang/compiler/internal.h"

namespace gort::lang {

namespace {
// Also skips F[int] (an instantiation: its x denotes the instance).
Expr* unparen(Expr* e) {
  while (e && (e->kind == ExprKind::Paren ||
               (e->kind == ExprKind::Index && static_cast<IndexExpr*>(e)->is_inst)))
    e = e->kind == ExprKind::Paren ? static_cast<ParenExpr*>(e)->x : static_cast<IndexExpr*>(e)->x;
  return e;
}
bool is_blank(Expr* e) {
  e = unparen(e);
  return e->kind == ExprKind::Ident && static_cast<Ident*>(e)->name == "_";
}
Tok base_op(Tok t) {
  switch (t) {
    case Tok::AddAssign: return Tok::Add;
    case Tok::SubAssign: return Tok::Sub;
    case Tok::MulAssign: return Tok::Mul;
    case Tok::QuoAssign: return Tok::Quo;
    case Tok::RemAssign: return Tok::Rem;
    case Tok::AndAssign: return Tok::And;
    case Tok::OrAssign: return Tok::Or;
    case Tok::XorAssign: return Tok::Xor;
    case Tok::ShlAssign: return Tok::Shl;
    case Tok::ShrAssign: return Tok::Shr;
    case Tok::AndNotAssign: return Tok::AndNot;
    default: return Tok::Illegal;
  }
}
}  // namespace

void FuncCompiler::block(const std::vector<Stmt*>& list) {
  for (Stmt* s : list) {
    size_t mark = temps_.size();
    stmt(s);
    release_temps(mark);
  }
}

// The expressions a simple statement evaluates unconditionally, for its HoistScope (the
// targets of an assignment count: their index operands run in the first phase).
static std::vector<Expr*> simple_stmt_roots(Stmt* s, bool* several) {
  std::vector<Expr*> roots;
  *several = false;
  switch (s->kind) {
    case StmtKind::Expr: roots.push_back(static_cast<ExprStmt*>(s)->x); break;
    case StmtKind::Send: {
      auto* ss = static_cast<SendStmt*>(s);
      roots = {ss->chan, ss->value};
      *several = true;
      break;
    }
    case StmtKind::IncDec: roots.push_back(static_cast<IncDecStmt*>(s)->x); break;
    case StmtKind::Assign: {
      auto* a = static_cast<AssignStmt*>(s);
      for (Expr* l : a->lhs) roots.push_back(l);
      for (Expr* r : a->rhs) roots.push_back(r);
      *several = a->rhs.size() > 1;
      break;
    }
    case StmtKind::Return:
      roots = static_cast<ReturnStmt*>(s)->results;
      *several = roots.size() > 1;
      break;
    case StmtKind::Go: roots.push_back(static_cast<GoStmt*>(s)->call); break;
    case StmtKind::Defer: roots.push_back(static_cast<DeferStmt*>(s)->call); break;
    case StmtKind::Decl: {
      // A group `var ( a = ...; n = len(a) )` is one declaration per spec, each its own
      // statement: stmt() hoists each spec's calls as that spec is compiled, after the
      // earlier specs' variables exist.
      auto* d = static_cast<DeclStmt*>(s)->decl;
      if (d->tok == Tok::Var && d->specs.size() == 1)
        roots = static_cast<ValueSpec*>(d->specs[0])->values;
      *several = roots.size() > 1;
      break;
    }
    default: break;
  }
  return roots;
}

void FuncCompiler::stmt(Stmt* s) {
  set_line(s);
  Stmt* label = pending_label_;
  pending_label_ = nullptr;
  // gc's order: the statement's calls (and other early expressions) first (see hoisted_).
  std::optional<HoistScope> calls_first;
  bool several = false;
  if (std::vector<Expr*> roots = simple_stmt_roots(s, &several); !roots.empty())
    calls_first.emplace(*this, roots, several);
  switch (s->kind) {
    case StmtKind::Empty: case StmtKind::Bad: return;
    case StmtKind::Labeled: {
      auto* l = static_cast<LabeledStmt*>(s);
      // A goto target: later gotos jump back here, earlier ones are patched now.
      label_pcs_[l] = here();
      if (auto it = pending_gotos_.find(l); it != pending_gotos_.end()) {
        for (size_t j : it->second) patch_jump(j);
        pending_gotos_.erase(it);
      }
      pending_label_ = s;
      stmt(l->stmt);
      pending_label_ = nullptr;
      return;
    }
    case StmtKind::Block: block(static_cast<BlockStmt*>(s)->list); return;
    case StmtKind::Expr: {
      Expr* x = unparen(static_cast<ExprStmt*>(s)->x);
      if (x->kind == ExprKind::Call) call(static_cast<CallExpr*>(x), 0);
      else expr(x);
      return;
    }
    case StmtKind::Decl: {
      auto* d = static_cast<DeclStmt*>(s)->decl;
      if (d->tok != Tok::Var) return;
      if (d->specs.size() == 1) {
        var_decl(static_cast<ValueSpec*>(d->specs[0]));   // hoisted above
        return;
      }
      for (Spec* sp : d->specs) {
        auto* vs = static_cast<ValueSpec*>(sp);
        std::optional<HoistScope> spec_calls_first;
        if (!vs->values.empty()) spec_calls_first.emplace(*this, vs->values, vs->values.size() > 1);
        var_decl(vs);
      }
      return;
    }
    case StmtKind::Send: {
      auto* ss = static_cast<SendStmt*>(s);
      uint16_t ch = expr(ss->chan);
      Type* et = static_cast<Chan*>(under(ss->chan->tv.type))->elem;
      uint16_t v = value_for(ss->value, et);
      set_line(s);
      emit(Opcode::CHAN_SEND, ch, v);
      return;
    }
    case StmtKind::IncDec: {
      auto* st = static_cast<IncDecStmt*>(s);
      op_assign(st->x, st->tok == Tok::Inc ? Tok::Add : Tok::Sub, nullptr);
      return;
    }
    case StmtKind::Assign: assign(static_cast<AssignStmt*>(s)); return;
    case StmtKind::Go: go_defer(static_cast<GoStmt*>(s)->call, true); return;
    case StmtKind::Defer: go_defer(static_cast<DeferStmt*>(s)->call, false); return;
    case StmtKind::Return: return_stmt(static_cast<ReturnStmt*>(s)); return;
    case StmtKind::Branch: {
      auto* b = static_cast<BranchStmt*>(s);
      if (b->tok == Tok::Fallthrough) {
        // Handled by switch_stmt (it looks at the clause's last statement).
        return;
      }
      if (rf_handles(b)) return;
      if (b->tok == Tok::Goto) {
        goto_stmt(b);
        return;
      }
      Stmt* target = b->target;
      for (size_t i = loops_.size(); i-- > 0;) {
        Loop& l = loops_[i];
        bool match = target ? l.stmt == target : (b->tok == Tok::Break || l.is_loop);
        if (!match && target && target->kind == StmtKind::Labeled &&
            static_cast<LabeledStmt*>(target)->stmt == l.stmt)
          match = true;
        if (b->tok == Tok::Continue && !l.is_loop) continue;
        if (!match) continue;
        size_t j = emit(Opcode::JMP);
        (b->tok == Tok::Break ? l.breaks : l.continues).push_back(j);
        return;
      }
      error(s->pos, "gort: internal compiler error: branch target not found");
      return;
    }
    case StmtKind::If: if_stmt(static_cast<IfStmt*>(s)); return;
    case StmtKind::For: for_stmt(static_cast<ForStmt*>(s), label); return;
    case StmtKind::Range: range_stmt(static_cast<RangeStmt*>(s), label); return;
    case StmtKind::Switch: switch_stmt(static_cast<SwitchStmt*>(s), label); return;
    case StmtKind::TypeSwitch: type_switch(static_cast<TypeSwitchStmt*>(s), label); return;
    case StmtKind::Select: select_stmt(static_cast<SelectStmt*>(s), label); return;
    default:
      error(s->pos, "gort: unsupported statement");
  }
}

// goto L: FE resolved L to its LabeledStmt (b->target) and checked that the jump enters no
// block and skips no declaration, so every variable in scope at L is already initialized
// there. A backward jump is a JMP with a negative offset, which polls for preemption like a
// loop back-edge (`L: goto L` can be stopped). A jump back over `x := ...` re-runs the
// declaration, which makes a fresh x (a new box when captured), as Go requires.
void FuncCompiler::goto_stmt(BranchStmt* b) {
  auto* target = static_cast<LabeledStmt*>(b->target);
  if (!target) {
    error(b->pos, "gort: internal compiler error: goto target not resolved");
    return;
  }
  if (auto it = label_pcs_.find(target); it != label_pcs_.end()) {
    jump_back(it->second);
    return;
  }
  pending_gotos_[target].push_back(emit(Opcode::JMP));
}

void FuncCompiler::var_decl(ValueSpec* spec) {
  if (spec->values.size() == 1 && spec->names.size() > 1) {
    std::vector<uint16_t> rs = multi(spec->values[0], spec->names.size());
    for (size_t i = 0; i < spec->names.size(); ++i) {
      Var* v = static_cast<Var*>(spec->names[i]->obj);
      if (!v) continue;
      declare_var(v);
      init_var_zero(v);
      store_var(v, copy_if_aggregate(rs[i], v->type, nullptr));
    }
    return;
  }
  std::vector<uint16_t> vals;
  for (size_t i = 0; i < spec->values.size(); ++i) {
    Var* v = static_cast<Var*>(spec->names[i]->obj);
    vals.push_back(value_for(spec->values[i], v ? v->type : spec->values[i]->tv.type));
  }
  for (size_t i = 0; i < spec->names.size(); ++i) {
    Var* v = static_cast<Var*>(spec->names[i]->obj);
    if (!v) continue;
    VarLoc& l = declare_var(v);
    if (i < vals.size()) {
      if (l.kind == VarLoc::Box) {
        emit(Opcode::BOX_NEW, l.reg, mc.type_index(v->type));
        emit(Opcode::BOX_STORE, l.reg, vals[i]);
      } else {
        emit(Opcode::MOVE, l.reg, vals[i]);
      }
    } else {
      init_var_zero(v);
    }
  }
}

static bool may_have_effects(Expr* e);

void FuncCompiler::assign(AssignStmt* s) {
  if (s->tok != Tok::Assign && s->tok != Tok::Define) {
    op_assign(s->lhs[0], base_op(s->tok), s->rhs[0]);
    return;
  }
  bool define = s->tok == Tok::Define;
  // x = a op b into a plain register variable: compute straight into it.
  if (s->lhs.size() == 1 && s->rhs.size() == 1 && !is_blank(s->lhs[0])) {
    Expr* l = unparen(s->lhs[0]);
    if (l->kind == ExprKind::Ident && static_cast<Ident*>(l)->obj &&
        static_cast<Ident*>(l)->obj->kind == ObjKind::Var) {
      Var* v = static_cast<Var*>(static_cast<Ident*>(l)->obj);
      Expr* r = unparen(s->rhs[0]);
      if (!v->is_global && !v->needs_box() && !is_aggregate(v->type) && !is_iface(v->type) &&
          r->kind == ExprKind::Binary && r->tv.mode != Mode::Constant) {
        VarLoc* lc = loc(v);
        if (!lc && define) lc = &declare_var(v);
        if (lc && lc->kind == VarLoc::Reg && expr_into(r, lc->reg)) return;
      }
    }
  }
  std::vector<uint16_t> vals;
  std::vector<Type*> lts;
  for (Expr* l : s->lhs) lts.push_back(is_blank(l) ? nullptr : l->tv.type);
  // Go evaluates the operands of index expressions and pointer indirections on the left
  // before the right-hand sides, then assigns left to right (i, a[i] = 1, 9 uses the old i).
  std::vector<PreparedLhs> prep(s->lhs.size());
  // One target needs phase one only when its operands can have effects the right side could
  // observe or be observed by (a[f()] = g()): plain a[i] = v keeps its short code.
  if ((s->lhs.size() > 1 || may_have_effects(unparen(s->lhs[0]))) && !define) {
    for (size_t i = 0; i < s->lhs.size(); ++i) prep[i] = prepare_lhs(s->lhs[i]);
  }
  if (s->rhs.size() == 1 && s->lhs.size() > 1) {
    vals = multi(s->rhs[0], s->lhs.size());
    // Interface targets for tuple values (v, ok := ...; x, err = f()).
    Type* rt = s->rhs[0]->tv.type;
    for (size_t i = 0; i < vals.size(); ++i) {
      // A tuple (f()), else a comma-ok form (v, ok = <-c / m[k] / x.(T)): its value, then bool.
      Type* from = rt && rt->kind == TypeKind::Tuple ? static_cast<Tuple*>(rt)->vars[i]->type
                   : i == 0                          ? rt
                                                     : mc.prog.ctx->basic(BasicKind::Bool);
      if (lts[i] && from) vals[i] = convert_reg(vals[i], from, lts[i]);
      if (lts[i] && from) vals[i] = copy_if_aggregate(vals[i], lts[i], nullptr);
    }
  } else {
    for (size_t i = 0; i < s->rhs.size(); ++i) {
      Type* to = lts[i] ? lts[i] : s->rhs[i]->tv.type;
      uint16_t v = value_for(s->rhs[i], to);
      // Values that alias a variable (x, y = y, x) must be read before any store.
      if (s->rhs.size() > 1) {
        uint16_t t = temp_for(to);
        if (t != v) emit(Opcode::MOVE, t, v);
        v = t;
      }
      vals.push_back(v);
    }
  }
  for (size_t i = 0; i < s->lhs.size(); ++i) {
    Expr* l = unparen(s->lhs[i]);
    if (is_blank(l)) continue;
    if (define && l->kind == ExprKind::Ident) {
      auto* id = static_cast<Ident*>(l);
      Var* v = static_cast<Var*>(id->obj);
      if (v && !loc(v) && !v->is_global) {
        // A new variable of :=.
        VarLoc& lc = declare_var(v);
        if (lc.kind == VarLoc::Box) {
          emit(Opcode::BOX_NEW, lc.reg, mc.type_index(v->type));
          emit(Opcode::BOX_STORE, lc.reg, vals[i]);
        } else {
          emit(Opcode::MOVE, lc.reg, vals[i]);
        }
        continue;
      }
    }
    if (prep[i].kind) {
      store_prepared(l, prep[i], vals[i]);
      continue;
    }
    store(l, vals[i], lts[i]);
  }
}

// Whether evaluating e could call a function or receive: anything other than names,
// literals, field selections, indexing, indirection and operators on those.
static bool may_have_effects(Expr* e) {
  if (!e || e->tv.mode == Mode::Constant) return false;
  switch (e->kind) {
    case ExprKind::Ident:
    case ExprKind::BasicLit: return false;
    case ExprKind::Paren: return may_have_effects(static_cast<ParenExpr*>(e)->x);
    case ExprKind::Selector: return may_have_effects(static_cast<SelectorExpr*>(e)->x);
    case ExprKind::Star: return may_have_effects(static_cast<StarExpr*>(e)->x);
    case ExprKind::Index: {
      auto* ix = static_cast<IndexExpr*>(e);
      return may_have_effects(ix->x) || may_have_effects(ix->index);
    }
    case ExprKind::Unary: {
      auto* u = static_cast<UnaryExpr*>(e);
      return u->op == Tok::Arrow || may_have_effects(u->x);
    }
    case ExprKind::Binary: {
      auto* b = static_cast<BinaryExpr*>(e);
      return may_have_effects(b->x) || may_have_effects(b->y);
    }
    default: return true;
  }
}

// The first phase of an assignment (Go spec, "Assignment statements"): the operands of an
// index expression or pointer indirection (and a field's base) on the left are evaluated
// before any assignment, so i, x[i] = 1, 2 and for i, x[i] = range y use the old i.
FuncCompiler::PreparedLhs FuncCompiler::prepare_lhs(Expr* lhs) {
  PreparedLhs p;
  Expr* l = unparen(lhs);
  if (is_blank(l)) return p;
  auto keep = [&](uint16_t r, bool ptr) {
    uint16_t t = temp(ptr);
    emit(Opcode::MOVE, t, r);
    return t;
  };
  if (l->kind == ExprKind::Index) {
    auto* ix = static_cast<IndexExpr*>(l);
    Type* xt = under(ix->x->tv.type);
    p.kind = 1;
    p.a = keep(expr(ix->x), true);
    if (xt->kind == TypeKind::Map) {
      Type* kt = static_cast<Map*>(xt)->key;
      p.b = keep(value_for(ix->index, kt), holds_ptr(kt) || is_iface(kt));
    } else {
      p.b = keep(expr(ix->index), false);
    }
  } else if (l->kind == ExprKind::Selector &&
             static_cast<SelectorExpr*>(l)->selection.kind == Selection::Field) {
    auto* se = static_cast<SelectorExpr*>(l);
    uint16_t base = expr(se->x);
    Type* bt = se->x->tv.type;
    base = walk_path(base, bt, se->selection.path, se->selection.path.size() - 1);
    p.kind = 2;
    p.a = keep(base, true);
    p.b = static_cast<uint16_t>(se->selection.path.back());
  } else if (l->kind == ExprKind::Star) {
    p.kind = 3;
    p.a = keep(expr(static_cast<StarExpr*>(l)->x), true);
  }
  return p;
}

// The second phase: lhs = val through what prepare_lhs evaluated (val converted/copied).
void FuncCompiler::store_prepared(Expr* l, const PreparedLhs& p, uint16_t val) {
  l = unparen(l);
  Type* t = l->tv.type;
  bool agg = is_aggregate(t);
  set_line(l);
  uint16_t a = p.a, b = p.b;
  if (p.kind == 1) {
    Type* xt = under(static_cast<IndexExpr*>(l)->x->tv.type);
    if (xt->kind == TypeKind::Map) {
      emit(Opcode::MAP_SET, a, b, val);
    } else {
      bool slice = xt->kind == TypeKind::Slice;
      if (agg) {
        uint16_t o = temp(true);
        emit(slice ? Opcode::SLICE_LOAD : Opcode::ARR_LOAD, o, a, b);
        emit(Opcode::AGG_ASSIGN, o, val, mc.type_index(t));
      } else {
        emit(slice ? Opcode::SLICE_STORE : Opcode::ARR_STORE, a, b, val);
      }
    }
  } else if (p.kind == 2) {
    if (agg) {
      uint16_t o = temp(true);
      emit(Opcode::FIELD, o, a, b);
      emit(Opcode::AGG_ASSIGN, o, val, mc.type_index(t));
    } else {
      emit(Opcode::SETFIELD, a, b, val);
    }
  } else {
    if (agg) emit(Opcode::AGG_ASSIGN, a, val, mc.type_index(t));
    else emit(Opcode::REF_STORE, a, val);
  }
}

void FuncCompiler::store(Expr* lhs, uint16_t val, Type* vt) {
  lhs = unparen(lhs);
  Type* t = lhs->tv.type;
  bool agg = is_aggregate(t);
  set_line(lhs);
  switch (lhs->kind) {
    case ExprKind::Ident: {
      Object* o = static_cast<Ident*>(lhs)->obj;
      if (!o || o->kind != ObjKind::Var) return;
      store_var(static_cast<Var*>(o), val);
      return;
    }
    case ExprKind::Selector: {
      auto* s = static_cast<SelectorExpr*>(lhs);
      if (s->selection.kind == Selection::Qualified) {
        Object* o = s->selection.obj ? s->selection.obj : s->sel->obj;
        if (o && o->kind == ObjKind::Var) store_var(static_cast<Var*>(o), val);
        return;
      }
      uint16_t base = expr(s->x);
      Type* bt = s->x->tv.type;
      base = walk_path(base, bt, s->selection.path, s->selection.path.size() - 1);
      int fi = s->selection.path.back();
      if (agg) {
        uint16_t o = temp(true);
        emit(Opcode::FIELD, o, base, fi);
        emit(Opcode::AGG_ASSIGN, o, val, mc.type_index(t));
      } else {
        emit(Opcode::SETFIELD, base, fi, val);
      }
      return;
    }
    case ExprKind::Index: {
      auto* ix = static_cast<IndexExpr*>(lhs);
      Type* xt = under(ix->x->tv.type);
      uint16_t x = expr(ix->x);
      if (xt->kind == TypeKind::Map) {
        uint16_t k = value_for(ix->index, static_cast<Map*>(xt)->key);
        set_line(lhs);
        emit(Opcode::MAP_SET, x, k, val);
        return;
      }
      uint16_t i = expr(ix->index);
      set_line(lhs);
      bool slice = xt->kind == TypeKind::Slice;
      if (agg) {
        uint16_t o = temp(true);
        emit(slice ? Opcode::SLICE_LOAD : Opcode::ARR_LOAD, o, x, i);
        emit(Opcode::AGG_ASSIGN, o, val, mc.type_index(t));
      } else {
        emit(slice ? Opcode::SLICE_STORE : Opcode::ARR_STORE, x, i, val);
      }
      return;
    }
    case ExprKind::Star: {
      uint16_t p = expr(static_cast<StarExpr*>(lhs)->x);
      set_line(lhs);
      if (agg) emit(Opcode::AGG_ASSIGN, p, val, mc.type_index(t));
      else emit(Opcode::REF_STORE, p, val);
      return;
    }
    default:
      error(lhs->pos, "gort: unsupported assignment target");
  }
  (void)vt;
}

void FuncCompiler::op_assign(Expr* lhs, Tok op, Expr* rhs) {
  lhs = unparen(lhs);
  Type* t = lhs->tv.type;
  // x += small constant / x++ on a plain register int variable: one ADDI.
  if (lhs->kind == ExprKind::Ident && is_int_t(t) && (op == Tok::Add || op == Tok::Sub) &&
      (!rhs || (rhs->tv.mode == Mode::Constant && rhs->tv.val.kind == ConstValue::Int &&
                rhs->tv.val.i >= -32767 && rhs->tv.val.i <= 32767))) {
    Var* v = static_cast<Var*>(static_cast<Ident*>(lhs)->obj);
    VarLoc* l = v && !v->is_global ? loc(v) : nullptr;
    if (l && l->kind == VarLoc::Reg) {
      int64_t k = rhs ? static_cast<int64_t>(rhs->tv.val.i) : 1;
      if (op == Tok::Sub) k = -k;
      set_line(lhs);
      emit(Opcode::ADDI_INT, l->reg, l->reg, static_cast<uint16_t>(static_cast<int16_t>(k)));
      const char* dummy = nullptr;
      (void)dummy;
      BasicKind bk = basic_kind(t);
      Opcode w = bk == BasicKind::Int8 ? Opcode::WRAP_I8 : bk == BasicKind::Int16 ? Opcode::WRAP_I16
                 : bk == BasicKind::Int32 ? Opcode::WRAP_I32 : bk == BasicKind::Uint8 ? Opcode::WRAP_U8
                 : bk == BasicKind::Uint16 ? Opcode::WRAP_U16 : bk == BasicKind::Uint32 ? Opcode::WRAP_U32
                 : Opcode::NOP;
      if (w != Opcode::NOP) emit(w, l->reg, l->reg);
      return;
    }
  }
  uint16_t one = 0;
  if (!rhs) {
    one = temp_for(t);
    if (is_float_t(t)) emit(Opcode::LOADK, one, konst(gort::Value::from_float(1.0)));
    else if (is_complex_t(t)) emit(Opcode::MOVE, one, constant(ConstValue::make_complex(1, 0), t));
    else emit(Opcode::LOADI, one, 1);
  }
  // Simple variables: read, compute, write.
  if (lhs->kind == ExprKind::Ident) {
    Var* v = static_cast<Var*>(static_cast<Ident*>(lhs)->obj);
    uint16_t cur = load_var(v);
    uint16_t y = rhs ? shift_count(op, rhs, expr(rhs)) : one;
    VarLoc* l = loc(v);
    set_line(lhs);
    if (l && l->kind == VarLoc::Reg && !v->is_global) {
      arith(op, cur, y, t, l->reg);
    } else {
      uint16_t r = temp_for(t);
      arith(op, cur, y, t, r);
      store_var(v, r);
    }
    return;
  }
  // Other targets: evaluate the operands of the target once.
  if (lhs->kind == ExprKind::Index) {
    auto* ix = static_cast<IndexExpr*>(lhs);
    Type* xt = under(ix->x->tv.type);
    uint16_t x = expr(ix->x);
    uint16_t k = xt->kind == TypeKind::Map ? value_for(ix->index, static_cast<Map*>(xt)->key)
                                           : expr(ix->index);
    uint16_t cur = temp_for(t);
    set_line(lhs);
    Opcode ld = xt->kind == TypeKind::Map ? Opcode::MAP_GET
                : xt->kind == TypeKind::Slice ? Opcode::SLICE_LOAD : Opcode::ARR_LOAD;
    Opcode st = xt->kind == TypeKind::Map ? Opcode::MAP_SET
                : xt->kind == TypeKind::Slice ? Opcode::SLICE_STORE : Opcode::ARR_STORE;
    emit(ld, cur, x, k);
    uint16_t y = rhs ? shift_count(op, rhs, expr(rhs)) : one;
    uint16_t r = temp_for(t);
    set_line(lhs);
    arith(op, cur, y, t, r);
    emit(st, x, k, r);
    return;
  }
  if (lhs->kind == ExprKind::Selector &&
      static_cast<SelectorExpr*>(lhs)->selection.kind == Selection::Field) {
    auto* s = static_cast<SelectorExpr*>(lhs);
    uint16_t base = expr(s->x);
    Type* bt = s->x->tv.type;
    base = walk_path(base, bt, s->selection.path, s->selection.path.size() - 1);
    int fi = s->selection.path.back();
    uint16_t cur = temp_for(t);
    set_line(lhs);
    emit(Opcode::FIELD, cur, base, fi);
    uint16_t y = rhs ? shift_count(op, rhs, expr(rhs)) : one;
    uint16_t r = temp_for(t);
    arith(op, cur, y, t, r);
    emit(Opcode::SETFIELD, base, fi, r);
    return;
  }
  if (lhs->kind == ExprKind::Star) {
    uint16_t p = expr(static_cast<StarExpr*>(lhs)->x);
    uint16_t cur = temp_for(t);
    set_line(lhs);
    emit(Opcode::REF_LOAD, cur, p);
    uint16_t y = rhs ? shift_count(op, rhs, expr(rhs)) : one;
    uint16_t r = temp_for(t);
    arith(op, cur, y, t, r);
    emit(Opcode::REF_STORE, p, r);
    return;
  }
  uint16_t cur = expr(lhs);
  uint16_t y = rhs ? shift_count(op, rhs, expr(rhs)) : one;
  uint16_t r = temp_for(t);
  arith(op, cur, y, t, r);
  store(lhs, r, t);
}

void FuncCompiler::if_stmt(IfStmt* s) {
  if (s->init) stmt(s->init);
  size_t jf;
  {
    HoistScope calls_first(*this, s->cond);
    jf = cond_jump(s->cond, false);
  }
  block(s->then->list);
  if (s->els) {
    size_t je = emit(Opcode::JMP);
    patch_jump(jf);
    size_t mark = temps_.size();
    stmt(s->els);
    release_temps(mark);
    patch_jump(je);
  } else {
    patch_jump(jf);
  }
}

// Loop variables declared by the init statement (for per-iteration copies).
static void init_vars(Stmt* init, std::vector<Var*>& out) {
  if (!init || init->kind != StmtKind::Assign) return;
  auto* a = static_cast<AssignStmt*>(init);
  if (a->tok != Tok::Define) return;
  for (Expr* l : a->lhs)
    if (l->kind == ExprKind::Ident && static_cast<Ident*>(l)->obj &&
        static_cast<Ident*>(l)->obj->kind == ObjKind::Var)
      out.push_back(static_cast<Var*>(static_cast<Ident*>(l)->obj));
}

void FuncCompiler::for_stmt(ForStmt* s, Stmt* label) {
  if (s->init) stmt(s->init);
  std::vector<Var*> lvars;
  if (s->per_iteration) init_vars(s->init, lvars);
  // Condition at the bottom: one (fused, preemption-polling) backward jump per iteration.
  size_t jcond = s->cond ? emit(Opcode::JMP) : SIZE_MAX;
  size_t top = here();
  loops_.push_back(Loop{s, {}, {}, true});
  (void)label;
  block(s->body->list);
  size_t cont = here();
  Loop l = std::move(loops_.back());
  loops_.pop_back();
  for (size_t j : l.continues) patch_jump_to(j, cont);
  // Go 1.22: a fresh copy of each boxed loop variable before the post statement.
  for (Var* v : lvars) renew_box(v);
  if (s->post) {
    size_t mark = temps_.size();
    stmt(s->post);
    release_temps(mark);
  }
  if (s->cond) {
    patch_jump(jcond);
    size_t mark = temps_.size();
    // The condition runs after the body: its instructions carry its own line (tracebacks and
    // race reports name the `for` line, as Go does), not the body's last one.
    if (s->cond->pos.line > 0) line_ = s->cond->pos.line;
    size_t j;
    {
      HoistScope calls_first(*this, s->cond);
      j = cond_jump(s->cond, true);
    }
    release_temps(mark);
    patch_jump_to(j, top);
  } else {
    jump_back(top);
  }
  for (size_t j : l.breaks) patch_jump(j);
}

void FuncCompiler::range_stmt(RangeStmt* s, Stmt* label) {
  if (s->range_kind == RangeKind::Func) {
    range_func(s);
    return;
  }
  Type* xt = s->x->tv.type;
  Type* u = under(xt);
  Expr* ke = s->key && !is_blank(s->key) ? s->key : nullptr;
  Expr* ve = s->value && !is_blank(s->value) ? s->value : nullptr;
  bool define = s->tok == Tok::Define;
  Var* kv = define && ke ? static_cast<Var*>(static_cast<Ident*>(ke)->obj) : nullptr;
  Var* vv = define && ve ? static_cast<Var*>(static_cast<Ident*>(ve)->obj) : nullptr;
  // Declared once (Go 1.21) or per iteration (Go 1.22, boxed ones get a fresh box).
  if (kv) { declare_var(kv); init_var_zero(kv); }
  if (vv) { declare_var(vv); init_var_zero(vv); }
  // for k, x[k] = range ...: x[k]'s operands are evaluated before k is assigned (spec: the
  // range clause's left side is assigned as by an assignment statement).
  PreparedLhs pv;
  auto bind = [&](Var* v, Expr* e, uint16_t val, Type* t) {
    if (!v && e) {
      if (t) val = convert_reg(val, t, e->tv.type);   // into an existing interface variable
      if (e == ke && ve && !vv) {
        pv = prepare_lhs(ve);
      } else if (e == ve && pv.kind) {
        store_prepared(e, pv, val);
        pv = PreparedLhs{};
        return;
      }
    }
    if (v) {
      if (s->per_iteration) {
        VarLoc* l = loc(v);
        if (l->kind == VarLoc::Box) {
          emit(Opcode::BOX_NEW, l->reg, mc.type_index(v->type));
          emit(Opcode::BOX_STORE, l->reg, val);
          return;
        }
      }
      store_var(v, val);
    } else if (e) {
      store(e, val, t);
    }
  };
  Type* int_t = mc.prog.ctx->basic(BasicKind::Int);
  uint16_t x = expr(s->x);
  uint16_t xr = reg(holds_ptr(xt));
  // Ranging over an array value (with a value variable) iterates over a copy, as in Go.
  if (s->range_kind == RangeKind::Array && (vv || ve)) x = copy_if_aggregate(x, xt, s->x);
  if (x != xr) emit(Opcode::MOVE, xr, x);
  uint16_t i = reg(false), n = reg(false);
  size_t top = 0, jexit = 0;
  std::vector<size_t> extra_exits;
  size_t cont_target = 0;
  auto loop_begin = [&]() { loops_.push_back(Loop{s, {}, {}, true}); };
  (void)label;
  switch (s->range_kind) {
    case RangeKind::Int:
    case RangeKind::Slice:
    case RangeKind::Array:
    case RangeKind::ArrayPtr:
    case RangeKind::String: {
      bool str = s->range_kind == RangeKind::String;
      if (s->range_kind == RangeKind::Int) emit(Opcode::MOVE, n, xr);
      else if (str) emit(Opcode::STR_LEN, n, xr);
      else if (s->range_kind == RangeKind::Slice) emit(Opcode::SLICE_LEN, n, xr);
      else {
        Type* at = u->kind == TypeKind::Pointer ? under(static_cast<Pointer*>(u)->elem) : u;
        load_int(n, static_cast<Array*>(at)->len);
      }
      emit(Opcode::LOADI, i, 0);
      uint16_t w = reg(false);  // string: rune width
      top = here();
      jexit = emit(Opcode::JGE_INT, i, n);
      loop_begin();
      size_t mark = temps_.size();
      if (str) {
        emit(Opcode::STR_RUNE, win(0), xr, i);
        win(1);
        uint16_t rv = temp(false);
        emit(Opcode::MOVE, rv, win(0));
        emit(Opcode::MOVE, w, win(1));
        if (kv || ke) bind(kv, ke, i, int_t);
        if (vv || ve) bind(vv, ve, rv, mc.prog.ctx->rune_type());
      } else {
        if (kv || ke) bind(kv, ke, i, s->range_kind == RangeKind::Int ? xt : int_t);
        if (vv || ve) {
          Type* et = s->range_kind == RangeKind::Slice ? static_cast<Slice*>(u)->elem
                     : s->range_kind == RangeKind::Array ? static_cast<Array*>(u)->elem
                     : static_cast<Array*>(under(static_cast<Pointer*>(u)->elem))->elem;
          uint16_t ev = temp_for(et);
          emit(s->range_kind == RangeKind::Slice ? Opcode::SLICE_LOAD : Opcode::ARR_LOAD, ev, xr, i);
          ev = copy_if_aggregate(ev, et, nullptr);
          bind(vv, ve, ev, et);
        }
      }
      release_temps(mark);
      block(s->body->list);
      cont_target = here();
      if (str) emit(Opcode::ADD_INT, i, i, w);
      else emit(Opcode::ADDI_INT, i, i, 1);
      jump_back(top);
      break;
    }
    case RangeKind::Map: {
      auto* mt = static_cast<Map*>(u);
      uint16_t it = reg(true);
      emit(Opcode::MAP_ITER, it, xr);
      top = here();
      jexit = emit(Opcode::MAP_NEXT, it, win(0));
      win(1);
      loop_begin();
      size_t mark = temps_.size();
      uint16_t k = temp_for(mt->key), v = temp_for(mt->elem);
      emit(Opcode::MOVE, k, win(0));
      emit(Opcode::MOVE, v, win(1));
      if (kv || ke) bind(kv, ke, copy_if_aggregate(k, mt->key, nullptr), mt->key);
      if (vv || ve) bind(vv, ve, copy_if_aggregate(v, mt->elem, nullptr), mt->elem);
      release_temps(mark);
      block(s->body->list);
      cont_target = here();
      jump_back(top);
      break;
    }
    case RangeKind::Chan: {
      Type* et = static_cast<Chan*>(u)->elem;
      top = here();
      set_line(s);
      emit(Opcode::CHAN_RECV2, win(0), xr);
      win(1);
      uint16_t ok = reg(false);
      size_t mark = temps_.size();
      uint16_t v = temp_for(et);
      emit(Opcode::MOVE, v, win(0));
      emit(Opcode::MOVE, ok, win(1));
      jexit = emit(Opcode::JMP_IFNOT, ok);
      loop_begin();
      if (kv || ke) bind(kv, ke, v, et);
      release_temps(mark);
      block(s->body->list);
      cont_target = here();
      jump_back(top);
      break;
    }
    default:
      error(s->pos, "gort: unsupported range");
      return;
  }
  Loop l = std::move(loops_.back());
  loops_.pop_back();
  for (size_t j : l.continues) patch_jump_to(j, cont_target);
  patch_jump(jexit);
  for (size_t j : l.breaks) patch_jump(j);
}

void FuncCompiler::switch_stmt(SwitchStmt* s, Stmt*) {
  if (s->init) stmt(s->init);
  uint16_t tag = 0;
  Type* tt = nullptr;
  if (s->tag) {
    tt = s->tag->tv.type;
    HoistScope calls_first(*this, s->tag);
    uint16_t t = expr(s->tag);
    tag = reg(holds_ptr(tt));
    emit(Opcode::MOVE, tag, t);
  }
  loops_.push_back(Loop{s, {}, {}, false});
  // Tests in order; each clause body follows; fallthrough jumps into the next body.
  std::vector<size_t> body_jumps(s->clauses.size(), SIZE_MAX);
  std::vector<std::vector<size_t>> to_body(s->clauses.size());
  int def = -1;
  for (size_t ci = 0; ci < s->clauses.size(); ++ci) {
    CaseClause* c = s->clauses[ci];
    if (c->is_default) { def = static_cast<int>(ci); continue; }
    for (Expr* e : c->list) {
      size_t mark = temps_.size();
      HoistScope calls_first(*this, e);
      uint16_t hit;
      if (s->tag) {
        Type* et = e->tv.type;
        if (is_iface(tt) && !is_iface(et)) {
          uint16_t v = value_for(e, tt);
          hit = compare(Tok::Eql, tag, v, tt);
        } else {
          uint16_t v = expr(e);
          hit = compare(Tok::Eql, tag, v, basic_kind(tt) == BasicKind::UntypedNil ? et : tt);
        }
      } else {
        hit = expr(e);
      }
      to_body[ci].push_back(emit(Opcode::JMP_IF, hit));
      release_temps(mark);
    }
  }
  size_t jdef = emit(Opcode::JMP);
  std::vector<size_t> fall;  // pending fallthrough jumps into the next body
  std::vector<size_t> ends;
  std::vector<size_t> body_start(s->clauses.size());
  for (size_t ci = 0; ci < s->clauses.size(); ++ci) {
    CaseClause* c = s->clauses[ci];
    body_start[ci] = here();
    for (size_t j : to_body[ci]) patch_jump(j);
    for (size_t j : fall) patch_jump(j);
    fall.clear();
    if (static_cast<int>(ci) == def) patch_jump(jdef);
    block(c->body);
    bool ft = !c->body.empty() && c->body.back()->kind == StmtKind::Branch &&
              static_cast<BranchStmt*>(c->body.back())->tok == Tok::Fallthrough;
    if (ft) fall.push_back(emit(Opcode::JMP));
    else ends.push_back(emit(Opcode::JMP));
  }
  if (def < 0) patch_jump(jdef);
  for (size_t j : fall) patch_jump(j);
  for (size_t j : ends) patch_jump(j);
  Loop l = std::move(loops_.back());
  loops_.pop_back();
  for (size_t j : l.breaks) patch_jump(j);
}

void FuncCompiler::type_switch(TypeSwitchStmt* s, Stmt*) {
  if (s->init) stmt(s->init);
  Expr* gx = s->guard->x;
  Type* it = gx->tv.type;
  uint16_t x = reg(true);
  expr_to(gx, x);
  loops_.push_back(Loop{s, {}, {}, false});
  std::vector<size_t> ends;
  int def = -1;
  std::vector<std::vector<size_t>> hits(s->clauses.size());
  for (size_t ci = 0; ci < s->clauses.size(); ++ci) {
    CaseClause* c = s->clauses[ci];
    if (c->is_default) { def = static_cast<int>(ci); continue; }
    for (Expr* e : c->list) {
      bool nil = e->tv.type == nullptr || basic_kind(e->tv.type) == BasicKind::UntypedNil ||
                 (e->kind == ExprKind::Ident && static_cast<Ident*>(e)->name == "nil");
      if (nil) {
        uint16_t z = temp(true);
        emit(Opcode::LOADI, z, 0);
        uint16_t r = temp(false);
        emit(Opcode::EQ_INT, r, x, z);
        hits[ci].push_back(emit(Opcode::JMP_IF, r));
        continue;
      }
      emit(Opcode::ASSERT2, win(0), x, mc.type_index(e->tv.type));
      emit_ext(mc.type_index(it));
      win(1);
      uint16_t ok = temp(false);
      emit(Opcode::MOVE, ok, win(1));
      hits[ci].push_back(emit(Opcode::JMP_IF, ok));
    }
  }
  size_t jdef = emit(Opcode::JMP);
  for (size_t ci = 0; ci < s->clauses.size(); ++ci) {
    CaseClause* c = s->clauses[ci];
    for (size_t j : hits[ci]) patch_jump(j);
    if (static_cast<int>(ci) == def) patch_jump(jdef);
    if (c->implicit) {
      Var* v = c->implicit;
      VarLoc& l = declare_var(v);
      uint16_t val;
      if (c->list.size() == 1 && !is_iface(v->type) && c->list[0]->tv.type &&
          basic_kind(c->list[0]->tv.type) != BasicKind::UntypedNil) {
        val = temp_for(v->type);
        emit(Opcode::ASSERT, val, x, mc.type_index(v->type));
        emit_ext(mc.type_index(it));
        val = copy_if_aggregate(val, v->type, nullptr);
      } else {
        val = x;
      }
      if (l.kind == VarLoc::Box) {
        emit(Opcode::BOX_NEW, l.reg, mc.type_index(v->type));
        emit(Opcode::BOX_STORE, l.reg, val);
      } else {
        emit(Opcode::MOVE, l.reg, val);
      }
    }
    block(c->body);
    ends.push_back(emit(Opcode::JMP));
  }
  if (def < 0) patch_jump(jdef);
  for (size_t j : ends) patch_jump(j);
  Loop l = std::move(loops_.back());
  loops_.pop_back();
  for (size_t j : l.breaks) patch_jump(j);
}

void FuncCompiler::select_stmt(SelectStmt* s, Stmt*) {
  // Evaluate channels and send values, then one SELECT over window registers.
  struct Case { CommClause* cc; bool send; uint16_t ch, val; Type* et; };
  std::vector<Case> cases;
  bool has_default = false;
  int def_index = -1;
  for (CommClause* cc : s->clauses) {
    if (!cc->comm) { has_default = true; def_index = static_cast<int>(&cc - &s->clauses[0]); continue; }
    Case c{cc, false, 0, 0, nullptr};
    if (cc->comm->kind == StmtKind::Send) {
      auto* ss = static_cast<SendStmt*>(cc->comm);
      c.send = true;
      c.ch = expr(ss->chan);
      c.et = static_cast<Chan*>(under(ss->chan->tv.type))->elem;
      c.val = value_for(ss->value, c.et);
    } else {
      Expr* rx = nullptr;
      if (cc->comm->kind == StmtKind::Expr) rx = static_cast<ExprStmt*>(cc->comm)->x;
      else rx = static_cast<AssignStmt*>(cc->comm)->rhs[0];
      rx = unparen(rx);
      auto* ue = static_cast<UnaryExpr*>(rx);
      c.ch = expr(ue->x);
      c.et = static_cast<Chan*>(under(ue->x->tv.type))->elem;
    }
    cases.push_back(c);
  }
  if (cases.size() > 16) {
    error(s->pos, "gort: select with more than 16 cases is not supported");
    return;
  }
  int n = static_cast<int>(cases.size());
  int sendmask = 0;
  // The cases live in fresh consecutive fixed registers of the right kinds (not the window):
  // a parked select's channels and send values must stay visible to the GC.
  uint16_t base = static_cast<uint16_t>(kinds_.size());
  for (int i = 0; i < n; ++i) {
    reg(true);
    reg(cases[i].send && holds_ptr(cases[i].et));
  }
  for (int i = 0; i < n; ++i) {
    emit(Opcode::MOVE, base + 2 * i, cases[i].ch);
    if (cases[i].send) {
      emit(Opcode::MOVE, base + 2 * i + 1, cases[i].val);
      sendmask |= 1 << i;
    } else {
      emit(Opcode::LOADI, base + 2 * i + 1, 0);
    }
  }
  int d = 0;
  win(d + 2);
  set_line(s);
  emit(Opcode::SELECT, n ? base : win(0), n, win(d));
  emit_ext(sendmask, has_default ? 1 : 0);
  uint16_t idx = reg(false);
  uint16_t val = reg(false);  // scalar kind on purpose: moved to a typed register at once
  uint16_t ok = reg(false);
  emit(Opcode::MOVE, idx, win(d));
  (void)def_index;
  loops_.push_back(Loop{s, {}, {}, false});
  std::vector<size_t> ends;
  // Dispatch: compare idx with each case number.
  std::vector<size_t> jumps;
  uint16_t kreg = reg(false);
  for (int i = 0; i < n; ++i) {
    load_int(kreg, i);
    jumps.push_back(emit(Opcode::JEQ_INT, idx, kreg));
  }
  // Default (idx == -1).
  size_t jdef = emit(Opcode::JMP);
  for (int i = 0; i < n; ++i) {
    patch_jump(jumps[i]);
    Case& c = cases[i];
    if (!c.send) {
      // The received value is still in the window: move it to a typed register first.
      uint16_t v = reg(holds_ptr(c.et));
      emit(Opcode::MOVE, v, win(d + 1));
      emit(Opcode::MOVE, ok, win(d + 2));
      zero_if_null(v, c.et);  // closed channel
      if (c.cc->comm->kind == StmtKind::Assign) {
        auto* as = static_cast<AssignStmt*>(c.cc->comm);
        std::vector<uint16_t> vals{v, ok};
        // Into existing variables of another type (an interface): convert as assignment does.
        Type* from[2] = {c.et, mc.prog.ctx->basic(BasicKind::Bool)};
        for (size_t li = 0; li < as->lhs.size() && li < 2; ++li) {
          Expr* l = unparen(as->lhs[li]);
          if (is_blank(l)) continue;
          if (as->tok == Tok::Define) {
            Var* var = static_cast<Var*>(static_cast<Ident*>(l)->obj);
            VarLoc& lc = declare_var(var);
            if (lc.kind == VarLoc::Box) {
              emit(Opcode::BOX_NEW, lc.reg, mc.type_index(var->type));
              emit(Opcode::BOX_STORE, lc.reg, vals[li]);
            } else {
              emit(Opcode::MOVE, lc.reg, vals[li]);
            }
          } else {
            store(l, convert_reg(vals[li], from[li], l->tv.type), l->tv.type);
          }
        }
      }
    }
    block(c.cc->body);
    ends.push_back(emit(Opcode::JMP));
  }
  patch_jump(jdef);
  for (CommClause* cc : s->clauses)
    if (!cc->comm) block(cc->body);
  for (size_t j : ends) patch_jump(j);
  (void)val;
  Loop l = std::move(loops_.back());
  loops_.pop_back();
  for (size_t j : l.breaks) patch_jump(j);
}

void FuncCompiler::return_stmt(ReturnStmt* s) {
  // The result types: the function's, or in a range-over-func body the enclosing function's.
  std::vector<Type*> rts;
  if (s->rf_code) {
    for (Var* v : s->rf_outer->rf->results) rts.push_back(v->type);
  } else if (sig_ && sig_->results) {
    for (Var* v : sig_->results->vars) rts.push_back(v->type);
  }
  size_t nres = rts.size();
  std::vector<uint16_t> vals;
  if (s->results.size() == 1 && nres > 1) {
    vals = multi(s->results[0], nres);
    Type* rt = s->results[0]->tv.type;
    for (size_t i = 0; i < vals.size(); ++i) {
      Type* from = rt && rt->kind == TypeKind::Tuple ? static_cast<Tuple*>(rt)->vars[i]->type : nullptr;
      if (from) vals[i] = convert_reg(vals[i], from, rts[i]);
    }
  } else {
    for (size_t i = 0; i < s->results.size() && i < nres; ++i) vals.push_back(value_for(s->results[i], rts[i]));
  }
  set_line(s);
  if (s->rf_code && !performing_) {
    // Inside a range-over-func body: the values wait in the outermost loop's variables while
    // the bodies return false; that loop's dispatch returns them.
    std::vector<Var*>& rv = s->rf_outer->rf->results;
    for (size_t i = 0; i < vals.size() && i < rv.size(); ++i) store_var(rv[i], vals[i]);
    rf_leave(s->rf_code);
    return;
  }
  return_values(std::move(vals));
}

void FuncCompiler::return_values(std::vector<uint16_t> vals) {
  size_t nres = sig_ && sig_->results ? sig_->results->vars.size() : 0;
  if (!vals.empty() && results_.size() == nres) {
    // Result variables (named, or hidden with defers): assign, then the common epilogue.
    std::vector<uint16_t> tmp;
    for (size_t i = 0; i < vals.size(); ++i) {
      uint16_t t = temp_for(sig_->results->vars[i]->type);
      emit(Opcode::MOVE, t, vals[i]);
      tmp.push_back(t);
    }
    for (size_t i = 0; i < vals.size(); ++i) {
      Var* v = results_[i];
      VarLoc* l = loc(v);
      if (l && l->kind == VarLoc::Reg) emit(Opcode::MOVE, l->reg, tmp[i]);
      else store_var(v, tmp[i]);
    }
    emit_return();
    return;
  }
  if (vals.empty()) {
    emit_return();
    return;
  }
  if (has_defer_) emit(Opcode::RUNDEFERS);
  if (vals.size() == 1) {
    // RET moves R[a] to R[0]: no window needed, and none at all if the value is computed
    // straight into R[0].
    emit(Opcode::RET, retarget_to_r0(vals[0]) ? 0 : vals[0], 1);
    return;
  }
  for (size_t i = 0; i < vals.size(); ++i) emit(Opcode::MOVE, win(static_cast<int>(i)), vals[i]);
  emit(Opcode::RET, win(0), static_cast<int>(vals.size()));
}

void FuncCompiler::go_defer(CallExpr* e, bool is_go) {
  // Evaluate the function value and the arguments now; the call happens later.
  Expr* fun = unparen(e->fun);
  if (e->call_kind == CallKind::Builtin || e->call_kind == CallKind::Conversion) {
    // defer close(ch), defer println(...), go/defer panic(...): wrap in a literal-like call
    // is not available; run builtins with side effects through a tiny proto.
    // go/defer of a builtin: its arguments are evaluated now and passed to a small proto
    // that performs the builtin on its parameters.
    BuiltinId b = e->builtin;
    std::vector<uint16_t> args;
    std::vector<bool> ptrs;
    std::vector<Type*> ats;
    auto arg = [&](Expr* x, Type* to) {
      uint16_t r = value_for(x, to);
      Type* t = to ? to : x->tv.type;
      bool ptr = holds_ptr(t) || is_iface(t);
      args.push_back(r);
      ptrs.push_back(ptr);
      ats.push_back(t);
    };
    bool ok = true;
    switch (e->call_kind == CallKind::Builtin ? b : BuiltinId::None) {
      case BuiltinId::Close: arg(e->args[0], nullptr); break;
      case BuiltinId::Delete:
        arg(e->args[0], nullptr);
        arg(e->args[1], static_cast<Map*>(under(e->args[0]->tv.type))->key);
        break;
      case BuiltinId::Panic: {
        Type* any = mc.prog.ctx->make_type<Interface>();
        arg(e->args[0], any);
        break;
      }
      case BuiltinId::Copy: arg(e->args[0], nullptr); arg(e->args[1], nullptr); break;
      case BuiltinId::Print: case BuiltinId::Println:
        for (Expr* x : e->args) arg(x, nullptr);
        break;
      default: ok = false; break;
    }
    if (!ok) {
      error(e->pos, "gort: go/defer of this builtin is not supported yet");
      return;
    }
    uint32_t pi = mc.new_proto(proto()->name + (is_go ? ".gowrap" : ".deferwrap") +
                               std::to_string(++lit_counter_));
    mc.m.protos[pi].file = proto()->file;  // nested code: its function's file
    {
      FuncCompiler fc(mc, pi, this);
      fc.line_ = e->pos.line;
      std::vector<uint16_t> p;
      for (size_t i = 0; i < args.size(); ++i) p.push_back(fc.reg(ptrs[i]));
      fc.proto()->nparams = static_cast<uint16_t>(args.size());
      switch (b) {
        case BuiltinId::Close: fc.emit(Opcode::CHAN_CLOSE, p[0]); break;
        case BuiltinId::Delete: fc.emit(Opcode::MAP_DELETE, p[0], p[1]); break;
        case BuiltinId::Panic: fc.emit(Opcode::PANIC, p[0]); break;
        case BuiltinId::Copy:
          fc.emit(Opcode::MOVE, fc.win(0), p[0]);
          if (is_string_t(ats[1])) fc.emit(Opcode::COPY_STR, fc.win(0), p[1]);
          else fc.emit(Opcode::COPY, fc.win(0), p[1], mc.type_index(static_cast<Slice*>(under(ats[0]))->elem));
          break;
        default: {
          bool ln = b == BuiltinId::Println;
          for (size_t i = 0; i < p.size(); ++i) {
            int flags = (ln && i > 0) ? 1 : 0;
            if (ln && i + 1 == p.size()) flags |= 2;
            fc.emit(Opcode::PRINT, p[i], mc.type_index(ats[i]), flags);
          }
          if (ln && p.empty()) {
            uint16_t sr = fc.constant(ConstValue::make_string(""), mc.prog.ctx->basic(BasicKind::String));
            fc.emit(Opcode::PRINT, sr, mc.type_index(mc.prog.ctx->basic(BasicKind::String)), 2);
          }
          break;
        }
      }
      fc.emit(Opcode::RET, 0, 0);
      fc.finish();
    }
    set_line(e);
    if (is_go) {
      for (size_t i = 0; i < args.size(); ++i) emit(Opcode::MOVE, win(static_cast<int>(i)), args[i]);
      win(static_cast<int>(args.size()));
      emit(Opcode::GO, win(0), pi);
      return;
    }
    uint16_t f = temp(true);
    emit(Opcode::CLOSURE, f, pi, 0);
    emit(Opcode::MOVE, win(0), f);
    int mask = 0;
    for (size_t i = 0; i < args.size(); ++i) {
      emit(Opcode::MOVE, win(static_cast<int>(i + 1)), args[i]);
      if (ptrs[i]) mask |= 1 << i;
    }
    win(static_cast<int>(args.size()) + 1);
    emit_defer(static_cast<int>(args.size()), mask);
    return;
  }
  Signature* sig = static_cast<Signature*>(under(fun->tv.type));
  uint16_t fv = 0;
  std::vector<uint16_t> args;
  std::vector<bool> ptrs;
  int32_t static_proto = -1;
  bool fv_is_native = false;
  Callee native_callee{Callee::Native};
  if (e->call_kind == CallKind::Method || e->call_kind == CallKind::Interface) {
    auto* sel = static_cast<SelectorExpr*>(fun);
    Func* m = static_cast<Func*>(sel->selection.obj);
    if (e->call_kind == CallKind::Interface || is_iface(sel->x->tv.type)) {
      fv = method_value(sel);  // bound to the dynamic receiver now
      args = arguments(e, sig, 0);
    } else {
      uint16_t recv = receiver(sel, m);
      Type* rt = m->sig()->recv ? m->sig()->recv->type : sel->x->tv.type;
      args.push_back(recv);
      ptrs.push_back(holds_ptr(rt));
      std::vector<uint16_t> rest = arguments(e, sig, 0);
      args.insert(args.end(), rest.begin(), rest.end());
      static_proto = mc.proto_of(m);
      fv = temp(true);
      if (static_proto >= 0) {
        emit(Opcode::CLOSURE, fv, static_proto, 0);
      } else {
        native_callee.index = mc.native_index(m->qualified_name(), e->pos);
        fv_is_native = true;
        emit(Opcode::NATIVE_FUNC, fv, native_callee.index);
      }
    }
  } else {
    Func* f = nullptr;
    if (fun->kind == ExprKind::Ident && static_cast<Ident*>(fun)->obj &&
        static_cast<Ident*>(fun)->obj->kind == ObjKind::Func)
      f = static_cast<Func*>(static_cast<Ident*>(fun)->obj);
    if (fun->kind == ExprKind::Selector) {
      auto* sel = static_cast<SelectorExpr*>(fun);
      Object* o = sel->selection.obj ? sel->selection.obj : sel->sel->obj;
      if (sel->selection.kind == Selection::Qualified && o && o->kind == ObjKind::Func)
        f = static_cast<Func*>(o);
    }
    if (f) {
      static_proto = mc.proto_of(f);
      fv = temp(true);
      if (static_proto >= 0) {
        emit(Opcode::CLOSURE, fv, static_proto, 0);
      } else {
        native_callee.index = mc.native_index(f->qualified_name(), e->pos);
        fv_is_native = true;
        emit(Opcode::NATIVE_FUNC, fv, native_callee.index);
      }
    } else {
      fv = expr(fun);
    }
    args = arguments(e, sig, 0);
  }
  if (sig->params) {
    size_t off = ptrs.size();
    for (size_t i = 0; i + off < args.size() && i < sig->params->vars.size(); ++i)
      ptrs.push_back(holds_ptr(sig->params->vars[i]->type));
  }
  while (ptrs.size() < args.size()) ptrs.push_back(false);
  set_line(e);
  if (is_go && static_proto < 0 && fv_is_native) {
    // go nativeFunc(args): a small proto that calls the native, run as the new goroutine.
    uint32_t pi = mc.new_proto(proto()->name + ".gowrap" + std::to_string(++mc.lit_count));
    mc.m.protos[pi].file = proto()->file;  // nested code: its function's file
    {
      FuncCompiler fc(mc, pi, this);
      fc.line_ = e->pos.line;
      std::vector<uint16_t> pregs;
      for (size_t i = 0; i < args.size(); ++i) pregs.push_back(fc.reg(ptrs[i]));
      fc.proto()->nparams = static_cast<uint16_t>(args.size());
      std::vector<Type*> rts;
      if (sig->results) for (Var* v : sig->results->vars) rts.push_back(v->type);
      fc.emit_call(native_callee, pregs, rts);
      fc.emit(Opcode::RET, 0, 0);
      fc.finish();
    }
    static_proto = static_cast<int32_t>(pi);
  }
  if (is_go) {
    if (static_proto >= 0) {
      for (size_t i = 0; i < args.size(); ++i) emit(Opcode::MOVE, win(static_cast<int>(i)), args[i]);
      win(static_cast<int>(args.size()));
      emit(Opcode::GO, win(0), static_proto);
    } else {
      for (size_t i = 0; i < args.size(); ++i) emit(Opcode::MOVE, win(static_cast<int>(i)), args[i]);
      win(static_cast<int>(args.size()) + 1);
      if (unparen(fun)->kind != ExprKind::FuncLit) mc.go_native_entry(args.size(), ptrs);
      emit(Opcode::GO_CLOSURE, win(0), fv, static_cast<int>(args.size()));
    }
    return;
  }
  emit(Opcode::MOVE, win(0), fv);
  int mask = 0;
  for (size_t i = 0; i < args.size(); ++i) {
    emit(Opcode::MOVE, win(static_cast<int>(i + 1)), args[i]);
    if (ptrs[i]) mask |= 1 << i;
  }
  win(static_cast<int>(args.size()) + 1);
  emit_defer(static_cast<int>(args.size()), mask);
}

void FuncCompiler::emit_defer(int nargs, int mask) {
  if (rf_ && rf_->rf->outer->rf->depth) {
    uint16_t d = load_var(rf_->rf->outer->rf->depth);
    emit(Opcode::DEFER_AT, win(0), nargs, d);
  } else {
    emit(Opcode::DEFER, win(0), nargs);
  }
  emit_ext(mask);
}

}  // namespace gort::lang
