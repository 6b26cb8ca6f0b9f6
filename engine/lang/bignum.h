// engine/lang/bignum.h — exact numbers for Go's untyped constants: BigInt (sign + 32-bit
// limbs, Go's big.Int semantics: truncated division, floor shifts, two's-complement bitwise
// ops) and BigRat (normalized fractions), with correctly rounded conversion to float64 /
// float32 and gc's decimal spellings. Go evaluates constant expressions exactly and rounds
// only when a value gets a type, so (1e20 - 1.5) - 1e20 is -1.5 and 1<<100>>98 is 4.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gort::lang {

class BigInt {
 public:
  BigInt() = default;
  static BigInt from_i128(__int128 v);
  static BigInt from_u128(unsigned __int128 v);
  // digits: no prefix, no underscores; base 2, 8, 10 or 16. False on a bad digit.
  static bool parse(std::string_view digits, int base, BigInt* out);
  static BigInt pow(uint32_t base, uint32_t exp);

  bool is_zero() const { return mag_.empty(); }
  bool is_neg() const { return neg_; }
  int sign() const { return mag_.empty() ? 0 : neg_ ? -1 : 1; }
  size_t bit_len() const;                  // of |x|
  size_t trailing_zeros() const;           // of |x| (0 for 0)
  bool fits_i128() const;
  __int128 to_i128() const;                // saturating
  std::string to_string() const;           // decimal

  BigInt operator-() const;
  BigInt abs() const { BigInt r = *this; r.neg_ = false; return r; }
  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);
  // Truncated division (Go's / and %): q*b + r == a, |r| < |b|, r has a's sign. b != 0.
  static void divmod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r);
  BigInt shl(size_t n) const;
  BigInt shr(size_t n) const;              // arithmetic: rounds toward -inf, like Go's >>
  friend BigInt operator&(const BigInt& a, const BigInt& b);
  friend BigInt operator|(const BigInt& a, const BigInt& b);
  friend BigInt operator^(const BigInt& a, const BigInt& b);
  BigInt and_not(const BigInt& b) const;
  BigInt bit_not() const { return -*this - BigInt::from_i128(1); }   // ^x == -x-1

  friend int cmp(const BigInt& a, const BigInt& b);
  friend bool operator==(const BigInt& a, const BigInt& b) { return cmp(a, b) == 0; }
  static BigInt gcd(BigInt a, BigInt b);   // of |a| and |b|

  // The low 64 bits of |x|.
  uint64_t low64() const;

 private:
  friend class BigRat;
  static int cmp_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);
  static std::vector<uint32_t> add_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);
  static std::vector<uint32_t> sub_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);  // a >= b
  static void divmod_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b,
                         std::vector<uint32_t>* q, std::vector<uint32_t>* r);
  std::vector<uint32_t> twos(size_t n) const;   // n limbs of two's complement
  static BigInt from_twos(std::vector<uint32_t> t);
  void trim();
  bool neg_ = false;
  std::vector<uint32_t> mag_;   // little-endian limbs, no high zero limbs
};

class BigRat {
 public:
  BigRat() : den_(BigInt::from_i128(1)) {}
  explicit BigRat(BigInt n) : num_(std::move(n)), den_(BigInt::from_i128(1)) {}
  BigRat(BigInt n, BigInt d);   // d != 0; normalized
  static BigRat from_long_double(long double v);   // exact (v finite)
  // A Go float literal without underscores ("1.5e-3", ".5", "0x1.8p3", "1E6"); false if bad.
  static bool parse_float(std::string_view lit, BigRat* out);

  const BigInt& num() const { return num_; }
  const BigInt& den() const { return den_; }
  bool is_int() const;
  int sign() const { return num_.sign(); }
  bool is_zero() const { return num_.is_zero(); }
  BigInt trunc() const;   // toward zero

  friend BigRat operator+(const BigRat& a, const BigRat& b);
  friend BigRat operator-(const BigRat& a, const BigRat& b);
  friend BigRat operator*(const BigRat& a, const BigRat& b);
  friend BigRat operator/(const BigRat& a, const BigRat& b);   // b != 0
  BigRat operator-() const;
  friend int cmp(const BigRat& a, const BigRat& b);
  friend bool operator==(const BigRat& a, const BigRat& b) { return cmp(a, b) == 0; }

  // Correctly rounded (nearest, ties to even) to a binary float with `mant` significand bits
  // and normal exponents down to min_exp (value >= 2^min_exp) and up to max_exp; sets
  // *overflow (and returns +-inf) when the rounded value exceeds the largest finite one.
  long double round(int mant, int min_exp, int max_exp, bool* overflow) const;
  double to_double(bool* overflow) const;
  float to_float(bool* overflow) const;
  // Keeps huge fractions in check: beyond `limit` bits of numerator or denominator the value
  // is rounded to a 512-bit significand (go/constant switches to 512-bit floats similarly).
  void limit_size(size_t limit = 4096);
  // go/constant's String for a float: %.6g of the float64 value when in range (%g if that
  // hides a fraction), else an approximate "%.6ge%+d".
  std::string to_float_string() const;

 private:
  void normalize();
  BigInt num_, den_;
};

}  // namespace gort::lang
