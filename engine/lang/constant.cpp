// engine/lang/constant.cpp — exact constant arithmetic for the checker (go/constant's rules):
// integers of up to 512 bits (beyond: gc's "constant <op> overflow"), floats and complex parts
// as exact fractions (bignum.h), strings and booleans; comparisons.
#include "lang/checker.h"

namespace gort::lang {

namespace {

// go/types' opName for the operations that may overflow.
const char* overflow_op_name(Tok op) {
  switch (op) {
    case Tok::Add: return "addition ";
    case Tok::Sub: return "subtraction ";
    case Tok::Xor: return "bitwise XOR ";
    case Tok::Mul: return "multiplication ";
    case Tok::Shl: return "shift ";
    default: return "";
  }
}

constexpr size_t kMaxIntBits = 512;      // gc's untyped integer precision
constexpr size_t kMaxFloatBits = 100000; // far beyond any Go type; keeps fractions bounded

bool exact_real(const ConstValue& v, BigRat* r) {
  if (v.kind != ConstValue::Int && v.kind != ConstValue::Float) return false;
  *r = v.re;
  return true;
}

bool exact_complex(const ConstValue& v, BigRat* re, BigRat* im) {
  if (v.kind == ConstValue::Complex) {
    *re = v.re;
    *im = v.im;
    return true;
  }
  *im = BigRat();
  return exact_real(v, re);
}

}  // namespace

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
  if (!a.is_numeric() || !b.is_numeric()) return false;
  bool ints = a.kind == ConstValue::Int && b.kind == ConstValue::Int;
  // Shifts and integer-only operators take integral values (1.0 << 3 is 8).
  bool int_op = op == Tok::Shl || op == Tok::Shr || op == Tok::Rem || op == Tok::And ||
                op == Tok::Or || op == Tok::Xor || op == Tok::AndNot || (op == Tok::Quo && int_div);
  if (int_op) {
    if (a.kind == ConstValue::Complex || b.kind == ConstValue::Complex || !a.re.is_int() || !b.re.is_int())
      return false;
    const BigInt& x = a.re.num();
    const BigInt& y = b.re.num();
    BigInt r;
    switch (op) {
      case Tok::Quo:
        if (y.is_zero()) return false;
        BigInt::divmod(x, y, &r, nullptr);
        break;
      case Tok::Rem:
        if (y.is_zero()) return false;
        BigInt::divmod(x, y, nullptr, &r);
        break;
      case Tok::And: r = x & y; break;
      case Tok::Or: r = x | y; break;
      case Tok::Xor: r = x ^ y; break;
      case Tok::AndNot: r = x.and_not(y); break;
      case Tok::Shl: case Tok::Shr: {
        if (y.is_neg()) return false;
        if (op == Tok::Shr) {
          r = y.bit_len() > 20 ? (x.is_neg() ? BigInt::from_i128(-1) : BigInt()) : x.shr(static_cast<size_t>(y.to_i128()));
          break;
        }
        if (!x.is_zero() && (y.bit_len() > 20 || x.bit_len() + static_cast<size_t>(y.to_i128()) > kMaxIntBits + 1)) {
          error(p, std::string("constant ") + overflow_op_name(op) + "overflow");
          return false;
        }
        r = x.is_zero() ? x : x.shl(static_cast<size_t>(y.to_i128()));
        break;
      }
      default: return false;
    }
    if (r.bit_len() > kMaxIntBits) {
      error(p, std::string("constant ") + overflow_op_name(op) + "overflow");
      return false;
    }
    *out = ConstValue::make_int(std::move(r));
    return true;
  }
  if (a.kind == ConstValue::Complex || b.kind == ConstValue::Complex) {
    BigRat ar, ai, br, bi;
    if (!exact_complex(a, &ar, &ai) || !exact_complex(b, &br, &bi)) return false;
    BigRat re, im;
    switch (op) {
      case Tok::Add: re = ar + br; im = ai + bi; break;
      case Tok::Sub: re = ar - br; im = ai - bi; break;
      case Tok::Mul: re = ar * br - ai * bi; im = ar * bi + ai * br; break;
      case Tok::Quo: {
        BigRat d = br * br + bi * bi;
        if (d.is_zero()) return false;
        re = (ar * br + ai * bi) / d;
        im = (ai * br - ar * bi) / d;
        break;
      }
      default: return false;
    }
    if (re.num().bit_len() > kMaxFloatBits || re.den().bit_len() > kMaxFloatBits ||
        im.num().bit_len() > kMaxFloatBits || im.den().bit_len() > kMaxFloatBits) {
      error(p, "constant overflow");
      return false;
    }
    *out = ConstValue::make_complex(std::move(re), std::move(im));
    return true;
  }
  const BigRat& x = a.re;
  const BigRat& y = b.re;
  BigRat r;
  switch (op) {
    case Tok::Add: r = x + y; break;
    case Tok::Sub: r = x - y; break;
    case Tok::Mul: r = x * y; break;
    case Tok::Quo:
      if (y.is_zero()) return false;
      r = x / y;
      break;
    default: return false;
  }
  if (ints) {
    if (r.num().bit_len() > kMaxIntBits) {
      error(p, std::string("constant ") + overflow_op_name(op) + "overflow");
      return false;
    }
    *out = ConstValue::make_int(r.num());
    return true;
  }
  if (r.num().bit_len() > kMaxFloatBits || r.den().bit_len() > kMaxFloatBits) {
    error(p, "constant overflow");
    return false;
  }
  *out = ConstValue::make_float(std::move(r));
  return true;
}

bool Checker::const_compare(Tok op, const ConstValue& a, const ConstValue& b) {
  int c = 0;
  if (a.kind == ConstValue::String && b.kind == ConstValue::String) {
    c = a.s < b.s ? -1 : a.s > b.s ? 1 : 0;
  } else if (a.kind == ConstValue::Bool && b.kind == ConstValue::Bool) {
    c = a.b == b.b ? 0 : 1;
  } else if (a.kind == ConstValue::Complex || b.kind == ConstValue::Complex) {
    // Only == and != reach here for complex operands (the checker rejects ordering).
    BigRat ar, ai, br, bi;
    if (!exact_complex(a, &ar, &ai) || !exact_complex(b, &br, &bi)) return false;
    c = ar == br && ai == bi ? 0 : 1;
  } else {
    if (!a.is_numeric() || !b.is_numeric()) return false;
    c = cmp(a.re, b.re);
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
