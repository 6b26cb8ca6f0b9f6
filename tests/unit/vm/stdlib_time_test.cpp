// tests/unit/vm/stdlib_time_test.cpp — the port of Go 1.19's calendar (time_calendar.cpp) and
// layouts (time_format.cpp) against a table printed by Go 1.19 itself (time.Date → Unix,
// Weekday, YearDay, ISOWeek, RFC3339Nano from the first to the last representable year), and
// the Date ↔ absDate round trip over every day of 1600..2400.
#include <gtest/gtest.h>

#include "stdlib/time_core.h"

namespace gort::stdlib::timepkg {
namespace {

struct DateCase {
  int64_t y;
  int m, d, hh, mm, ss, ns;
  int64_t unix;
  int wday, yday;
  int64_t iso_year;
  int iso_week;
  const char* rfc3339nano;
};

TEST(StdlibTime, DateMatchesGo) {
  const DateCase cases[] = {
      {-292277022398, 1, 1, 0, 0, 0, 0, -9223372028683785600LL, 2, 1, -292277022398, 1, "-292277022398-01-01T00:00:00Z"},
      {-100000, 2, 8, 1, 13, 29, 12345, -3217859131591LL, 2, 39, -100000, 6, "-100000-02-08T01:13:29.000012345Z"},
      {-1000, 3, 15, 2, 26, 58, 24690, -93717811982LL, 6, 74, -1000, 11, "-1000-03-15T02:26:58.00002469Z"},
      {-1, 4, 22, 3, 39, 27, 37035, -62189151633LL, 4, 112, -1, 16, "-0001-04-22T03:39:27.000037035Z"},
      {0, 5, 1, 4, 52, 56, 49380, -62156747224LL, 1, 122, 0, 18, "0000-05-01T04:52:56.00004938Z"},
      {1, 6, 8, 5, 5, 25, 61725, -62121927275LL, 5, 159, 1, 23, "0001-06-08T05:05:25.000061725Z"},
      {4, 7, 15, 6, 18, 54, 74070, -62024031666LL, 4, 197, 4, 29, "0004-07-15T06:18:54.00007407Z"},
      {100, 8, 22, 7, 31, 23, 86415, -58991300917LL, 0, 234, 100, 33, "0100-08-22T07:31:23.000086415Z"},
      {1600, 9, 1, 8, 44, 52, 98760, -11654982908LL, 5, 245, 1600, 35, "1600-09-01T08:44:52.00009876Z"},
      {1884, 10, 8, 9, 57, 21, 111105, -2689596159LL, 3, 282, 1884, 41, "1884-10-08T09:57:21.000111105Z"},
      {1885, 11, 15, 10, 10, 50, 123450, -2654776150LL, 0, 319, 1885, 46, "1885-11-15T10:10:50.00012345Z"},
      {1900, 12, 22, 11, 23, 19, 135795, -2178275801LL, 6, 356, 1900, 51, "1900-12-22T11:23:19.000135795Z"},
      {1969, 1, 1, 12, 36, 48, 148140, -31490592LL, 3, 1, 1969, 1, "1969-01-01T12:36:48.00014814Z"},
      {1970, 2, 8, 13, 49, 17, 160485, 3332957LL, 0, 39, 1970, 6, "1970-02-08T13:49:17.000160485Z"},
      {2000, 3, 15, 14, 2, 46, 172830, 953128966LL, 3, 75, 2000, 11, "2000-03-15T14:02:46.00017283Z"},
      {2038, 4, 22, 15, 15, 15, 185175, 2155562115LL, 4, 112, 2038, 16, "2038-04-22T15:15:15.000185175Z"},
      {2100, 5, 1, 16, 28, 44, 197520, 4112872124LL, 6, 121, 2100, 17, "2100-05-01T16:28:44.00019752Z"},
      {2157, 6, 8, 17, 41, 13, 209865, 5914921273LL, 3, 159, 2157, 23, "2157-06-08T17:41:13.000209865Z"},
      {2158, 7, 15, 18, 54, 42, 222210, 5949658482LL, 6, 196, 2158, 28, "2158-07-15T18:54:42.00022221Z"},
      {9999, 8, 22, 19, 7, 11, 234555, 253390964831LL, 0, 234, 9999, 33, "9999-08-22T19:07:11.000234555Z"},
      {100000, 9, 1, 20, 20, 40, 246900, 3093549135640LL, 5, 245, 100000, 35, "100000-09-01T20:20:40.0002469Z"},
      {292277026595, 10, 8, 21, 33, 9, 259245, 9223372036818250389LL, 4, 281, 292277026595, 41, "292277026595-10-08T21:33:09.000259245Z"},
  };
  for (const DateCase& c : cases) {
    Time t = date(c.y, c.m, c.d, c.hh, c.mm, c.ss, c.ns, nullptr);
    EXPECT_EQ(t.unix_sec(), c.unix) << c.y;
    uint64_t abs = abs_time(t);
    EXPECT_EQ(abs_weekday(abs), c.wday) << c.y;
    EXPECT_EQ(abs_date(abs, false).yday + 1, c.yday) << c.y;
    int64_t iy;
    int iw;
    iso_week(t, &iy, &iw);
    EXPECT_EQ(iy, c.iso_year) << c.y;
    EXPECT_EQ(iw, c.iso_week) << c.y;
    EXPECT_EQ(format(t, "2006-01-02T15:04:05.999999999Z07:00"), c.rfc3339nano);
  }
}

TEST(StdlibTime, DateRoundTripsEveryDay) {
  Time t = date(1600, 1, 1, 12, 0, 0, 0, nullptr);
  for (int i = 0; i < 800 * 366; i++) {
    DateParts p = abs_date(abs_time(t), true);
    Time back = date(p.year, p.month, p.day, 12, 0, 0, 0, nullptr);
    ASSERT_TRUE(equal(back, t)) << p.year << "-" << p.month << "-" << p.day;
    ASSERT_GE(p.day, 1);
    ASSERT_LE(p.day, days_in(p.month, p.year));
    t = add(t, 24 * 3600 * int64_t{1000000000});
  }
}

TEST(StdlibTime, ParseErrorsAreGos) {
  Time t;
  ParseError e;
  ASSERT_FALSE(parse("2006-01-02", "x", nullptr, nullptr, &t, &e));
  EXPECT_EQ(e.text(), "parsing time \"x\" as \"2006-01-02\": cannot parse \"x\" as \"2006\"");
  ASSERT_FALSE(parse("2006-01-02", "2023-02-29", nullptr, nullptr, &t, &e));
  EXPECT_EQ(e.text(), "parsing time \"2023-02-29\": day out of range");
  ASSERT_TRUE(parse("2006-01-02 15:04:05.000", "2024-02-29 23:59:58.125", nullptr, nullptr, &t, &e));
  EXPECT_EQ(time_string(t), "2024-02-29 23:59:58.125 +0000 UTC");
}

}  // namespace
}  // namespace gort::stdlib::timepkg
