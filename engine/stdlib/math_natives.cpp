// engine/stdlib/math_natives.cpp — package math: the declared functions on <cmath> (Go's
// results for special values — NaN, ±Inf, ±0 — agree with C's for these functions; Round
// rounds half away from zero like C's round).
#include <cmath>
#include <cstring>

#include "stdlib/natives.h"
#include "stdlib/util.h"

namespace gort::stdlib {
namespace {

#define F1(NAME, EXPR)                       \
  NativeStatus NAME(NativeCtx& c) {          \
    double x = c.args[0].f;                  \
    c.args[0].f = (EXPR);                    \
    return NativeStatus::Done;               \
  }
#define F2(NAME, EXPR)                       \
  NativeStatus NAME(NativeCtx& c) {          \
    double x = c.args[0].f, y = c.args[1].f; \
    c.args[0].f = (EXPR);                    \
    return NativeStatus::Done;               \
  }

F1(m_sqrt, std::sqrt(x))
F1(m_abs, std::fabs(x))
F1(m_floor, std::floor(x))
F1(m_ceil, std::ceil(x))
F1(m_round, std::round(x))
F1(m_trunc, std::trunc(x))
F1(m_log, std::log(x))
F1(m_log2, std::log2(x))
F1(m_log10, std::log10(x))
F1(m_exp, std::exp(x))
F1(m_sin, std::sin(x))
F1(m_cos, std::cos(x))
F1(m_tan, std::tan(x))
F1(m_atan, std::atan(x))
F1(m_asin, std::asin(x))
F1(m_acos, std::acos(x))
F1(m_sinh, std::sinh(x))
F1(m_cosh, std::cosh(x))
F1(m_tanh, std::tanh(x))
F1(m_asinh, std::asinh(x))
F1(m_acosh, std::acosh(x))
F1(m_atanh, std::atanh(x))
F1(m_log1p, std::log1p(x))
F1(m_expm1, std::expm1(x))
F1(m_cbrt, std::cbrt(x))
NativeStatus m_sincos(NativeCtx& c) {   // (sin, cos float64)
  double x = c.args[0].f;
  c.args[0].f = std::sin(x);
  c.args[1].f = std::cos(x);
  return NativeStatus::Done;
}
F2(m_atan2, std::atan2(x, y))
F2(m_hypot, std::hypot(x, y))
F2(m_mod, std::fmod(x, y))
// Go's Pow(x, ±0) = 1 for any x and Pow(1, y) = 1 for any y, as C's pow.
F2(m_pow, std::pow(x, y))
F2(m_copysign, std::copysign(x, y))
NativeStatus m_signbit(NativeCtx& c) { c.args[0] = bool_val(std::signbit(c.args[0].f)); return NativeStatus::Done; }

// math.Max/Min: NaN wins, and Max(+0, -0) = +0, Min(+0, -0) = -0 (Go's special cases).
NativeStatus m_max(NativeCtx& c) {
  double x = c.args[0].f, y = c.args[1].f;
  double r;
  if (std::isinf(x) && x > 0) r = x;
  else if (std::isinf(y) && y > 0) r = y;
  else if (std::isnan(x) || std::isnan(y)) r = NAN;
  else if (x == 0 && x == y) r = std::signbit(x) ? y : x;
  else r = x > y ? x : y;
  c.args[0].f = r;
  return NativeStatus::Done;
}
NativeStatus m_min(NativeCtx& c) {
  double x = c.args[0].f, y = c.args[1].f;
  double r;
  if (std::isinf(x) && x < 0) r = x;
  else if (std::isinf(y) && y < 0) r = y;
  else if (std::isnan(x) || std::isnan(y)) r = NAN;
  else if (x == 0 && x == y) r = std::signbit(x) ? x : y;
  else r = x < y ? x : y;
  c.args[0].f = r;
  return NativeStatus::Done;
}
NativeStatus m_inf(NativeCtx& c) { c.args[0].f = c.args[0].i >= 0 ? INFINITY : -INFINITY; return NativeStatus::Done; }
NativeStatus m_isinf(NativeCtx& c) {
  double f = c.args[0].f;
  int64_t sign = c.args[1].i;
  c.args[0] = bool_val((sign >= 0 && f > 0 && std::isinf(f)) || (sign <= 0 && f < 0 && std::isinf(f)));
  return NativeStatus::Done;
}
NativeStatus m_isnan(NativeCtx& c) { c.args[0] = bool_val(std::isnan(c.args[0].f)); return NativeStatus::Done; }
NativeStatus m_nan(NativeCtx& c) { c.args[0].u = 0x7FF8000000000001ULL; return NativeStatus::Done; }
// Float64bits / Float64frombits: the slot already holds the same 64 bits.
NativeStatus m_bits(NativeCtx&) { return NativeStatus::Done; }

}  // namespace

void add_math_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"math.Sqrt", m_sqrt}, {"math.Pow", m_pow}, {"math.Abs", m_abs}, {"math.Floor", m_floor},
      {"math.Ceil", m_ceil}, {"math.Round", m_round}, {"math.Trunc", m_trunc}, {"math.Max", m_max},
      {"math.Min", m_min}, {"math.Mod", m_mod}, {"math.Log", m_log}, {"math.Log2", m_log2},
      {"math.Log10", m_log10}, {"math.Exp", m_exp}, {"math.Sin", m_sin}, {"math.Cos", m_cos},
      {"math.Tan", m_tan}, {"math.Atan", m_atan}, {"math.Atan2", m_atan2}, {"math.Hypot", m_hypot},
      {"math.Inf", m_inf}, {"math.IsInf", m_isinf}, {"math.IsNaN", m_isnan}, {"math.NaN", m_nan},
      {"math.Asin", m_asin}, {"math.Acos", m_acos}, {"math.Sinh", m_sinh}, {"math.Cosh", m_cosh},
      {"math.Tanh", m_tanh}, {"math.Asinh", m_asinh}, {"math.Acosh", m_acosh}, {"math.Atanh", m_atanh},
      {"math.Log1p", m_log1p}, {"math.Expm1", m_expm1}, {"math.Cbrt", m_cbrt}, {"math.Sincos", m_sincos},
      {"math.Float64bits", m_bits}, {"math.Copysign", m_copysign}, {"math.Signbit", m_signbit}, {"math.Float64frombits", m_bits},
  });
}

}  // namespace gort::stdlib
