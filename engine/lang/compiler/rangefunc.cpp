// engine/lang/compiler/rangefunc.cpp — range over functions (Go 1.23), as gc rewrites it
// (cmd/compile/internal/rangefunc): the loop body becomes a closure func(K, V) bool that the
// iterator calls; the checker planned the rest (ast.h RangeFunc):
//   - #state (per loop) is gc's run-time check: READY while the iterator may call the body,
//     PANIC while the body runs, DONE after it returned false, EXHAUSTED after the loop;
//     the body panics as Go does when called in any state but READY;
//   - an exit from the body to outside it (break/continue of an outer statement, goto, return)
//     sets #next (per outermost loop, shared by nested ones) to its code and returns false;
//     each loop's dispatch after the iterator returns performs the exits it owns and passes
//     the others on (its own body returns false too);
//   - return values wait in the outermost loop's #r variables;
//   - defer in a body goes to the enclosing function's frame (DEFER_AT with #depth).
#include "lang/compiler/internal.h"

namespace gort::lang {

namespace {
constexpr int64_t kDone = 0, kReady = 1, kPanic = 2, kExhausted = 3;   // internal/abi RF_*
}

void FuncCompiler::set_int_var(Var* v, int64_t val) {
  uint16_t t = temp(false);
  load_int(t, val);
  store_var(v, t);
}

void FuncCompiler::rf_body_return(bool more) {
  if (!rf_) {
    error(Pos{line_, 1}, "gort: internal compiler error: range-over-func exit outside a loop body");
    return;
  }
  set_int_var(rf_->rf->state, more ? kReady : kDone);
  uint16_t t = temp(false);
  load_int(t, more ? 1 : 0);
  emit(Opcode::RET, t, 1);
}

void FuncCompiler::rf_leave(int code) {
  set_int_var(rf_->rf->outer->rf->next, code);
  rf_body_return(false);
}

// break/continue/goto inside a range-over-func body (or in a dispatch performing one).
bool FuncCompiler::rf_handles(BranchStmt* b) {
  if (!rf_ && !b->rf_code) return false;
  if (b->rf_code && !performing_) {
    rf_leave(b->rf_code);
    return true;
  }
  if (rf_ && b->tok != Tok::Goto && b->target == rf_) {
    rf_body_return(b->tok == Tok::Continue);   // this body's own loop
    return true;
  }
  return false;
}

void FuncCompiler::perform_exit(Stmt* s) {
  if (s->kind == StmtKind::Return) {
    auto* r = static_cast<ReturnStmt*>(s);
    std::vector<uint16_t> vals;
    if (!r->results.empty())
      for (Var* v : r->rf_outer->rf->results) vals.push_back(copy_if_aggregate(load_var(v), v->type, nullptr));
    if (rf_) {   // cannot happen: returns are performed by the real function
      rf_body_return(false);
      return;
    }
    return_values(std::move(vals));
    return;
  }
  bool saved = performing_;
  performing_ = true;
  stmt(s);
  performing_ = saved;
}

void FuncCompiler::range_func(RangeStmt* s) {
  RangeFunc* rf = s->rf;
  set_line(s);
  if (rf->outer == s) {
    declare_var(rf->next);
    init_var_zero(rf->next);
    if (rf->depth) {
      declare_var(rf->depth);
      init_var_zero(rf->depth);
      uint16_t t = temp(false);
      emit(Opcode::FRAME_DEPTH, t);
      store_var(rf->depth, t);
    }
    for (Var* v : rf->results) {
      declare_var(v);
      init_var_zero(v);
    }
  }
  uint16_t f = expr(s->x);
  uint16_t fr = reg(true);
  emit(Opcode::MOVE, fr, f);
  declare_var(rf->state);
  init_var_zero(rf->state);
  set_int_var(rf->state, kReady);
  // The body closure (named as gc names it: main.main-range1).
  std::string name = proto()->name + "-range" + std::to_string(++range_counter_);
  uint32_t pi = mc.new_proto(name);
  mc.m.protos[pi].file = proto()->file;
  {
    FuncCompiler fc(mc, pi, this);
    fc.is_lit_ = true;
    fc.line_ = s->pos.line;
    fc.rf_ = s;
    fc.compile_rf_body(s);
  }
  const std::vector<Var*>& caps = rf->body->captures;
  for (size_t i = 0; i < caps.size(); ++i) {
    VarLoc* l = loc(caps[i]);
    if (!l || l->kind != VarLoc::Box) {
      error(s->pos, "gort: internal compiler error: captured variable " + caps[i]->name + " is not boxed");
      continue;
    }
    emit(Opcode::MOVE, win(static_cast<int>(i)), l->reg);
  }
  uint16_t body = temp(true);
  if (!caps.empty()) win(static_cast<int>(caps.size()));
  emit(Opcode::CLOSURE, body, pi, win(0));
  set_line(s->x);
  Callee c{Callee::Closure};
  c.fn = fr;
  emit_call(c, {body}, {});
  set_line(s);
  // The iterator returned: a body panic it swallowed is an error; the loop is over.
  uint16_t st = load_var(rf->state);
  emit(Opcode::RANGE_CHECK, st, 1);
  set_int_var(rf->state, kExhausted);
  for (const RangeFuncExit& e : rf->exits) {
    uint16_t n = load_var(rf->outer->rf->next);
    uint16_t k = temp(false);
    load_int(k, e.code);
    uint16_t eq = temp(false);
    emit(Opcode::EQ_INT, eq, n, k);
    size_t skip = emit(Opcode::JMP_IFNOT, eq);
    if (e.perform) {
      set_int_var(rf->outer->rf->next, 0);
      perform_exit(e.stmt);
    } else {
      rf_body_return(false);   // still leaving: this code is itself a body
    }
    patch_jump(skip);
  }
}

void FuncCompiler::compile_rf_body(RangeStmt* s) {
  RangeFunc* rf = s->rf;
  vm::Proto* p = proto();
  sig_ = rf->body->sig;
  set_line(s->body);
  std::vector<uint16_t> preg;
  for (Var* v : rf->params) preg.push_back(reg(holds_ptr(v->type)));
  const std::vector<Var*>& caps = rf->body->captures;
  if (!caps.empty()) closure_reg_ = reg(true);
  p = proto();
  p->nparams = static_cast<uint16_t>(kinds_.size());
  p->nresults = 1;
  p->ncaptures = static_cast<uint16_t>(caps.size());
  for (size_t i = 0; i < caps.size(); ++i) {
    VarLoc l;
    l.kind = VarLoc::Box;
    l.reg = reg(true);
    vars_[caps[i]] = l;
    emit(Opcode::CAPTURE, l.reg, closure_reg_, static_cast<int>(i));
  }
  // Called in any state but READY: Go's panics. Then PANIC until the body ends normally.
  uint16_t st = load_var(rf->state);
  emit(Opcode::RANGE_CHECK, st, 0);
  set_int_var(rf->state, kPanic);
  // The iteration variables: fresh ones per call (per-iteration semantics for free), or the
  // assignment form's left sides.
  for (size_t i = 0; i < rf->params.size(); ++i) {
    Var* v = rf->params[i];
    VarLoc l;
    l.reg = preg[i];
    if (v->needs_box()) {
      l.kind = VarLoc::Box;
      l.reg = reg(true);
      emit(Opcode::BOX_NEW, l.reg, mc.type_index(v->type));
      emit(Opcode::BOX_STORE, l.reg, preg[i]);
    }
    vars_[v] = l;
  }
  if (s->tok == Tok::Assign) {
    Expr* lhs[2] = {s->key, s->value};
    for (size_t i = 0; i < 2 && i < rf->params.size(); ++i) {
      if (!lhs[i] || (lhs[i]->kind == ExprKind::Ident && static_cast<Ident*>(lhs[i])->name == "_")) continue;
      Var* v = rf->params[i];
      uint16_t val = copy_if_aggregate(load_var(v), v->type, nullptr);
      val = convert_reg(val, v->type, lhs[i]->tv.type);
      store(lhs[i], val, lhs[i]->tv.type);
    }
  }
  block(s->body->list);
  if (!pending_gotos_.empty()) error(s->body->pos, "gort: internal compiler error: goto label not compiled");
  line_ = s->body->rbrace.line > 0 ? s->body->rbrace.line : line_;
  rf_body_return(true);
  finish();
}

}  // namespace gort::lang
