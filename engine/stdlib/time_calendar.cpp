// engine/stdlib/time_calendar.cpp — time.Time arithmetic and the calendar: a port of Go 1.19's
// time/time.go (BSD-licensed, The Go Authors): the wall/ext encoding, Add/Sub/Before/After/
// Equal, absDate/absClock/absWeekday/ISOWeek, Date's normalization, Truncate/Round's div.
#include <climits>

#include "stdlib/time_core.h"

namespace gort::stdlib::timepkg {

static_assert(kAbsoluteToInternal == -9223371966579724800LL, "Go's absoluteToInternal");

namespace {
constexpr int64_t kDaysPer400Years = 365 * 400 + 97;
constexpr int64_t kDaysPer100Years = 365 * 100 + 24;
constexpr int64_t kDaysPer4Years = 365 * 4 + 1;
constexpr int64_t kSecond = 1000000000;
}  // namespace

const int32_t kDaysBefore[13] = {
    0,
    31,
    31 + 28,
    31 + 28 + 31,
    31 + 28 + 31 + 30,
    31 + 28 + 31 + 30 + 31,
    31 + 28 + 31 + 30 + 31 + 30,
    31 + 28 + 31 + 30 + 31 + 30 + 31,
    31 + 28 + 31 + 30 + 31 + 30 + 31 + 31,
    31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30,
    31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31,
    31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30,
    31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31,
};

void Time::add_sec(int64_t d) {
  if (wall & kHasMonotonic) {
    int64_t s = static_cast<int64_t>(wall << 1 >> (kNsecShift + 1));
    int64_t dsec = s + d;  // no overflow: s < 2^33
    if (0 <= dsec && dsec <= (int64_t{1} << 33) - 1) {
      wall = (wall & kNsecMask) | (static_cast<uint64_t>(dsec) << kNsecShift) | kHasMonotonic;
      return;
    }
    strip_mono();
  }
  int64_t sum = static_cast<int64_t>(static_cast<uint64_t>(ext) + static_cast<uint64_t>(d));
  if ((sum > ext) == (d > 0)) ext = sum;
  else if (d > 0) ext = INT64_MAX;
  else ext = -INT64_MAX;
}

void Time::set_loc(Obj* l) {
  if (l == utc_loc()) l = nullptr;
  strip_mono();
  loc = l;
}

void Time::strip_mono() {
  if (wall & kHasMonotonic) {
    ext = sec();
    wall &= kNsecMask;
  }
}

void Time::set_mono(int64_t m) {
  if (!(wall & kHasMonotonic)) {
    int64_t s = ext;
    if (s < kMinWall || kMaxWall < s) return;
    wall |= kHasMonotonic | static_cast<uint64_t>(s - kMinWall) << kNsecShift;
  }
  ext = m;
}

int64_t runtime_mono() { return rt::nanotime() + 1; }

Time now() { return from_clock(rt::walltime(), runtime_mono()); }

Time from_clock(int64_t w, int64_t mono) {
  int64_t s = w / kSecond, ns = w % kSecond;
  if (ns < 0) {
    ns += kSecond;
    s--;
  }
  s += kUnixToInternal - kMinWall;
  if (static_cast<uint64_t>(s) >> 33 != 0) return Time{static_cast<uint64_t>(ns), s + kMinWall, local_loc()};
  return Time{kHasMonotonic | static_cast<uint64_t>(s) << kNsecShift | static_cast<uint64_t>(ns), mono, local_loc()};
}

Time unix_time(int64_t sec, int32_t nsec) {
  return Time{static_cast<uint64_t>(nsec), static_cast<int64_t>(static_cast<uint64_t>(sec) + kUnixToInternal),
              local_loc()};
}

Time unix_time_of(int64_t sec, int64_t nsec) {
  if (nsec < 0 || nsec >= kSecond) {
    int64_t n = nsec / kSecond;
    sec = wadd(sec, n);
    nsec -= n * kSecond;
    if (nsec < 0) {
      nsec += kSecond;
      sec--;
    }
  }
  return unix_time(sec, static_cast<int32_t>(nsec));
}

bool after(const Time& t, const Time& u) {
  if (t.wall & u.wall & kHasMonotonic) return t.ext > u.ext;
  int64_t ts = t.sec(), us = u.sec();
  return ts > us || (ts == us && t.nsec() > u.nsec());
}
bool before(const Time& t, const Time& u) {
  if (t.wall & u.wall & kHasMonotonic) return t.ext < u.ext;
  int64_t ts = t.sec(), us = u.sec();
  return ts < us || (ts == us && t.nsec() < u.nsec());
}
bool equal(const Time& t, const Time& u) {
  if (t.wall & u.wall & kHasMonotonic) return t.ext == u.ext;
  return t.sec() == u.sec() && t.nsec() == u.nsec();
}

Time add(Time t, int64_t d) {
  int64_t dsec = d / kSecond;
  int32_t nsec = t.nsec() + static_cast<int32_t>(d % kSecond);
  if (nsec >= kSecond) {
    dsec++;
    nsec -= kSecond;
  } else if (nsec < 0) {
    dsec--;
    nsec += kSecond;
  }
  t.wall = (t.wall & ~static_cast<uint64_t>(kNsecMask)) | static_cast<uint64_t>(nsec);
  t.add_sec(dsec);
  if (t.wall & kHasMonotonic) {
    int64_t te = static_cast<int64_t>(static_cast<uint64_t>(t.ext) + static_cast<uint64_t>(d));
    if ((d < 0 && te > t.ext) || (d > 0 && te < t.ext)) t.strip_mono();
    else t.ext = te;
  }
  return t;
}

int64_t sub(const Time& t, const Time& u) {
  if (t.wall & u.wall & kHasMonotonic) {
    int64_t te = t.ext, ue = u.ext;
    int64_t d = static_cast<int64_t>(static_cast<uint64_t>(te) - static_cast<uint64_t>(ue));
    if (d < 0 && te > ue) return kMaxDuration;
    if (d > 0 && te < ue) return kMinDuration;
    return d;
  }
  // Go computes in wrapping int64 arithmetic and then checks the result.
  uint64_t ds = static_cast<uint64_t>(t.sec()) - static_cast<uint64_t>(u.sec());
  int64_t d = static_cast<int64_t>(ds * static_cast<uint64_t>(kSecond) +
                                   static_cast<uint64_t>(static_cast<int64_t>(t.nsec() - u.nsec())));
  if (equal(add(u, d), t)) return d;
  if (before(t, u)) return kMinDuration;
  return kMaxDuration;
}

uint64_t abs_time(const Time& t) {
  int64_t s = t.unix_sec();
  if (t.loc && t.loc != utc_loc()) s = wadd(s, loc_lookup(t.loc).offset);
  return static_cast<uint64_t>(s) + static_cast<uint64_t>(kUnixToInternal + kInternalToAbsolute);
}

bool is_leap(int64_t year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

int days_in(int month, int64_t year) {
  if (month == 2 && is_leap(year)) return 29;
  return kDaysBefore[month] - kDaysBefore[month - 1];
}

DateParts abs_date(uint64_t abs, bool full) {
  DateParts r{};
  uint64_t d = abs / kSecondsPerDay;
  uint64_t n = d / kDaysPer400Years;
  uint64_t y = 400 * n;
  d -= kDaysPer400Years * n;
  n = d / kDaysPer100Years;
  n -= n >> 2;
  y += 100 * n;
  d -= kDaysPer100Years * n;
  n = d / kDaysPer4Years;
  y += 4 * n;
  d -= kDaysPer4Years * n;
  n = d / 365;
  n -= n >> 2;
  y += n;
  d -= 365 * n;
  r.year = static_cast<int64_t>(y) + kAbsoluteZeroYear;
  r.yday = static_cast<int>(d);
  if (!full) return r;
  int day = r.yday;
  if (is_leap(r.year)) {
    if (day > 31 + 29 - 1) {
      day--;
    } else if (day == 31 + 29 - 1) {
      r.month = 2;
      r.day = 29;
      return r;
    }
  }
  int month = day / 31;
  int end = kDaysBefore[month + 1];
  int begin;
  if (day >= end) {
    month++;
    begin = end;
  } else {
    begin = kDaysBefore[month];
  }
  r.month = month + 1;
  r.day = day - begin + 1;
  return r;
}

void abs_clock(uint64_t abs, int* hour, int* min, int* sec) {
  int s = static_cast<int>(abs % kSecondsPerDay);
  *hour = s / kSecondsPerHour;
  s -= *hour * kSecondsPerHour;
  *min = s / kSecondsPerMinute;
  *sec = s - *min * kSecondsPerMinute;
}

int abs_weekday(uint64_t abs) {
  // January 1 of the absolute year, like January 1 of 2001, was a Monday.
  uint64_t s = (abs + 1 * kSecondsPerDay) % kSecondsPerWeek;
  return static_cast<int>(s) / kSecondsPerDay;
}

void iso_week(const Time& t, int64_t* year, int* week) {
  uint64_t abs = abs_time(t);
  int d = 4 - abs_weekday(abs);  // Thursday - weekday
  if (d == 4) d = -3;            // Sunday
  abs += static_cast<uint64_t>(static_cast<int64_t>(d)) * kSecondsPerDay;
  DateParts p = abs_date(abs, false);
  *year = p.year;
  *week = p.yday / 7 + 1;
}

namespace {

uint64_t days_since_epoch(int64_t year) {
  uint64_t y = static_cast<uint64_t>(year) - static_cast<uint64_t>(kAbsoluteZeroYear);
  uint64_t n = y / 400;
  y -= 400 * n;
  uint64_t d = kDaysPer400Years * n;
  n = y / 100;
  y -= 100 * n;
  d += kDaysPer100Years * n;
  n = y / 4;
  y -= 4 * n;
  d += kDaysPer4Years * n;
  d += 365 * y;
  return d;
}

// norm returns nhi, nlo such that hi * base + lo == nhi * base + nlo, 0 <= nlo < base
// (wrapping int64 arithmetic, as Go's int).
void norm(int64_t* hi, int64_t* lo, int64_t base) {
  if (*lo < 0) {
    int64_t n = (-(*lo + 1)) / base + 1;  // (-lo-1)/base + 1 without overflow at MinInt64
    *hi = static_cast<int64_t>(static_cast<uint64_t>(*hi) - static_cast<uint64_t>(n));
    *lo = static_cast<int64_t>(static_cast<uint64_t>(*lo) + static_cast<uint64_t>(n) * static_cast<uint64_t>(base));
  }
  if (*lo >= base) {
    int64_t n = *lo / base;
    *hi = static_cast<int64_t>(static_cast<uint64_t>(*hi) + static_cast<uint64_t>(n));
    *lo -= n * base;
  }
}

}  // namespace

Time date(int64_t year, int64_t month, int64_t day, int64_t hour, int64_t min, int64_t sec, int64_t nsec, Obj* loc) {
  int64_t m = wsub(month, 1);
  norm(&year, &m, 12);
  month = m + 1;
  norm(&sec, &nsec, kSecond);
  norm(&min, &sec, 60);
  norm(&hour, &min, 60);
  norm(&day, &hour, 24);

  uint64_t d = days_since_epoch(year);
  d += static_cast<uint64_t>(kDaysBefore[month - 1]);
  if (is_leap(year) && month >= 3) d++;
  d += static_cast<uint64_t>(day) - 1;
  uint64_t abs = d * kSecondsPerDay;
  abs += static_cast<uint64_t>(hour * kSecondsPerHour + min * kSecondsPerMinute + sec);
  int64_t unix_sec = static_cast<int64_t>(abs + static_cast<uint64_t>(kAbsoluteToInternal + kInternalToUnix));

  // A fixed zone has one offset for all time, so Go's second lookup never changes it.
  int64_t offset = loc_lookup(loc).offset;
  if (offset != 0) unix_sec = wsub(unix_sec, offset);

  Time t = unix_time(unix_sec, static_cast<int32_t>(nsec));
  t.set_loc(loc);
  return t;
}

namespace {

// div(t, d): the remainder of t (as a duration since the zero time) divided by d.
int64_t div_rem(const Time& t, int64_t d) {
  bool neg = false;
  int32_t nsec = t.nsec();
  int64_t sec = t.sec();
  if (sec < 0) {
    neg = true;
    sec = wsub(0, sec);
    nsec = -nsec;
    if (nsec < 0) {
      nsec += kSecond;
      sec--;
    }
  }
  int64_t r;
  if (d < kSecond && kSecond % (d + d) == 0) {
    r = nsec % static_cast<int32_t>(d);
  } else if (d % kSecond == 0) {
    int64_t d1 = d / kSecond;
    r = (sec % d1) * kSecond + nsec;
  } else {
    unsigned __int128 u = static_cast<unsigned __int128>(static_cast<uint64_t>(sec)) * kSecond + static_cast<uint64_t>(nsec);
    r = static_cast<int64_t>(u % static_cast<uint64_t>(d));
  }
  if (neg && r != 0) r = d - r;
  return r;
}

bool less_than_half(int64_t x, int64_t y) {
  return static_cast<uint64_t>(x) + static_cast<uint64_t>(x) < static_cast<uint64_t>(y);
}

}  // namespace

Time truncate(Time t, int64_t d) {
  t.strip_mono();
  if (d <= 0) return t;
  return add(t, -div_rem(t, d));
}

Time round(Time t, int64_t d) {
  t.strip_mono();
  if (d <= 0) return t;
  int64_t r = div_rem(t, d);
  if (less_than_half(r, d)) return add(t, -r);
  return add(t, d - r);
}

}  // namespace gort::stdlib::timepkg
