// engine/lang/check_expr.cpp — typing expressions: identifiers (with capture/escape facts),
// selectors (fields, promoted fields and methods, qualified identifiers), calls, conversions,
// builtins, operators with untyped constants, composite literals, function literals, indexing,
// slicing and type assertions. Messages follow types2.
#include <algorithm>
#include <cmath>
#include <map>

#include "lang/checker.h"
#include "lang/type_preds.h"
#include "lang/type_size.h"

namespace gort::lang {

// ---------------------------------------------------------------------------------------------
// Printing

static const char* op_str(Tok t) { return tok_str(t); }

static void write_expr(std::string& s, const Expr* e, int depth);

static void write_fields(std::string& s, const std::vector<Field*>& fs, const char* sep, int depth) {
  for (size_t i = 0; i < fs.size(); i++) {
    if (i) s += sep;
    for (size_t k = 0; k < fs[i]->names.size(); k++) {
      if (k) s += ", ";
      s += fs[i]->names[k]->name;
    }
    if (!fs[i]->names.empty()) s += " ";
    write_expr(s, fs[i]->type, depth + 1);
  }
}

static void write_expr(std::string& s, const Expr* e, int depth) {
  if (!e) return;
  if (depth > 100) {
    s += "…";
    return;
  }
  switch (e->kind) {
    case ExprKind::Bad: s += "BadExpr"; break;
    case ExprKind::Ident: s += static_cast<const Ident*>(e)->name; break;
    case ExprKind::BasicLit: s += static_cast<const BasicLit*>(e)->lit; break;
    case ExprKind::CompositeLit: {
      auto c = static_cast<const CompositeLit*>(e);
      write_expr(s, c->type, depth + 1);
      s += c->elts.empty() ? "{}" : "{…}";
      break;
    }
    case ExprKind::FuncLit: {
      auto f = static_cast<const FuncLit*>(e);
      write_expr(s, f->type, depth + 1);
      s += " {…}";
      break;
    }
    case ExprKind::Paren:
      s += "(";
      write_expr(s, static_cast<const ParenExpr*>(e)->x, depth + 1);
      s += ")";
      break;
    case ExprKind::Selector: {
      auto x = static_cast<const SelectorExpr*>(e);
      write_expr(s, x->x, depth + 1);
      s += "." + x->sel->name;
      break;
    }
    case ExprKind::Index: {
      auto x = static_cast<const IndexExpr*>(e);
      write_expr(s, x->x, depth + 1);
      s += "[";
      write_expr(s, x->index, depth + 1);
      for (const Expr* a : x->extra) {
        s += ", ";
        write_expr(s, a, depth + 1);
      }
      s += "]";
      break;
    }
    case ExprKind::Slice: {
      auto x = static_cast<const SliceExpr*>(e);
      write_expr(s, x->x, depth + 1);
      s += "[";
      write_expr(s, x->lo, depth + 1);
      s += ":";
      write_expr(s, x->hi, depth + 1);
      if (x->slice3) {
        s += ":";
        write_expr(s, x->max, depth + 1);
      }
      s += "]";
      break;
    }
    case ExprKind::TypeAssert: {
      auto x = static_cast<const TypeAssertExpr*>(e);
      write_expr(s, x->x, depth + 1);
      s += ".(";
      if (x->type) write_expr(s, x->type, depth + 1);
      else s += "type";
      s += ")";
      break;
    }
    case ExprKind::Call: {
      auto c = static_cast<const CallExpr*>(e);
      write_expr(s, c->fun, depth + 1);
      s += "(";
      for (size_t i = 0; i < c->args.size(); i++) {
        if (i) s += ", ";
        write_expr(s, c->args[i], depth + 1);
      }
      if (c->has_ellipsis) s += "...";
      s += ")";
      break;
    }
    case ExprKind::Star:
      s += "*";
      write_expr(s, static_cast<const StarExpr*>(e)->x, depth + 1);
      break;
    case ExprKind::Unary: {
      auto u = static_cast<const UnaryExpr*>(e);
      s += op_str(u->op);
      write_expr(s, u->x, depth + 1);
      break;
    }
    case ExprKind::Binary: {
      auto b = static_cast<const BinaryExpr*>(e);
      write_expr(s, b->x, depth + 1);
      s += " ";
      s += op_str(b->op);
      s += " ";
      write_expr(s, b->y, depth + 1);
      break;
    }
    case ExprKind::KeyValue: {
      auto kv = static_cast<const KeyValueExpr*>(e);
      write_expr(s, kv->key, depth + 1);
      s += ": ";
      write_expr(s, kv->value, depth + 1);
      break;
    }
    case ExprKind::ArrayType: {
      auto a = static_cast<const ArrayType*>(e);
      s += "[";
      if (a->len && a->len->kind == ExprKind::Ellipsis) s += "...";
      else write_expr(s, a->len, depth + 1);
      s += "]";
      write_expr(s, a->elem, depth + 1);
      break;
    }
    case ExprKind::StructType: {
      auto st = static_cast<const StructType*>(e);
      s += "struct{";
      write_fields(s, st->fields, "; ", depth);
      s += "}";
      break;
    }
    case ExprKind::FuncType: {
      auto f = static_cast<const FuncType*>(e);
      s += "func(";
      write_fields(s, f->params, ", ", depth);
      s += ")";
      if (f->results.size() == 1 && f->results[0]->names.empty()) {
        s += " ";
        write_expr(s, f->results[0]->type, depth + 1);
      } else if (!f->results.empty()) {
        s += " (";
        write_fields(s, f->results, ", ", depth);
        s += ")";
      }
      break;
    }
    case ExprKind::InterfaceType: {
      auto it = static_cast<const InterfaceType*>(e);
      if (it->methods.empty()) {
        s += "interface{}";
        break;
      }
      s += "interface{";
      for (size_t i = 0; i < it->methods.size(); i++) {
        if (i) s += "; ";
        const Field* f = it->methods[i];
        if (!f->names.empty()) {
          s += f->names[0]->name;
          std::string t;
          write_expr(t, f->type, depth + 1);
          s += t.substr(4);
        } else {
          write_expr(s, f->type, depth + 1);
        }
      }
      s += "}";
      break;
    }
    case ExprKind::MapType: {
      auto m = static_cast<const MapType*>(e);
      s += "map[";
      write_expr(s, m->key, depth + 1);
      s += "]";
      write_expr(s, m->value, depth + 1);
      break;
    }
    case ExprKind::ChanType: {
      auto c = static_cast<const ChanType*>(e);
      s += c->dir == ChanDir::Send ? "chan<- " : c->dir == ChanDir::Recv ? "<-chan " : "chan ";
      write_expr(s, c->value, depth + 1);
      break;
    }
    case ExprKind::Ellipsis:
      s += "...";
      write_expr(s, static_cast<const EllipsisExpr*>(e)->elt, depth + 1);
      break;
  }
}

std::string expr_string(const Expr* e) {
  std::string s;
  write_expr(s, e, 0);
  return s;
}

static const char* composite_kind(Type* t) {
  Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::Array: return "array";
    case TypeKind::Slice: return "slice";
    case TypeKind::Struct: return "struct";
    case TypeKind::Pointer: return "pointer";
    case TypeKind::Signature: return "func";
    case TypeKind::Interface: return "interface";
    case TypeKind::Map: return "map";
    case TypeKind::Chan: return "chan";
    case TypeKind::Tuple: return "tuple";
    default: return "";
  }
}

// types2 operand.String: "x (variable of type int)", "1 << 70 (untyped int constant 1180...)".
std::string Checker::operand_string(const Expr* e) {
  std::string ex = expr_string(e);
  const TypeAndValue& tv = e->tv;
  if (tv.type && tv.type->kind == TypeKind::Basic &&
      static_cast<Basic*>(tv.type)->bkind == BasicKind::UntypedNil)
    return "nil";
  std::string s = ex + " (";
  bool has_type = false;
  switch (tv.mode) {
    case Mode::Invalid: case Mode::NoValue: case Mode::Builtin: case Mode::TypeExpr: break;
    default:
      if (tv.type) {
        if (is_untyped(tv.type)) {
          s += static_cast<Basic*>(tv.type)->name;
          s += " ";
        } else {
          has_type = true;
        }
      }
  }
  switch (tv.mode) {
    case Mode::Invalid: s += "invalid operand"; break;
    case Mode::NoValue: s += "no value"; break;
    case Mode::Builtin: s += "built-in"; break;
    case Mode::TypeExpr: s += "type"; break;
    case Mode::Constant: s += "constant"; break;
    case Mode::Variable: s += "variable"; break;
    case Mode::MapIndex: s += "map index expression"; break;
    case Mode::Value: s += "value"; break;
    case Mode::CommaOk: s += "comma, ok expression"; break;
  }
  if (tv.mode == Mode::Constant) {
    std::string v = tv.val.to_string();
    if (v != ex) s += " " + v;
  }
  if (has_type) {
    std::string desc;
    if (tv.type->kind == TypeKind::Named) {
      const char* what = composite_kind(tv.type);
      if (!*what) {
        Type* u = underlying(tv.type);
        what = u->kind == TypeKind::Basic ? static_cast<Basic*>(u)->name : "";
      }
      desc = std::string(what) + " ";
    }
    s += " of " + desc + "type " + type_string(tv.type);
    if (tv.type->kind == TypeKind::TypeParam) {
      Type* c = static_cast<TypeParam*>(tv.type)->constraint;
      std::string cs = c ? type_string(c) : "any";
      s += " constrained by " + (cs == "interface{}" ? std::string("any") : cs);
    }
  }
  return s + ")";
}

// ---------------------------------------------------------------------------------------------
// Helpers

// types2's hasCallOrRecv: whether evaluating e (already checked) calls a function or receives
// from a channel. Conversions and builtin calls folded to constants do not count; a function
// literal's body is not evaluated by the expression.
static bool has_call_or_recv(const Expr* e) {
  if (!e) return false;
  switch (e->kind) {
    case ExprKind::Call: {
      auto* c = static_cast<const CallExpr*>(e);
      if (c->call_kind != CallKind::Conversion && !(c->call_kind == CallKind::Builtin && e->tv.mode == Mode::Constant))
        return true;
      for (const Expr* a : c->args)
        if (has_call_or_recv(a)) return true;
      return false;
    }
    case ExprKind::Unary: {
      auto* u = static_cast<const UnaryExpr*>(e);
      return u->op == Tok::Arrow || has_call_or_recv(u->x);
    }
    case ExprKind::Paren: return has_call_or_recv(static_cast<const ParenExpr*>(e)->x);
    case ExprKind::Selector: return has_call_or_recv(static_cast<const SelectorExpr*>(e)->x);
    case ExprKind::Star: return has_call_or_recv(static_cast<const StarExpr*>(e)->x);
    case ExprKind::Index: {
      auto* ix = static_cast<const IndexExpr*>(e);
      return has_call_or_recv(ix->x) || has_call_or_recv(ix->index);
    }
    case ExprKind::Slice: {
      auto* sl = static_cast<const SliceExpr*>(e);
      return has_call_or_recv(sl->x) || has_call_or_recv(sl->lo) || has_call_or_recv(sl->hi) || has_call_or_recv(sl->max);
    }
    case ExprKind::TypeAssert: return has_call_or_recv(static_cast<const TypeAssertExpr*>(e)->x);
    case ExprKind::Binary: {
      auto* b = static_cast<const BinaryExpr*>(e);
      return has_call_or_recv(b->x) || has_call_or_recv(b->y);
    }
    case ExprKind::KeyValue: {
      auto* kv = static_cast<const KeyValueExpr*>(e);
      return has_call_or_recv(kv->key) || has_call_or_recv(kv->value);
    }
    case ExprKind::CompositeLit:
      for (const Expr* el : static_cast<const CompositeLit*>(e)->elts)
        if (has_call_or_recv(el)) return true;
      return false;
    default: return false;
  }
}

static Expr* unparen(Expr* e) {
  while (e && e->kind == ExprKind::Paren) e = static_cast<ParenExpr*>(e)->x;
  return e;
}
Type* Checker::default_type(Type* t) {
  Basic* b = t && t->kind == TypeKind::Basic ? static_cast<Basic*>(t) : nullptr;
  if (!b) return t;
  switch (b->bkind) {
    case BasicKind::UntypedBool: return ctx_.basic(BasicKind::Bool);
    case BasicKind::UntypedInt: return ctx_.basic(BasicKind::Int);
    case BasicKind::UntypedRune: return ctx_.rune_type();
    case BasicKind::UntypedFloat: return ctx_.basic(BasicKind::Float64);
    case BasicKind::UntypedComplex: return ctx_.basic(BasicKind::Complex128);
    case BasicKind::UntypedString: return ctx_.basic(BasicKind::String);
    default: return t;
  }
}

bool Checker::comparable(Type* t) {
  // types2's comparable keeps a seen set: an invalid recursive type (type T struct{ a [2]T },
  // possibly not yet reported) must not recurse without bound.
  if (t && t->kind == TypeKind::Named) {
    if (comparing_.count(t)) return true;
    comparing_.insert(t);
    bool r = comparable_impl(t);
    comparing_.erase(t);
    return r;
  }
  return comparable_impl(t);
}

bool Checker::comparable_impl(Type* t) {
  if (t && t->kind == TypeKind::TypeParam) {
    Type* c = underlying(t);
    if (!c || c->kind != TypeKind::Interface) return false;
    auto* it = static_cast<Interface*>(c);
    if (it->is_comparable) return true;
    if (!it->has_terms || it->all_terms.empty()) return false;
    for (const Term& term : it->all_terms)
      if (!comparable(term.type)) return false;
    return true;
  }
  Type* u = underlying(t);
  if (!u) return false;
  switch (u->kind) {
    case TypeKind::Basic: return static_cast<Basic*>(u)->bkind != BasicKind::UntypedNil;
    case TypeKind::Pointer: case TypeKind::Chan: case TypeKind::Interface: return true;
    case TypeKind::Struct:
      for (Var* f : static_cast<Struct*>(u)->fields)
        if (!comparable(f->type)) return false;
      return true;
    case TypeKind::Array: return comparable(static_cast<Array*>(u)->elem);
    default: return false;
  }
}

bool Checker::representable(const ConstValue& v0, Basic* t, ConstValue* rounded, std::string* why) {
  *rounded = v0;
  BasicKind k = t->bkind;
  // A complex constant with a zero imaginary part stands for its real part in a real type
  // (go/constant's ToFloat/ToInt); a non-zero one cannot (types2: "truncated" to an integer,
  // "overflows" a float).
  ConstValue v = v0;
  bool to_complex = k == BasicKind::Complex64 || k == BasicKind::Complex128 || k == BasicKind::UntypedComplex;
  if (v0.kind == ConstValue::Complex && !to_complex) {
    bool real_kind = (k >= BasicKind::Int && k <= BasicKind::Float64) || k == BasicKind::UntypedInt ||
                     k == BasicKind::UntypedRune || k == BasicKind::UntypedFloat;
    if (!real_kind) {
      *why = "";
      return false;
    }
    if (!v0.im.is_zero()) {
      *why = (k >= BasicKind::Float32 && k <= BasicKind::Float64) || k == BasicKind::UntypedFloat ? "overflows" : "truncated";
      return false;
    }
    v = ConstValue::make_float(v0.re);
    *rounded = v;
  }
  // Exact values are rounded once, when they get a float type (float32(0.1) rounds 0.1, not
  // float64(0.1)).
  auto round_float = [&](const BigRat& r, bool f32, BigRat* out) -> bool {
    bool ovf = false;
    long double f = f32 ? static_cast<long double>(r.to_float(&ovf)) : static_cast<long double>(r.to_double(&ovf));
    if (ovf) return false;
    *out = BigRat::from_long_double(f);
    return true;
  };
  if (to_complex) {
    BigRat re, im;
    if (v.kind == ConstValue::Int || v.kind == ConstValue::Float) re = v.re;
    else if (v.kind == ConstValue::Complex) { re = v.re; im = v.im; }
    else {
      *why = "";
      return false;
    }
    if (k != BasicKind::UntypedComplex) {
      bool f32 = k == BasicKind::Complex64;
      if (!round_float(re, f32, &re) || !round_float(im, f32, &im)) {
        *why = "overflows";
        return false;
      }
    }
    *rounded = ConstValue::make_complex(re, im);
    return true;
  }
  // Integer targets: types2 says "truncated" for any non-integer operand (float -> integer)
  // and "overflows" for an integer out of range.
  auto int_range = [&](const BigInt* lo, const BigInt* hi) -> bool {
    BigInt x;
    if (v.kind == ConstValue::Int) {
      x = v.re.num();
    } else if (v.kind == ConstValue::Float) {
      if (!v.re.is_int()) {
        *why = "truncated";
        return false;
      }
      x = v.re.num();
    } else {
      *why = "";
      return false;
    }
    if ((lo && cmp(x, *lo) < 0) || (hi && cmp(x, *hi) > 0)) {
      *why = "overflows";
      return false;
    }
    *rounded = ConstValue::make_int(std::move(x));
    return true;
  };
  auto range = [&](__int128 lo, __int128 hi) {
    BigInt l = BigInt::from_i128(lo), h = BigInt::from_i128(hi);
    return int_range(&l, &h);
  };
  const __int128 one = 1;
  switch (k) {
    case BasicKind::Int: case BasicKind::Int64: return range(-(one << 63), (one << 63) - 1);
    case BasicKind::Int8: return range(-128, 127);
    case BasicKind::Int16: return range(-32768, 32767);
    case BasicKind::Int32: return range(-(one << 31), (one << 31) - 1);
    case BasicKind::Uint: case BasicKind::Uint64: case BasicKind::Uintptr: return range(0, (one << 64) - 1);
    case BasicKind::Uint8: return range(0, 255);
    case BasicKind::Uint16: return range(0, 65535);
    case BasicKind::Uint32: return range(0, (one << 32) - 1);
    case BasicKind::UntypedInt: case BasicKind::UntypedRune: return int_range(nullptr, nullptr);
    case BasicKind::Float32: case BasicKind::Float64: case BasicKind::UntypedFloat: {
      if (v.kind != ConstValue::Int && v.kind != ConstValue::Float) {
        *why = "";
        return false;
      }
      BigRat r = v.re;
      // Overflow is a value that rounds to infinity (go/constant's roundFloat32/64):
      // 3.4028235e38 is just above MaxFloat32 but rounds to it.
      if (k != BasicKind::UntypedFloat && !round_float(r, k == BasicKind::Float32, &r)) {
        *why = "overflows";
        return false;
      }
      *rounded = ConstValue::make_float(std::move(r));
      return true;
    }
    case BasicKind::String: case BasicKind::UntypedString:
      if (v.kind != ConstValue::String) { *why = ""; return false; }
      return true;
    case BasicKind::Bool: case BasicKind::UntypedBool:
      if (v.kind != ConstValue::Bool) { *why = ""; return false; }
      return true;
    default:
      *why = "";
      return false;
  }
}

// Sets the (final) type of an untyped expression tree, as types2's updateExprType.
void Checker::set_type_rec(Expr* x, Type* t) {
  if (!x) return;
  Type* old = x->tv.type;
  if (!is_untyped(old)) return;
  switch (x->kind) {
    case ExprKind::Paren: set_type_rec(static_cast<ParenExpr*>(x)->x, t); break;
    case ExprKind::Unary: {
      UnaryExpr* u = static_cast<UnaryExpr*>(x);
      if (u->op != Tok::Arrow && u->op != Tok::And) set_type_rec(u->x, t);
      break;
    }
    case ExprKind::Binary: {
      BinaryExpr* b = static_cast<BinaryExpr*>(x);
      if (tok_precedence(b->op) == 3) break;  // comparison: operands keep their own types
      if (b->op == Tok::Shl || b->op == Tok::Shr) {
        set_type_rec(b->x, t);
        break;
      }
      set_type_rec(b->x, t);
      set_type_rec(b->y, t);
      break;
    }
    default: break;
  }
  // A constant keeps a value rounded to its final type.
  if (x->tv.mode == Mode::Constant) {
    if (Basic* b = as_basic(t)) {
      ConstValue r;
      std::string why;
      if (!is_untyped(b) && representable(x->tv.val, b, &r, &why)) x->tv.val = r;
    }
  }
  x->tv.type = t;
}

bool Checker::implicit_convert(Expr* x, Type* target, std::string* reason) {
  *reason = "";
  Type* xt = x->tv.type;
  if (!is_untyped(xt) || is_invalid_type(target)) return true;
  Basic* xb = static_cast<Basic*>(xt);
  if (is_untyped(target)) {
    // Both untyped: the larger kind wins (int < rune < float < complex); bool/string/nil must match.
    Basic* tb = static_cast<Basic*>(target);
    if (is_numeric_or_complex(xt) && is_numeric_or_complex(target)) {
      if (tb->bkind > xb->bkind) set_type_rec(x, target);
      return true;
    }
    return xb->bkind == tb->bkind;
  }
  if (target->kind == TypeKind::TypeParam) {
    // Representable in every type of the type set (the value is then no longer constant).
    if (xb->bkind == BasicKind::UntypedNil) {
      if (!has_nil(target)) return false;
    } else {
      const std::vector<Term>* ts = tparam_terms(target);
      if (!ts || ts->empty()) return false;
      for (const Term& term : *ts) {
        Basic* tb = as_basic(term.type);
        if (!tb) return false;
        if (x->tv.mode == Mode::Constant) {
          ConstValue r;
          if (!representable(x->tv.val, tb, &r, reason)) return false;
        } else if ((xb->bkind == BasicKind::UntypedBool) != (tb->bkind == BasicKind::Bool)) {
          return false;
        }
      }
    }
    set_type_rec(x, target);
    if (x->tv.mode == Mode::Constant) x->tv.mode = Mode::Value;
    return true;
  }
  Type* u = underlying(target);
  if (u->kind == TypeKind::Basic) {
    Basic* tb = static_cast<Basic*>(u);
    if (xb->bkind == BasicKind::UntypedNil) return tb->bkind == BasicKind::UnsafePointer;
    if (x->tv.mode == Mode::Constant) {
      ConstValue r;
      if (!representable(x->tv.val, tb, &r, reason)) {
        // types2's representation(): float -> integer is "truncated" even when integral.
        if (!reason->empty() && (xb->bkind == BasicKind::UntypedFloat || xb->bkind == BasicKind::UntypedComplex) &&
            is_integer(tb))
          *reason = "truncated";
        return false;
      }
      x->tv.val = r;   // rounded once, to the target type (float32(0.1) is not float64(0.1))
    } else {
      // Non-constant untyped values: bool (comparisons) or shifted ints.
      if (xb->bkind == BasicKind::UntypedBool && tb->bkind != BasicKind::Bool) return false;
      if (xb->bkind != BasicKind::UntypedBool && tb->bkind == BasicKind::Bool) return false;
      if ((xb->bkind == BasicKind::UntypedInt || xb->bkind == BasicKind::UntypedRune) && !is_numeric(u)) return false;
    }
    set_type_rec(x, target);
    return true;
  }
  if (u->kind == TypeKind::Interface) {
    if (xb->bkind == BasicKind::UntypedNil) {
      set_type_rec(x, target);
      return true;
    }
    Interface* it = static_cast<Interface*>(u);
    if (!it->all_methods.empty()) return false;
    set_type_rec(x, default_type(xt));
    return true;
  }
  if (xb->bkind == BasicKind::UntypedNil && has_nil(target)) {
    set_type_rec(x, target);
    return true;
  }
  return false;
}

void Checker::default_untyped(Expr* x) {
  if (x->tv.mode == Mode::Invalid || !is_untyped(x->tv.type)) return;
  if (is_nil_type(x->tv.type)) return;
  set_type_rec(x, default_type(x->tv.type));
}

void Checker::convert_untyped(Expr* x, Type* target) {
  std::string reason;
  if (!implicit_convert(x, target, &reason)) {
    // types2's invalidConversion names the target's underlying type (time.Duration: int64).
    if (reason == "truncated") error(x->pos, operand_string(x) + " truncated to " + type_string(underlying(target)));
    else if (reason == "overflows") error(x->pos, operand_string(x) + " overflows " + type_string(underlying(target)));
    else error(x->pos, "cannot use " + operand_string(x) + " as " + type_string(target) + " value");
    invalidate(x);
  }
}

bool Checker::assignable(Expr* x, Type* t, std::string* cause) {
  Type* v = x->tv.type;
  if (is_invalid_type(v) || is_invalid_type(t)) return true;
  if (identical(v, t)) return true;
  Type* vu = underlying(v);
  Type* tu = underlying(t);
  if (is_untyped(v)) {
    std::string reason;
    return implicit_convert(x, t, &reason);
  }
  if (t->kind == TypeKind::TypeParam) return false;  // only T itself (or an untyped constant)
  if (v->kind == TypeKind::TypeParam) {
    // An S ~[]E value fits the unnamed []E: every type of S's type set has that underlying.
    Type* vc = core_type(v);
    if (vc && t->kind != TypeKind::Named && tu->kind != TypeKind::Interface && identical(vc, t)) return true;
    // A T value fits an interface whose methods T's constraint guarantees.
    if (tu->kind != TypeKind::Interface) return false;
    std::string why;
    if (implements(v, static_cast<Interface*>(tu), &why)) return true;
    if (cause) *cause = type_string(v) + " does not implement " + type_string(t) + " " + why;
    return false;
  }
  if (identical(vu, tu) && (v->kind != TypeKind::Named || t->kind != TypeKind::Named) &&
      vu->kind != TypeKind::Basic)
    return true;
  if (tu->kind == TypeKind::Interface) {
    std::string why;
    if (implements(v, static_cast<Interface*>(tu), &why)) return true;
    if (cause) *cause = type_string(v) + " does not implement " + type_string(t) + " " + why;
    return false;
  }
  if (vu->kind == TypeKind::Interface && tu->kind != TypeKind::Interface) {
    if (cause) {
      std::string why;
      if (implements(t, static_cast<Interface*>(vu), &why))
        *cause = "need type assertion";
    }
    return false;
  }
  if (vu->kind == TypeKind::Chan && tu->kind == TypeKind::Chan) {
    Chan* vc = static_cast<Chan*>(vu);
    Chan* tc = static_cast<Chan*>(tu);
    if (vc->dir == ChanDirT::Both && identical(vc->elem, tc->elem) &&
        (v->kind != TypeKind::Named || t->kind != TypeKind::Named))
      return true;
  }
  return false;
}

bool Checker::assignment(Expr* x, Type* t, const std::string& context) {
  if (x->tv.mode == Mode::Invalid) return false;
  if (x->tv.mode == Mode::TypeExpr) {
    error(x->pos, expr_string(x) + " (type) is not an expression");
    invalidate(x);
    return false;
  }
  if (x->tv.mode == Mode::NoValue) {
    error(x->pos, expr_string(x) + " (no value) used as value");
    invalidate(x);
    return false;
  }
  if (x->tv.mode == Mode::Builtin) {
    error(x->pos, expr_string(x) + " (built-in) must be called");
    invalidate(x);
    return false;
  }
  if (x->tv.type && x->tv.type->kind == TypeKind::Tuple) {
    error(x->pos, "multiple-value " + expr_string(x) + " (value of type " + type_string(x->tv.type) +
                      ") in single-value context");
    invalidate(x);
    return false;
  }
  if (is_invalid_type(t)) return false;
  if (is_untyped(x->tv.type)) {
    std::string reason;
    Type* target = t;
    if (is_interface(t) && !is_nil_type(x->tv.type)) target = default_type(x->tv.type);
    if (!implicit_convert(x, target, &reason)) {
      // types2 names the target: the default type when assigning to an interface.
      std::string msg = "cannot use " + operand_string(x) + " as " + type_string(target) + " value in " + context;
      if (!reason.empty()) msg += " (" + reason + ")";
      error(x->pos, msg);
      invalidate(x);
      return false;
    }
    std::string cause;
    if (target != t && !assignable(x, t, &cause)) {
      error(x->pos, "cannot use " + operand_string(x) + " as " + type_string(t) + " value in " + context +
                        (cause.empty() ? "" : ": " + cause));
      invalidate(x);
      return false;
    }
    return true;
  }
  std::string cause;
  if (!assignable(x, t, &cause)) {
    std::string msg = "cannot use " + operand_string(x) + " as " + type_string(t) + " value in " + context;
    if (!cause.empty()) msg += ": " + cause;
    error(x->pos, msg);
    return false;
  }
  return true;
}

// Marks the variable whose storage &e (or a pointer-receiver call on e) exposes.
void Checker::mark_addr(Expr* e) {
  e = unparen(e);
  if (!e) return;
  switch (e->kind) {
    case ExprKind::Ident: {
      Object* o = static_cast<Ident*>(e)->obj;
      if (o && o->kind == ObjKind::Var) static_cast<Var*>(o)->addr_taken = true;
      break;
    }
    case ExprKind::Selector: {
      SelectorExpr* s = static_cast<SelectorExpr*>(e);
      if (s->selection.kind == Selection::Field && !s->selection.indirect) mark_addr(s->x);
      if (s->selection.kind == Selection::Qualified && s->sel->obj && s->sel->obj->kind == ObjKind::Var)
        static_cast<Var*>(s->sel->obj)->addr_taken = true;  // &os.Args
      break;
    }
    case ExprKind::Index: {
      IndexExpr* ix = static_cast<IndexExpr*>(e);
      Type* u = ix->x->tv.type ? underlying(ix->x->tv.type) : nullptr;
      if (u && u->kind == TypeKind::Array) mark_addr(ix->x);
      break;
    }
    default: break;
  }
}

bool Checker::is_addressable(Expr* e) { return e->tv.mode == Mode::Variable; }

void Checker::use_var(Var* v) {
  if (v->is_global || v->is_field || funcs_.empty()) return;
  // Walk out from the innermost function literal until the variable's owner: every literal
  // crossed captures it.
  for (size_t i = funcs_.size(); i-- > 0;) {
    FuncCtx& fc = funcs_[i];
    if (fc.fn == v->owner) break;
    if (fc.lit) {
      v->captured = true;
      auto& caps = fc.lit->captures;
      if (std::find(caps.begin(), caps.end(), v) == caps.end()) caps.push_back(v);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Entry points

void Checker::raw_expr(Expr* e, Type* hint) {
  e->tv = TypeAndValue{};
  switch (e->kind) {
    case ExprKind::Bad: invalidate(e); return;
    case ExprKind::Ident: ident(static_cast<Ident*>(e), false); return;
    case ExprKind::BasicLit: {
      BasicLit* b = static_cast<BasicLit*>(e);
      e->tv.mode = Mode::Constant;
      switch (b->tok) {
        case Tok::Int: {
          std::string d;
          for (char c : b->lit)
            if (c != '_') d += c;
          int base = 10;
          size_t i = 0;
          if (d.size() > 1 && d[0] == '0') {
            char p = d[1] | 0x20;
            if (p == 'x') { base = 16; i = 2; }
            else if (p == 'b') { base = 2; i = 2; }
            else if (p == 'o') { base = 8; i = 2; }
            else { base = 8; i = 1; }
          }
          BigInt v;
          if (!BigInt::parse(std::string_view(d).substr(i), base, &v) || v.bit_len() > 512) {
            error(e->pos, "constant overflow");  // beyond gc's 512 bits
            invalidate(e);
            return;
          }
          e->tv.val = ConstValue::make_int(std::move(v));
          e->tv.type = ctx_.basic(BasicKind::UntypedInt);
          return;
        }
        case Tok::Float: {
          std::string d;
          for (char c : b->lit)
            if (c != '_') d += c;
          BigRat r;
          if (!BigRat::parse_float(d, &r)) {
            error(e->pos, "malformed constant: " + b->lit);
            invalidate(e);
            return;
          }
          e->tv.val = ConstValue::make_float(std::move(r));
          e->tv.type = ctx_.basic(BasicKind::UntypedFloat);
          return;
        }
        case Tok::Imag: {
          // 2.5i, 1e3i, 0x1p-2i; 0b101i / 0o17i / 0x10i are integers; 0123i is decimal 123i
          // (spec: for backward compatibility). Underscores are separators.
          std::string d;
          for (char c : b->lit)
            if (c != '_') d += c;
          if (!d.empty() && d.back() == 'i') d.pop_back();
          char p = d.size() > 1 && d[0] == '0' ? char(d[1] | 0x20) : 0;
          BigRat im;
          bool ok;
          if (p == 'b' || p == 'o' || (p == 'x' && d.find_first_of("pP") == std::string::npos)) {
            BigInt n;
            ok = BigInt::parse(std::string_view(d).substr(2), p == 'b' ? 2 : p == 'o' ? 8 : 16, &n);
            im = BigRat(std::move(n));
          } else {
            ok = BigRat::parse_float(d, &im);
          }
          if (!ok) {
            error(e->pos, "malformed constant: " + b->lit);
            invalidate(e);
            return;
          }
          e->tv.val = ConstValue::make_complex(BigRat(), std::move(im));
          e->tv.type = ctx_.basic(BasicKind::UntypedComplex);
          return;
        }
        case Tok::Char:
          e->tv.val = ConstValue::make_int(b->rune);
          e->tv.type = ctx_.basic(BasicKind::UntypedRune);
          return;
        default:
          e->tv.val = ConstValue::make_string(b->value);
          e->tv.type = ctx_.basic(BasicKind::UntypedString);
          return;
      }
    }
    case ExprKind::CompositeLit: composite_lit(static_cast<CompositeLit*>(e), hint); return;
    case ExprKind::FuncLit: func_lit(static_cast<FuncLit*>(e)); return;
    case ExprKind::Paren: {
      Expr* x = static_cast<ParenExpr*>(e)->x;
      raw_expr(x, hint);
      e->tv = x->tv;
      return;
    }
    case ExprKind::Selector: selector(static_cast<SelectorExpr*>(e)); return;
    case ExprKind::Index: index_expr(static_cast<IndexExpr*>(e)); return;
    case ExprKind::Slice: slice_expr(static_cast<SliceExpr*>(e)); return;
    case ExprKind::TypeAssert: type_assert(static_cast<TypeAssertExpr*>(e)); return;
    case ExprKind::Call: call(static_cast<CallExpr*>(e)); return;
    case ExprKind::Star: {
      StarExpr* s = static_cast<StarExpr*>(e);
      expr_or_type(s->x);
      if (s->x->tv.mode == Mode::Invalid) return invalidate(e);
      if (s->x->tv.mode == Mode::TypeExpr) {
        e->tv.mode = Mode::TypeExpr;
        e->tv.type = ctx_.make_type<Pointer>(s->x->tv.type);
        return;
      }
      if (is_nil_type(s->x->tv.type)) {
        error(e->pos, "invalid operation: cannot indirect nil");
        return invalidate(e);
      }
      Type* u = underlying(s->x->tv.type);
      if (!u || u->kind != TypeKind::Pointer) {
        error(s->x->pos, "invalid operation: cannot indirect " + operand_string(s->x));
        return invalidate(e);
      }
      e->tv.mode = Mode::Variable;
      e->tv.type = static_cast<Pointer*>(u)->elem;
      return;
    }
    case ExprKind::Unary: unary(static_cast<UnaryExpr*>(e), hint); return;
    case ExprKind::Binary: binary(static_cast<BinaryExpr*>(e), hint); return;
    case ExprKind::KeyValue:
      error(e->pos, "unexpected key:value expression");
      return invalidate(e);
    case ExprKind::ArrayType: case ExprKind::StructType: case ExprKind::FuncType:
    case ExprKind::InterfaceType: case ExprKind::MapType: case ExprKind::ChanType: {
      Type* t = type_expr_or_null(e);
      if (!t) return invalidate(e);
      e->tv.mode = Mode::TypeExpr;
      e->tv.type = t;
      return;
    }
    case ExprKind::Ellipsis:
      error(e->pos, "invalid use of ...");
      return invalidate(e);
  }
}

void Checker::expr_or_type(Expr* e) { raw_expr(e, nullptr); }

// A generic function used as a value without (complete) instantiation.
static bool uninstantiated(Expr* e) {
  return e->tv.mode == Mode::Value && e->tv.type && e->tv.type->kind == TypeKind::Signature &&
         !static_cast<Signature*>(e->tv.type)->tparams.empty();
}

void Checker::multi_expr(Expr* e, Type* hint) {
  raw_expr(e, hint);
  if (uninstantiated(e)) {
    Expr* u = unparen(e);
    if (u->kind == ExprKind::Index) u = static_cast<IndexExpr*>(u)->x;
    error(e->pos, "cannot use generic function " + expr_string(u) + " without instantiation");
    invalidate(e);
  } else if (e->tv.mode == Mode::TypeExpr) {
    error(e->pos, expr_string(e) + " (type) is not an expression");
    invalidate(e);
  } else if (e->tv.mode == Mode::Builtin) {
    error(e->pos, expr_string(e) + " (built-in) must be called");
    invalidate(e);
  }
}

void Checker::expr(Expr* e, Type* hint) {
  raw_expr(e, hint);
  single_value(e);
}

void Checker::single_value(Expr* e) {
  if (uninstantiated(e)) {
    Expr* u = unparen(e);
    if (u->kind == ExprKind::Index) {
      // F[int] with type parameters left: types2 names the first one it cannot infer.
      auto* ix = static_cast<IndexExpr*>(u);
      auto* sig = static_cast<Signature*>(e->tv.type);
      size_t given = 1 + ix->extra.size();
      if (given < sig->tparams.size()) {
        TypeName* tn = sig->tparams[given]->obj;
        Pos at = ix->index->pos;
        if (at.col > 1) at.col--;  // the '['
        error(at, "in call to " + expr_string(ix->x) + ", cannot infer " + tn->name + " (declared at " +
                      file_.filename + ":" + std::to_string(tn->line) + ":" + std::to_string(tn->col) + ")");
        invalidate(e);
        return;
      }
      u = ix->x;
    }
    error(e->pos, "cannot use generic function " + expr_string(u) + " without instantiation");
    invalidate(e);
    return;
  }
  switch (e->tv.mode) {
    case Mode::TypeExpr:
      error(e->pos, expr_string(e) + " (type) is not an expression");
      invalidate(e);
      break;
    case Mode::Builtin:
      error(e->pos, expr_string(e) + " (built-in) must be called");
      invalidate(e);
      break;
    case Mode::NoValue:
      error(e->pos, expr_string(e) + " (no value) used as value");
      invalidate(e);
      break;
    default:
      if (e->tv.type && e->tv.type->kind == TypeKind::Tuple) {
        error(e->pos, "multiple-value " + expr_string(e) + " (value of type " + type_string(e->tv.type) +
                          ") in single-value context");
        invalidate(e);
      }
  }
}

void Checker::rvalue(Expr* e) {
  expr(e);
  default_untyped(e);
}

// ---------------------------------------------------------------------------------------------
// Identifiers and selectors

void Checker::ident(Ident* id, bool) {
  if (id->name == "_") {
    error(id->pos, "cannot use _ as value");
    return invalidate(id);
  }
  Object* o = scope_->lookup(id->name);
  if (!o) {
    error(id->pos, "undefined: " + id->name);
    return invalidate(id);
  }
  id->obj = o;
  use_dot_import(id->pos, o);
  if (o->pkg == pkg_ && decls_.count(o)) {
    resolve(o);
    if (cur_decl_ && (o->kind == ObjKind::Var || o->kind == ObjKind::Func)) cur_decl_->deps.insert(o);
  }
  switch (o->kind) {
    case ObjKind::Var: {
      Var* v = static_cast<Var*>(o);
      v->used = true;
      use_var(v);
      id->tv.mode = Mode::Variable;
      id->tv.type = v->type ? v->type : ctx_.basic(BasicKind::Invalid);
      if (is_invalid_type(id->tv.type)) invalidate(id);
      return;
    }
    case ObjKind::Const: {
      Const* c = static_cast<Const*>(o);
      if (c->name == "iota" && !c->pkg) {
        if (iota_ < 0) {
          error(id->pos, "cannot use iota outside constant declaration");
          return invalidate(id);
        }
        id->tv.mode = Mode::Constant;
        id->tv.type = c->type;
        id->tv.val = ConstValue::make_int(iota_);
        return;
      }
      if (is_invalid_type(c->type)) return invalidate(id);
      id->tv.mode = Mode::Constant;
      id->tv.type = c->type;
      id->tv.val = c->val;
      return;
    }
    case ObjKind::TypeName:
      if (!o->type || is_invalid_type(o->type)) return invalidate(id);
      id->tv.mode = Mode::TypeExpr;
      id->tv.type = o->type;
      return;
    case ObjKind::Func:
      o->used = true;
      if (!o->type) return invalidate(id);
      id->tv.mode = Mode::Value;
      id->tv.type = o->type;
      return;
    case ObjKind::PkgName:
      o->used = true;
      error(id->pos, "use of package " + id->name + " without selector");
      return invalidate(id);
    case ObjKind::Builtin:
      id->tv.mode = Mode::Builtin;
      id->tv.type = nullptr;
      return;
    case ObjKind::Nil:
      id->tv.mode = Mode::Value;
      id->tv.type = ctx_.basic(BasicKind::UntypedNil);
      return;
    case ObjKind::Label:
      error(id->pos, "undefined: " + id->name);
      return invalidate(id);
  }
}

void Checker::selector(SelectorExpr* e) {
  const std::string& sel = e->sel->name;
  // Qualified identifier pkg.Name.
  if (e->x->kind == ExprKind::Ident) {
    Ident* xi = static_cast<Ident*>(e->x);
    Object* o = scope_->lookup(xi->name);
    if (o && o->kind == ObjKind::PkgName) {
      xi->obj = o;
      o->used = true;
      Package* p = static_cast<PkgName*>(o)->imported;
      Object* m = p->scope->lookup_local(sel);
      if (!m || !m->exported()) {
        if (m && !m->exported()) error(e->sel->pos, "name " + sel + " not exported by package " + p->name);
        else if (p->path == "unsafe")
          error(e->sel->pos, "undefined: " + xi->name + "." + sel +
                                 " (gort's unsafe has only Sizeof, Alignof and Offsetof: its values are not bytes in memory)");
        else if (p->path == "net")   // gort's net has only the address helpers
          error(e->sel->pos, "undefined: " + xi->name + "." + sel + " (a gort program has no network)");
        else error(e->sel->pos, "undefined: " + xi->name + "." + sel);
        return invalidate(e);
      }
      e->sel->obj = m;
      e->selection.kind = Selection::Qualified;
      e->selection.obj = m;
      switch (m->kind) {
        case ObjKind::Var: e->tv.mode = Mode::Variable; e->tv.type = m->type; break;
        case ObjKind::Const:
          e->tv.mode = Mode::Constant;
          e->tv.type = m->type;
          e->tv.val = static_cast<Const*>(m)->val;
          break;
        case ObjKind::TypeName: e->tv.mode = Mode::TypeExpr; e->tv.type = m->type; break;
        case ObjKind::Func: e->tv.mode = Mode::Value; e->tv.type = m->type; break;
        case ObjKind::Builtin: e->tv.mode = Mode::Builtin; e->tv.type = nullptr; break;   // unsafe's
        default: return invalidate(e);
      }
      e->sel->tv = e->tv;
      return;
    }
  }
  expr_or_type(e->x);
  if (e->x->tv.mode == Mode::Invalid) return invalidate(e);
  if (e->x->tv.mode == Mode::Builtin || e->x->tv.mode == Mode::NoValue) {
    error(e->x->pos, expr_string(e->x) + (e->x->tv.mode == Mode::NoValue ? " (no value) used as value" : " (built-in) must be called"));
    return invalidate(e);
  }
  Type* xt = e->x->tv.type;
  if (e->x->tv.mode == Mode::TypeExpr) {
    // Method expression T.M / (*T).M.
    Selection s = lookup_field_or_method(xt, false, sel);
    if (s.kind != Selection::Method) {
      error(e->sel->pos, expr_string(e) + " undefined (type " + type_string(xt) + " has no method " + sel + ")");
      return invalidate(e);
    }
    Func* m = static_cast<Func*>(s.obj);
    if (m->ptr_recv && xt->kind != TypeKind::Pointer && !s.indirect) {
      error(e->pos, "invalid method expression " + expr_string(e) + " (needs pointer receiver (*" +
                        type_string(xt) + ")." + sel + ")");
      return invalidate(e);
    }
    Signature* ms = m->sig();
    Signature* sig = ctx_.make_type<Signature>();
    sig->params = ctx_.make_type<Tuple>();
    Var* r = ctx_.make_obj<Var>("");
    r->type = xt;
    sig->params->vars.push_back(r);
    if (ms && ms->params)
      for (Var* v : ms->params->vars) sig->params->vars.push_back(v);
    sig->results = ms ? ms->results : ctx_.make_type<Tuple>();
    sig->variadic = ms && ms->variadic;
    e->selection = s;
    e->selection.kind = Selection::MethodExpr;
    e->sel->obj = m;
    e->tv.mode = Mode::Value;
    e->tv.type = sig;
    return;
  }
  if (is_nil_type(xt)) {
    error(e->pos, "use of untyped nil");  // rare
    return invalidate(e);
  }
  if (xt->kind == TypeKind::Tuple) {
    error(e->x->pos, "multiple-value " + expr_string(e->x) + " (value of type " + type_string(xt) +
                         ") in single-value context");
    return invalidate(e);
  }
  default_untyped(e->x);
  xt = e->x->tv.type;
  if (Type* xu = underlying(xt); !xu || (xu->kind == TypeKind::Basic && static_cast<Basic*>(xu)->bkind == BasicKind::Invalid))
    return invalidate(e);  // an invalid (e.g. recursive) type was reported already
  Selection s = lookup_field_or_method(xt, e->x->tv.mode == Mode::Variable, sel);
  if (s.kind == Selection::None) {
    if (!s.path.empty() && s.path[0] == -1) {
      error(e->sel->pos, "ambiguous selector " + expr_string(e));
      return invalidate(e);
    }
    std::string what = "field or method";
    Type* u = underlying(xt);
    if (u->kind == TypeKind::Pointer && is_interface(static_cast<Pointer*>(u)->elem)) {
      error(e->sel->pos, expr_string(e) + " undefined (type " + type_string(xt) +
                             " is pointer to interface, not interface)");
      return invalidate(e);
    }
    (void)what;
    Selection alt = lookup_field_or_method(xt, e->x->tv.mode == Mode::Variable, sel, true);
    error(e->sel->pos, expr_string(e) + " undefined (" +
                           lookup_error(xt, sel, alt.kind == Selection::None ? nullptr : alt.obj, false) + ")");
    return invalidate(e);
  }
  e->selection = s;
  e->sel->obj = s.obj;
  if (s.kind == Selection::Field) {
    e->tv.mode = (e->x->tv.mode == Mode::Variable || s.indirect) ? Mode::Variable : Mode::Value;
    e->tv.type = s.obj->type;
    return;
  }
  Func* m = static_cast<Func*>(s.obj);
  if (m->recv_named || m->ptr_recv) {
    bool x_is_ptr = underlying(xt)->kind == TypeKind::Pointer;
    if (m->ptr_recv && !s.indirect && !x_is_ptr) {
      if (e->x->tv.mode != Mode::Variable) {
        error(e->sel->pos, "cannot call pointer method " + sel + " on " + type_string(xt));
        return invalidate(e);
      }
      e->selection.addr_recv = true;
      mark_addr(e->x);
    }
    if (!m->ptr_recv && (s.indirect || x_is_ptr)) e->selection.deref_recv = true;
  }
  e->tv.mode = Mode::Value;
  e->tv.type = m->type;
}

// ---------------------------------------------------------------------------------------------
// Calls

std::string Checker::call_have_string(CallExpr*, const std::vector<Type*>& args) {
  std::string s = "(";
  for (size_t i = 0; i < args.size(); i++) {
    if (i) s += ", ";
    Type* t = args[i];
    if (is_untyped(t)) {
      Basic* b = static_cast<Basic*>(t);
      if (b->bkind == BasicKind::UntypedNil) s += "nil";
      else if (b->bkind == BasicKind::UntypedString) s += "string";
      else if (b->bkind == BasicKind::UntypedBool) s += "bool";
      else s += "number";
    } else {
      s += type_string(t);
    }
  }
  return s + ")";
}

void Checker::arguments(CallExpr* e, Signature* sig, const std::string& fname, bool evaluated) {
  // Expand a single multi-value call argument f(g()).
  std::vector<Expr*> args = e->args;
  std::vector<Type*> types;
  bool tuple_arg = false;
  // The context type of argument idx (the element type for f(a, b...) variadic args): a
  // non-constant shift of an untyped constant takes it.
  auto param_hint = [&](size_t idx) -> Type* {
    size_t np = sig->params ? sig->params->vars.size() : 0;
    if (sig->variadic && !e->has_ellipsis && np > 0 && idx >= np - 1)
      return static_cast<Slice*>(sig->params->vars[np - 1]->type)->elem;
    return idx < np ? sig->params->vars[idx]->type : nullptr;
  };
  if (args.size() == 1 && !e->has_ellipsis) {
    if (!evaluated) multi_expr(args[0], param_hint(0));
    if (args[0]->tv.mode == Mode::Invalid) return;
    if (args[0]->tv.type && args[0]->tv.type->kind == TypeKind::Tuple) {
      tuple_arg = true;
      for (Var* v : static_cast<Tuple*>(args[0]->tv.type)->vars) types.push_back(v->type);
    } else {
      if (args[0]->tv.mode == Mode::NoValue) {
        error(args[0]->pos, expr_string(args[0]) + " (no value) used as value");
        return;
      }
      types.push_back(args[0]->tv.type);
    }
  } else {
    for (Expr* a : args) {
      if (!evaluated) expr(a, param_hint(types.size()));
      types.push_back(a->tv.type);
    }
  }
  size_t np = sig->params ? sig->params->vars.size() : 0;
  size_t na = types.size();
  if (e->has_ellipsis) {
    if (!sig->variadic) {
      error(args.back()->pos, "have (...) but function is not variadic: " + fname);  // approx.
      error(e->pos, "cannot use ... in call to non-variadic " + fname);
      diags().erase(diags().end() - 2);
      return;
    }
  }
  bool ok_count = sig->variadic && !e->has_ellipsis ? na >= np - 1 : na == np;
  if (!ok_count) {
    std::string want = "(";
    for (size_t i = 0; i < np; i++) {
      if (i) want += ", ";
      Type* t = sig->params->vars[i]->type;
      if (sig->variadic && i + 1 == np) want += "..." + type_string(static_cast<Slice*>(t)->elem);
      else want += type_string(t);
    }
    want += ")";
    bool too_few = na < np;
    // types2: at the first extra argument, else the last argument, else the call.
    Pos at = tuple_arg ? args[0]->pos : too_few ? (na > 0 ? args[na - 1]->pos : e->pos) : args[np]->pos;
    error(at, std::string(too_few ? "not enough" : "too many") + " arguments in call to " + fname +
                  "\n\thave " + call_have_string(e, types) + "\n\twant " + want);
    return;
  }
  if (tuple_arg) {
    for (size_t i = 0; i < na; i++) {
      Type* pt = (sig->variadic && i >= np - 1) ? static_cast<Slice*>(sig->params->vars[np - 1]->type)->elem
                                                : sig->params->vars[i]->type;
      Expr tmp(ExprKind::Bad);
      (void)tmp;
      std::string cause;
      Expr fake(ExprKind::Bad);
      fake.tv.mode = Mode::Value;
      fake.tv.type = types[i];
      fake.pos = args[0]->pos;
      if (!assignable(&fake, pt, &cause)) {
        error(args[0]->pos, "cannot use " + expr_string(args[0]) + " (value of type " + type_string(types[i]) +
                                ") as " + type_string(pt) + " value in argument to " + fname);
        return;
      }
    }
    return;
  }
  for (size_t i = 0; i < na; i++) {
    Type* pt;
    if (sig->variadic && i >= np - 1) {
      pt = sig->params->vars[np - 1]->type;
      if (!e->has_ellipsis) pt = static_cast<Slice*>(pt)->elem;
    } else {
      pt = sig->params->vars[i]->type;
    }
    if (args[i]->tv.mode == Mode::Invalid) continue;
    assignment(args[i], pt, "argument to " + fname);
  }
}

void Checker::call(CallExpr* e) {
  expr_or_type(e->fun);
  Expr* f = e->fun;
  if (f->tv.mode == Mode::Invalid) {
    for (Expr* a : e->args) raw_expr(a, nullptr);
    return invalidate(e);
  }
  if (f->tv.mode == Mode::Value && f->tv.type && f->tv.type->kind == TypeKind::Signature &&
      !static_cast<Signature*>(f->tv.type)->tparams.empty()) {
    // A generic function, possibly with some explicit type arguments: infer the rest.
    if (Func* gen = generic_func_of(f)) {
      Expr* fu = unparen(f);
      std::vector<Type*> targs;
      std::vector<Pos> tpos;
      if (fu->kind == ExprKind::Index) {
        targs = type_list(static_cast<IndexExpr*>(fu), &tpos);
        fu = unparen(static_cast<IndexExpr*>(fu)->x);
      }
      generic_call(e, gen, fu, targs, tpos);
      return;
    }
  }
  if (f->tv.mode == Mode::TypeExpr) {
    e->call_kind = CallKind::Conversion;
    conversion(e, f->tv.type);
    return;
  }
  if (f->tv.mode == Mode::Builtin) {
    Object* o = nullptr;
    Expr* fu = unparen(f);
    if (fu->kind == ExprKind::Ident) o = static_cast<Ident*>(fu)->obj;
    if (fu->kind == ExprKind::Selector) o = static_cast<SelectorExpr*>(fu)->sel->obj;   // unsafe.Sizeof
    if (!o || o->kind != ObjKind::Builtin) return invalidate(e);
    e->call_kind = CallKind::Builtin;
    e->builtin = static_cast<Builtin*>(o)->id;
    builtin_call(e, static_cast<Builtin*>(o));
    return;
  }
  Type* ft = f->tv.type;
  Type* u = ft ? underlying(ft) : nullptr;
  if (!u || u->kind != TypeKind::Signature) {
    error(e->pos, "invalid operation: cannot call non-function " + operand_string(f));
    for (Expr* a : e->args) raw_expr(a, nullptr);
    return invalidate(e);
  }
  Signature* sig = static_cast<Signature*>(u);
  Expr* fu = unparen(f);
  e->call_kind = CallKind::Func;
  if (fu->kind == ExprKind::Selector) {
    SelectorExpr* s = static_cast<SelectorExpr*>(fu);
    if (s->selection.kind == Selection::Method) {
      e->call_kind = is_interface(static_cast<Func*>(s->selection.obj)->recv_named
                                      ? static_cast<Type*>(static_cast<Func*>(s->selection.obj)->recv_named)
                                      : s->x->tv.type) || (!static_cast<Func*>(s->selection.obj)->recv_named)
                         ? CallKind::Interface
                         : CallKind::Method;
    }
  }
  arguments(e, sig, expr_string(e->fun));
  size_t nr = sig->results ? sig->results->vars.size() : 0;
  if (nr == 0) {
    e->tv.mode = Mode::NoValue;
    e->tv.type = nullptr;
  } else if (nr == 1) {
    e->tv.mode = Mode::Value;
    e->tv.type = sig->results->vars[0]->type;
  } else {
    e->tv.mode = Mode::Value;
    e->tv.type = sig->results;
  }
}

void Checker::conversion(CallExpr* e, Type* t) {
  if (e->args.size() != 1) {
    if (e->args.empty()) error(e->rparen, "missing argument in conversion to " + type_string(t));
    else error(e->args[1]->pos, "too many arguments in conversion to " + type_string(t));
    for (Expr* a : e->args) raw_expr(a, nullptr);
    return invalidate(e);
  }
  Expr* x = e->args[0];
  expr(x, t);
  if (x->tv.mode == Mode::Invalid) return invalidate(e);
  Basic* tb = as_basic(t);
  bool const_type = tb && tb->bkind != BasicKind::UnsafePointer;
  if (x->tv.mode == Mode::Constant && const_type) {
    ConstValue r;
    std::string why;
    const ConstValue& v = x->tv.val;
    // string(rune constant)
    if (is_string(t) && v.kind == ConstValue::Int && is_integer(x->tv.type)) {
      std::string s;
      __int128 c = v.i;
      uint32_t cp = (c < 0 || c > 0x10FFFF) ? 0xFFFD : (uint32_t)c;
      extern void append_utf8(std::string&, uint32_t);
      append_utf8(s, cp);
      e->tv.mode = Mode::Constant;
      e->tv.type = t;
      e->tv.val = ConstValue::make_string(s);
      default_untyped(x);
      return;
    }
    bool ok;
    if (is_numeric_or_complex(t) && is_numeric_or_complex(x->tv.type)) {
      ConstValue vv = v;
      // float → integer conversion of a constant must be exact
      ok = representable(vv, tb, &r, &why);
      if (!ok && is_integer(x->tv.type) && is_integer(t)) {
        error(x->pos, "constant " + v.to_string() + " overflows " + type_string(t));
        return invalidate(e);
      }
      if (!ok && why == "truncated") {
        error(x->pos, "cannot convert " + operand_string(x) + " to type " + type_string(t) + " (truncated)");
        return invalidate(e);
      }
    } else {
      ok = representable(v, tb, &r, &why) &&
           ((is_string(t) && is_string(x->tv.type)) || (is_boolean(t) && is_boolean(x->tv.type)));
    }
    if (!ok) {
      // types2's representable replaced the operand's value by its integer form before the
      // range check failed: int(1e100) prints 1000…0.
      if (is_integer(t) && x->tv.val.kind == ConstValue::Float && x->tv.val.re.is_int())
        x->tv.val = ConstValue::make_int(x->tv.val.re.num());
      error(x->pos, "cannot convert " + operand_string(x) + " to type " + type_string(t));
      return invalidate(e);
    }
    if (is_untyped(x->tv.type)) set_type_rec(x, is_interface(t) ? default_type(x->tv.type) : t);
    e->tv.mode = Mode::Constant;
    e->tv.type = t;
    e->tv.val = r;
    return;
  }
  if (is_untyped(x->tv.type)) {
    std::string reason;
    Type* target = is_interface(t) ? default_type(x->tv.type) : t;
    if (is_nil_type(x->tv.type)) target = t;
    if (!implicit_convert(x, target, &reason)) {
      // Untyped constant to non-constant type (e.g. []byte("s")): use the default type.
      default_untyped(x);
    }
  }
  if (!convertible(x->tv.type, t, nullptr)) {
    std::string cause;
    // A type parameter: types2 names the first type of the type set that does not convert.
    Type* xt = x->tv.type;
    if (const std::vector<Term>* ts = tparam_terms(xt)) {
      for (const Term& term : *ts)
        if (!convertible(term.type, t, nullptr)) {
          cause = ":\n\tcannot convert " + type_string(term.type) + " (in " + type_string(xt) + ") to " + type_string(t);
          break;
        }
    } else if (const std::vector<Term>* ts = tparam_terms(t)) {
      for (const Term& term : *ts)
        if (!convertible(xt, term.type, nullptr)) {
          cause = ":\n\tcannot convert " + type_string(xt) + " to " + type_string(term.type) + " (in " + type_string(t) + ")";
          break;
        }
    }
    Type* xu = underlying(xt);
    Type* tu = underlying(t);
    if (cause.empty() && go_minor_ < 20 && xu->kind == TypeKind::Slice && tu->kind == TypeKind::Array &&
        identical(static_cast<Slice*>(xu)->elem, static_cast<Array*>(tu)->elem))
      cause = ": conversion of slice to array requires go1.20 or later";   // types2's cause
    error(x->pos, "cannot convert " + operand_string(x) + " to type " + type_string(t) + cause);
    return invalidate(e);
  }
  e->tv.mode = Mode::Value;
  e->tv.type = t;
}

bool Checker::convertible(Type* v, Type* t, const ConstValue*) {
  if (is_invalid_type(v) || is_invalid_type(t)) return true;
  if (identical(v, t)) return true;
  if (v->kind == TypeKind::TypeParam || t->kind == TypeKind::TypeParam) {
    // Every pair of types from the two type sets must convert.
    auto types_of = [](Type* x, std::vector<Type*>& out) {
      if (x->kind != TypeKind::TypeParam) {
        out.push_back(x);
        return true;
      }
      const std::vector<Term>* ts = tparam_terms(x);
      if (!ts || ts->empty()) return false;
      for (const Term& term : *ts) out.push_back(term.type);
      return true;
    };
    std::vector<Type*> vs, ts;
    if (!types_of(v, vs)) return is_interface(t) && implements(v, static_cast<Interface*>(underlying(t)), nullptr);
    if (!types_of(t, ts)) return false;
    for (Type* a : vs)
      for (Type* b : ts)
        if (!convertible(a, b, nullptr)) return false;
    return true;
  }
  Type* vu = underlying(v);
  Type* tu = underlying(t);
  if (identical(vu, tu)) return true;
  if (vu->kind == TypeKind::Pointer && tu->kind == TypeKind::Pointer &&
      identical(underlying(static_cast<Pointer*>(vu)->elem), underlying(static_cast<Pointer*>(tu)->elem)))
    return true;
  if (is_nil_type(v)) return has_nil(t);
  if (is_numeric(vu) && is_numeric(tu)) return true;
  if (is_complex(vu) && is_complex(tu)) return true;
  if (is_string(tu)) {
    if (is_integer(vu)) return true;
    if (vu->kind == TypeKind::Slice) {
      Basic* eb = as_basic(static_cast<Slice*>(vu)->elem);
      if (eb && (eb->bkind == BasicKind::Uint8 || eb->bkind == BasicKind::Int32)) return true;
    }
  }
  if (is_string(vu) && tu->kind == TypeKind::Slice) {
    Basic* eb = as_basic(static_cast<Slice*>(tu)->elem);
    if (eb && (eb->bkind == BasicKind::Uint8 || eb->bkind == BasicKind::Int32)) return true;
  }
  if (vu->kind == TypeKind::Slice && tu->kind == TypeKind::Array &&
      identical(static_cast<Slice*>(vu)->elem, static_cast<Array*>(tu)->elem))
    return go_minor_ >= 20;   // conversion() names the version in its cause
  if (vu->kind == TypeKind::Slice && tu->kind == TypeKind::Pointer) {
    Type* pe = underlying(static_cast<Pointer*>(tu)->elem);
    if (pe->kind == TypeKind::Array && identical(static_cast<Slice*>(vu)->elem, static_cast<Array*>(pe)->elem))
      return true;
  }
  Expr fake(ExprKind::Bad);
  fake.tv.mode = Mode::Value;
  fake.tv.type = v;
  return assignable(&fake, t, nullptr);
}

// ---------------------------------------------------------------------------------------------
// Builtins

void Checker::builtin_call(CallExpr* e, Builtin* b) {
  const std::string name = b->name;
  size_t n = e->args.size();
  auto arg_count = [&](size_t min, size_t max) -> bool {
    if (n < min) {
      error(e->rparen, "not enough arguments for " + expr_string(e) + " (expected " + std::to_string(min) +
                           ", found " + std::to_string(n) + ")");
      for (Expr* a : e->args) raw_expr(a, nullptr);
      invalidate(e);
      return false;
    }
    if (n > max) {
      error(e->args[max]->pos, "too many arguments for " + expr_string(e) + " (expected " +
                                   std::to_string(max) + ", found " + std::to_string(n) + ")");
      for (Expr* a : e->args) raw_expr(a, nullptr);
      invalidate(e);
      return false;
    }
    return true;
  };
  if (e->has_ellipsis && b->id != BuiltinId::Append) {
    error(e->pos, "invalid operation: invalid use of ... with built-in " + name);
    return invalidate(e);
  }
  Type* int_t = ctx_.basic(BasicKind::Int);
  switch (b->id) {
    case BuiltinId::Sizeof:
    case BuiltinId::Alignof:
    case BuiltinId::Offsetof: {
      if (!arg_count(1, 1)) return;
      Expr* x = unparen(e->args[0]);
      if (b->id == BuiltinId::Offsetof && x->kind != ExprKind::Selector) {
        raw_expr(e->args[0], nullptr);
        error(e->args[0]->pos, "invalid argument: " + expr_string(e->args[0]) + " is not a selector expression");
        return invalidate(e);
      }
      expr(e->args[0]);
      if (e->args[0]->tv.mode == Mode::Invalid) return invalidate(e);
      default_untyped(e->args[0]);
      int64_t v = 0;
      if (b->id == BuiltinId::Offsetof) {
        auto* sx = static_cast<SelectorExpr*>(x);
        if (sx->selection.kind != Selection::Field) {
          error(e->args[0]->pos, "invalid argument: " + expr_string(e->args[0]) + " is a method value");
          return invalidate(e);
        }
        // Walk the embedding path from x's struct type: each step's field offset adds up.
        Type* t = sx->x->tv.type;
        if (underlying(t)->kind == TypeKind::Pointer) t = static_cast<Pointer*>(underlying(t))->elem;
        Type* base = t;
        for (size_t k = 0; k < sx->selection.path.size(); k++) {
          int idx = sx->selection.path[k];
          if (k > 0 && underlying(t)->kind == TypeKind::Pointer) {
            error(e->args[0]->pos, "invalid argument: field " + sx->sel->name + " is embedded via a pointer in " +
                                       type_string(base));
            return invalidate(e);
          }
          Type* st = underlying(t);
          if (st->kind != TypeKind::Struct || idx < 0 || size_t(idx) >= static_cast<Struct*>(st)->fields.size()) break;
          v += field_offset(st, idx);
          t = static_cast<Struct*>(st)->fields[size_t(idx)]->type;
        }
      } else {
        Type* t = e->args[0]->tv.type;
        v = b->id == BuiltinId::Sizeof ? type_size(t) : type_align(t);
      }
      e->tv.mode = Mode::Constant;
      e->tv.type = ctx_.basic(BasicKind::Uintptr);
      e->tv.val = ConstValue::make_int((__int128)v);
      return;
    }
    case BuiltinId::Len:
    case BuiltinId::Cap: {
      if (!arg_count(1, 1)) return;
      Expr* x = e->args[0];
      expr(x);
      if (x->tv.mode == Mode::Invalid) return invalidate(e);
      default_untyped(x);
      Type* u = core_type(x->tv.type) ? core_type(x->tv.type) : underlying(x->tv.type);
      if (u->kind == TypeKind::Pointer && underlying(static_cast<Pointer*>(u)->elem)->kind == TypeKind::Array)
        u = underlying(static_cast<Pointer*>(u)->elem);
      bool ok = false;
      e->tv.mode = Mode::Value;
      e->tv.type = int_t;
      if (is_string(u) && b->id == BuiltinId::Len) {
        ok = true;
        if (x->tv.mode == Mode::Constant) {
          e->tv.mode = Mode::Constant;
          e->tv.val = ConstValue::make_int((__int128)x->tv.val.s.size());
        }
      } else if (u->kind == TypeKind::Array) {
        ok = true;
        // The spec: len/cap of an array (or pointer to array) is constant when the operand
        // has no channel receives and no non-constant function calls (a[0], s.f[i], *p).
        // Not for a type parameter's operand: its type set may hold arrays of other lengths.
        Type* xt = x->tv.type;
        if (xt->kind == TypeKind::Pointer) xt = static_cast<Pointer*>(xt)->elem;
        if (!has_call_or_recv(x) && xt->kind != TypeKind::TypeParam) {
          e->tv.mode = Mode::Constant;
          e->tv.val = ConstValue::make_int(static_cast<Array*>(u)->len);
        }
      } else if (u->kind == TypeKind::Slice || u->kind == TypeKind::Chan) {
        ok = true;
      } else if (u->kind == TypeKind::Map && b->id == BuiltinId::Len) {
        ok = true;
      }
      if (!ok) {
        error(x->pos, "invalid argument: " + operand_string(x) + " for built-in " + name);
        return invalidate(e);
      }
      return;
    }
    case BuiltinId::Append: {
      if (n == 0) {
        error(e->rparen, "not enough arguments for " + expr_string(e) + " (expected 1, found 0)");
        return invalidate(e);
      }
      Expr* s = e->args[0];
      expr(s);
      if (s->tv.mode == Mode::Invalid) {
        for (size_t i = 1; i < n; i++) raw_expr(e->args[i], nullptr);
        return invalidate(e);
      }
      Type* st = s->tv.type;
      if (is_nil_type(st)) {
        error(s->pos, "first argument to append must be a slice; have untyped nil");  // types2 (Go 1.22+)
        return invalidate(e);
      }
      Type* u = core_type(st) ? core_type(st) : underlying(st);
      if (u->kind != TypeKind::Slice) {
        default_untyped(s);
        error(s->pos, "first argument to append must be a slice; have " + operand_string(s));
        for (size_t i = 1; i < n; i++) raw_expr(e->args[i], nullptr);
        return invalidate(e);
      }
      Type* elem = static_cast<Slice*>(u)->elem;
      e->tv.mode = Mode::Value;
      e->tv.type = st;
      if (e->has_ellipsis) {
        if (n != 2) {
          error(e->pos, "can only use ... with final argument in list");
          return invalidate(e);
        }
        Expr* x = e->args[1];
        expr(x);
        if (x->tv.mode == Mode::Invalid) return;
        Basic* eb = as_basic(elem);
        if (eb && eb->bkind == BasicKind::Uint8 && is_string(x->tv.type)) {
          default_untyped(x);
          return;
        }
        assignment(x, ctx_.make_type<Slice>(elem), "append");
        return;
      }
      for (size_t i = 1; i < n; i++) {
        expr(e->args[i], elem);
        assignment(e->args[i], elem, "argument to append");
      }
      return;
    }
    case BuiltinId::Copy: {
      if (!arg_count(2, 2)) return;
      Expr* d = e->args[0];
      Expr* s = e->args[1];
      expr(d);
      expr(s);
      if (d->tv.mode == Mode::Invalid || s->tv.mode == Mode::Invalid) return invalidate(e);
      default_untyped(s);
      Type* du = core_type(d->tv.type) ? core_type(d->tv.type) : underlying(d->tv.type);
      Type* su = core_type(s->tv.type) ? core_type(s->tv.type) : underlying(s->tv.type);
      e->tv.mode = Mode::Value;
      e->tv.type = int_t;
      if (du->kind != TypeKind::Slice) {
        error(d->pos, "invalid argument: copy expects slice arguments; found " + operand_string(d) + " and " +
                          operand_string(s));
        return invalidate(e);
      }
      Type* de = static_cast<Slice*>(du)->elem;
      if (is_string(su)) {
        Basic* eb = as_basic(de);
        if (eb && eb->bkind == BasicKind::Uint8) return;
      }
      if (su->kind != TypeKind::Slice || !identical(de, static_cast<Slice*>(su)->elem)) {
        error(e->pos, "invalid argument: arguments to copy " + operand_string(d) + " and " + operand_string(s) +
                          " have different element types " + type_string(de) + " and " +
                          (su->kind == TypeKind::Slice ? type_string(static_cast<Slice*>(su)->elem) : type_string(s->tv.type)));
        return invalidate(e);
      }
      return;
    }
    case BuiltinId::Delete: {
      if (!arg_count(2, 2)) return;
      Expr* m = e->args[0];
      expr(m);
      expr(e->args[1]);
      if (m->tv.mode == Mode::Invalid) return invalidate(e);
      Type* u = core_type(m->tv.type) ? core_type(m->tv.type) : underlying(m->tv.type);
      if (u->kind != TypeKind::Map) {
        error(m->pos, "invalid argument: " + operand_string(m) + " is not a map");
        return invalidate(e);
      }
      assignment(e->args[1], static_cast<Map*>(u)->key, "argument to delete");
      e->tv.mode = Mode::NoValue;
      return;
    }
    case BuiltinId::Make: {
      if (n == 0) {
        error(e->rparen, "not enough arguments for " + expr_string(e) + " (expected 1, found 0)");
        return invalidate(e);
      }
      Type* t = type_expr_or_null(e->args[0]);
      if (!t) {
        for (size_t i = 1; i < n; i++) raw_expr(e->args[i], nullptr);
        return invalidate(e);
      }
      Type* u = core_type(t) ? core_type(t) : underlying(t);
      size_t min = 1;
      if (u->kind == TypeKind::Slice) min = 2;
      else if (u->kind != TypeKind::Map && u->kind != TypeKind::Chan) {
        error(e->args[0]->pos, "invalid argument: cannot make " + expr_string(e->args[0]) +
                                   "; type must be slice, map, or channel");
        return invalidate(e);
      }
      size_t max = u->kind == TypeKind::Slice ? 3 : 2;
      if (n < min || n > max) {
        error(e->pos, "invalid operation: " + expr_string(e) + " expects " + std::to_string(min) +
                          (max > min ? " or " + std::to_string(max) : "") + " arguments; found " +
                          std::to_string(n));
        return invalidate(e);
      }
      std::vector<__int128> consts;
      for (size_t i = 1; i < n; i++) {
        Expr* a = e->args[i];
        expr(a);
        if (a->tv.mode == Mode::Invalid) continue;
        if (a->tv.mode == Mode::Constant) {
          ConstValue r;
          std::string why;
          if (!is_numeric(a->tv.type) || !representable(a->tv.val, ctx_.basic(BasicKind::Int), &r, &why)) {
            if (why == "truncated")
              error(a->pos, operand_string(a) + " truncated to int");
            else
              error(a->pos, "cannot convert " + operand_string(a) + " to type int");
            continue;
          }
          if (r.i < 0) {
            error(a->pos, "invalid argument: index " + expr_string(a) + " (constant of type int) must not be negative");
            continue;
          }
          consts.push_back(r.i);
          if (is_untyped(a->tv.type)) set_type_rec(a, int_t);
        } else if (!is_integer(a->tv.type)) {
          error(a->pos, "cannot convert " + operand_string(a) + " to type int");
          continue;
        }
      }
      if (consts.size() == 2 && consts[0] > consts[1])
        error(e->args[1]->pos, "invalid argument: length and capacity swapped");
      e->tv.mode = Mode::Value;
      e->tv.type = t;
      return;
    }
    case BuiltinId::New: {
      if (!arg_count(1, 1)) return;
      // Go 1.26: new(expr) is a pointer to a new variable holding expr's value (new(42) is
      // an *int). A name, selector, index or *x may denote either a type or a value.
      Expr* a0 = e->args[0];
      ExprKind k0 = a0->kind;
      bool maybe_value = k0 == ExprKind::Ident || k0 == ExprKind::Selector ||
                         k0 == ExprKind::Index || k0 == ExprKind::Paren || k0 == ExprKind::Star;
      bool type_syntax = k0 == ExprKind::ArrayType || k0 == ExprKind::MapType ||
                         k0 == ExprKind::ChanType || k0 == ExprKind::FuncType ||
                         k0 == ExprKind::StructType || k0 == ExprKind::InterfaceType;
      if (!type_syntax) {
        if (maybe_value) expr_or_type(a0);
        else expr(a0);
        if (a0->tv.mode == Mode::Invalid) return invalidate(e);
        if (a0->tv.mode != Mode::TypeExpr) {
          if (a0->tv.mode == Mode::NoValue || a0->tv.mode == Mode::Builtin) {
            error(a0->pos, expr_string(a0) + " is not an expression");
            return invalidate(e);
          }
          if (a0->tv.type && a0->tv.type->kind == TypeKind::Basic &&
              static_cast<Basic*>(a0->tv.type)->bkind == BasicKind::UntypedNil) {
            error(a0->pos, "use of untyped nil in argument to built-in new");
            return invalidate(e);
          }
          Type* vt = default_type(a0->tv.type);
          assignment(a0, vt, "argument to new");
          if (a0->tv.mode == Mode::Invalid) return invalidate(e);
          e->tv.mode = Mode::Value;
          e->tv.type = ctx_.make_type<Pointer>(vt);
          return;
        }
      }
      Type* t = type_expr_or_null(a0);
      if (!t) return invalidate(e);
      e->tv.mode = Mode::Value;
      e->tv.type = ctx_.make_type<Pointer>(t);
      return;
    }
    case BuiltinId::Panic: {
      if (!arg_count(1, 1)) return;
      expr(e->args[0]);
      assignment(e->args[0], ctx_.any_type(), "argument to panic");
      e->tv.mode = Mode::NoValue;
      return;
    }
    case BuiltinId::Print:
    case BuiltinId::Println: {
      for (Expr* a : e->args) {
        expr(a);
        if (a->tv.mode == Mode::Invalid) continue;
        if (is_nil_type(a->tv.type)) {
          error(a->pos, "use of untyped nil in argument to built-in " + name);
          continue;
        }
        if (a->tv.mode == Mode::Constant && is_untyped(a->tv.type)) assignment(a, default_type(a->tv.type), "argument to " + name);
        else default_untyped(a);
      }
      e->tv.mode = Mode::NoValue;
      return;
    }
    case BuiltinId::Recover: {
      if (!arg_count(0, 0)) return;
      e->tv.mode = Mode::Value;
      e->tv.type = ctx_.any_type();
      return;
    }
    case BuiltinId::Close: {
      if (!arg_count(1, 1)) return;
      Expr* c = e->args[0];
      expr(c);
      if (c->tv.mode == Mode::Invalid) return invalidate(e);
      Type* u = underlying(c->tv.type);
      if (u->kind != TypeKind::Chan) {
        error(c->pos, "invalid operation: non-chan argument " + operand_string(c) + " to close");  // approx.
        diags().back().msg = "invalid argument: " + operand_string(c) + " is not a channel";
        return invalidate(e);
      }
      if (static_cast<Chan*>(u)->dir == ChanDirT::Recv) {
        error(c->pos, "invalid operation: cannot close receive-only channel " + operand_string(c));
        return invalidate(e);
      }
      e->tv.mode = Mode::NoValue;
      return;
    }
    case BuiltinId::Clear: {
      if (!arg_count(1, 1)) return;
      Expr* c = e->args[0];
      expr(c);
      if (c->tv.mode == Mode::Invalid) return invalidate(e);
      Type* u = core_type(c->tv.type) ? core_type(c->tv.type) : underlying(c->tv.type);
      if (u->kind != TypeKind::Map && u->kind != TypeKind::Slice) {
        error(c->pos, "invalid argument: " + operand_string(c) + " cannot be cleared: argument must be (or constrained by) map or slice");
        return invalidate(e);
      }
      e->tv.mode = Mode::NoValue;
      return;
    }
    case BuiltinId::Complex: {
      // complex(x, y floatT) complexT — types2's rules (builtins.go, _Complex).
      if (!arg_count(2, 2)) return;
      Expr* x = e->args[0];
      Expr* y = e->args[1];
      expr(x);
      expr(y);
      if (x->tv.mode == Mode::Invalid || y->tv.mode == Mode::Invalid) return invalidate(e);
      bool xu = is_untyped(x->tv.type), yu = is_untyped(y->tv.type);
      if (xu && !yu) {
        convert_untyped(x, y->tv.type);
      } else if (yu && !xu) {
        convert_untyped(y, x->tv.type);
      } else if (xu && yu) {
        if (x->tv.mode == Mode::Constant && y->tv.mode == Mode::Constant) {
          // Both untyped constants: as untyped floats when they have no imaginary part.
          auto to_float = [&](Expr* a) {
            if (is_numeric_or_complex(a->tv.type) &&
                (a->tv.val.kind != ConstValue::Complex || a->tv.val.im.is_zero()))
              a->tv.type = ctx_.basic(BasicKind::UntypedFloat);
          };
          to_float(x);
          to_float(y);
        } else {
          convert_untyped(x, ctx_.basic(BasicKind::Float64));
          convert_untyped(y, ctx_.basic(BasicKind::Float64));
        }
      }
      if (x->tv.mode == Mode::Invalid || y->tv.mode == Mode::Invalid) return invalidate(e);
      if (!identical(x->tv.type, y->tv.type)) {
        error(x->pos, "invalid operation: " + expr_string(e) + " (mismatched types " + type_string(x->tv.type) +
                          " and " + type_string(y->tv.type) + ")");
        return invalidate(e);
      }
      Basic* fb = as_basic(x->tv.type);
      Type* res = nullptr;
      if (fb && x->tv.type->kind != TypeKind::TypeParam) {
        if (fb->bkind == BasicKind::Float32) res = ctx_.basic(BasicKind::Complex64);
        else if (fb->bkind == BasicKind::Float64) res = ctx_.basic(BasicKind::Complex128);
        else if (fb->bkind == BasicKind::UntypedFloat) res = ctx_.basic(BasicKind::UntypedComplex);
      }
      if (!res) {
        error(x->pos, "invalid argument: arguments have type " + type_string(x->tv.type) + ", expected floating-point");
        return invalidate(e);
      }
      e->tv.type = res;
      if (x->tv.mode == Mode::Constant && y->tv.mode == Mode::Constant) {
        e->tv.mode = Mode::Constant;
        e->tv.val = ConstValue::make_complex(x->tv.val.re, y->tv.val.re);
      } else {
        e->tv.mode = Mode::Value;
      }
      return;
    }
    case BuiltinId::Real:
    case BuiltinId::Imag: {
      // real/imag(complexT) floatT (types2's _Real/_Imag).
      if (!arg_count(1, 1)) return;
      Expr* x = e->args[0];
      expr(x);
      if (x->tv.mode == Mode::Invalid) return invalidate(e);
      if (is_untyped(x->tv.type)) {
        if (x->tv.mode == Mode::Constant) {
          // An untyped numeric constant can always be taken as a complex one.
          if (is_numeric_or_complex(x->tv.type)) x->tv.type = ctx_.basic(BasicKind::UntypedComplex);
        } else {
          convert_untyped(x, ctx_.basic(BasicKind::Complex128));
          if (x->tv.mode == Mode::Invalid) return invalidate(e);
        }
      }
      Basic* cb = as_basic(x->tv.type);
      Type* res = nullptr;
      if (cb && x->tv.type->kind != TypeKind::TypeParam) {
        if (cb->bkind == BasicKind::Complex64) res = ctx_.basic(BasicKind::Float32);
        else if (cb->bkind == BasicKind::Complex128) res = ctx_.basic(BasicKind::Float64);
        else if (cb->bkind == BasicKind::UntypedComplex) res = ctx_.basic(BasicKind::UntypedFloat);
      }
      if (!res) {
        error(x->pos, "invalid argument: argument has type " + type_string(x->tv.type) + ", expected complex type");
        return invalidate(e);
      }
      e->tv.type = res;
      if (x->tv.mode == Mode::Constant) {
        const ConstValue& v = x->tv.val;
        e->tv.mode = Mode::Constant;
        e->tv.val = ConstValue::make_float(b->id == BuiltinId::Real ? v.re : v.im);
      } else {
        e->tv.mode = Mode::Value;
      }
      return;
    }
    case BuiltinId::Min:
    case BuiltinId::Max: {
      if (n == 0) {
        error(e->rparen, "not enough arguments for " + expr_string(e) + " (expected 1, found 0)");
        return invalidate(e);
      }
      for (Expr* a : e->args) expr(a);
      for (Expr* a : e->args)
        if (a->tv.mode == Mode::Invalid) return invalidate(e);
      // Find a typed operand; all others convert to it.
      Type* t = nullptr;
      for (Expr* a : e->args)
        if (!is_untyped(a->tv.type)) { t = a->tv.type; break; }
      bool all_const = true;
      for (Expr* a : e->args) all_const = all_const && a->tv.mode == Mode::Constant;
      if (!t) {
        // all untyped: largest kind
        t = e->args[0]->tv.type;
        for (Expr* a : e->args)
          if (static_cast<Basic*>(a->tv.type)->bkind > static_cast<Basic*>(t)->bkind) t = a->tv.type;
      }
      for (Expr* a : e->args) {
        if (is_untyped(a->tv.type)) {
          std::string reason;
          if (!implicit_convert(a, t, &reason)) {
            error(a->pos, "invalid argument: mismatched types in " + name);
            return invalidate(e);
          }
        } else if (!identical(a->tv.type, t)) {
          error(a->pos, "invalid argument: mismatched types " + type_string(t) + " (previous argument) and " +
                            type_string(a->tv.type) + " (type of " + expr_string(a) + ")");
          return invalidate(e);
        }
      }
      if (!is_ordered(t)) {  // a type parameter: every type of its type set ordered
        error(e->args[0]->pos, "invalid argument: " + operand_string(e->args[0]) + " cannot be ordered");
        return invalidate(e);
      }
      e->tv.type = t;
      if (all_const) {
        ConstValue best = e->args[0]->tv.val;
        for (Expr* a : e->args) {
          bool less = const_compare(Tok::Lss, a->tv.val, best);
          if (b->id == BuiltinId::Min ? less : const_compare(Tok::Gtr, a->tv.val, best)) best = a->tv.val;
        }
        e->tv.mode = Mode::Constant;
        e->tv.val = best;
      } else {
        e->tv.mode = Mode::Value;
        if (is_untyped(t)) {
          for (Expr* a : e->args) default_untyped(a);
          e->tv.type = default_type(t);
        }
      }
      return;
    }
    default:
      error(e->pos, "unsupported builtin " + name);
      return invalidate(e);
  }
}

// ---------------------------------------------------------------------------------------------
// Operators

void Checker::unary(UnaryExpr* e, Type* hint) {
  Expr* x = e->x;
  if (e->op == Tok::And) {
    Expr* xu = unparen(x);
    if (xu->kind == ExprKind::CompositeLit) {
      Type* h = nullptr;
      if (hint && underlying(hint)->kind == TypeKind::Pointer) h = static_cast<Pointer*>(underlying(hint))->elem;
      raw_expr(x, h);
      if (x->tv.mode == Mode::Invalid) return invalidate(e);
      e->tv.mode = Mode::Value;
      e->tv.type = ctx_.make_type<Pointer>(x->tv.type);
      return;
    }
    expr(x);
    if (x->tv.mode == Mode::Invalid) return invalidate(e);
    if (x->tv.mode != Mode::Variable) {
      error(x->pos, "invalid operation: cannot take address of " + operand_string(x));
      return invalidate(e);
    }
    mark_addr(x);
    e->tv.mode = Mode::Value;
    e->tv.type = ctx_.make_type<Pointer>(x->tv.type);
    return;
  }
  if (e->op == Tok::Arrow) {
    expr(x);
    if (x->tv.mode == Mode::Invalid) return invalidate(e);
    Type* u = underlying(x->tv.type);
    if (u->kind != TypeKind::Chan) {
      error(x->pos, "invalid operation: cannot receive from non-channel " + operand_string(x));
      return invalidate(e);
    }
    Chan* c = static_cast<Chan*>(u);
    if (c->dir == ChanDirT::Send) {
      error(x->pos, "invalid operation: cannot receive from send-only channel " + operand_string(x));
      return invalidate(e);
    }
    e->tv.mode = Mode::CommaOk;
    e->tv.type = c->elem;
    return;
  }
  if (e->op == Tok::Tilde) {
    error(e->pos, "cannot use ~ outside of interface or type constraint");
    expr(x);
    return invalidate(e);
  }
  expr(x, hint);
  if (x->tv.mode == Mode::Invalid) return invalidate(e);
  Type* t = x->tv.type;
  bool ok = false;
  switch (e->op) {
    case Tok::Add: case Tok::Sub: ok = is_numeric_or_complex(t); break;
    case Tok::Xor: ok = is_integer(t); break;
    case Tok::Not: ok = is_boolean(t); break;
    default: break;
  }
  if (!ok) {
    error(x->pos, std::string("invalid operation: operator ") + tok_str(e->op) + " not defined on " + operand_string(x));
    return invalidate(e);
  }
  e->tv.type = t;
  if (x->tv.mode == Mode::Constant) {
    const ConstValue& v = x->tv.val;
    ConstValue r = v;
    switch (e->op) {
      case Tok::Sub:
        if (v.kind == ConstValue::Int) r = ConstValue::make_int(-v.re.num());
        else if (v.kind == ConstValue::Float) r = ConstValue::make_float(-v.re);
        else r = ConstValue::make_complex(-v.re, -v.im);
        break;
      case Tok::Not: r.b = !v.b; break;
      case Tok::Xor: {
        if (v.kind != ConstValue::Int) break;
        if (is_unsigned(t)) {
          int bits = 64;
          switch (as_basic(t)->bkind) {
            case BasicKind::Uint8: bits = 8; break;
            case BasicKind::Uint16: bits = 16; break;
            case BasicKind::Uint32: bits = 32; break;
            default: bits = 64;
          }
          BigInt mask = BigInt::from_i128(1).shl(bits) - BigInt::from_i128(1);
          r = ConstValue::make_int(v.re.num().bit_not() & mask);
        } else {
          r = ConstValue::make_int(v.re.num().bit_not());
        }
        break;
      }
      default: break;
    }
    if (!is_untyped(t)) {
      ConstValue rr;
      std::string why;
      if (!representable(r, as_basic(t), &rr, &why)) {
        error(e->pos, "constant " + r.to_string() + " overflows " + type_string(t));
        return invalidate(e);
      }
    }
    e->tv.mode = Mode::Constant;
    e->tv.val = r;
    return;
  }
  e->tv.mode = Mode::Value;
}

void Checker::shift(BinaryExpr* e, Type* hint) {
  Expr* x = e->x;
  Expr* y = e->y;
  // y: must be integer (untyped constants must be non-negative integers).
  if (y->tv.mode == Mode::Constant) {
    ConstValue r;
    std::string why;
    if (!is_numeric(y->tv.type) || !representable(y->tv.val, ctx_.basic(BasicKind::UntypedInt), &r, &why)) {
      error(y->pos, "invalid operation: shift count " + operand_string(y) + " must be integer");
      return invalidate(e);
    }
    if (r.i < 0) {
      error(y->pos, "invalid operation: negative shift count " + operand_string(y));
      return invalidate(e);
    }
    if (is_untyped(y->tv.type)) set_type_rec(y, ctx_.basic(BasicKind::Uint));
    y->tv.val = r;
  } else {
    if (!is_integer(y->tv.type)) {
      error(y->pos, "invalid operation: shift count " + operand_string(y) + " must be integer");
      return invalidate(e);
    }
  }
  if (x->tv.mode == Mode::Constant) {
    if (is_untyped(x->tv.type)) {
      // An untyped constant that is integral can be shifted.
      ConstValue r;
      std::string why;
      if (!representable(x->tv.val, ctx_.basic(BasicKind::UntypedInt), &r, &why)) {
        error(x->pos, "invalid operation: shifted operand " + operand_string(x) + " must be integer");
        return invalidate(e);
      }
      if (y->tv.mode == Mode::Constant) {
        x->tv.val = r;
        if (x->tv.type != ctx_.basic(BasicKind::UntypedRune)) x->tv.type = ctx_.basic(BasicKind::UntypedInt);
      } else {
        // Non-constant shift of an untyped constant: it takes the type it would have in context.
        Type* t = hint && is_integer(hint) ? hint : ctx_.basic(BasicKind::Int);
        if (hint && !is_integer(hint) && !is_interface(hint)) {
          error(x->pos, "invalid operation: shifted operand " + expr_string(x) + " (type " +
                            type_string(hint) + ") must be integer");
          return invalidate(e);
        }
        set_type_rec(x, t);
        x->tv.mode = Mode::Value;
      }
    } else if (!is_integer(x->tv.type)) {
      error(x->pos, "invalid operation: shifted operand " + operand_string(x) + " must be integer");
      return invalidate(e);
    }
    if (x->tv.mode == Mode::Constant && y->tv.mode == Mode::Constant) {
      if (y->tv.val.i > 1023 - 1 + 52) {   // types2's shiftBound
        error(y->pos, "invalid shift count " + operand_string(y));
        return invalidate(e);
      }
      ConstValue r;
      if (!const_binary(e->op, x->tv.val, y->tv.val, true, &r, e->op_pos)) return invalidate(e);
      if (!is_untyped(x->tv.type)) {
        ConstValue rr;
        std::string why;
        if (!representable(r, as_basic(x->tv.type), &rr, &why)) {
          error(e->pos, "constant " + r.to_string() + " overflows " + type_string(x->tv.type));
          return invalidate(e);
        }
      }
      e->tv.mode = Mode::Constant;
      e->tv.type = x->tv.type;
      e->tv.val = r;
      return;
    }
    e->tv.mode = Mode::Value;
    e->tv.type = x->tv.type;
    return;
  }
  if (!is_integer(x->tv.type)) {
    error(x->pos, "invalid operation: shift of type float64");  // replaced below
    diags().back().msg = "invalid operation: shifted operand " + operand_string(x) + " must be integer";
    return invalidate(e);
  }
  e->tv.mode = Mode::Value;
  e->tv.type = x->tv.type;
}

static bool is_comparison(Tok t) { return tok_precedence(t) == 3; }

void Checker::binary(BinaryExpr* e, Type* hint) {
  Expr* x = e->x;
  Expr* y = e->y;
  bool is_shift = e->op == Tok::Shl || e->op == Tok::Shr;
  expr(x, is_comparison(e->op) ? nullptr : hint);
  // A non-constant shift of an untyped constant takes the type its constant would get in
  // place: in x | 1<<s that is x's type, so a typed x is the shift's hint when there is none.
  Type* yhint = is_shift || is_comparison(e->op) ? nullptr : hint;
  if (!yhint && !is_shift && !is_comparison(e->op) && x->tv.mode != Mode::Invalid && x->tv.type &&
      !is_untyped(x->tv.type)) {
    Expr* u = y;
    while (u->kind == ExprKind::Paren) u = static_cast<ParenExpr*>(u)->x;
    if (u->kind == ExprKind::Binary) {
      Tok op = static_cast<BinaryExpr*>(u)->op;
      if (op == Tok::Shl || op == Tok::Shr) yhint = x->tv.type;
    }
  }
  expr(y, yhint);
  if (x->tv.mode == Mode::Invalid || y->tv.mode == Mode::Invalid) return invalidate(e);
  if (is_shift) return shift(e, hint);
  // Match operand types (untyped → the other's type).
  auto mismatch = [&]() {
    error(e->pos, "invalid operation: " + expr_string(e) + " (mismatched types " + type_string(x->tv.type) +
                      " and " + type_string(y->tv.type) + ")");
    invalidate(e);
  };
  bool xu = is_untyped(x->tv.type), yu = is_untyped(y->tv.type);
  const bool xnil0 = is_nil_type(x->tv.type), ynil0 = is_nil_type(y->tv.type);
  if (xu && !yu) {
    std::string reason;
    Type* saved = x->tv.type;
    if (!implicit_convert(x, y->tv.type, &reason)) {
      if (reason == "truncated" || reason == "overflows") {
        error(x->pos, operand_string(x) + " " + (reason == "truncated" ? "truncated to " : "overflows ") +
                          type_string(underlying(y->tv.type)));
        return invalidate(e);
      }
      x->tv.type = saved;
      if (is_nil_type(saved) && is_comparison(e->op)) {
        error(e->pos, "invalid operation: " + expr_string(e) + " (mismatched types untyped nil and " +
                          type_string(y->tv.type) + ")");
        return invalidate(e);
      }
      return mismatch();
    }
  } else if (yu && !xu) {
    std::string reason;
    Type* saved = y->tv.type;
    if (!implicit_convert(y, x->tv.type, &reason)) {
      if (reason == "truncated" || reason == "overflows") {
        error(y->pos, operand_string(y) + " " + (reason == "truncated" ? "truncated to " : "overflows ") +
                          type_string(underlying(x->tv.type)));
        return invalidate(e);
      }
      y->tv.type = saved;
      if (is_nil_type(saved) && x->tv.type->kind == TypeKind::TypeParam) {
        // types2 reports T == nil at nil
        error(y->pos, "invalid operation: " + expr_string(e) + " (mismatched types " + type_string(x->tv.type) +
                          " and untyped nil)");
        return invalidate(e);
      }
      return mismatch();
    }
  } else if (xu && yu) {
    Basic* a = static_cast<Basic*>(x->tv.type);
    Basic* b = static_cast<Basic*>(y->tv.type);
    if (is_numeric_or_complex(a) && is_numeric_or_complex(b)) {
      Type* t = a->bkind > b->bkind ? x->tv.type : y->tv.type;
      set_type_rec(x, t);
      set_type_rec(y, t);
    } else if (a->bkind != b->bkind) {
      return mismatch();
    }
  }
  Type* xt = x->tv.type;
  Type* yt = y->tv.type;
  if (is_comparison(e->op)) {
    bool ok = false;
    std::string why;
    bool xnil = xnil0, ynil = ynil0;
    if (e->op == Tok::Eql || e->op == Tok::Neq) {
      if (xnil || ynil) {
        Type* other = xnil ? yt : xt;
        ok = (xnil && ynil) ? false : has_nil(other);
        if (!ok && other->kind == TypeKind::TypeParam) {
          error(xnil ? x->pos : y->pos, "invalid operation: " + expr_string(e) + " (mismatched types " +
                                            (xnil ? "untyped nil" : type_string(other)) + " and " +
                                            (xnil ? type_string(other) : "untyped nil") + ")");
          return invalidate(e);
        }
        if (xnil && ynil) why = "operator == not defined on nil";
      } else if (!assignable(x, yt, nullptr) && !assignable(y, xt, nullptr)) {
        // types2 reports comparison mismatches at the second operand.
        error(y->pos, "invalid operation: " + expr_string(e) + " (mismatched types " + type_string(xt) + " and " +
                          type_string(yt) + ")");
        return invalidate(e);
      } else if (xt->kind == TypeKind::TypeParam && !comparable(xt)) {
        why = "incomparable types in type set";
      } else if (!comparable(xt)) {
        Type* u = underlying(xt);
        const char* k = u->kind == TypeKind::Slice ? "slice" : u->kind == TypeKind::Map ? "map" : u->kind == TypeKind::Signature ? "func" : nullptr;
        // types2's incomparableCause: the first incomparable field type / the array type.
        if (k) why = std::string(k) + " can only be compared to nil";
        else if (u->kind == TypeKind::Struct) {
          why = "struct containing uncomparable field cannot be compared";
          for (Var* f : static_cast<Struct*>(u)->fields)
            if (!comparable(f->type)) {
              why = "struct containing " + type_string(f->type) + " cannot be compared";
              break;
            }
        } else if (u->kind == TypeKind::Array) {
          why = type_string(xt) + " cannot be compared";
        } else {
          why = "operator == not defined on " + operand_string(x);
        }
      } else {
        ok = true;
      }
    } else {
      if (!identical(xt, yt) && !(is_untyped(xt) && is_untyped(yt))) {
        error(y->pos, "invalid operation: " + expr_string(e) + " (mismatched types " + type_string(xt) + " and " +
                          type_string(yt) + ")");
        return invalidate(e);
      }
      ok = is_ordered(xt);
      if (!ok) {
        // types2's catch-all cause names the operand's kind (kindString): "operator < not
        // defined on complex128", "... on struct".
        Type* u = underlying(xt);
        std::string kind = u->kind == TypeKind::Array ? "array" : u->kind == TypeKind::Slice ? "slice"
                           : u->kind == TypeKind::Struct ? "struct" : u->kind == TypeKind::Pointer ? "pointer"
                           : u->kind == TypeKind::Signature ? "func" : u->kind == TypeKind::Interface ? "interface"
                           : u->kind == TypeKind::Map ? "map" : u->kind == TypeKind::Chan ? "chan"
                           : type_string(xt);
        why = std::string("operator ") + tok_str(e->op) + " not defined on " + kind;
      }
      if (!ok && xt->kind == TypeKind::TypeParam)
        why = "type parameter " + type_string(xt) + " is not comparable with " + tok_str(e->op);
    }
    if (!ok) {
      error(e->pos, "invalid operation: " + expr_string(e) + " (" + why + ")");
      return invalidate(e);
    }
    if (x->tv.mode == Mode::Constant && y->tv.mode == Mode::Constant) {
      e->tv.mode = Mode::Constant;
      e->tv.val = ConstValue::make_bool(const_compare(e->op, x->tv.val, y->tv.val));
    } else {
      e->tv.mode = Mode::Value;
      default_untyped(x);
      default_untyped(y);
    }
    e->tv.type = ctx_.basic(BasicKind::UntypedBool);
    return;
  }
  if (!identical(xt, yt)) {
    // Different untyped numeric kinds were unified above; anything else mismatches.
    return mismatch();
  }
  bool ok = false;
  switch (e->op) {
    case Tok::Add: ok = is_addable(xt); break;
    case Tok::Sub: case Tok::Mul: case Tok::Quo: ok = is_numeric_or_complex(xt); break;
    case Tok::Rem: case Tok::And: case Tok::Or: case Tok::Xor: case Tok::AndNot: ok = is_integer(xt); break;
    case Tok::LAnd: case Tok::LOr: ok = is_boolean(xt); break;
    default: break;
  }
  if (!ok) {
    error(e->pos, std::string("invalid operation: operator ") + tok_str(e->op) + " not defined on " + operand_string(x));
    return invalidate(e);
  }
  if ((e->op == Tok::Quo || e->op == Tok::Rem) && y->tv.mode == Mode::Constant &&
      ((y->tv.val.kind == ConstValue::Int && y->tv.val.i == 0) ||
       (y->tv.val.kind == ConstValue::Float && y->tv.val.f == 0) ||
       (y->tv.val.kind == ConstValue::Complex && y->tv.val.f == 0 && y->tv.val.fi == 0)) &&
      (x->tv.mode == Mode::Constant || is_integer(xt))) {
    error(y->pos, "invalid operation: division by zero");
    return invalidate(e);
  }
  e->tv.type = xt;
  if (x->tv.mode == Mode::Constant && y->tv.mode == Mode::Constant) {
    ConstValue r;
    bool int_div = is_integer(xt);
    if (!const_binary(e->op, x->tv.val, y->tv.val, int_div, &r, e->op_pos)) return invalidate(e);
    if (!is_untyped(xt)) {
      ConstValue rr;
      std::string why;
      if (!representable(r, as_basic(xt), &rr, &why)) {
        error(e->pos, "constant " + r.to_string() + " overflows " + type_string(xt));
        return invalidate(e);
      }
      r = rr;
    }
    e->tv.mode = Mode::Constant;
    e->tv.val = r;
    return;
  }
  e->tv.mode = Mode::Value;
}

// ---------------------------------------------------------------------------------------------
// Composite literals, function literals, index, slice, type assertion

void Checker::composite_lit(CompositeLit* e, Type* hint) {
  Type* t = nullptr;
  if (e->type) {
    ArrayType* at = e->type->kind == ExprKind::ArrayType ? static_cast<ArrayType*>(e->type) : nullptr;
    if (at && at->len && at->len->kind == ExprKind::Ellipsis) {
      Type* el = type_expr(at->elem);
      // length from the elements (max index + 1)
      int64_t n = 0, idx = 0;
      for (Expr* x : e->elts) {
        if (x->kind == ExprKind::KeyValue) {
          Expr* k = static_cast<KeyValueExpr*>(x)->key;
          expr(k);
          if (k->tv.mode == Mode::Constant && k->tv.val.kind == ConstValue::Int)
            idx = std::clamp<__int128>(k->tv.val.i, 0, INT64_MAX - 1);   // bad keys are reported below
        }
        idx++;
        n = std::max(n, idx);
      }
      t = sized_array(e->pos, el, n);
      at->tv.mode = Mode::TypeExpr;
      at->tv.type = t;
    } else {
      t = type_expr_or_null(e->type);
      if (!t) {
        for (Expr* x : e->elts) {
          if (x->kind == ExprKind::KeyValue) raw_expr(static_cast<KeyValueExpr*>(x)->value, nullptr);
          else if (x->kind != ExprKind::CompositeLit) raw_expr(x, nullptr);
        }
        return invalidate(e);
      }
    }
  } else if (hint) {
    t = hint;
    Type* hu = underlying(t);
    // &T elision: {…} for a *T element means &T{…}
    if (hu->kind == TypeKind::Pointer) {
      Type* base = static_cast<Pointer*>(hu)->elem;
      composite_lit(e, base);
      if (e->tv.mode == Mode::Invalid) return;
      e->tv.type = base;
      e->tv.mode = Mode::Value;
      return;
    }
  } else {
    error(e->pos, "invalid composite literal type: missing type");  // types2: "missing type in composite literal"
    diags().back().msg = "missing type in composite literal";
    return invalidate(e);
  }
  Type* u = underlying(t);
  auto elem_value = [&](Expr* v, Type* et, const char* ctx) {
    if (v->kind == ExprKind::CompositeLit && !static_cast<CompositeLit*>(v)->type) {
      composite_lit(static_cast<CompositeLit*>(v), et);
      if (v->tv.mode != Mode::Invalid) {
        Type* eu = underlying(et);
        if (eu->kind == TypeKind::Pointer) {
          v->tv.type = et;  // elided &T{...}
        }
      }
      return;
    }
    expr(v, et);
    assignment(v, et, ctx);
  };
  switch (u->kind) {
    case TypeKind::Struct: {
      Struct* st = static_cast<Struct*>(u);
      if (e->elts.empty()) break;
      bool keyed = e->elts[0]->kind == ExprKind::KeyValue;
      if (keyed) {
        std::set<std::string> seen;
        for (Expr* x : e->elts) {
          if (x->kind != ExprKind::KeyValue) {
            error(x->pos, "mixture of field:value and value elements in struct literal");
            raw_expr(x, nullptr);
            continue;
          }
          KeyValueExpr* kv = static_cast<KeyValueExpr*>(x);
          if (kv->key->kind != ExprKind::Ident) {
            error(kv->key->pos, "invalid field name " + expr_string(kv->key) + " in struct literal");
            raw_expr(kv->value, nullptr);
            continue;
          }
          Ident* k = static_cast<Ident*>(kv->key);
          Var* f = nullptr;
          for (Var* fv : st->fields)
            if (same_id(fv, k->name, false)) f = fv;
          if (!f) {
            // types2 looks the key up among the struct's own fields only (no promotion).
            Var* alt = nullptr;
            for (Var* fv : st->fields)
              if (!alt && same_id(fv, k->name, true)) alt = fv;
            std::string msg = lookup_error(t, k->name, alt, true);
            error(k->pos, msg);
            raw_expr(kv->value, nullptr);
            continue;
          }
          k->obj = f;
          if (!seen.insert(k->name).second) error(k->pos, "duplicate field name " + k->name + " in struct literal");
          elem_value(kv->value, f->type, "struct literal");
        }
      } else {
        size_t i = 0;
        for (Expr* x : e->elts) {
          if (x->kind == ExprKind::KeyValue) {
            error(x->pos, "mixture of field:value and value elements in struct literal");
            continue;
          }
          if (i >= st->fields.size()) {
            error(x->pos, "too many values in struct literal of type " + type_string(t));
            break;
          }
          Var* fv = st->fields[i];
          if (!fv->exported() && fv->pkg && fv->pkg != pkg_) {
            error(x->pos, "implicit assignment to unexported field " + fv->name + " in struct literal of type " +
                              type_string(t));
            raw_expr(x, nullptr);
            i++;
            continue;
          }
          elem_value(x, fv->type, "struct literal");
          i++;
        }
        if (i < st->fields.size() && i == e->elts.size())
          error(e->rbrace, "too few values in struct literal of type " + type_string(t));
      }
      break;
    }
    case TypeKind::Array:
    case TypeKind::Slice: {
      Type* et = u->kind == TypeKind::Array ? static_cast<Array*>(u)->elem : static_cast<Slice*>(u)->elem;
      int64_t len = u->kind == TypeKind::Array ? static_cast<Array*>(u)->len : -1;
      int64_t idx = 0;
      std::set<int64_t> seen;
      for (Expr* x : e->elts) {
        Expr* v = x;
        if (x->kind == ExprKind::KeyValue) {
          KeyValueExpr* kv = static_cast<KeyValueExpr*>(x);
          expr(kv->key);
          if (kv->key->tv.mode == Mode::Constant && is_integer(kv->key->tv.type)) {
            if (is_untyped(kv->key->tv.type)) set_type_rec(kv->key, ctx_.basic(BasicKind::Int));
            if (kv->key->tv.val.i < 0) {   // types2's index(): before any bounds check
              error(kv->key->pos, "invalid argument: index " + operand_string(kv->key) + " must not be negative");
              elem_value(kv->value, et, "array or slice literal");
              continue;
            }
            idx = (int64_t)std::min<__int128>(kv->key->tv.val.i, INT64_MAX - 1);
          } else if (kv->key->tv.mode != Mode::Invalid) {
            error(kv->key->pos, "index " + expr_string(kv->key) + " must be integer constant");
          }
          v = kv->value;
        }
        if (len >= 0 && idx >= len) {
          error(v->pos, "index " + std::to_string(idx) + " out of bounds [0:" + std::to_string(len) + "]");
          diags().back().msg = "array index " + std::to_string(idx) + " out of bounds [0:" + std::to_string(len) + "]";
        } else if (!seen.insert(idx).second) {
          error(x->pos, "duplicate index " + std::to_string(idx) + " in array or slice literal");
        }
        elem_value(v, et, "array or slice literal");
        idx++;
      }
      break;
    }
    case TypeKind::Map: {
      Map* m = static_cast<Map*>(u);
      std::map<std::string, std::vector<Type*>> seen;
      for (Expr* x : e->elts) {
        if (x->kind != ExprKind::KeyValue) {
          error(x->pos, "missing key in map literal");
          raw_expr(x, nullptr);
          continue;
        }
        KeyValueExpr* kv = static_cast<KeyValueExpr*>(x);
        elem_value(kv->key, m->key, "map literal");
        if (kv->key->tv.mode == Mode::Constant) {
          // types2's keyVal: numeric constants compare by value (1 == 1.0); with an interface
          // key type the (defaulted) types must also be identical (1 and 1.0 are int and float64).
          // The message prints the constant's value, not the key expression.
          const ConstValue& v = kv->key->tv.val;
          std::string k = v.key();
          bool dup = false;
          auto& types_seen = seen[k];
          for (Type* t : types_seen)
            if (!is_interface(m->key) || identical(t, kv->key->tv.type)) dup = true;
          types_seen.push_back(kv->key->tv.type);
          if (dup) error(kv->key->pos, "duplicate key " + v.to_string() + " in map literal");
        }
        elem_value(kv->value, m->elem, "map literal");
      }
      break;
    }
    default:
      if (!is_invalid_type(t) && !is_invalid_type(u)) error(e->pos, "invalid composite literal type " + type_string(t));
      for (Expr* x : e->elts) raw_expr(x->kind == ExprKind::KeyValue ? static_cast<KeyValueExpr*>(x)->value : x, nullptr);
      return invalidate(e);
  }
  e->tv.mode = Mode::Value;
  e->tv.type = t;
}

void Checker::func_lit(FuncLit* e) {
  Scope* s = ctx_.make_scope(scope_);
  s->func_scope = true;
  Signature* sig = func_signature(e->type, nullptr, s, nullptr);
  e->sig = sig;
  Func* fn = ctx_.make_obj<Func>("func" + std::to_string(++lit_count_));
  fn->type = sig;
  fn->pkg = pkg_;
  fn->line = e->pos.line;
  fn->col = e->pos.col;
  fn->has_body = true;
  Scope* saved = scope_;
  scope_ = s;
  funcs_.push_back(FuncCtx{fn, e, sig});
  for (Tuple* t : {sig->params, sig->results}) {
    for (Var* v : t->vars) {
      v->owner = fn;
      if (!v->name.empty() && v->name != "_") {
        if (s->lookup_local(v->name)) {
          error(Pos{v->line, v->col}, "duplicate argument " + v->name);
          continue;
        }
        s->names[v->name] = v;
      }
    }
  }
  auto saved_labels = std::move(labels_);
  auto saved_used = std::move(used_labels_);
  auto saved_gotos = std::move(rf_gotos_);
  rf_gotos_.clear();
  labels_.clear();
  used_labels_.clear();
  labels(e->body);
  check_gotos(e->body);
  stmt_list(e->body->list, 0);
  if (!sig->results->vars.empty()) {
    Stmt* last = e->body->list.empty() ? nullptr : e->body->list.back();
    if (!last || !is_terminating(last, "")) error(e->body->rbrace, "missing return");
  }
  for (auto& [name, st] : labels_)
    if (!used_labels_.count(name))
      error(static_cast<LabeledStmt*>(st)->label->pos, "label " + name + " defined and not used");
  labels_ = std::move(saved_labels);
  used_labels_ = std::move(saved_used);
  rf_flush_gotos();
  rf_gotos_ = std::move(saved_gotos);
  report_unused(s);
  if (funcs_.size() == 1) flush_unused();  // a function literal outside any function
  funcs_.pop_back();
  scope_ = saved;
  e->tv.mode = Mode::Value;
  e->tv.type = sig;
}

void Checker::index_expr(IndexExpr* e) {
  expr_or_type(e->x);
  Expr* x = e->x;
  if (x->tv.mode == Mode::Invalid) {
    raw_expr(e->index, nullptr);
    return invalidate(e);
  }
  if (instantiate_index(e)) return;  // G[int] or F[int]
  if (x->tv.mode == Mode::Builtin || x->tv.mode == Mode::NoValue) {
    expr(x);
    return invalidate(e);
  }
  default_untyped(x);
  Type* u = core_type(x->tv.type);
  if (!u) u = underlying(x->tv.type);
  if (u->kind == TypeKind::Map) {
    Map* m = static_cast<Map*>(u);
    expr(e->index, m->key);
    assignment(e->index, m->key, "map index");
    e->tv.mode = Mode::MapIndex;
    e->tv.type = m->elem;
    return;
  }
  int64_t len = -1;
  Type* elem = nullptr;
  Mode mode = Mode::Variable;
  if (is_string(u)) {
    elem = ctx_.byte_type();
    mode = Mode::Value;
    if (x->tv.mode == Mode::Constant) len = (int64_t)x->tv.val.s.size();
  } else if (u->kind == TypeKind::Slice) {
    elem = static_cast<Slice*>(u)->elem;
  } else if (u->kind == TypeKind::Array) {
    elem = static_cast<Array*>(u)->elem;
    len = static_cast<Array*>(u)->len;
    mode = x->tv.mode == Mode::Variable ? Mode::Variable : Mode::Value;
  } else if (u->kind == TypeKind::Pointer && underlying(static_cast<Pointer*>(u)->elem)->kind == TypeKind::Array) {
    Array* a = static_cast<Array*>(underlying(static_cast<Pointer*>(u)->elem));
    elem = a->elem;
    len = a->len;
  } else {
    expr(e->index);
    error(x->pos, "invalid operation: cannot index " + operand_string(x));
    return invalidate(e);
  }
  Expr* i = e->index;
  expr(i);
  if (i->tv.mode != Mode::Invalid) {
    if (i->tv.mode == Mode::Constant) {
      ConstValue r;
      std::string why;
      if (!is_numeric(i->tv.type) || !representable(i->tv.val, ctx_.basic(BasicKind::Int), &r, &why)) {
        if (why == "truncated") error(i->pos, "invalid argument: index " + operand_string(i) + " truncated to int");
        else error(i->pos, "invalid argument: index " + operand_string(i) + " must be integer");
      } else if (r.i < 0) {
        if (is_untyped(i->tv.type)) set_type_rec(i, ctx_.basic(BasicKind::Int));
        error(i->pos, "invalid argument: index " + operand_string(i) + " must not be negative");
      } else if (len >= 0 && r.i >= len) {
        error(i->pos, "invalid argument: index " + expr_string(i) + " out of bounds [0:" + std::to_string(len) + "]");
      } else if (is_untyped(i->tv.type)) {
        set_type_rec(i, ctx_.basic(BasicKind::Int));
      }
    } else if (!is_integer(i->tv.type)) {
      error(i->pos, "invalid argument: index " + operand_string(i) + " must be integer");
    }
  }
  if (x->tv.mode == Mode::Constant && i->tv.mode == Mode::Constant && is_string(u) &&
      i->tv.val.kind == ConstValue::Int && i->tv.val.i >= 0 && i->tv.val.i < len) {
    e->tv.mode = Mode::Constant;
    e->tv.val = ConstValue::make_int((unsigned char)x->tv.val.s[(size_t)i->tv.val.i]);
    e->tv.type = elem;
    return;
  }
  e->tv.mode = mode;
  e->tv.type = elem;
}

void Checker::slice_expr(SliceExpr* e) {
  expr(e->x);
  Expr* x = e->x;
  for (Expr* i : {e->lo, e->hi, e->max}) {
    if (!i) continue;
    expr(i);
    if (i->tv.mode == Mode::Invalid) continue;
    if (i->tv.mode == Mode::Constant) {
      ConstValue r;
      std::string why;
      if (!is_numeric(i->tv.type) || !representable(i->tv.val, ctx_.basic(BasicKind::Int), &r, &why))
        error(i->pos, "invalid argument: index " + operand_string(i) + " must be integer");
      else if (r.i < 0)
        error(i->pos, "invalid argument: index " + operand_string(i) + " must not be negative");
      else if (is_untyped(i->tv.type))
        set_type_rec(i, ctx_.basic(BasicKind::Int));
    } else if (!is_integer(i->tv.type)) {
      error(i->pos, "invalid argument: index " + operand_string(i) + " must be integer");
    }
  }
  if (x->tv.mode == Mode::Invalid) return invalidate(e);
  Type* u = core_type(x->tv.type);  // a type parameter slices as its core type
  if (!u) u = underlying(x->tv.type);
  if (is_string(u)) {
    if (e->slice3) {
      error(e->pos, "invalid operation: 3-index slice of string");
      return invalidate(e);
    }
    default_untyped(x);
    e->tv.mode = Mode::Value;
    e->tv.type = is_untyped(x->tv.type) ? ctx_.basic(BasicKind::String) : x->tv.type;
    return;
  }
  if (u->kind == TypeKind::Slice) {
    e->tv.mode = Mode::Value;
    e->tv.type = x->tv.type;
    return;
  }
  if (u->kind == TypeKind::Array) {
    if (x->tv.mode != Mode::Variable) {
      error(e->pos, "invalid operation: " + expr_string(x) + " (slice of unaddressable value)");
      return invalidate(e);
    }
    mark_addr(x);
    e->tv.mode = Mode::Value;
    e->tv.type = ctx_.make_type<Slice>(static_cast<Array*>(u)->elem);
    return;
  }
  if (u->kind == TypeKind::Pointer && underlying(static_cast<Pointer*>(u)->elem)->kind == TypeKind::Array) {
    e->tv.mode = Mode::Value;
    e->tv.type = ctx_.make_type<Slice>(static_cast<Array*>(underlying(static_cast<Pointer*>(u)->elem))->elem);
    return;
  }
  error(x->pos, "cannot slice " + operand_string(x));
  return invalidate(e);
}

void Checker::type_assert(TypeAssertExpr* e) {
  expr(e->x);
  Expr* x = e->x;
  if (!e->type) {
    error(e->pos, "invalid syntax tree: use of .(type) outside type switch");
    diags().back().msg = "use of .(type) outside type switch";
    return invalidate(e);
  }
  Type* t = type_expr_or_null(e->type);
  if (x->tv.mode == Mode::Invalid || !t) return invalidate(e);
  if (!is_interface(x->tv.type)) {
    error(x->pos, "invalid operation: " + operand_string(x) +
                      " is not an interface");
    return invalidate(e);
  }
  if (!is_interface(t)) {
    std::string why;
    if (!implements(t, static_cast<Interface*>(underlying(x->tv.type)), &why)) {
      error(e->pos, "impossible type assertion: " + expr_string(e) + "\n\t" + type_string(t) +
                              " does not implement " + type_string(x->tv.type) + " " + why);
      return invalidate(e);
    }
  }
  e->tv.mode = Mode::CommaOk;
  e->tv.type = t;
}

void Checker::comma_ok_mark(Expr* e) {
  Expr* u = unparen(e);
  switch (u->kind) {
    case ExprKind::Index: static_cast<IndexExpr*>(u)->comma_ok = true; break;
    case ExprKind::TypeAssert: static_cast<TypeAssertExpr*>(u)->comma_ok = true; break;
    case ExprKind::Unary: static_cast<UnaryExpr*>(u)->comma_ok = true; break;
    default: break;
  }
}

}  // namespace gort::lang
