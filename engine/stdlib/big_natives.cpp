// engine/stdlib/big_natives.cpp — the word-vector loops of math/big (engine/lang/std/go/math/
// big), the part that is O(n) or O(n·m) per operation: interpreted, they made the pi-digits
// spigot ~65× slower than Go; as natives the Go side only allocates and normalises. A nat is a
// []uint32, one slot per limb (Value::i holds the limb, zero-extended). Every length is
// checked against the slices actually passed, so a wrong call cannot write out of bounds.
#include <algorithm>
#include <cstdint>

#include "stdlib/natives.h"
#include "stdlib/util.h"

namespace gort::stdlib {
namespace {

struct Vec {
  Value* d = nullptr;
  int64_t n = 0;
  explicit Vec(const Value& v) { d = slice_data(v.o, &n); }
  uint32_t operator[](int64_t i) const { return static_cast<uint32_t>(d[i].i); }
  void set(int64_t i, uint64_t x) { d[i].i = static_cast<int64_t>(static_cast<uint32_t>(x)); }
};

// addMulVW(z, x nat, w uint32): z += x·w, the carry running on past len(x) inside z.
NativeStatus add_mul_vw(NativeCtx& c) {
  Vec z(c.args[0]), x(c.args[1]);
  uint64_t w = static_cast<uint32_t>(c.args[2].i), carry = 0;
  int64_t n = std::min(x.n, z.n), j = 0;
  for (; j < n; ++j) {
    uint64_t t = static_cast<uint64_t>(x[j]) * w + z[j] + carry;
    z.set(j, t);
    carry = t >> 32;
  }
  for (; carry != 0 && j < z.n; ++j) {
    uint64_t t = static_cast<uint64_t>(z[j]) + carry;
    z.set(j, t);
    carry = t >> 32;
  }
  return NativeStatus::Done;
}

// mulAddVWW(z, x nat, w, a uint32): z[0:len(x)+1] = x·w + a.
NativeStatus mul_add_vww(NativeCtx& c) {
  Vec z(c.args[0]), x(c.args[1]);
  uint64_t w = static_cast<uint32_t>(c.args[2].i), carry = static_cast<uint32_t>(c.args[3].i);
  int64_t n = std::min(x.n, z.n), j = 0;
  for (; j < n; ++j) {
    uint64_t t = static_cast<uint64_t>(x[j]) * w + carry;
    z.set(j, t);
    carry = t >> 32;
  }
  if (j < z.n) z.set(j, carry);
  return NativeStatus::Done;
}

// addVV(z, x, y nat): z = x + y for len(x) >= len(y), len(z) = len(x)+1.
NativeStatus add_vv(NativeCtx& c) {
  Vec z(c.args[0]), x(c.args[1]), y(c.args[2]);
  uint64_t carry = 0;
  int64_t nx = std::min(x.n, z.n), ny = std::min(y.n, nx), i = 0;
  for (; i < ny; ++i) {
    uint64_t t = static_cast<uint64_t>(x[i]) + y[i] + carry;
    z.set(i, t);
    carry = t >> 32;
  }
  for (; i < nx; ++i) {
    uint64_t t = static_cast<uint64_t>(x[i]) + carry;
    z.set(i, t);
    carry = t >> 32;
  }
  if (i < z.n) z.set(i, carry);
  return NativeStatus::Done;
}

// subVV(z, x, y nat): z = x - y for x >= y, len(z) = len(x).
NativeStatus sub_vv(NativeCtx& c) {
  Vec z(c.args[0]), x(c.args[1]), y(c.args[2]);
  uint64_t borrow = 0;
  int64_t nx = std::min(x.n, z.n), ny = std::min(y.n, nx), i = 0;
  for (; i < ny; ++i) {
    uint64_t t = static_cast<uint64_t>(x[i]) - y[i] - borrow;
    z.set(i, t);
    borrow = (t >> 32) & 1;
  }
  for (; i < nx; ++i) {
    uint64_t t = static_cast<uint64_t>(x[i]) - borrow;
    z.set(i, t);
    borrow = (t >> 32) & 1;
  }
  return NativeStatus::Done;
}

// divWVW(q, x nat, d uint32) uint32: q = x / d, returns x % d.
NativeStatus div_wvw(NativeCtx& c) {
  Vec q(c.args[0]), x(c.args[1]);
  uint64_t d = static_cast<uint32_t>(c.args[2].i), r = 0;
  if (d != 0) {
    for (int64_t i = std::min(x.n, q.n) - 1; i >= 0; --i) {
      uint64_t t = r << 32 | x[i];
      q.set(i, t / d);
      r = t % d;
    }
  }
  c.args[0] = int_val(static_cast<int64_t>(r));
  return NativeStatus::Done;
}

// divKnuth(q, un, vn nat): Knuth's algorithm D on a normalised divisor vn (top bit set,
// len n >= 2) and dividend un (len m+n+1): q gets the m+1 quotient limbs, un the remainder.
NativeStatus div_knuth(NativeCtx& c) {
  Vec q(c.args[0]), un(c.args[1]), vn(c.args[2]);
  int64_t n = vn.n, m = un.n - n - 1;
  if (n < 2 || m < 0 || q.n < m + 1) return NativeStatus::Done;
  const uint64_t vtop = vn[n - 1], vnext = vn[n - 2];
  for (int64_t j = m; j >= 0; --j) {
    uint64_t num = static_cast<uint64_t>(un[j + n]) << 32 | un[j + n - 1];
    uint64_t qhat = num / vtop, rhat = num % vtop;
    while (qhat >= (uint64_t{1} << 32) || qhat * vnext > (rhat << 32 | un[j + n - 2])) {
      --qhat;
      rhat += vtop;
      if (rhat >= (uint64_t{1} << 32)) break;
    }
    int64_t borrow = 0;
    for (int64_t i = 0; i < n; ++i) {
      uint64_t p = qhat * vn[i];
      int64_t t = static_cast<int64_t>(un[i + j]) - borrow - static_cast<int64_t>(p & 0xFFFFFFFFu);
      un.set(i + j, static_cast<uint64_t>(t));
      borrow = static_cast<int64_t>(p >> 32) - (t >> 32);
    }
    int64_t t = static_cast<int64_t>(un[j + n]) - borrow;
    un.set(j + n, static_cast<uint64_t>(t));
    if (t < 0) {   // qhat was one too large: add the divisor back
      --qhat;
      uint64_t carry = 0;
      for (int64_t i = 0; i < n; ++i) {
        uint64_t s = static_cast<uint64_t>(un[i + j]) + vn[i] + carry;
        un.set(i + j, s);
        carry = s >> 32;
      }
      un.set(j + n, static_cast<uint64_t>(un[j + n]) + carry);
    }
    q.set(j, qhat);
  }
  return NativeStatus::Done;
}

// shlVU(z, x nat, s uint): z = x << s, len(z) >= len(x) + s/32 + 1 (z zeroed by the caller).
NativeStatus shl_vu(NativeCtx& c) {
  Vec z(c.args[0]), x(c.args[1]);
  uint64_t s = static_cast<uint64_t>(c.args[2].i);
  int64_t w = static_cast<int64_t>(s / 32);
  unsigned b = static_cast<unsigned>(s % 32);
  if (z.n < x.n + w + 1) return NativeStatus::Done;
  uint32_t carry = 0;
  for (int64_t i = 0; i < x.n; ++i) {
    uint32_t xi = x[i];
    z.set(w + i, b ? (xi << b | carry) : xi);
    carry = b ? xi >> (32 - b) : 0;
  }
  z.set(w + x.n, carry);
  return NativeStatus::Done;
}

// shrVU(z, x nat, s uint): z = x >> s, len(z) = len(x) - s/32 > 0.
NativeStatus shr_vu(NativeCtx& c) {
  Vec z(c.args[0]), x(c.args[1]);
  uint64_t s = static_cast<uint64_t>(c.args[2].i);
  int64_t w = static_cast<int64_t>(s / 32);
  unsigned b = static_cast<unsigned>(s % 32);
  int64_t n = std::min(z.n, x.n - w);
  for (int64_t i = 0; i < n; ++i) {
    uint64_t v = x[w + i] >> b;
    if (b && w + i + 1 < x.n) v |= static_cast<uint64_t>(x[w + i + 1]) << (32 - b);
    z.set(i, v);
  }
  return NativeStatus::Done;
}

}  // namespace

void add_big_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"math/big.addMulVW", add_mul_vw}, {"math/big.mulAddVWW", mul_add_vww},
      {"math/big.addVV", add_vv}, {"math/big.subVV", sub_vv}, {"math/big.divWVW", div_wvw},
      {"math/big.divKnuth", div_knuth}, {"math/big.shlVU", shl_vu}, {"math/big.shrVU", shr_vu},
  });
}

}  // namespace gort::stdlib
