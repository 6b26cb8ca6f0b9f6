// engine/stdlib/go_math.cpp — see go_math.h.
#include "stdlib/go_math.h"

#include <cmath>
#include <cstdint>
#include <limits>

namespace gort::stdlib {
namespace {

bool is_odd_int(double x) {
  if (std::fabs(x) >= 9007199254740992.0) return false;   // 2^53: every such double is even
  double xi;
  double xf = std::modf(x, &xi);
  return xf == 0 && (static_cast<int64_t>(xi) & 1) == 1;
}

}  // namespace

double go_pow(double x, double y) {
  constexpr double inf = std::numeric_limits<double>::infinity();
  if (y == 0 || x == 1) return 1;
  if (y == 1) return x;
  if (std::isnan(x) || std::isnan(y)) return std::numeric_limits<double>::quiet_NaN();
  if (x == 0) {
    if (y < 0) return std::signbit(x) && is_odd_int(y) ? -inf : inf;
    return std::signbit(x) && is_odd_int(y) ? x : 0.0;   // y > 0
  }
  if (std::isinf(y)) {
    if (x == -1) return 1;
    if ((std::fabs(x) < 1) == (y > 0)) return 0;
    return inf;
  }
  if (std::isinf(x)) {
    if (x < 0) return go_pow(1 / x, -y);   // Pow(-0, -y)
    return y < 0 ? 0.0 : inf;
  }
  if (y == 0.5) return std::sqrt(x);
  if (y == -0.5) return 1 / std::sqrt(x);

  double yi;
  double yf = std::modf(std::fabs(y), &yi);
  if (yf != 0 && x < 0) return std::numeric_limits<double>::quiet_NaN();
  if (yi >= 9223372036854775808.0) {
    // A large even integer: overflow or underflow to 0 for every x but -1.
    if (x == -1) return 1;
    if ((std::fabs(x) < 1) == (y > 0)) return 0;
    return inf;
  }
  // ans = a1 · 2^ae, starting from x^yf.
  double a1 = 1.0;
  int64_t ae = 0;
  if (yf != 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = std::exp(yf * std::log(x));
  }
  // ans *= x^yi by repeated squaring of the mantissa, the exponent kept apart.
  int xe32;
  double x1 = std::frexp(x, &xe32);
  int64_t xe = xe32;
  for (int64_t i = static_cast<int64_t>(yi); i != 0; i >>= 1) {
    if (xe < -(1 << 12) || (1 << 12) < xe) {
      ae += xe;   // catastrophic overflow: ldexp sorts it out
      break;
    }
    if (i & 1) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe <<= 1;
    if (x1 < .5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  if (ae > 100000) ae = 100000;   // ldexp's int; far past overflow/underflow either way
  if (ae < -100000) ae = -100000;
  return std::ldexp(a1, static_cast<int>(ae));
}

}  // namespace gort::stdlib
