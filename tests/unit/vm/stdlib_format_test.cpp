// tests/unit/vm/stdlib_format_test.cpp — Duration.String and float %v against tables printed
// by Go 1.19 itself (go run of a program printing {input, String()} pairs; not hand-written).
#include <gtest/gtest.h>

#include <cstring>

#include "stdlib/format.h"

namespace gort::stdlib {
namespace {

struct DurCase { int64_t ns; const char* want; };
struct FloatCase { uint64_t bits; const char* want; };

TEST(StdlibFormat, DurationStringMatchesGo) {
  const DurCase cases[] = {
      {0LL, "0s"},
      {1LL, "1ns"},
      {999LL, "999ns"},
      {1000LL, "1µs"},
      {1500LL, "1.5µs"},
      {1500000LL, "1.5ms"},
      {100000000LL, "100ms"},
      {1500000000LL, "1.5s"},
      {90000000000LL, "1m30s"},
      {3723004000000LL, "1h2m3.004s"},
      {-1500000000LL, "-1.5s"},
      {9223372036854775807LL, "2562047h47m16.854775807s"},
      {INT64_MIN, "-2562047h47m16.854775808s"},
      {3599000000000LL, "59m59s"},
      {2LL, "2ns"},
  };
  for (const auto& c : cases) EXPECT_EQ(duration_string(c.ns), c.want) << c.ns;
}

TEST(StdlibFormat, FloatVMatchesGo) {
  const FloatCase cases[] = {
      {0ULL, "0"},
      {4607182418800017408ULL, "1"},
      {13830554455654793216ULL, "-1"},
      {4614253070214989087ULL, "3.14"},
      {4591870180066957722ULL, "0.1"},
      {4921056587992461136ULL, "1e+21"},
      {4906019910204099648ULL, "1e+20"},
      {4728057454347157504ULL, "1.23456789e+08"},
      {4534972062662729065ULL, "1.5e-05"},
      {4547007122018943789ULL, "0.0001"},
      {4540043956515078686ULL, "3.3333333333333335e-05"},
      {4604180019048437077ULL, "0.6666666666666666"},
      {6103021453049119613ULL, "1e+100"},
      {9218868437227405311ULL, "1.7976931348623157e+308"},
      {1ULL, "5e-324"},
      {4636737291354636288ULL, "100"},
      {4698053237146648576ULL, "1.234567125e+06"},
      {9218868437227405312ULL, "+Inf"},
      {18442240474082181120ULL, "-Inf"},
      {9221120237041090561ULL, "NaN"},
      {9223372036854775808ULL, "-0"},
  };
  for (const auto& c : cases) {
    double f;
    std::memcpy(&f, &c.bits, sizeof f);
    EXPECT_EQ(float_v(f), c.want) << c.bits;
  }
}

}  // namespace
}  // namespace gort::stdlib
