// engine/lang/bignum.cpp — BigInt / BigRat (see bignum.h): schoolbook multiplication and Knuth's
// algorithm D division on 32-bit limbs (constants are at most a few thousand bits), Euclid's
// gcd, and round-to-nearest-even conversion to binary floats.
#include "lang/bignum.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace gort::lang {

using Limbs = std::vector<uint32_t>;

static void trim_limbs(Limbs& v) {
  while (!v.empty() && v.back() == 0) v.pop_back();
}

void BigInt::trim() {
  trim_limbs(mag_);
  if (mag_.empty()) neg_ = false;
}

BigInt BigInt::from_u128(unsigned __int128 v) {
  BigInt r;
  while (v) {
    r.mag_.push_back(static_cast<uint32_t>(v));
    v >>= 32;
  }
  return r;
}

BigInt BigInt::from_i128(__int128 v) {
  bool neg = v < 0;
  unsigned __int128 m = neg ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
  BigInt r = from_u128(m);
  r.neg_ = neg && !r.mag_.empty();
  return r;
}

static void mul_small_add(Limbs& v, uint32_t m, uint32_t a) {
  uint64_t carry = a;
  for (uint32_t& x : v) {
    uint64_t t = static_cast<uint64_t>(x) * m + carry;
    x = static_cast<uint32_t>(t);
    carry = t >> 32;
  }
  if (carry) v.push_back(static_cast<uint32_t>(carry));
}

bool BigInt::parse(std::string_view digits, int base, BigInt* out) {
  BigInt r;
  if (digits.empty()) return false;
  for (char c : digits) {
    int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : 99;
    if (d >= base) return false;
    mul_small_add(r.mag_, static_cast<uint32_t>(base), static_cast<uint32_t>(d));
  }
  r.trim();
  *out = std::move(r);
  return true;
}

BigInt BigInt::pow(uint32_t base, uint32_t exp) {
  BigInt r = from_i128(1), b = from_i128(base);
  while (exp) {
    if (exp & 1) r = r * b;
    exp >>= 1;
    if (exp) b = b * b;
  }
  return r;
}

size_t BigInt::bit_len() const {
  if (mag_.empty()) return 0;
  return (mag_.size() - 1) * 32 + (32 - __builtin_clz(mag_.back()));
}

size_t BigInt::trailing_zeros() const {
  for (size_t i = 0; i < mag_.size(); ++i)
    if (mag_[i]) return i * 32 + __builtin_ctz(mag_[i]);
  return 0;
}

bool BigInt::fits_i128() const {
  size_t n = bit_len();
  if (n < 128) return true;
  // -2^127 is the one 128-bit magnitude that fits.
  return n == 128 && neg_ && trailing_zeros() == 127;
}

__int128 BigInt::to_i128() const {
  if (!fits_i128()) {
    const unsigned __int128 max = ~static_cast<unsigned __int128>(0) >> 1;
    return neg_ ? -static_cast<__int128>(max) - 1 : static_cast<__int128>(max);
  }
  unsigned __int128 m = 0;
  for (size_t i = mag_.size(); i-- > 0;) m = (m << 32) | mag_[i];
  return neg_ ? static_cast<__int128>(-m) : static_cast<__int128>(m);
}

uint64_t BigInt::low64() const {
  uint64_t v = 0;
  if (!mag_.empty()) v = mag_[0];
  if (mag_.size() > 1) v |= static_cast<uint64_t>(mag_[1]) << 32;
  return v;
}

std::string BigInt::to_string() const {
  if (mag_.empty()) return "0";
  Limbs v = mag_;
  std::string out;
  while (!v.empty()) {
    uint64_t rem = 0;
    for (size_t i = v.size(); i-- > 0;) {
      uint64_t cur = (rem << 32) | v[i];
      v[i] = static_cast<uint32_t>(cur / 1000000000u);
      rem = cur % 1000000000u;
    }
    trim_limbs(v);
    for (int k = 0; k < 9 && (!v.empty() || rem); ++k) {
      out.push_back(static_cast<char>('0' + rem % 10));
      rem /= 10;
    }
  }
  if (neg_) out.push_back('-');
  std::reverse(out.begin(), out.end());
  return out;
}

int BigInt::cmp_mag(const Limbs& a, const Limbs& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

Limbs BigInt::add_mag(const Limbs& a, const Limbs& b) {
  const Limbs& x = a.size() >= b.size() ? a : b;
  const Limbs& y = a.size() >= b.size() ? b : a;
  Limbs r(x.size() + 1);
  uint64_t carry = 0;
  for (size_t i = 0; i < x.size(); ++i) {
    uint64_t t = static_cast<uint64_t>(x[i]) + (i < y.size() ? y[i] : 0) + carry;
    r[i] = static_cast<uint32_t>(t);
    carry = t >> 32;
  }
  r[x.size()] = static_cast<uint32_t>(carry);
  trim_limbs(r);
  return r;
}

Limbs BigInt::sub_mag(const Limbs& a, const Limbs& b) {
  Limbs r(a.size());
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    int64_t t = static_cast<int64_t>(a[i]) - (i < b.size() ? b[i] : 0) - borrow;
    borrow = t < 0;
    r[i] = static_cast<uint32_t>(t + (borrow ? (int64_t(1) << 32) : 0));
  }
  trim_limbs(r);
  return r;
}

BigInt BigInt::operator-() const {
  BigInt r = *this;
  if (!r.mag_.empty()) r.neg_ = !r.neg_;
  return r;
}

BigInt operator+(const BigInt& a, const BigInt& b) {
  BigInt r;
  if (a.neg_ == b.neg_) {
    r.mag_ = BigInt::add_mag(a.mag_, b.mag_);
    r.neg_ = a.neg_;
  } else if (BigInt::cmp_mag(a.mag_, b.mag_) >= 0) {
    r.mag_ = BigInt::sub_mag(a.mag_, b.mag_);
    r.neg_ = a.neg_;
  } else {
    r.mag_ = BigInt::sub_mag(b.mag_, a.mag_);
    r.neg_ = b.neg_;
  }
  r.trim();
  return r;
}

BigInt operator-(const BigInt& a, const BigInt& b) { return a + (-b); }

BigInt operator*(const BigInt& a, const BigInt& b) {
  BigInt r;
  if (a.mag_.empty() || b.mag_.empty()) return r;
  r.mag_.assign(a.mag_.size() + b.mag_.size(), 0);
  for (size_t i = 0; i < a.mag_.size(); ++i) {
    uint64_t carry = 0;
    for (size_t j = 0; j < b.mag_.size(); ++j) {
      uint64_t t = static_cast<uint64_t>(a.mag_[i]) * b.mag_[j] + r.mag_[i + j] + carry;
      r.mag_[i + j] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    r.mag_[i + b.mag_.size()] = static_cast<uint32_t>(carry);
  }
  r.neg_ = a.neg_ != b.neg_;
  r.trim();
  return r;
}

// Knuth, TAOCP vol. 2, 4.3.1, algorithm D (as in Hacker's Delight's divmnu).
void BigInt::divmod_mag(const Limbs& a, const Limbs& b, Limbs* q, Limbs* r) {
  if (cmp_mag(a, b) < 0) {
    *q = {};
    *r = a;
    return;
  }
  if (b.size() == 1) {
    uint64_t rem = 0;
    q->assign(a.size(), 0);
    for (size_t i = a.size(); i-- > 0;) {
      uint64_t cur = (rem << 32) | a[i];
      (*q)[i] = static_cast<uint32_t>(cur / b[0]);
      rem = cur % b[0];
    }
    trim_limbs(*q);
    *r = rem ? Limbs{static_cast<uint32_t>(rem)} : Limbs{};
    return;
  }
  size_t n = b.size(), m = a.size() - n;
  int s = __builtin_clz(b.back());
  Limbs vn(n), un(a.size() + 1);
  for (size_t i = n - 1; i > 0; --i)
    vn[i] = (b[i] << s) | (s ? static_cast<uint32_t>(static_cast<uint64_t>(b[i - 1]) >> (32 - s)) : 0);
  vn[0] = b[0] << s;
  un[a.size()] = s ? static_cast<uint32_t>(static_cast<uint64_t>(a.back()) >> (32 - s)) : 0;
  for (size_t i = a.size() - 1; i > 0; --i)
    un[i] = (a[i] << s) | (s ? static_cast<uint32_t>(static_cast<uint64_t>(a[i - 1]) >> (32 - s)) : 0);
  un[0] = a[0] << s;
  q->assign(m + 1, 0);
  const uint64_t B = uint64_t(1) << 32;
  for (size_t j = m + 1; j-- > 0;) {
    uint64_t num = (static_cast<uint64_t>(un[j + n]) << 32) | un[j + n - 1];
    uint64_t qhat = num / vn[n - 1], rhat = num % vn[n - 1];
    while (qhat >= B || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
      --qhat;
      rhat += vn[n - 1];
      if (rhat >= B) break;
    }
    int64_t k = 0, t;
    for (size_t i = 0; i < n; ++i) {
      uint64_t p = qhat * vn[i];
      t = static_cast<int64_t>(un[i + j]) - k - static_cast<int64_t>(p & 0xFFFFFFFFu);
      un[i + j] = static_cast<uint32_t>(t);
      k = static_cast<int64_t>(p >> 32) - (t >> 32);
    }
    t = static_cast<int64_t>(un[j + n]) - k;
    un[j + n] = static_cast<uint32_t>(t);
    (*q)[j] = static_cast<uint32_t>(qhat);
    if (t < 0) {
      (*q)[j] -= 1;
      uint64_t c = 0;
      for (size_t i = 0; i < n; ++i) {
        uint64_t u = static_cast<uint64_t>(un[i + j]) + vn[i] + c;
        un[i + j] = static_cast<uint32_t>(u);
        c = u >> 32;
      }
      un[j + n] += static_cast<uint32_t>(c);
    }
  }
  trim_limbs(*q);
  r->assign(n, 0);
  for (size_t i = 0; i < n; ++i)
    (*r)[i] = (un[i] >> s) | (s ? static_cast<uint32_t>(static_cast<uint64_t>(un[i + 1]) << (32 - s)) : 0);
  trim_limbs(*r);
}

void BigInt::divmod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
  BigInt qq, rr;
  divmod_mag(a.mag_, b.mag_, &qq.mag_, &rr.mag_);
  qq.neg_ = a.neg_ != b.neg_;
  rr.neg_ = a.neg_;
  qq.trim();
  rr.trim();
  if (q) *q = std::move(qq);
  if (r) *r = std::move(rr);
}

BigInt BigInt::shl(size_t n) const {
  if (mag_.empty()) return *this;
  BigInt r;
  size_t w = n / 32, b = n % 32;
  r.mag_.assign(mag_.size() + w + 1, 0);
  for (size_t i = 0; i < mag_.size(); ++i) {
    uint64_t v = static_cast<uint64_t>(mag_[i]) << b;
    r.mag_[i + w] |= static_cast<uint32_t>(v);
    r.mag_[i + w + 1] |= static_cast<uint32_t>(v >> 32);
  }
  r.neg_ = neg_;
  r.trim();
  return r;
}

static Limbs shr_mag(const Limbs& m, size_t n) {
  size_t w = n / 32, b = n % 32;
  if (w >= m.size()) return {};
  Limbs r(m.size() - w);
  for (size_t i = 0; i < r.size(); ++i) {
    uint64_t v = m[i + w];
    if (i + w + 1 < m.size()) v |= static_cast<uint64_t>(m[i + w + 1]) << 32;
    r[i] = static_cast<uint32_t>(v >> b);
  }
  trim_limbs(r);
  return r;
}

BigInt BigInt::shr(size_t n) const {
  BigInt r;
  if (!neg_) {
    r.mag_ = shr_mag(mag_, n);
    return r;
  }
  // floor(-m / 2^n) = -((m - 1) >> n) - 1
  BigInt m1 = abs() - from_i128(1);
  r.mag_ = shr_mag(m1.mag_, n);
  r.trim();
  return -r - from_i128(1);
}

Limbs BigInt::twos(size_t n) const {
  Limbs t(n, 0);
  if (!neg_) {
    std::copy(mag_.begin(), mag_.end(), t.begin());
    return t;
  }
  BigInt m1 = abs() - from_i128(1);
  std::copy(m1.mag_.begin(), m1.mag_.end(), t.begin());
  for (uint32_t& x : t) x = ~x;
  return t;
}

BigInt BigInt::from_twos(Limbs t) {
  BigInt r;
  if (!t.empty() && (t.back() >> 31)) {
    for (uint32_t& x : t) x = ~x;
    r.mag_ = std::move(t);
    r.trim();
    r = -(r + from_i128(1));
    return r;
  }
  r.mag_ = std::move(t);
  r.trim();
  return r;
}

BigInt operator&(const BigInt& a, const BigInt& b) {
  size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  Limbs x = a.twos(n), y = b.twos(n);
  for (size_t i = 0; i < n; ++i) x[i] &= y[i];
  return BigInt::from_twos(std::move(x));
}

BigInt operator|(const BigInt& a, const BigInt& b) {
  size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  Limbs x = a.twos(n), y = b.twos(n);
  for (size_t i = 0; i < n; ++i) x[i] |= y[i];
  return BigInt::from_twos(std::move(x));
}

BigInt operator^(const BigInt& a, const BigInt& b) {
  size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  Limbs x = a.twos(n), y = b.twos(n);
  for (size_t i = 0; i < n; ++i) x[i] ^= y[i];
  return BigInt::from_twos(std::move(x));
}

BigInt BigInt::and_not(const BigInt& b) const {
  size_t n = std::max(mag_.size(), b.mag_.size()) + 1;
  Limbs x = twos(n), y = b.twos(n);
  for (size_t i = 0; i < n; ++i) x[i] &= ~y[i];
  return from_twos(std::move(x));
}

int cmp(const BigInt& a, const BigInt& b) {
  if (a.neg_ != b.neg_) return a.neg_ ? -1 : 1;
  int c = BigInt::cmp_mag(a.mag_, b.mag_);
  return a.neg_ ? -c : c;
}

BigInt BigInt::gcd(BigInt a, BigInt b) {
  a = a.abs();
  b = b.abs();
  while (!b.is_zero()) {
    BigInt r;
    divmod(a, b, nullptr, &r);
    a = std::move(b);
    b = std::move(r);
  }
  return a;
}

// ---- BigRat ----

BigRat::BigRat(BigInt n, BigInt d) : num_(std::move(n)), den_(std::move(d)) { normalize(); }

void BigRat::normalize() {
  if (den_.is_neg()) {
    num_ = -num_;
    den_ = -den_;
  }
  if (num_.is_zero()) {
    den_ = BigInt::from_i128(1);
    return;
  }
  BigInt g = BigInt::gcd(num_, den_);
  if (!(g == BigInt::from_i128(1))) {
    BigInt::divmod(num_, g, &num_, nullptr);
    BigInt::divmod(den_, g, &den_, nullptr);
  }
}

BigRat BigRat::from_long_double(long double v) {
  if (v == 0 || !std::isfinite(v)) return BigRat();
  int e;
  long double m = std::frexp(v, &e);   // v = m * 2^e, 0.5 <= |m| < 1
  // All significand bits (64 for x87, 113 for wasm's quad long double) fit an unsigned
  // __int128 after scaling by 2^LDBL_MANT_DIG.
  long double sm = std::ldexp(std::fabs(m), LDBL_MANT_DIG);
  unsigned __int128 im = static_cast<unsigned __int128>(sm);
  BigInt n = BigInt::from_u128(im);
  if (v < 0) n = -n;
  int sh = e - LDBL_MANT_DIG;
  if (sh >= 0) return BigRat(n.shl(static_cast<size_t>(sh)));
  return BigRat(n, BigInt::from_i128(1).shl(static_cast<size_t>(-sh)));
}

bool BigRat::parse_float(std::string_view lit, BigRat* out) {
  bool hex = lit.size() > 1 && lit[0] == '0' && (lit[1] | 0x20) == 'x';
  if (hex) lit.remove_prefix(2);
  std::string digits;
  int64_t frac = 0;
  bool dot = false;
  size_t i = 0;
  for (; i < lit.size(); ++i) {
    char c = lit[i];
    if (c == '.') {
      if (dot) return false;
      dot = true;
      continue;
    }
    if ((hex && (c | 0x20) == 'p') || (!hex && (c | 0x20) == 'e')) break;
    digits.push_back(c);
    if (dot) ++frac;
  }
  int64_t exp = 0;
  if (i < lit.size()) {
    ++i;
    bool neg = false;
    if (i < lit.size() && (lit[i] == '+' || lit[i] == '-')) neg = lit[i++] == '-';
    if (i >= lit.size()) return false;
    for (; i < lit.size(); ++i) {
      if (lit[i] < '0' || lit[i] > '9') return false;
      if (exp < 100000000) exp = exp * 10 + (lit[i] - '0');
    }
    if (neg) exp = -exp;
  }
  if (digits.empty()) digits.push_back('0');   // (push_back: GCC 12 warns falsely on = "0")
  BigInt m;
  if (!BigInt::parse(digits, hex ? 16 : 10, &m)) return false;
  if (m.is_zero()) {
    *out = BigRat();
    return true;
  }
  if (hex) {
    int64_t e2 = exp - 4 * frac;
    // Beyond these the value is not representable in any Go type anyway.
    e2 = std::clamp<int64_t>(e2, -200000, 200000);
    *out = e2 >= 0 ? BigRat(m.shl(static_cast<size_t>(e2)))
                   : BigRat(m, BigInt::from_i128(1).shl(static_cast<size_t>(-e2)));
  } else {
    int64_t e10 = std::clamp<int64_t>(exp - frac, -20000, 20000);
    BigInt p = BigInt::pow(10, static_cast<uint32_t>(e10 < 0 ? -e10 : e10));
    *out = e10 >= 0 ? BigRat(m * p) : BigRat(m, p);
  }
  out->limit_size();
  return true;
}

bool BigRat::is_int() const { return den_ == BigInt::from_i128(1); }

BigInt BigRat::trunc() const {
  BigInt q;
  BigInt::divmod(num_, den_, &q, nullptr);
  return q;
}

BigRat operator+(const BigRat& a, const BigRat& b) {
  BigRat r(a.num_ * b.den_ + b.num_ * a.den_, a.den_ * b.den_);
  r.limit_size();
  return r;
}
BigRat operator-(const BigRat& a, const BigRat& b) { return a + (-b); }
BigRat operator*(const BigRat& a, const BigRat& b) {
  BigRat r(a.num_ * b.num_, a.den_ * b.den_);
  r.limit_size();
  return r;
}
BigRat operator/(const BigRat& a, const BigRat& b) {
  BigRat r(a.num_ * b.den_, a.den_ * b.num_);
  r.limit_size();
  return r;
}
BigRat BigRat::operator-() const {
  BigRat r = *this;
  r.num_ = -r.num_;
  return r;
}
int cmp(const BigRat& a, const BigRat& b) { return cmp(a.num_ * b.den_, b.num_ * a.den_); }

// |x| ~= m * 2^exp2 with m rounded (nearest, ties to even) to `mant` bits, or fewer when the
// value's exponent is below min_exp (subnormals). x != 0.
static void round_parts(const BigInt& n, const BigInt& d, int mant, int64_t min_exp, BigInt* m, int64_t* exp2) {
  int64_t e = static_cast<int64_t>(n.bit_len()) - static_cast<int64_t>(d.bit_len());
  int64_t s = mant + 2 - e;
  BigInt q, rem;
  if (s >= 0) BigInt::divmod(n.shl(static_cast<size_t>(s)), d, &q, &rem);
  else BigInt::divmod(n, d.shl(static_cast<size_t>(-s)), &q, &rem);
  bool sticky = !rem.is_zero();
  int64_t qb = static_cast<int64_t>(q.bit_len());
  int64_t E = qb - 1 - s;
  int64_t drop = qb - mant;
  if (E < min_exp) drop += min_exp - E;
  if (drop <= 0) {
    *m = q;
    *exp2 = -s;
    return;
  }
  if (drop > qb) {   // below half of the smallest step: rounds to zero
    *m = BigInt();
    *exp2 = 0;
    return;
  }
  BigInt mm = q.shr(static_cast<size_t>(drop));
  BigInt rest = q - mm.shl(static_cast<size_t>(drop));
  BigInt half = BigInt::from_i128(1).shl(static_cast<size_t>(drop - 1));
  int c = cmp(rest, half);
  if (c > 0 || (c == 0 && (sticky || (mm.low64() & 1)))) mm = mm + BigInt::from_i128(1);
  *m = std::move(mm);
  *exp2 = drop - s;
}

long double BigRat::round(int mant, int min_exp, int max_exp, bool* overflow) const {
  *overflow = false;
  if (num_.is_zero()) return 0;
  BigInt m;
  int64_t e2;
  round_parts(num_.abs(), den_, mant, min_exp, &m, &e2);
  if (m.is_zero()) return num_.is_neg() ? -0.0L : 0.0L;
  if (static_cast<int64_t>(m.bit_len()) - 1 + e2 > max_exp) {
    *overflow = true;
    return num_.is_neg() ? -INFINITY : INFINITY;
  }
  long double v = std::ldexp(static_cast<long double>(m.low64()), static_cast<int>(e2));
  return num_.is_neg() ? -v : v;
}

double BigRat::to_double(bool* overflow) const {
  return static_cast<double>(round(53, -1022, 1023, overflow));
}

float BigRat::to_float(bool* overflow) const {
  return static_cast<float>(round(24, -126, 127, overflow));
}

void BigRat::limit_size(size_t limit) {
  if (num_.bit_len() <= limit && den_.bit_len() <= limit) return;
  BigInt m;
  int64_t e2;
  round_parts(num_.abs(), den_, 512, -(int64_t(1) << 40), &m, &e2);
  if (num_.is_neg()) m = -m;
  if (e2 >= 0) {
    num_ = m.shl(static_cast<size_t>(e2));
    den_ = BigInt::from_i128(1);
  } else {
    num_ = std::move(m);
    den_ = BigInt::from_i128(1).shl(static_cast<size_t>(-e2));
  }
  normalize();
}

static std::string fmt_g(double v, int prec) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*g", prec, v);
  return buf;
}

// Go's %g: the shortest digits that read back as v, in %e form when the decimal exponent is
// below -4 or at least 6 (strconv's eprec for shortest), else in %f form.
static std::string shortest_g(double v) {
  char buf[64];
  int p = 0;
  for (; p < 17; ++p) {
    std::snprintf(buf, sizeof buf, "%.*e", p, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  std::snprintf(buf, sizeof buf, "%.*e", p, v);
  int exp = std::atoi(std::strchr(buf, 'e') + 1);
  if (exp < -4 || exp >= 6) return buf;
  std::snprintf(buf, sizeof buf, "%.*f", std::max(0, p - exp), v);
  return buf;
}

std::string BigRat::to_float_string() const {
  bool ovf = false;
  double x = to_double(&ovf);
  if (!ovf && (x == 0) == is_zero()) {
    std::string s = fmt_g(x, 6);
    if (!is_int() && s.find('.') == std::string::npos) s = shortest_g(x);
    return s;
  }
  // Out of float64 range: mant * 2^exp with 0.5 <= |mant| < 1, then a decimal exponent.
  int64_t exp = static_cast<int64_t>(num_.bit_len()) - static_cast<int64_t>(den_.bit_len());
  BigRat scaled = exp >= 0 ? *this / BigRat(BigInt::from_i128(1).shl(static_cast<size_t>(exp)))
                           : *this * BigRat(BigInt::from_i128(1).shl(static_cast<size_t>(-exp)));
  bool o2;
  double m = scaled.to_double(&o2);
  if (std::fabs(m) >= 1) {
    m /= 2;
    ++exp;
  }
  double d = static_cast<double>(exp) * (std::log(2.0) / std::log(10.0));
  int64_t e = static_cast<int64_t>(d);
  m *= std::pow(10.0, d - static_cast<double>(e));
  double am = std::fabs(m);
  if (am < 1 - 0.5e-6) {
    m *= 10;
    --e;
  } else if (am >= 10) {
    m /= 10;
    ++e;
  }
  char buf[96];
  std::snprintf(buf, sizeof buf, "%.6ge%+lld", m, static_cast<long long>(e));
  return buf;
}

}  // namespace gort::lang
