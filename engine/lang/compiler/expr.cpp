// engine/lang/compiler/expr.cpp — expressions: constants, variables, operators, conversions,
// selectors (fields through embedded paths, method values), index/slice, composite literals,
// func literals (closures over boxes), type assertions and addresses.
#include <optional>
#include <cstdlib>

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

// Does evaluating e produce a fresh aggregate object nobody else refers to?
bool is_fresh(Expr* e) {
  e = unparen(e);
  switch (e->kind) {
    case ExprKind::CompositeLit:
    case ExprKind::Call:
      return true;
    case ExprKind::Binary:
      return true;
    default: return false;
  }
}

Opcode wrap_op(BasicKind k, bool* need) {
  *need = true;
  switch (k) {
    case BasicKind::Int8: return Opcode::WRAP_I8;
    case BasicKind::Int16: return Opcode::WRAP_I16;
    case BasicKind::Int32: return Opcode::WRAP_I32;
    case BasicKind::Uint8: return Opcode::WRAP_U8;
    case BasicKind::Uint16: return Opcode::WRAP_U16;
    case BasicKind::Uint32: return Opcode::WRAP_U32;
    default: *need = false; return Opcode::NOP;
  }
}

}  // namespace

uint16_t FuncCompiler::constant(const ConstValue& v, Type* t) {
  BasicKind k = basic_kind(t);
  gort::Value val = gort::Value::zero();
  bool ptr = false;
  if (is_complex_t(t)) {
    // A permanent CplxObj per use (constants are exact: no negative zeros).
    double re = v.kind == ConstValue::Int ? static_cast<double>(v.i) : static_cast<double>(v.f);
    double im = v.kind == ConstValue::Complex ? static_cast<double>(v.fi) : 0.0;
    if (k == BasicKind::Complex64) {
      re = static_cast<double>(static_cast<float>(re));
      im = static_cast<double>(static_cast<float>(im));
    }
    if (re == 0) re = 0;
    if (im == 0) im = 0;
    uint16_t r = reg(true);
    const_loads_.push_back({r, gort::Value::from_obj(vm::cplx_static(re, im))});
    return r;
  }
  switch (v.kind) {
    case ConstValue::Bool: val.i = v.b ? 1 : 0; break;
    case ConstValue::String:
      val = gort::Value::from_obj(vm::str_static(v.s));
      ptr = true;
      break;
    case ConstValue::Int:
      if (k == BasicKind::Float32 || k == BasicKind::Float64 || k == BasicKind::UntypedFloat)
        val.f = static_cast<double>(v.i);
      else
        val.i = static_cast<int64_t>(static_cast<uint64_t>(v.i));
      break;
    case ConstValue::Float:
    case ConstValue::Complex:   // representable as a real type: the imaginary part is 0
      if (is_int_t(t)) {
        val.i = static_cast<int64_t>(v.f);
      } else {
        double d = static_cast<double>(v.f);
        if (k == BasicKind::Float32) d = static_cast<double>(static_cast<float>(d));
        if (d == 0) d = 0;  // constants are exact: -0.0 is zero (no negative zero)
        val.f = d;
      }
      break;
    default: break;
  }
  // One register per distinct constant, loaded by the function's prologue (hoisted out of
  // loops). Registers returned by expr() are never written by callers, so sharing is safe.
  auto key = std::make_pair(val.u, ptr);
  auto it = const_regs_.find(key);
  if (it != const_regs_.end()) return it->second;
  uint16_t r = reg(ptr);
  const_regs_[key] = r;
  const_loads_.push_back({r, val});
  return r;
}

bool FuncCompiler::expr_into(Expr* e, uint16_t dst) {
  e = unparen(e);
  if (e->kind != ExprKind::Binary || e->tv.mode == Mode::Constant) return false;
  auto* b = static_cast<BinaryExpr*>(e);
  switch (b->op) {
    case Tok::Add: case Tok::Sub: case Tok::Mul: case Tok::Quo: case Tok::Rem: case Tok::And:
    case Tok::Or: case Tok::Xor: case Tok::AndNot: case Tok::Shl: case Tok::Shr: break;
    default: return false;
  }
  Type* t = e->tv.type;
  if (is_string_t(t)) return false;
  HoistScope calls_first(*this, b);   // (only once this function is sure to compile b)
  uint16_t x = expr(b->x);
  if ((b->op == Tok::Add || b->op == Tok::Sub) && is_int_t(t) && b->y->tv.mode == Mode::Constant &&
      b->y->tv.val.kind == ConstValue::Int) {
    __int128 k = b->y->tv.val.i;
    if (b->op == Tok::Sub) k = -k;
    if (k >= -32768 && k <= 32767) {
      set_line(e);
      emit(Opcode::ADDI_INT, dst, x, static_cast<uint16_t>(static_cast<int16_t>(k)));
      bool need;
      Opcode w = wrap_op(basic_kind(t), &need);
      if (need) emit(w, dst, dst);
      return true;
    }
  }
  uint16_t y = shift_count(b->op, b->y, expr(b->y));
  set_line(e);
  arith(b->op, x, y, t, dst);
  return true;
}

void FuncCompiler::expr_to(Expr* e, uint16_t dst) {
  uint16_t r = expr(e);
  if (r != dst) emit(Opcode::MOVE, dst, r);
}

uint16_t FuncCompiler::copy_if_aggregate(uint16_t r, Type* t, Expr* src) {
  if (!is_aggregate(t) || (src && is_fresh(src))) return r;
  uint16_t c = temp(true);
  emit(Opcode::AGG_COPY, c, r, mc.type_index(t));
  return c;
}

uint16_t FuncCompiler::convert_reg(uint16_t r, Type* from, Type* to) {
  if (!to || !from) return r;
  if (is_iface(to) && !is_iface(from)) {
    if (basic_kind(from) == BasicKind::UntypedNil) return r;
    uint16_t o = temp(true);
    emit(Opcode::IFACE_NEW, o, r, mc.type_index(from));
    return o;
  }
  return r;
}

uint16_t FuncCompiler::value_for(Expr* e, Type* to) {
  Type* from = e->tv.type;
  if (e->tv.mode == Mode::Constant && is_iface(to)) {
    uint16_t r = constant(e->tv.val, from);
    return convert_reg(r, from, to);
  }
  if (basic_kind(from) == BasicKind::UntypedNil || (e->tv.mode == Mode::Value && !from)) {
    uint16_t r = temp(true);
    emit(Opcode::LOADI, r, 0);
    return r;
  }
  uint16_t r = expr(e);
  r = copy_if_aggregate(r, from, e);
  return convert_reg(r, from, to);
}

void FuncCompiler::zero_if_null(uint16_t r, Type* t) {
  if (!is_aggregate(t)) return;
  size_t j = emit(Opcode::JMP_IF, r);
  emit(Opcode::AGG_NEW, r, mc.type_index(t));
  patch_jump(j);
}

std::vector<uint16_t> FuncCompiler::multi(Expr* e, size_t n) {
  Expr* u = unparen(e);
  std::vector<uint16_t> out;
  if (u->kind == ExprKind::Call) return call_results(static_cast<CallExpr*>(u), static_cast<int>(n));
  if (u->kind == ExprKind::Index) {  // v, ok := m[k]
    auto* ix = static_cast<IndexExpr*>(u);
    uint16_t m = expr(ix->x);
    Type* mt = under(ix->x->tv.type);
    uint16_t k = value_for(ix->index, static_cast<Map*>(mt)->key);
    Type* vt = static_cast<Map*>(mt)->elem;
    emit(Opcode::MAP_GET2, win(0), m, k);
    win(1);
    uint16_t v = temp_for(vt), ok = temp(false);
    emit(Opcode::MOVE, v, win(0));
    emit(Opcode::MOVE, ok, win(1));
    zero_if_null(v, vt);  // a missing key or a nil map
    out = {copy_if_aggregate(v, vt, nullptr), ok};
    return out;
  }
  if (u->kind == ExprKind::TypeAssert) {
    uint16_t ok;
    uint16_t v = type_assert(static_cast<TypeAssertExpr*>(u), &ok);
    return {v, ok};
  }
  if (u->kind == ExprKind::Unary) {  // v, ok := <-ch
    auto* ue = static_cast<UnaryExpr*>(u);
    uint16_t ch = expr(ue->x);
    Type* et = static_cast<Chan*>(under(ue->x->tv.type))->elem;
    set_line(u);
    emit(Opcode::CHAN_RECV2, win(0), ch);
    win(1);
    uint16_t v = temp_for(et), ok = temp(false);
    emit(Opcode::MOVE, v, win(0));
    emit(Opcode::MOVE, ok, win(1));
    zero_if_null(v, et);  // closed channel
    return {v, ok};
  }
  out.push_back(expr(e));
  return out;
}

uint16_t FuncCompiler::expr(Expr* e) {
  if (e->tv.mode == Mode::Constant) return constant(e->tv.val, e->tv.type);
  if (uint16_t r; !hoisted_.empty() && is_hoisted(e, &r)) return r;
  switch (e->kind) {
    case ExprKind::Paren: return expr(static_cast<ParenExpr*>(e)->x);
    case ExprKind::Ident: {
      auto* id = static_cast<Ident*>(e);
      Object* o = id->obj;
      if (!o || id->name == "nil" || (o && o->kind == ObjKind::Nil)) {
        uint16_t r = temp(true);
        emit(Opcode::LOADI, r, 0);
        return r;
      }
      if (o->kind == ObjKind::Var) return load_var(static_cast<Var*>(o));
      if (o->kind == ObjKind::Func) return func_value(static_cast<Func*>(o));
      if (o->kind == ObjKind::Const) return constant(static_cast<Const*>(o)->val, e->tv.type);
      error(e->pos, "gort: unsupported identifier use: " + id->name);
      return temp(false);
    }
    case ExprKind::BasicLit: {
      // A literal that is not a constant expression here (1 in 1<<n with a variable n).
      auto* b = static_cast<BasicLit*>(e);
      ConstValue v = e->tv.val;
      if (v.kind == ConstValue::Unknown) {
        switch (b->tok) {
          case Tok::Int: v = ConstValue::make_int(static_cast<__int128>(std::strtoull(b->lit.c_str(), nullptr, 0))); break;
          case Tok::Float: v = ConstValue::make_float(std::strtold(b->lit.c_str(), nullptr)); break;
          case Tok::Char: v = ConstValue::make_int(b->rune); break;
          case Tok::String: v = ConstValue::make_string(b->value); break;
          default: break;
        }
      }
      return constant(v, e->tv.type);
    }
    case ExprKind::FuncLit: return func_lit(static_cast<FuncLit*>(e));
    case ExprKind::Binary: return binary(static_cast<BinaryExpr*>(e));
    case ExprKind::Unary: return unary(static_cast<UnaryExpr*>(e));
    case ExprKind::Call: {
      auto* c = static_cast<CallExpr*>(e);
      return call(c, 1);
    }
    case ExprKind::Selector: return selector(static_cast<SelectorExpr*>(e));
    case ExprKind::Index:
      if (static_cast<IndexExpr*>(e)->is_inst) return expr(static_cast<IndexExpr*>(e)->x);
      return index(static_cast<IndexExpr*>(e));
    case ExprKind::Slice: return slice_expr(static_cast<SliceExpr*>(e));
    case ExprKind::CompositeLit: return composite(static_cast<CompositeLit*>(e));
    case ExprKind::TypeAssert: return type_assert(static_cast<TypeAssertExpr*>(e), nullptr);
    case ExprKind::Star: {
      auto* s = static_cast<StarExpr*>(e);
      uint16_t p = expr(s->x);
      Type* t = e->tv.type;
      set_line(e);
      if (is_aggregate(t)) {
        emit(Opcode::NILCHECK, p);
        return p;  // the pointee object (callers copy where Go copies)
      }
      uint16_t r = temp_for(t);
      emit(Opcode::REF_LOAD, r, p);
      return r;
    }
    default:
      error(e->pos, "gort: unsupported expression");
      return temp(false);
  }
}

// ---- operators ----
uint16_t FuncCompiler::compare(Tok op, uint16_t x, uint16_t y, Type* t) {
  uint16_t r = temp(false);
  Type* u = under(t);
  bool swap = op == Tok::Gtr || op == Tok::Geq;
  if (swap) std::swap(x, y);
  Tok o = op == Tok::Gtr ? Tok::Lss : op == Tok::Geq ? Tok::Leq : op;
  if (is_string_t(t)) {
    Opcode oc = o == Tok::Eql ? Opcode::STR_EQ : o == Tok::Neq ? Opcode::STR_NE
                : o == Tok::Lss ? Opcode::STR_LT : Opcode::STR_LE;
    emit(oc, r, x, y);
  } else if (is_complex_t(t)) {   // only == and != (the checker rejects ordering)
    emit(o == Tok::Eql ? Opcode::EQ_CPLX : Opcode::NE_CPLX, r, x, y);
  } else if (is_float_t(t)) {
    Opcode oc = o == Tok::Eql ? Opcode::EQ_FLOAT : o == Tok::Neq ? Opcode::NE_FLOAT
                : o == Tok::Lss ? Opcode::LT_FLOAT : Opcode::LE_FLOAT;
    emit(oc, r, x, y);
  } else if (u->kind == TypeKind::Basic || u->kind == TypeKind::Chan || u->kind == TypeKind::Map ||
             u->kind == TypeKind::Signature || u->kind == TypeKind::Slice ||
             (u->kind == TypeKind::Pointer && is_aggregate(static_cast<Pointer*>(u)->elem) &&
              under(static_cast<Pointer*>(u)->elem)->kind != TypeKind::Array)) {
    // (A *[N]E may be an array view, (*[N]E)(s): EQ_VAL compares the element it names.)
    bool uns = is_unsigned_t(t);
    Opcode oc = o == Tok::Eql ? Opcode::EQ_INT : o == Tok::Neq ? Opcode::NE_INT
                : o == Tok::Lss ? (uns ? Opcode::LT_UINT : Opcode::LT_INT)
                                : (uns ? Opcode::LE_UINT : Opcode::LE_INT);
    emit(oc, r, x, y);
  } else {
    emit(Opcode::EQ_VAL, r, x, y);
    emit_ext(mc.type_index(t), o == Tok::Neq ? 1 : 0);
  }
  return r;
}

uint16_t FuncCompiler::shift_count(Tok op, Expr* count, uint16_t reg) {
  if (op != Tok::Shl && op != Tok::Shr) return reg;
  if (count->tv.mode == Mode::Constant) return reg;
  BasicKind k = basic_kind(count->tv.type);
  if (k != BasicKind::Uint && k != BasicKind::Uint64 && k != BasicKind::Uintptr) return reg;
  // c' = (c &^ 1<<63) | (c>>63)<<62: the same for c < 1<<63, and >= 1<<62 (still a "too
  // large" count) otherwise, never negative. Only non-constant 64-bit unsigned counts pay.
  uint16_t k63 = temp(false), hi = temp(false), lo = temp(false), one = temp(false), out = temp(false);
  emit(Opcode::LOADI, k63, 63);
  emit(Opcode::SHR_UINT, hi, reg, k63);
  emit(Opcode::LOADI, k63, 62);
  emit(Opcode::SHL_INT, hi, hi, k63);
  emit(Opcode::LOADI, one, 1);
  emit(Opcode::SHL_INT, lo, reg, one);
  emit(Opcode::SHR_UINT, lo, lo, one);
  emit(Opcode::OR_INT, out, lo, hi);
  return out;
}

uint16_t FuncCompiler::arith(Tok op, uint16_t x, uint16_t y, Type* t, uint16_t dst) {
  if (is_string_t(t)) {
    emit(Opcode::STR_CONCAT, dst, x, y);
    return dst;
  }
  if (is_complex_t(t)) {
    bool c64 = basic_kind(t) == BasicKind::Complex64;
    Opcode oc = op == Tok::Add ? Opcode::ADD_CPLX : op == Tok::Sub ? Opcode::SUB_CPLX
                : op == Tok::Mul ? Opcode::MUL_CPLX : Opcode::DIV_CPLX;
    emit(oc, dst, x, y);
    // complex64: computed in float64 and narrowed, as gc does (its SSA widens complex64
    // products "to minimize cancellation error" and divides via complex128div); + and - in
    // double then rounded once equal float32 arithmetic.
    if (c64) emit(Opcode::ROUND_C64, dst, dst);
    return dst;
  }
  if (is_float_t(t)) {
    Opcode oc = op == Tok::Add ? Opcode::ADD_FLOAT : op == Tok::Sub ? Opcode::SUB_FLOAT
                : op == Tok::Mul ? Opcode::MUL_FLOAT : Opcode::DIV_FLOAT;
    emit(oc, dst, x, y);
    if (basic_kind(t) == BasicKind::Float32) emit(Opcode::ROUND_F32, dst, dst);
    return dst;
  }
  bool uns = is_unsigned_t(t);
  Opcode oc;
  switch (op) {
    case Tok::Add: oc = Opcode::ADD_INT; break;
    case Tok::Sub: oc = Opcode::SUB_INT; break;
    case Tok::Mul: oc = Opcode::MUL_INT; break;
    case Tok::Quo: oc = uns ? Opcode::DIV_UINT : Opcode::DIV_INT; break;
    case Tok::Rem: oc = uns ? Opcode::REM_UINT : Opcode::REM_INT; break;
    case Tok::And: oc = Opcode::AND_INT; break;
    case Tok::Or: oc = Opcode::OR_INT; break;
    case Tok::Xor: oc = Opcode::XOR_INT; break;
    case Tok::AndNot: oc = Opcode::ANDNOT_INT; break;
    case Tok::Shl: oc = Opcode::SHL_INT; break;
    case Tok::Shr: oc = uns ? Opcode::SHR_UINT : Opcode::SHR_INT; break;
    default: oc = Opcode::ADD_INT; break;
  }
  emit(oc, dst, x, y);
  bool need;
  Opcode w = wrap_op(basic_kind(t), &need);
  if (need) emit(w, dst, dst);
  return dst;
}

size_t FuncCompiler::cond_jump(Expr* cond, bool when) {
  Expr* c = unparen(cond);
  if (c->kind == ExprKind::Binary && c->tv.mode != Mode::Constant) {
    auto* b = static_cast<BinaryExpr*>(c);
    Type* xt = b->x->tv.type;
    Type* yt = b->y->tv.type;
    bool intish = (is_int_t(xt) && !is_unsigned_t(xt) && is_int_t(yt) && !is_unsigned_t(yt)) ||
                  (basic_kind(xt) == BasicKind::Bool && basic_kind(yt) == BasicKind::Bool &&
                   (b->op == Tok::Eql || b->op == Tok::Neq));
    if (intish) {
      Opcode op = Opcode::NOP;
      // The jump is taken when (x op y) == when.
      switch (b->op) {
        case Tok::Lss: op = when ? Opcode::JLT_INT : Opcode::JGE_INT; break;
        case Tok::Leq: op = when ? Opcode::JLE_INT : Opcode::JGT_INT; break;
        case Tok::Gtr: op = when ? Opcode::JGT_INT : Opcode::JLE_INT; break;
        case Tok::Geq: op = when ? Opcode::JGE_INT : Opcode::JLT_INT; break;
        case Tok::Eql: op = when ? Opcode::JEQ_INT : Opcode::JNE_INT; break;
        case Tok::Neq: op = when ? Opcode::JNE_INT : Opcode::JEQ_INT; break;
        default: break;
      }
      // Calls first (gc's order), once the fused compare-and-branch is sure to compile b.
      std::optional<HoistScope> calls_first;
      if (op != Opcode::NOP) calls_first.emplace(*this, b);
      if (op != Opcode::NOP && b->y->tv.mode == Mode::Constant &&
          b->y->tv.val.kind == ConstValue::Int && b->y->tv.val.i >= -32768 &&
          b->y->tv.val.i <= 32767) {
        // Compare with an immediate: no register for the constant.
        Opcode opi = static_cast<Opcode>(static_cast<int>(op) + (static_cast<int>(Opcode::JLT_INTI) -
                                                                 static_cast<int>(Opcode::JLT_INT)));
        uint16_t x = expr(b->x);
        set_line(b);
        return emit(opi, x, static_cast<uint16_t>(static_cast<int16_t>(b->y->tv.val.i)));
      }
      if (op != Opcode::NOP) {
        uint16_t x = expr(b->x);
        uint16_t y = expr(b->y);
        set_line(b);
        return emit(op, x, y);
      }
    }
  }
  uint16_t r = expr(cond);
  return emit(when ? Opcode::JMP_IF : Opcode::JMP_IFNOT, r);
}

uint16_t FuncCompiler::binary(BinaryExpr* e) {
  if (e->op == Tok::LAnd || e->op == Tok::LOr) {
    // Each operand is evaluated as a statement of its own (gc: r = x; if r { r = y }).
    uint16_t r = temp(false);
    {
      HoistScope calls_first(*this, e->x);
      expr_to(e->x, r);
    }
    size_t j = emit(e->op == Tok::LAnd ? Opcode::JMP_IFNOT : Opcode::JMP_IF, r);
    {
      HoistScope calls_first(*this, e->y);
      expr_to(e->y, r);
    }
    patch_jump(j);
    return r;
  }
  HoistScope calls_first(*this, e);
  Type* xt = e->x->tv.type;
  Type* yt = e->y->tv.type;
  bool cmp = e->op == Tok::Eql || e->op == Tok::Neq || e->op == Tok::Lss || e->op == Tok::Leq ||
             e->op == Tok::Gtr || e->op == Tok::Geq;
  if (cmp) {
    // Mixed interface/concrete comparison: compare as interfaces.
    Type* ct = xt;
    if (basic_kind(xt) == BasicKind::UntypedNil) ct = yt;
    if (is_iface(xt) != is_iface(yt) && basic_kind(xt) != BasicKind::UntypedNil &&
        basic_kind(yt) != BasicKind::UntypedNil) {
      Type* it = is_iface(xt) ? xt : yt;
      uint16_t x = value_for(e->x, it);
      uint16_t y = value_for(e->y, it);
      set_line(e);
      return compare(e->op, x, y, it);
    }
    uint16_t x = expr(e->x);
    uint16_t y = expr(e->y);
    set_line(e);
    if (basic_kind(xt) == BasicKind::UntypedNil || basic_kind(yt) == BasicKind::UntypedNil) {
      uint16_t r = temp(false);
      emit(e->op == Tok::Eql ? Opcode::EQ_INT : Opcode::NE_INT, r, x, y);
      return r;
    }
    return compare(e->op, x, y, ct);
  }
  uint16_t x = expr(e->x);
  Type* t = e->tv.type;
  // x ± small constant: one instruction with an immediate.
  if ((e->op == Tok::Add || e->op == Tok::Sub) && is_int_t(t) && e->y->tv.mode == Mode::Constant &&
      e->y->tv.val.kind == ConstValue::Int) {
    __int128 k = e->y->tv.val.i;
    if (e->op == Tok::Sub) k = -k;
    if (k >= -32768 && k <= 32767) {
      set_line(e);
      uint16_t dst = temp_for(t);
      emit(Opcode::ADDI_INT, dst, x, static_cast<uint16_t>(static_cast<int16_t>(k)));
      bool need;
      Opcode w = wrap_op(basic_kind(t), &need);
      if (need) emit(w, dst, dst);
      return dst;
    }
  }
  uint16_t y = shift_count(e->op, e->y, expr(e->y));
  set_line(e);
  uint16_t dst = temp_for(t);
  return arith(e->op, x, y, t, dst);
}

uint16_t FuncCompiler::unary(UnaryExpr* e) {
  Type* t = e->tv.type;
  switch (e->op) {
    case Tok::Add: return expr(e->x);
    case Tok::Sub: {
      uint16_t x = expr(e->x);
      uint16_t r = temp_for(t);
      if (is_float_t(t)) emit(Opcode::NEG_FLOAT, r, x);
      else if (is_complex_t(t)) emit(Opcode::NEG_CPLX, r, x);
      else {
        emit(Opcode::NEG_INT, r, x);
        bool need;
        Opcode w = wrap_op(basic_kind(t), &need);
        if (need) emit(w, r, r);
      }
      return r;
    }
    case Tok::Not: {
      uint16_t x = expr(e->x);
      uint16_t r = temp(false);
      emit(Opcode::NOT, r, x);
      return r;
    }
    case Tok::Xor: {
      uint16_t x = expr(e->x);
      uint16_t r = temp(false);
      emit(Opcode::BITNOT_INT, r, x);
      bool need;
      Opcode w = wrap_op(basic_kind(t), &need);
      if (need) emit(w, r, r);
      return r;
    }
    case Tok::And: return addr_of(e->x);
    case Tok::Arrow: {
      uint16_t ch = expr(e->x);
      set_line(e);
      emit(Opcode::CHAN_RECV, win(0), ch);
      uint16_t r = temp_for(t);
      emit(Opcode::MOVE, r, win(0));
      zero_if_null(r, t);  // closed channel
      return r;
    }
    default:
      error(e->pos, "gort: unsupported unary operator");
      return temp(false);
  }
}

// ---- addresses ----
// &v: an aggregate variable is its own reference; any other lives in a box (the checker saw
// its address taken).
uint16_t FuncCompiler::addr_of_var(Var* v, Pos at) {
  if (is_aggregate(v->type)) return load_var(v);
  if (v->is_global) {
    uint16_t b = temp(true);
    emit(Opcode::LOADG, b, mc.global_of(v));
    uint16_t r = temp(true);
    emit(Opcode::REFK, r, b, 0);
    return r;
  }
  VarLoc* l = loc(v);
  if (!l || l->kind != VarLoc::Box) {
    error(at, "gort: internal compiler error: address of an unboxed variable");
    return temp(true);
  }
  uint16_t r = temp(true);
  emit(Opcode::REFK, r, l->reg, 0);
  return r;
}

uint16_t FuncCompiler::addr_of(Expr* e) {
  e = unparen(e);
  Type* t = e->tv.type;
  bool agg = is_aggregate(t);
  switch (e->kind) {
    case ExprKind::CompositeLit: {
      uint16_t v = composite(static_cast<CompositeLit*>(e));
      if (agg) return v;
      // &[]int{...} / &map[K]V{...}: a pointer to a fresh variable holding the value.
      uint16_t b = temp(true);
      emit(Opcode::BOX_NEW, b, mc.type_index(t));
      emit(Opcode::BOX_STORE, b, v);
      uint16_t r = temp(true);
      emit(Opcode::REFK, r, b, 0);
      return r;
    }
    case ExprKind::Ident: return addr_of_var(static_cast<Var*>(static_cast<Ident*>(e)->obj), e->pos);
    case ExprKind::Selector: {
      auto* s = static_cast<SelectorExpr*>(e);
      if (s->selection.kind == Selection::Qualified) {  // &os.Args, &flag.CommandLine
        Object* o = s->selection.obj ? s->selection.obj : s->sel->obj;
        if (o && o->kind == ObjKind::Var) return addr_of_var(static_cast<Var*>(o), e->pos);
        break;
      }
      if (s->selection.kind != Selection::Field) break;
      uint16_t base = expr(s->x);
      Type* bt = s->x->tv.type;
      if (under(bt)->kind == TypeKind::Pointer) bt = static_cast<Pointer*>(under(bt))->elem;
      base = walk_path(base, bt, s->selection.path, s->selection.path.size() - 1);
      int fi = s->selection.path.back();
      uint16_t r = temp(true);
      set_line(e);
      if (agg) emit(Opcode::FIELD, r, base, fi);
      else emit(Opcode::REFK, r, base, fi);
      return r;
    }
    case ExprKind::Index: {
      auto* ix = static_cast<IndexExpr*>(e);
      uint16_t x = expr(ix->x);
      uint16_t i = expr(ix->index);
      Type* xt = under(ix->x->tv.type);
      uint16_t r = temp(true);
      set_line(e);
      if (xt->kind == TypeKind::Slice) emit(agg ? Opcode::SLICE_LOAD : Opcode::SLICE_REF, r, x, i);
      else emit(agg ? Opcode::ARR_LOAD : Opcode::REF, r, x, i);
      return r;
    }
    case ExprKind::Star: return expr(static_cast<StarExpr*>(e)->x);
    default: break;
  }
  error(e->pos, "gort: cannot take this address yet");
  return temp(true);
}

// Follows embedded-field steps path[0..n) from r (of type t; pointers are dereferenced).
uint16_t FuncCompiler::walk_path(uint16_t r, Type*& t, const std::vector<int>& path, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    Type* u = under(t);
    if (u->kind == TypeKind::Pointer) {
      t = static_cast<Pointer*>(u)->elem;
      u = under(t);
    }
    auto* st = static_cast<Struct*>(u);
    Var* f = st->fields[path[i]];
    uint16_t nr = temp_for(f->type);
    emit(Opcode::FIELD, nr, r, path[i]);
    r = nr;
    t = f->type;
  }
  return r;
}

uint16_t FuncCompiler::selector(SelectorExpr* e) {
  Selection& s = e->selection;
  switch (s.kind) {
    case Selection::Qualified: {
      Object* o = s.obj ? s.obj : e->sel->obj;
      if (o->kind == ObjKind::Func) return func_value(static_cast<Func*>(o));
      if (o->kind == ObjKind::Const) return constant(static_cast<Const*>(o)->val, e->tv.type);
      if (o->kind == ObjKind::Var) return load_var(static_cast<Var*>(o));
      break;
    }
    case Selection::Field: {
      uint16_t base = expr(e->x);
      Type* bt = e->x->tv.type;
      set_line(e);
      base = walk_path(base, bt, s.path, s.path.size() - 1);
      Type* u = under(bt);
      if (u->kind == TypeKind::Pointer) u = under(static_cast<Pointer*>(u)->elem);
      uint16_t r = temp_for(e->tv.type);
      emit(Opcode::FIELD, r, base, s.path.back());
      return r;
    }
    case Selection::Method: return method_value(e);
    case Selection::MethodExpr: {
      Func* f = static_cast<Func*>(s.obj);
      Type* rt = e->x->tv.type;  // T or *T (or an interface type)
      bool via_ptr_to_value = under(rt)->kind == TypeKind::Pointer && !f->ptr_recv;
      if (is_iface(rt) || !s.path.empty() || via_ptr_to_value) {
        // An adapter taking the receiver first: interface dispatch, embedded path, deref.
        uint32_t pi = mc.method_wrapper(rt, s.path, f, is_iface(rt) && s.path.empty());
        uint16_t r = temp(true);
        emit(Opcode::CLOSURE, r, pi, 0);
        return r;
      }
      return func_value(f);
    }
    default: break;
  }
  error(e->pos, "gort: unsupported selector");
  return temp(false);
}

uint16_t FuncCompiler::func_value(Func* f) {
  uint16_t r = temp(true);
  int32_t p = mc.proto_of(f);
  if (p >= 0) {
    emit(Opcode::CLOSURE, r, p, 0);
  } else {
    uint32_t ni = mc.native_index(f->qualified_name(), Pos{f->line, f->col});
    emit(Opcode::NATIVE_FUNC, r, ni);
  }
  return r;
}

// x.M as a value: a func literal proto capturing the receiver in a box.
uint16_t FuncCompiler::method_value(SelectorExpr* e) {
  Func* m = static_cast<Func*>(e->selection.obj);
  Signature* sig = m->sig();
  bool iface = is_iface(e->x->tv.type) && e->selection.path.empty();
  uint16_t recv;
  Type* rt;
  if (iface) {
    recv = expr(e->x);
    rt = e->x->tv.type;
  } else {
    recv = receiver(e, m);
    rt = sig->recv ? sig->recv->type : e->x->tv.type;
  }
  // Build the wrapper proto: params (sig params..., closure); capture 0 = box(receiver).
  uint32_t pi = mc.new_proto(proto()->name + "-fm");
  mc.m.protos[pi].file = proto()->file;  // nested code: its function's file
  {
    FuncCompiler fc(mc, pi, this);
    vm::Proto* p = fc.proto();
    std::vector<uint16_t> args;
    std::vector<Type*> rts;
    size_t np = sig->params ? sig->params->vars.size() : 0;
    for (size_t i = 0; i < np; ++i) args.push_back(fc.reg(holds_ptr(sig->params->vars[i]->type)));
    uint16_t clo = fc.reg(true);
    p = fc.proto();
    p->nparams = static_cast<uint16_t>(np + 1);
    p->nresults = static_cast<uint16_t>(sig->results ? sig->results->vars.size() : 0);
    p->ncaptures = 1;
    fc.line_ = e->pos.line;
    uint16_t box = fc.reg(true);
    fc.emit(Opcode::CAPTURE, box, clo, 0);
    uint16_t rv = fc.reg(holds_ptr(rt) || iface);
    fc.emit(Opcode::BOX_LOAD, rv, box);
    if (!iface && is_aggregate(rt) && !m->ptr_recv) {
      uint16_t c = fc.reg(true);
      fc.emit(Opcode::AGG_COPY, c, rv, mc.type_index(rt));
      rv = c;
    }
    std::vector<uint16_t> all{rv};
    for (uint16_t a : args) all.push_back(a);
    if (sig->results) for (Var* v : sig->results->vars) rts.push_back(v->type);
    Callee c;
    if (iface) {
      c.kind = Callee::Iface;
      c.index = mc.method_name(m->name);
    } else {
      c = fc.callee_of(m);
    }
    std::vector<uint16_t> res = fc.emit_call(c, all, rts);
    for (size_t i = 0; i < res.size(); ++i) fc.emit(Opcode::MOVE, fc.win(static_cast<int>(i)), res[i]);
    fc.emit(Opcode::RET, fc.win(0), static_cast<int>(res.size()));
    fc.finish();
  }
  uint16_t box = temp(true);
  emit(Opcode::BOX_NEW, box, mc.type_index(iface ? e->x->tv.type : rt));
  emit(Opcode::BOX_STORE, box, recv);
  emit(Opcode::MOVE, win(0), box);
  uint16_t r = temp(true);
  emit(Opcode::CLOSURE, r, pi, win(0));
  return r;
}

uint16_t FuncCompiler::index(IndexExpr* e) {
  Type* xt = under(e->x->tv.type);
  uint16_t x = expr(e->x);
  if (xt->kind == TypeKind::Map) {
    auto* mt = static_cast<Map*>(xt);
    uint16_t k = value_for(e->index, mt->key);
    set_line(e);
    uint16_t r = temp_for(mt->elem);
    emit(Opcode::MAP_GET, r, x, k);
    zero_if_null(r, mt->elem);  // a missing key or a nil map
    return r;
  }
  uint16_t i = expr(e->index);
  set_line(e);
  uint16_t r = temp_for(e->tv.type);
  if (is_string_t(e->x->tv.type)) emit(Opcode::STR_INDEX, r, x, i);
  else if (xt->kind == TypeKind::Slice) emit(Opcode::SLICE_LOAD, r, x, i);
  else emit(Opcode::ARR_LOAD, r, x, i);  // array or pointer to array
  return r;
}

uint16_t FuncCompiler::slice_expr(SliceExpr* e) {
  Type* xt = under(e->x->tv.type);
  uint16_t x = expr(e->x);
  // lo, hi, max in three consecutive window registers (scalars; no safepoint before use).
  uint16_t lo = e->lo ? expr(e->lo) : 0, hi = e->hi ? expr(e->hi) : 0, mx = e->max ? expr(e->max) : 0;
  if (e->lo) emit(Opcode::MOVE, win(0), lo); else emit(Opcode::LOADI, win(0), 0);
  if (e->hi) emit(Opcode::MOVE, win(1), hi); else emit(Opcode::LOADI, win(1), 0);
  if (e->max) emit(Opcode::MOVE, win(2), mx); else emit(Opcode::LOADI, win(2), 0);
  set_line(e);
  uint16_t r = temp_for(e->tv.type);
  if (is_string_t(e->x->tv.type)) {
    if (!e->hi) emit(Opcode::STR_LEN, win(1), x);
    emit(Opcode::STR_SLICE, r, x, win(0));
    return r;
  }
  emit(xt->kind == TypeKind::Slice ? Opcode::SLICE_SLICE : Opcode::ARRAY_SLICE, r, x, win(0));
  emit_ext(e->hi ? 1 : 0, e->max ? 1 : 0);
  return r;
}

uint16_t FuncCompiler::composite(CompositeLit* e) {
  Type* t = e->tv.type;
  Type* u = under(t);
  if (u->kind == TypeKind::Pointer) {  // &T{...} elided inside an outer literal
    t = static_cast<Pointer*>(u)->elem;
    u = under(t);
  }
  set_line(e);
  uint16_t r = temp(true);
  switch (u->kind) {
    case TypeKind::Struct: {
      auto* st = static_cast<Struct*>(u);
      emit(Opcode::AGG_NEW, r, mc.type_index(t));
      for (size_t i = 0; i < e->elts.size(); ++i) {
        Expr* el = e->elts[i];
        size_t fi = i;
        if (el->kind == ExprKind::KeyValue) {
          auto* kv = static_cast<KeyValueExpr*>(el);
          auto* key = static_cast<Ident*>(kv->key);
          for (size_t k = 0; k < st->fields.size(); ++k)
            if (st->fields[k]->name == key->name) fi = k;
          el = kv->value;
        }
        size_t mark = temps_.size();
        uint16_t v = value_for(el, st->fields[fi]->type);
        emit(Opcode::SETFIELD, r, static_cast<int>(fi), v);
        release_temps(mark);
      }
      return r;
    }
    case TypeKind::Array:
    case TypeKind::Slice: {
      bool slice = u->kind == TypeKind::Slice;
      Type* et = slice ? static_cast<Slice*>(u)->elem : static_cast<Array*>(u)->elem;
      // Length: the highest index + 1.
      int64_t n = 0, idx = 0;
      for (Expr* el : e->elts) {
        if (el->kind == ExprKind::KeyValue) idx = static_cast<KeyValueExpr*>(el)->key->tv.val.as_int64();
        ++idx;
        if (idx > n) n = idx;
      }
      if (slice) {
        load_int(win(0), n);
        load_int(win(1), n);
        emit(Opcode::SLICE_MAKE, r, win(0), mc.type_index(et));
      } else {
        emit(Opcode::AGG_NEW, r, mc.type_index(t));
      }
      idx = 0;
      uint16_t ir = temp(false);
      for (Expr* el : e->elts) {
        if (el->kind == ExprKind::KeyValue) {
          idx = static_cast<KeyValueExpr*>(el)->key->tv.val.as_int64();
          el = static_cast<KeyValueExpr*>(el)->value;
        }
        size_t mark = temps_.size();
        uint16_t v = value_for(el, et);
        load_int(ir, idx);
        emit(slice ? Opcode::SLICE_STORE : Opcode::ARR_STORE, r, ir, v);
        release_temps(mark);
        ++idx;
      }
      return r;
    }
    case TypeKind::Map: {
      auto* mt = static_cast<Map*>(u);
      load_int(win(0), static_cast<int64_t>(e->elts.size()));
      emit(Opcode::MAP_MAKE, r, win(0), mc.type_index(t));
      for (Expr* el : e->elts) {
        auto* kv = static_cast<KeyValueExpr*>(el);
        size_t mark = temps_.size();
        uint16_t k = value_for(kv->key, mt->key);
        uint16_t v = value_for(kv->value, mt->elem);
        emit(Opcode::MAP_SET, r, k, v);
        release_temps(mark);
      }
      return r;
    }
    default:
      error(e->pos, "gort: unsupported composite literal");
      return r;
  }
}

uint16_t FuncCompiler::func_lit(FuncLit* e) {
  // gc's names: literals numbered per enclosing top-level function (main.main.func1), nested
  // ones per enclosing literal (main.main.func1.1).
  std::string name = is_lit_ ? proto()->name + "." + std::to_string(++lit_counter_)
                             : proto()->name + ".func" + std::to_string(++lit_counter_);
  uint32_t pi = mc.new_proto(name);
  mc.m.protos[pi].file = proto()->file;  // nested code: its function's file
  {
    FuncCompiler fc(mc, pi, this);
    fc.is_lit_ = true;
    fc.line_ = e->pos.line;
    fc.compile_func(nullptr, e->sig, e->body, &e->captures, true);
  }
  // Captured variables are boxes in this function (or captured boxes from our own closure).
  for (size_t i = 0; i < e->captures.size(); ++i) {
    Var* v = e->captures[i];
    VarLoc* l = loc(v);
    if (!l || l->kind != VarLoc::Box) {
      error(e->pos, "gort: internal compiler error: captured variable " + v->name + " is not boxed");
      continue;
    }
    emit(Opcode::MOVE, win(static_cast<int>(i)), l->reg);
  }
  uint16_t r = temp(true);
  if (!e->captures.empty()) win(static_cast<int>(e->captures.size()));
  emit(Opcode::CLOSURE, r, pi, win(0));
  return r;
}

uint16_t FuncCompiler::type_assert(TypeAssertExpr* e, uint16_t* ok) {
  uint16_t x = expr(e->x);
  Type* t = e->type->tv.type ? e->type->tv.type : e->tv.type;
  set_line(e);
  uint16_t v = temp_for(t);
  if (ok) {
    emit(Opcode::ASSERT2, win(0), x, mc.type_index(t));
    emit_ext(mc.type_index(e->x->tv.type));
    win(1);
    *ok = temp(false);
    emit(Opcode::MOVE, v, win(0));
    emit(Opcode::MOVE, *ok, win(1));
  } else {
    emit(Opcode::ASSERT, v, x, mc.type_index(t));
    emit_ext(mc.type_index(e->x->tv.type));
  }
  // An aggregate out of an interface is the interface's own object: copy (interfaces are
  // immutable values in Go).
  if (is_aggregate(t)) {
    uint16_t c = temp(true);
    if (ok) {
      size_t j = emit(Opcode::JMP_IFNOT, *ok);
      emit(Opcode::AGG_COPY, c, v, mc.type_index(t));
      size_t j2 = emit(Opcode::JMP);
      patch_jump(j);
      emit(Opcode::AGG_NEW, c, mc.type_index(t));
      patch_jump(j2);
    } else {
      emit(Opcode::AGG_COPY, c, v, mc.type_index(t));
    }
    return c;
  }
  return v;
}

}  // namespace gort::lang
