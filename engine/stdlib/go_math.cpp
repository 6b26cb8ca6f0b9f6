// engine/stdlib/go_math.cpp — see go_math.h.
#include "stdlib/go_math.h"

// The results depend on every rounding: no fused multiply-adds (clang may contract a*b+c;
// GCC only with FMA instructions, which neither x86-64's baseline nor wasm has).
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace gort::stdlib {
namespace {

// Go's NaN(): 0x7FF8000000000001 (C's quiet NaN has a 0 in the last bit; Float64bits shows it).
double go_nan() {
  uint64_t bits = 0x7FF8000000000001ull;
  double d;
  std::memcpy(&d, &bits, sizeof d);
  return d;
}

bool is_odd_int(double x) {
  if (std::fabs(x) >= 9007199254740992.0) return false;   // 2^53: every such double is even
  double xi;
  double xf = std::modf(x, &xi);
  return xf == 0 && (static_cast<int64_t>(xi) & 1) == 1;
}

}  // namespace

// fdlibm's log as Go's amd64 assembly computes it (log.go's steps, Frexp on the bits): x = 2^k·(1+f) with
// √2/2 ≤ 1+f < √2, then log(1+f) = f − s·(f − R) with s = f/(2+f) and R a polynomial in s².
double go_log(double x) {
  constexpr double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
  constexpr double L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01,
                   L3 = 2.857142874366239149e-01, L4 = 2.222219843214978396e-01,
                   L5 = 1.818357216161805012e-01, L6 = 1.531383769920937332e-01,
                   L7 = 1.479819860511658591e-01;
  if (std::isnan(x) || (std::isinf(x) && x > 0)) return x;
  if (x < 0) return go_nan();
  if (x == 0) return -std::numeric_limits<double>::infinity();
  // Frexp as the assembly does it, on the bits: a subnormal x is not normalized first.
  uint64_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  uint64_t fbits = (bits & 0x000FFFFFFFFFFFFFull) | 0x3FE0000000000000ull;
  double f1;
  std::memcpy(&f1, &fbits, sizeof f1);
  double k = static_cast<double>(static_cast<int>((bits >> 52) & 0x7FF) - 0x3FE);
  if (f1 <= 7.07106781186547524401e-01) {   // CMPSD's not-less-than: √2/2 itself too
    f1 *= 2;
    k -= 1;
  }
  double f = f1 - 1;
  double s = f / (2 + f);
  double s2 = s * s;
  double s4 = s2 * s2;
  double t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
  double t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
  double R = t1 + t2;
  double hfsq = 0.5 * f * f;
  return k * Ln2Hi - ((hfsq - (s * (hfsq + R) + k * Ln2Lo)) - f);
}

// Go's Exp on amd64 (its assembly, the path CPUs with FMA take — every current x86-64): after
// Shibata's method, x = k·ln2 + r with ln2 split in two, e^(r/16) by a Taylor polynomial, then
// squared four times as y·(y+2) (the last fused with the +1), times 2^k (in two steps for a
// subnormal result; 0 below 2^-1074·2^-52, as Go's).
double go_exp(double x) {
  constexpr double kLog2E = 1.4426950408889634073599246810018920;
  constexpr double kLn2U = 0.69314718055966295651160180568695068359375;
  constexpr double kLn2L = 0.28235290563031577122588448175013436025525412068e-12;
  constexpr double kOverflow = 7.09782712893384e+02;
  constexpr double inf = std::numeric_limits<double>::infinity();
  if (std::isnan(x)) return x;
  if (std::isinf(x)) return x < 0 ? 0.0 : x;
  if (x > kOverflow) return inf;
  double t = std::nearbyint(kLog2E * x);   // CVTSD2SL: round to nearest even
  int32_t k = t >= -2147483648.0 && t < 2147483648.0 ? static_cast<int32_t>(t) : INT32_MIN;
  double kd = k;
  x = std::fma(-kd, kLn2U, x);
  x = std::fma(-kd, kLn2L, x);
  x *= 0.0625;
  double p = 2.4801587301587301587e-5;
  p = std::fma(p, x, 1.9841269841269841270e-4);
  p = std::fma(p, x, 1.3888888888888888889e-3);
  p = std::fma(p, x, 8.3333333333333333333e-3);
  p = std::fma(p, x, 4.1666666666666666667e-2);
  p = std::fma(p, x, 1.6666666666666666667e-1);
  p = std::fma(p, x, 0.5);
  p = std::fma(p, x, 1.0);
  x *= p;
  for (int i = 0; i < 3; i++) x *= x + 2.0;
  x = std::fma(x + 2.0, x, 1.0);
  auto pow2 = [](int64_t biased) {   // 2^(biased − 1023), biased in 1..2046
    uint64_t bits = static_cast<uint64_t>(biased) << 52;
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
  };
  int64_t e = int64_t{k} + 0x3FF;
  if (e <= 0) {
    // Subnormal results in two steps (Go 1.19's "denormal" path): 2^(k+1022), then 2^-1022.
    if (e < -52) return 0;
    x *= pow2(e + 0x3FE);
    e = 1;
  } else if (e >= 0x7FF) {
    return inf;
  }
  return x * pow2(e);
}

double go_pow(double x, double y) {
  constexpr double inf = std::numeric_limits<double>::infinity();
  if (y == 0 || x == 1) return 1;
  if (y == 1) return x;
  if (std::isnan(x) || std::isnan(y)) return go_nan();
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
  if (yf != 0 && x < 0) return go_nan();
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
    a1 = go_exp(yf * go_log(x));
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

// ---- sin, cos, tan: Cephes' polynomials after Go's sin.go/tan.go (pure Go on amd64) ----
namespace {

constexpr double kPI4A = 7.85398125648498535156e-1;   // π/4 in three parts
constexpr double kPI4B = 3.77489470793079817668e-8;
constexpr double kPI4C = 2.69515142907905952645e-15;
constexpr double kReduceThreshold = 1 << 29;
constexpr double kSin[] = {1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
                           -1.98412698295895385996e-4, 8.33333333332211858878e-3, -1.66666666666666307295e-1};
constexpr double kCos[] = {-1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
                           2.48015872888517045348e-5, -1.38888888888730564116e-3, 4.16666666666665929218e-2};
constexpr double kTanP[] = {-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7};
constexpr double kTanQ[] = {1.0, 1.36812963470692954678e4, -1.32089234440210967447e6, 2.50083801823357915839e7,
                            -5.38695755929454629881e7};
// The binary digits of 4/π, for Payne–Hanek reduction of huge arguments (trig_reduce.go).
constexpr uint64_t kMPi4[] = {
    0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083, 0xfca2c757bd778ac3,
    0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d, 0xd1046bea5d768909, 0xd338e04d68befc82,
    0x7323ac7306a673e9, 0x3908bf177bf25076, 0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e,
    0x9e8c7ecd3cbfd45a, 0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757};

// x ≥ 2^29: the octant j and the remainder z of x mod π/4, from x's bits times those of 4/π.
void trig_reduce(double x, uint64_t* j, double* z) {
  constexpr double kPI4 = M_PI / 4;
  if (x < kPI4) {
    *j = 0;
    *z = x;
    return;
  }
  uint64_t ix;
  std::memcpy(&ix, &x, sizeof ix);
  int exp = static_cast<int>((ix >> 52) & 0x7FF) - 1023 - 52;
  ix &= ~(uint64_t{0x7FF} << 52);
  ix |= uint64_t{1} << 52;
  unsigned digit = static_cast<unsigned>(exp + 61) / 64, bitshift = static_cast<unsigned>(exp + 61) % 64;
  auto shl = [](uint64_t v, unsigned n) { return n >= 64 ? 0 : v << n; };   // Go's shifts: ≥ 64 gives 0
  auto shr = [](uint64_t v, unsigned n) { return n >= 64 ? 0 : v >> n; };
  uint64_t z0 = shl(kMPi4[digit], bitshift) | shr(kMPi4[digit + 1], 64 - bitshift);
  uint64_t z1 = shl(kMPi4[digit + 1], bitshift) | shr(kMPi4[digit + 2], 64 - bitshift);
  uint64_t z2 = shl(kMPi4[digit + 2], bitshift) | shr(kMPi4[digit + 3], 64 - bitshift);
  unsigned __int128 p2 = static_cast<unsigned __int128>(z2) * ix;
  unsigned __int128 p1 = static_cast<unsigned __int128>(z1) * ix;
  uint64_t z2hi = static_cast<uint64_t>(p2 >> 64);
  uint64_t z1hi = static_cast<uint64_t>(p1 >> 64), z1lo = static_cast<uint64_t>(p1);
  uint64_t z0lo = z0 * ix;
  uint64_t lo = z1lo + z2hi;
  uint64_t c = lo < z1lo ? 1 : 0;
  uint64_t hi = z0lo + z1hi + c;
  *j = hi >> 61;
  hi = hi << 3 | lo >> 61;
  unsigned lz = static_cast<unsigned>(__builtin_clzll(hi));   // hi != 0 here
  uint64_t e = static_cast<uint64_t>(1023 - (lz + 1));
  hi = shl(hi, lz + 1) | shr(lo, 64 - (lz + 1));
  hi >>= 64 - 52;
  hi |= e << 52;
  double zz;
  std::memcpy(&zz, &hi, sizeof zz);
  if (*j & 1) {
    *j = (*j + 1) & 7;
    zz--;
  }
  *z = zz * kPI4;
}

// The octant j (made even) and the reduced argument z of |x|.
void reduce(double x, uint64_t* j, double* z) {
  if (x >= kReduceThreshold) {
    trig_reduce(x, j, z);
    return;
  }
  *j = static_cast<uint64_t>(x * (4 / M_PI));
  double y = static_cast<double>(*j);
  if (*j & 1) {
    (*j)++;
    y++;
  }
  *z = ((x - y * kPI4A) - y * kPI4B) - y * kPI4C;
}

double sin_poly(double z, double zz) {
  return z + z * zz * ((((((kSin[0] * zz) + kSin[1]) * zz + kSin[2]) * zz + kSin[3]) * zz + kSin[4]) * zz + kSin[5]);
}
double cos_poly(double zz) {
  return 1.0 - 0.5 * zz + zz * zz * ((((((kCos[0] * zz) + kCos[1]) * zz + kCos[2]) * zz + kCos[3]) * zz + kCos[4]) * zz + kCos[5]);
}

// The prologue of the odd functions Sin and Tan: |x| reduced; true when x was negative.
bool reduce_odd(double x, uint64_t* j, double* z) {
  bool negative = x < 0;
  reduce(negative ? -x : x, j, z);
  return negative;
}

}  // namespace

double go_sin(double x) {
  if (x == 0 || std::isnan(x)) return x;
  if (std::isinf(x)) return go_nan();
  uint64_t j;
  double z;
  bool sign = reduce_odd(x, &j, &z);
  j &= 7;
  if (j > 3) {
    sign = !sign;
    j -= 4;
  }
  double zz = z * z;
  double y = (j == 1 || j == 2) ? cos_poly(zz) : sin_poly(z, zz);
  return sign ? -y : y;
}

double go_cos(double x) {
  if (std::isnan(x) || std::isinf(x)) return go_nan();
  bool sign = false;
  x = std::fabs(x);
  uint64_t j;
  double z;
  reduce(x, &j, &z);
  j &= 7;
  if (j > 3) {
    j -= 4;
    sign = !sign;
  }
  if (j > 1) sign = !sign;
  double zz = z * z;
  double y = (j == 1 || j == 2) ? sin_poly(z, zz) : cos_poly(zz);
  return sign ? -y : y;
}

double go_tan(double x) {
  if (x == 0 || std::isnan(x)) return x;
  if (std::isinf(x)) return go_nan();
  uint64_t j;
  double z;
  bool sign = reduce_odd(x, &j, &z);
  double zz = z * z;
  double y = z;
  if (zz > 1e-14)
    y = z + z * (zz * (((kTanP[0] * zz) + kTanP[1]) * zz + kTanP[2]) /
                 ((((zz + kTanQ[1]) * zz + kTanQ[2]) * zz + kTanQ[3]) * zz + kTanQ[4]));
  if (j & 2) y = -1 / y;
  return sign ? -y : y;
}

// ---- atan, asin, acos, atan2, log10, log2 (pure Go on amd64: atan.go, asin.go, atan2.go, log10.go) ----
namespace {

// Go's constants are exact and rounded once; written as hex so C++ does not round twice.
constexpr double kPi = 0x1.921fb54442d18p+1, kPi2 = 0x1.921fb54442d18p+0, kPi4 = 0x1.921fb54442d18p-1;
constexpr double k3Pi4 = 0x1.2d97c7f3321d2p+1;
constexpr double kInvLn10 = 0x1.bcb7b1526e50ep-2, kInvLn2 = 0x1.71547652b82fep+0;

double xatan(double x) {
  constexpr double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01,
                   P2 = -7.500855792314704667340e+01, P3 = -1.228866684490136173410e+02,
                   P4 = -6.485021904942025371773e+01, Q0 = +2.485846490142306297962e+01,
                   Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02,
                   Q3 = +4.853903996359136964868e+02, Q4 = +1.945506571482613964425e+02;
  double z = x * x;
  z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  return x * z + x;
}

double satan(double x) {
  constexpr double kMorebits = 6.123233995736765886130e-17, kTan3pio8 = 2.41421356237309504880;
  if (x <= 0.66) return xatan(x);
  if (x > kTan3pio8) return kPi2 - xatan(1 / x) + kMorebits;
  return kPi4 + xatan((x - 1) / (x + 1)) + 0.5 * kMorebits;
}

}  // namespace

double go_atan(double x) {
  if (x == 0) return x;
  return x > 0 ? satan(x) : -satan(-x);
}

double go_asin(double x) {
  if (x == 0) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x > 1) return go_nan();
  double temp = std::sqrt(1 - x * x);
  temp = x > 0.7 ? kPi2 - satan(temp / x) : satan(x / temp);
  return sign ? -temp : temp;
}

double go_acos(double x) { return kPi2 - go_asin(x); }

double go_atan2(double y, double x) {
  if (std::isnan(y) || std::isnan(x)) return go_nan();
  if (y == 0) return x >= 0 && !std::signbit(x) ? std::copysign(0.0, y) : std::copysign(kPi, y);
  if (x == 0) return std::copysign(kPi2, y);
  if (std::isinf(x)) {
    if (x > 0) return std::isinf(y) ? std::copysign(kPi4, y) : std::copysign(0.0, y);
    return std::isinf(y) ? std::copysign(k3Pi4, y) : std::copysign(kPi, y);
  }
  if (std::isinf(y)) return std::copysign(kPi2, y);
  double q = go_atan(y / x);
  if (x < 0) return q <= 0 ? q + kPi : q - kPi;
  return q;
}

double go_log10(double x) { return go_log(x) * kInvLn10; }

double go_log2(double x) {
  int e;
  double frac = std::frexp(x, &e);
  if (frac == 0.5) return static_cast<double>(e - 1);   // exact powers of two
  return go_log(frac) * kInvLn2 + static_cast<double>(e);
}

// ---- hypot (amd64 assembly: max·√(1+(min/max)²)) and cbrt (cbrt.go, FreeBSD's s_cbrt.c) ----
double go_hypot(double p, double q) {
  p = std::fabs(p);
  q = std::fabs(q);
  if (std::isinf(p) || std::isinf(q)) return std::numeric_limits<double>::infinity();
  if (std::isnan(p) || std::isnan(q)) return go_nan();
  if (p == 0 && q == 0) return 0;
  double hi = p > q ? p : q, lo = q < p ? q : p;
  lo /= hi;
  return hi * std::sqrt(lo * lo + 1.0);
}

double go_cbrt(double x) {
  constexpr uint64_t B1 = 715094163, B2 = 696219795;
  constexpr double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01,
                   E = 1.41428571428571436819e+00, F = 1.60714285714285720630e+00,
                   G = 3.57142857142857150787e-01, kSmallestNormal = 2.22507385850720138309e-308;
  auto bits_of = [](double d) { uint64_t b; std::memcpy(&b, &d, sizeof b); return b; };
  auto from_bits = [](uint64_t b) { double d; std::memcpy(&d, &b, sizeof d); return d; };
  if (x == 0 || std::isnan(x) || std::isinf(x)) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double t = from_bits(bits_of(x) / 3 + (B1 << 32));
  if (x < kSmallestNormal) {
    t = 18014398509481984.0;   // 2^54
    t *= x;
    t = from_bits(bits_of(t) / 3 + (B2 << 32));
  }
  double r = t * t / x;
  double s = C + r * t;
  t *= G + F / (s + E + D / s);
  t = from_bits((bits_of(t) & (uint64_t{0xFFFFFFFFC} << 28)) + (uint64_t{1} << 30));
  s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return sign ? -t : t;
}

// ---- sinh, cosh, tanh (sinh.go, tanh.go: on Go's Exp) ----
double go_sinh(double x) {
  constexpr double P0 = -0.6307673640497716991184787251e+6, P1 = -0.8991272022039509355398013511e+5,
                   P2 = -0.2894211355989563807284660366e+4, P3 = -0.2630563213397497062819489e+2,
                   Q0 = -0.6307673640497716991212077277e+6, Q1 = 0.1521517378790019070696485176e+5,
                   Q2 = -0.173678953558233699533450911e+3;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double temp;
  if (x > 21) {
    temp = go_exp(x) * 0.5;
  } else if (x > 0.5) {
    double ex = go_exp(x);
    temp = (ex - 1 / ex) * 0.5;
  } else {
    double sq = x * x;
    temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
    temp = temp / (((sq + Q2) * sq + Q1) * sq + Q0);
  }
  return sign ? -temp : temp;
}

double go_cosh(double x) {
  x = std::fabs(x);
  if (x > 21) return go_exp(x) * 0.5;
  double ex = go_exp(x);
  return (ex + 1 / ex) * 0.5;
}

double go_tanh(double x) {
  constexpr double kMaxLog = 8.8029691931113054295988e+01;
  constexpr double P[] = {-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3};
  constexpr double Q[] = {1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3};
  double z = std::fabs(x);
  if (z > 0.5 * kMaxLog) return x < 0 ? -1 : 1;
  if (z >= 0.625) {
    double s = go_exp(2 * z);
    z = 1 - 2 / (s + 1);
    return x < 0 ? -z : z;
  }
  if (x == 0) return x;
  double s = x * x;
  return x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2]);
}

// ---- exp2 (exp.go's exp2 and expmulti: pure Go on amd64) ----
double go_exp2(double x) {
  constexpr double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
  constexpr double kOverflow = 1.0239999999999999e+03, kUnderflow = -1.0740e+03;
  constexpr double P1 = 1.66666666666666657415e-01, P2 = -2.77777777770155933842e-03,
                   P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06,
                   P5 = 4.13813679705723846039e-08;
  if (std::isnan(x) || (std::isinf(x) && x > 0)) return x;
  if (std::isinf(x)) return 0;
  if (x > kOverflow) return std::numeric_limits<double>::infinity();
  if (x < kUnderflow) return 0;
  int k = 0;
  if (x > 0) k = static_cast<int>(x + 0.5);
  else if (x < 0) k = static_cast<int>(x - 0.5);
  double t = x - static_cast<double>(k);
  double hi = t * Ln2Hi;
  double lo = -t * Ln2Lo;
  double r = hi - lo;
  double tt = r * r;
  double c = r - tt * (P1 + tt * (P2 + tt * (P3 + tt * (P4 + tt * P5))));
  double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
  return std::ldexp(y, k);
}

}  // namespace gort::stdlib
