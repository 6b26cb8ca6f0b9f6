// engine/stdlib/format.cpp — Duration.String (time/time.go) and shortest float formatting
// (strconv/ftoa.go's %g decision rule on the shortest round-trip digits).
#include "stdlib/format.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace gort::stdlib {
namespace {

// Writes the fractional part of v/10^prec into out (reversed), omitting trailing zeros and the
// point if the fraction is zero. Returns v/10^prec. Mirrors time.fmtFrac.
uint64_t frac_rev(std::string& rev, uint64_t v, int prec) {
  bool print = false;
  for (int i = 0; i < prec; ++i) {
    int digit = static_cast<int>(v % 10);
    print = print || digit != 0;
    if (print) rev += static_cast<char>('0' + digit);
    v /= 10;
  }
  if (print) rev += '.';
  return v;
}

void int_rev(std::string& rev, uint64_t v) {
  if (v == 0) {
    rev += '0';
    return;
  }
  while (v > 0) {
    rev += static_cast<char>('0' + v % 10);
    v /= 10;
  }
}

// Shortest decimal digits that round-trip: digits (no point, no trailing zeros) and the
// decimal point position dp (value = 0.digits × 10^dp). f must be finite and non-zero.
void shortest_digits(double f, std::string& digits, int& dp) {
  char buf[40];
  for (int prec = 1; prec <= 17; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*e", prec - 1, f);
    if (std::strtod(buf, nullptr) == f) break;
  }
  // buf: [-]D[.DDD]e[+-]XX
  const char* p = buf;
  if (*p == '-') ++p;
  digits.clear();
  for (; *p && *p != 'e'; ++p)
    if (*p != '.') digits += *p;
  int exp = std::atoi(p + 1);
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  dp = exp + 1;
}

}  // namespace

std::string duration_string(int64_t ns) {
  if (ns == 0) return "0s";
  bool neg = ns < 0;
  uint64_t u = static_cast<uint64_t>(ns);
  if (neg) u = 0 - u;
  std::string rev;  // built backwards, as Go fills its buffer from the end
  constexpr uint64_t kSecond = 1000000000;
  if (u < kSecond) {
    int prec;
    rev += 's';
    if (u < 1000) {
      prec = 0;
      rev += 'n';
    } else if (u < 1000000) {
      prec = 3;
      rev += "\xb5\xc2";  // U+00B5 'µ', reversed UTF-8 bytes
    } else {
      prec = 6;
      rev += 'm';
    }
    u = frac_rev(rev, u, prec);
    int_rev(rev, u);
  } else {
    rev += 's';
    u = frac_rev(rev, u, 9);
    int_rev(rev, u % 60);
    u /= 60;
    if (u > 0) {
      rev += 'm';
      int_rev(rev, u % 60);
      u /= 60;
      if (u > 0) {
        rev += 'h';
        int_rev(rev, u);
      }
    }
  }
  if (neg) rev += '-';
  return std::string(rev.rbegin(), rev.rend());
}

std::string format_float_g_shortest(double f) {
  std::string sign = std::signbit(f) ? "-" : "";
  if (f == 0) return sign + "0";
  std::string d;
  int dp;
  shortest_digits(f, d, dp);
  int nd = static_cast<int>(d.size());
  // strconv's %g rule for the shortest form: exponent form when exp < -4 || exp >= eprec,
  // where eprec is 6, or the digit count when the number is an integer with more digits.
  int eprec = 6;
  if (eprec > nd && nd >= dp) eprec = nd;
  int exp = dp - 1;
  if (exp < -4 || exp >= eprec) {
    std::string out = sign + d.substr(0, 1);
    if (nd > 1) out += "." + d.substr(1);
    char e[16];
    std::snprintf(e, sizeof e, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    return out + e;
  }
  if (dp <= 0) return sign + "0." + std::string(-dp, '0') + d;
  if (dp >= nd) return sign + d + std::string(dp - nd, '0');
  return sign + d.substr(0, dp) + "." + d.substr(dp);
}

std::string float_v(double f) {
  if (std::isnan(f)) return "NaN";
  if (std::isinf(f)) return f > 0 ? "+Inf" : "-Inf";
  return format_float_g_shortest(f);
}

}  // namespace gort::stdlib
