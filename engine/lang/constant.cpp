// engine/lang/constant.cpp — exact constant arithmetic for the checker: 128-bit integers with
// overflow detection (gc allows 512 bits; beyond 127 we report "constant overflow"), floats as
// long double, complex numbers as two long doubles, strings and booleans; comparisons.
#include <cmath>

#include "lang/checker.h"

namespace gort::lang {

static bool to_float(const ConstValue& v, long double* f) {
  if (v.kind == ConstValue::Int) *f = (long double)v.i;
  else if (v.kind == ConstValue::Float) *f = v.f;
  else return false;
  return true;
}

bool Checker::const_binary(Tok op, const ConstValue& a, const ConstValue& b, bool int_div,
                           ConstValue* out, Pos p) {
  if (a.kind == ConstValue::String && b.kind == ConstValue::String && op == Tok::Add) {
    *out = ConstValue::make_string(a.s + b.s);
    return true;
  }
  if (a.kind == ConstValue::Bool && b.kind == ConstValue::Bool) {
    if (op == Tok::LAnd) *out = ConstValue::make_bool(a.b && b.b);
    else if (op == Tok::LOr) *out = ConstValue::make_bool(a.b || b.b);
    else return false;
    return true;
  }
  if (a.kind == ConstValue::Int && b.kind == ConstValue::Int) {
    __int128 x = a.i, y = b.i, r = 0;
    bool ovf = false;
    switch (op) {
      case Tok::Add: ovf = __builtin_add_overflow(x, y, &r); break;
      case Tok::Sub: ovf = __builtin_sub_overflow(x, y, &r); break;
      case Tok::Mul: ovf = __builtin_mul_overflow(x, y, &r); break;
      case Tok::Quo:
        if (y == 0) return false;
        if (!int_div) {
          *out = ConstValue::make_float((long double)x / (long double)y);
          // Exact quotients stay integral-valued floats (untyped float semantics).
          return true;
        }
        if (x == -x - 1 && y == -1) { ovf = true; break; }
        r = x / y;
        break;
      case Tok::Rem:
        if (y == 0) return false;
        if (y == -1) { r = 0; break; }
        r = x % y;
        break;
      case Tok::And: r = x & y; break;
      case Tok::Or: r = x | y; break;
      case Tok::Xor: r = x ^ y; break;
      case Tok::AndNot: r = x & ~y; break;
      case Tok::Shl:
        if (y < 0) return false;
        if (y >= 127 || (x != 0 && (y > 126 || (x > 0 ? (x >> (126 - (int)y)) != 0 : ((-x) >> (126 - (int)y)) != 0)))) {
          if (x != 0) ovf = true;
          r = 0;
          break;
        }
        r = x << (int)y;
        break;
      case Tok::Shr:
        if (y < 0) return false;
        r = y >= 127 ? (x < 0 ? -1 : 0) : x >> (int)y;
        break;
      default: return false;
    }
    if (ovf) {
      error(p, "constant overflow");
      return false;
    }
    *out = ConstValue::make_int(r);
    return true;
  }
  if (a.kind == ConstValue::Complex || b.kind == ConstValue::Complex) {
    long double ar, ai = 0, br, bi = 0;
    if (a.kind == ConstValue::Complex) { ar = a.f; ai = a.fi; }
    else if (!to_float(a, &ar)) return false;
    if (b.kind == ConstValue::Complex) { br = b.f; bi = b.fi; }
    else if (!to_float(b, &br)) return false;
    long double re, im;
    switch (op) {
      case Tok::Add: re = ar + br; im = ai + bi; break;
      case Tok::Sub: re = ar - br; im = ai - bi; break;
      case Tok::Mul: re = ar * br - ai * bi; im = ar * bi + ai * br; break;
      case Tok::Quo: {
        long double d = br * br + bi * bi;   // exact arithmetic in go/constant; close enough here
        if (d == 0) return false;
        re = (ar * br + ai * bi) / d;
        im = (ai * br - ar * bi) / d;
        break;
      }
      default: return false;
    }
    if ((!std::isfinite((double)re) || !std::isfinite((double)im)) && std::isfinite((double)ar) &&
        std::isfinite((double)ai) && std::isfinite((double)br) && std::isfinite((double)bi)) {
      error(p, "constant overflow");
      return false;
    }
    *out = ConstValue::make_complex(re, im);
    return true;
  }
  long double x, y;
  if (!to_float(a, &x) || !to_float(b, &y)) return false;
  long double r;
  switch (op) {
    case Tok::Add: r = x + y; break;
    case Tok::Sub: r = x - y; break;
    case Tok::Mul: r = x * y; break;
    case Tok::Quo:
      if (y == 0) return false;
      r = x / y;
      break;
    default: return false;
  }
  if (!std::isfinite((double)r) && std::isfinite((double)x) && std::isfinite((double)y)) {
    error(p, "constant overflow");
    return false;
  }
  *out = ConstValue::make_float(r);
  return true;
}

bool Checker::const_compare(Tok op, const ConstValue& a, const ConstValue& b) {
  int c = 0;
  if (a.kind == ConstValue::String && b.kind == ConstValue::String) {
    c = a.s < b.s ? -1 : a.s > b.s ? 1 : 0;
  } else if (a.kind == ConstValue::Bool && b.kind == ConstValue::Bool) {
    c = a.b == b.b ? 0 : 1;
  } else if (a.kind == ConstValue::Int && b.kind == ConstValue::Int) {
    c = a.i < b.i ? -1 : a.i > b.i ? 1 : 0;
  } else if (a.kind == ConstValue::Complex || b.kind == ConstValue::Complex) {
    // Only == and != reach here for complex operands (the checker rejects ordering).
    long double ar, ai = 0, br, bi = 0;
    if (a.kind == ConstValue::Complex) { ar = a.f; ai = a.fi; }
    else if (!to_float(a, &ar)) return false;
    if (b.kind == ConstValue::Complex) { br = b.f; bi = b.fi; }
    else if (!to_float(b, &br)) return false;
    c = ar == br && ai == bi ? 0 : 1;
  } else {
    long double x, y;
    if (!to_float(a, &x) || !to_float(b, &y)) return false;
    c = x < y ? -1 : x > y ? 1 : 0;
  }
  switch (op) {
    case Tok::Eql: return c == 0;
    case Tok::Neq: return c != 0;
    case Tok::Lss: return c < 0;
    case Tok::Leq: return c <= 0;
    case Tok::Gtr: return c > 0;
    case Tok::Geq: return c >= 0;
    default: return false;
  }
}

}  // namespace gort::lang
