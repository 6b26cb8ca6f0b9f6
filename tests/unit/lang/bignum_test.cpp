// tests/unit/lang/bignum_test.cpp — BigInt / BigRat (engine/lang/bignum.h), the exact numbers
// behind untyped constants: arithmetic against known values, Go's division/shift/bitwise
// semantics for negatives, correctly rounded float64/float32 conversion, gc's float spelling.
#include <gtest/gtest.h>

#include <cmath>

#include "lang/bignum.h"

using namespace gort::lang;

namespace {
BigInt I(const char* s) {
  BigInt r;
  bool neg = *s == '-';
  EXPECT_TRUE(BigInt::parse(neg ? s + 1 : s, 10, &r));
  return neg ? -r : r;
}
BigRat F(const char* lit) {
  BigRat r;
  EXPECT_TRUE(BigRat::parse_float(lit, &r)) << lit;
  return r;
}
double D(const BigRat& r) {
  bool ovf;
  return r.to_double(&ovf);
}
}  // namespace

TEST(BigInt, ParsePrintRoundTrip) {
  EXPECT_EQ(I("0").to_string(), "0");
  EXPECT_EQ(I("-123456789012345678901234567890").to_string(), "-123456789012345678901234567890");
  BigInt h;
  ASSERT_TRUE(BigInt::parse("ffffffffffffffff", 16, &h));
  EXPECT_EQ(h.to_string(), "18446744073709551615");
  EXPECT_FALSE(BigInt::parse("12a", 10, &h));
  EXPECT_EQ(BigInt::from_i128(-5).to_string(), "-5");
}

TEST(BigInt, Arithmetic) {
  BigInt a = I("340282366920938463463374607431768211456");   // 2^128
  EXPECT_EQ((a * a).to_string(), "115792089237316195423570985008687907853269984665640564039457584007913129639936");
  EXPECT_EQ((a - I("1")).to_string(), "340282366920938463463374607431768211455");
  EXPECT_EQ((I("5") - a).to_string(), "-340282366920938463463374607431768211451");
  BigInt q, r;
  BigInt::divmod(a * a + I("7"), a, &q, &r);
  EXPECT_EQ(q.to_string(), a.to_string());
  EXPECT_EQ(r.to_string(), "7");
  // Go's truncated division: -7/2 == -3, -7%2 == -1.
  BigInt::divmod(I("-7"), I("2"), &q, &r);
  EXPECT_EQ(q.to_string(), "-3");
  EXPECT_EQ(r.to_string(), "-1");
  // Multi-limb divisor exercising algorithm D's correction step.
  BigInt n = I("123456789012345678901234567890123456789012345678901234567890");
  BigInt d = I("98765432109876543210987654321");
  BigInt::divmod(n, d, &q, &r);
  EXPECT_EQ((q * d + r).to_string(), n.to_string());
  EXPECT_LT(cmp(r, d), 0);
  EXPECT_EQ(BigInt::gcd(I("-12"), I("18")).to_string(), "6");
  EXPECT_EQ(BigInt::pow(10, 30).to_string(), "1000000000000000000000000000000");
}

TEST(BigInt, ShiftsAndBits) {
  BigInt one = I("1");
  EXPECT_EQ(one.shl(100).shr(98).to_string(), "4");
  EXPECT_EQ(one.shl(100).bit_len(), 101u);
  EXPECT_EQ(I("-7").shr(1).to_string(), "-4");   // floor, like Go's >>
  EXPECT_EQ(I("-1").shr(200).to_string(), "-1");
  EXPECT_EQ((I("-6") & I("5")).to_string(), "0");
  EXPECT_EQ((I("-6") | I("5")).to_string(), "-1");
  EXPECT_EQ((I("-6") ^ I("5")).to_string(), "-1");
  EXPECT_EQ(I("12").and_not(I("-8")).to_string(), "4");
  EXPECT_EQ(I("0").bit_not().to_string(), "-1");
  EXPECT_TRUE(I("-170141183460469231731687303715884105728").fits_i128());
  EXPECT_FALSE(I("170141183460469231731687303715884105728").fits_i128());
  EXPECT_EQ(static_cast<long long>(I("-9223372036854775808").to_i128()), INT64_MIN);
}

TEST(BigRat, ExactArithmetic) {
  BigRat big = F("1e20"), x = F("1.5");
  EXPECT_EQ(D((big - x) - big), -1.5);
  EXPECT_EQ(D(F("1e300") * F("1e300") / F("1e300")), 1e300);
  BigRat third = BigRat(I("1"), I("3"));
  EXPECT_TRUE((third * BigRat(I("3"))).is_int());
  EXPECT_EQ(cmp(F("0.1") + F("0.2"), F("0.3")), 0);
  EXPECT_EQ(BigRat(I("-7"), I("2")).trunc().to_string(), "-3");
  EXPECT_EQ(D(F("0x1.8p3")), 12.0);
  EXPECT_EQ(D(F(".5e1")), 5.0);
}

TEST(BigRat, Rounding) {
  bool ovf = false;
  EXPECT_EQ(F("0.1").to_double(&ovf), 0.1);
  EXPECT_EQ(F("0.1").to_float(&ovf), 0.1f);
  // Ties to even: 2^53 + 1 rounds down, 2^53 + 3 up.
  EXPECT_EQ(D(BigRat(I("9007199254740993"))), 9007199254740992.0);
  EXPECT_EQ(D(BigRat(I("9007199254740995"))), 9007199254740996.0);
  EXPECT_EQ(F("4.9406564584124654e-324").to_double(&ovf), 4.9406564584124654e-324);
  EXPECT_EQ(D(F("1e-400")), 0.0);
  F("1e400").to_double(&ovf);
  EXPECT_TRUE(ovf);
  F("1.7976931348623157e308").to_double(&ovf);
  EXPECT_FALSE(ovf);
  F("3.4028235e38").to_float(&ovf);   // just above MaxFloat32 but rounds to it
  EXPECT_FALSE(ovf);
  F("1e39").to_float(&ovf);
  EXPECT_TRUE(ovf);
  EXPECT_EQ(BigRat::from_long_double(0.1L).to_double(&ovf), 0.1);
}

TEST(BigRat, GoSpelling) {
  EXPECT_EQ(F("1e100").to_float_string(), "1e+100");
  EXPECT_EQ(F("1.5").to_float_string(), "1.5");
  EXPECT_EQ(F("3").to_float_string(), "3");
  EXPECT_EQ(F("1e400").to_float_string(), "1e+400");
  EXPECT_EQ((-F("2.5e-500")).to_float_string(), "-2.5e-500");
  EXPECT_EQ(F("1000000.5").to_float_string(), "1.0000005e+06");
  EXPECT_EQ(F("1e-7").to_float_string(), "1e-07");
}
