// engine/stdlib/time_natives.cpp — package time: Duration methods, Time (UTC only: the
// playground has no zones) with Format/String, Sleep, and timers/tickers on rt::timer_*
// (fake time obeys --faketime because rt::nanotime/walltime do).
//
// time.Time {wall, mono}: wall = Unix ns; mono = program nanotime()+1 for values from Now()
// (Go's monotonic reading, printed as "m=+0.000000001"), -1 for values with a wall clock
// only (time.Unix), 0 with wall 0 for the zero Time (printed as year 1, as Go does).
// A Timer/Ticker object is its runtime timer's argument: the timer keeps it alive, and its
// callback sends on C or starts the AfterFunc goroutine prepared when it was armed.
#include <cmath>
#include <cstdio>

#include "stdlib/format.h"
#include "stdlib/natives.h"
#include "stdlib/std_types.h"
#include "stdlib/util.h"

namespace gort::stdlib {

NativeStatus duration_string_native(NativeCtx& c) {
  c.args[0] = str_val(duration_string(c.args[0].i));
  return NativeStatus::Done;
}

namespace {

constexpr int64_t kSecond = 1000000000;

// ---- civil calendar (proleptic Gregorian, H. Hinnant's algorithms) ----
void civil_from_days(int64_t z, int64_t* y, int* m, int* d) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t yy = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *y = yy + (*m <= 2);
}

int64_t days_from_civil(int64_t y, int m, int d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

struct Civil {
  int64_t year;
  int month, day, hour, min, sec, yday, wday;
  int64_t nsec;
};

Civil civil_of(int64_t wall, int64_t mono) {
  Civil c{};
  int64_t secs, nsec;
  if (wall == 0 && mono == 0) {
    // The zero Time: January 1, year 1, 00:00:00 UTC.
    secs = -62135596800LL;
    nsec = 0;
  } else {
    secs = wall / kSecond;
    nsec = wall % kSecond;
    if (nsec < 0) { nsec += kSecond; secs--; }
  }
  int64_t days = secs / 86400;
  int64_t rem = secs % 86400;
  if (rem < 0) { rem += 86400; days--; }
  civil_from_days(days, &c.year, &c.month, &c.day);
  c.hour = static_cast<int>(rem / 3600);
  c.min = static_cast<int>(rem / 60 % 60);
  c.sec = static_cast<int>(rem % 60);
  c.nsec = nsec;
  c.wday = static_cast<int>(((days % 7) + 11) % 7);  // 1970-01-01 was a Thursday (4)
  c.yday = static_cast<int>(days - days_from_civil(c.year, 1, 1)) + 1;
  return c;
}

const char* const kMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                               "August", "September", "October", "November", "December"};
const char* const kDays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

std::string pad_int(int64_t v, int width, char fill = '0') {
  std::string s = std::to_string(v < 0 ? -v : v);
  while (static_cast<int>(s.size()) < width) s.insert(s.begin(), fill);
  if (v < 0) s.insert(s.begin(), '-');
  return s;
}

bool starts(std::string_view s, size_t i, std::string_view p) { return s.substr(i, p.size()) == p; }

// Go's Time.Format for the UTC zone (time/format.go's std chunks).
std::string format_time(int64_t wall, int64_t mono, std::string_view layout) {
  Civil t = civil_of(wall, mono);
  std::string out;
  size_t i = 0;
  while (i < layout.size()) {
    char ch = layout[i];
    auto take = [&](std::string_view p) {
      if (starts(layout, i, p)) { i += p.size(); return true; }
      return false;
    };
    if (take("January")) { out += kMonths[t.month - 1]; continue; }
    if (take("Jan")) { out += std::string(kMonths[t.month - 1]).substr(0, 3); continue; }
    if (take("Monday")) { out += kDays[t.wday]; continue; }
    if (take("Mon")) { out += std::string(kDays[t.wday]).substr(0, 3); continue; }
    if (take("MST")) { out += "UTC"; continue; }
    if (take("2006")) { out += pad_int(t.year, 4); continue; }
    if (take("002")) { out += pad_int(t.yday, 3); continue; }
    if (take("01")) { out += pad_int(t.month, 2); continue; }
    if (take("02")) { out += pad_int(t.day, 2); continue; }
    if (take("03")) { out += pad_int(t.hour % 12 == 0 ? 12 : t.hour % 12, 2); continue; }
    if (take("04")) { out += pad_int(t.min, 2); continue; }
    if (take("05")) { out += pad_int(t.sec, 2); continue; }
    if (take("06")) { out += pad_int(t.year % 100, 2); continue; }
    if (take("_2")) { out += pad_int(t.day, 2, ' '); continue; }
    if (take("15")) { out += pad_int(t.hour, 2); continue; }
    if (take("-07:00:00") || take("-07:00") || take("-0700") || take("-07")) {
      std::string_view tok = layout.substr(0, i);
      size_t k = tok.rfind('-');
      std::string_view z = tok.substr(k);
      out += z.size() == 9 ? "+00:00:00" : z.size() == 6 ? "+00:00" : z.size() == 5 ? "+0000" : "+00";
      continue;
    }
    if (take("Z07:00:00") || take("Z07:00") || take("Z0700") || take("Z07")) { out += 'Z'; continue; }
    if (take("PM")) { out += t.hour >= 12 ? "PM" : "AM"; continue; }
    if (take("pm")) { out += t.hour >= 12 ? "pm" : "am"; continue; }
    if ((ch == '.' || ch == ',') && i + 1 < layout.size() && (layout[i + 1] == '0' || layout[i + 1] == '9')) {
      char digit = layout[i + 1];
      size_t j = i + 1;
      while (j < layout.size() && layout[j] == digit) ++j;
      bool next_digit = j < layout.size() && layout[j] >= '0' && layout[j] <= '9';
      if (!next_digit) {
        int n = static_cast<int>(j - i - 1);
        std::string frac = pad_int(t.nsec, 9).substr(0, n);
        if (digit == '9') {
          while (!frac.empty() && frac.back() == '0') frac.pop_back();
          if (!frac.empty()) { out += ch; out += frac; }
        } else {
          out += ch;
          out += frac;
        }
        i = j;
        continue;
      }
    }
    if (ch == '1') { out += std::to_string(t.month); ++i; continue; }
    if (ch == '2') { out += std::to_string(t.day); ++i; continue; }
    if (ch == '3') { out += std::to_string(t.hour % 12 == 0 ? 12 : t.hour % 12); ++i; continue; }
    if (ch == '4') { out += std::to_string(t.min); ++i; continue; }
    if (ch == '5') { out += std::to_string(t.sec); ++i; continue; }
    out += ch;
    ++i;
  }
  return out;
}

Obj* make_time(int64_t wall, int64_t mono) {
  Obj* t = vm::agg_new(time_time());
  rt::obj_slots(t)[0].i = wall;
  rt::obj_slots(t)[1].i = mono;
  return t;
}
Obj* time_now_obj() { return make_time(rt::walltime(), rt::nanotime() + 1); }
int64_t wall_of(Value t) { return rt::obj_slots(t.o)[0].i; }
int64_t mono_of(Value t) { return rt::obj_slots(t.o)[1].i; }

// t - u, by the monotonic readings when both have one (as Go does).
int64_t time_sub(Value t, Value u) {
  int64_t tm = mono_of(t), um = mono_of(u);
  if (tm > 0 && um > 0) return tm - um;
  auto abs_ns = [](Value x) -> int64_t {
    if (wall_of(x) == 0 && mono_of(x) == 0) return INT64_MIN;  // zero Time: far past
    return wall_of(x);
  };
  int64_t a = abs_ns(t), b = abs_ns(u);
  if (a == INT64_MIN || b == INT64_MIN) return a == b ? 0 : (a == INT64_MIN ? INT64_MIN : INT64_MAX);
  return a - b;
}

// ---- Duration ----
NativeStatus d_seconds(NativeCtx& c) {
  int64_t d = c.args[0].i;
  c.args[0].f = static_cast<double>(d / kSecond) + static_cast<double>(d % kSecond) / 1e9;
  return NativeStatus::Done;
}
NativeStatus d_minutes(NativeCtx& c) {
  int64_t d = c.args[0].i, m = 60 * kSecond;
  c.args[0].f = static_cast<double>(d / m) + static_cast<double>(d % m) / (60e9);
  return NativeStatus::Done;
}
NativeStatus d_hours(NativeCtx& c) {
  int64_t d = c.args[0].i, h = 3600 * kSecond;
  c.args[0].f = static_cast<double>(d / h) + static_cast<double>(d % h) / (3600e9);
  return NativeStatus::Done;
}
NativeStatus d_millis(NativeCtx& c) { c.args[0].i /= 1000000; return NativeStatus::Done; }
NativeStatus d_micros(NativeCtx& c) { c.args[0].i /= 1000; return NativeStatus::Done; }
NativeStatus d_nanos(NativeCtx&) { return NativeStatus::Done; }
NativeStatus d_truncate(NativeCtx& c) {
  int64_t d = c.args[0].i, m = c.args[1].i;
  if (m > 0) c.args[0].i = d - d % m;
  return NativeStatus::Done;
}
NativeStatus d_round(NativeCtx& c) {
  int64_t d = c.args[0].i, m = c.args[1].i;
  if (m <= 0) return NativeStatus::Done;
  int64_t r = d % m;
  if (d < 0) {
    r = -r;
    if (r + r < m) { c.args[0].i = d + r; return NativeStatus::Done; }
    int64_t d1 = d - m + r;
    c.args[0].i = d1 < d ? d1 : INT64_MIN;
    return NativeStatus::Done;
  }
  if (r + r < m) { c.args[0].i = d - r; return NativeStatus::Done; }
  int64_t d1 = d + m - r;
  c.args[0].i = d1 > d ? d1 : INT64_MAX;
  return NativeStatus::Done;
}

// ---- Time ----
NativeStatus t_now(NativeCtx& c) { c.args[0] = Value::from_obj(time_now_obj()); return NativeStatus::Done; }
NativeStatus t_since(NativeCtx& c) {
  Obj* now = time_now_obj();
  c.args[0].i = time_sub(Value::from_obj(now), c.args[0]);
  return NativeStatus::Done;
}
NativeStatus t_until(NativeCtx& c) {
  Obj* now = time_now_obj();
  c.args[0].i = time_sub(c.args[0], Value::from_obj(now));
  return NativeStatus::Done;
}
NativeStatus t_unix_make(NativeCtx& c) {
  c.args[0] = Value::from_obj(make_time(c.args[0].i * kSecond + c.args[1].i, -1));
  return NativeStatus::Done;
}
NativeStatus t_sub(NativeCtx& c) { c.args[0].i = time_sub(c.args[0], c.args[1]); return NativeStatus::Done; }
NativeStatus t_add(NativeCtx& c) {
  int64_t m = mono_of(c.args[0]);
  c.args[0] = Value::from_obj(make_time(wall_of(c.args[0]) + c.args[1].i, m > 0 ? m + c.args[1].i : (m == 0 ? -1 : m)));
  return NativeStatus::Done;
}
NativeStatus t_unix(NativeCtx& c) {
  int64_t w = wall_of(c.args[0]);
  c.args[0].i = w / kSecond - (w % kSecond < 0 ? 1 : 0);
  return NativeStatus::Done;
}
NativeStatus t_unixnano(NativeCtx& c) { c.args[0].i = wall_of(c.args[0]); return NativeStatus::Done; }
NativeStatus t_unixmilli(NativeCtx& c) { c.args[0].i = wall_of(c.args[0]) / 1000000; return NativeStatus::Done; }
NativeStatus t_before(NativeCtx& c) { c.args[0] = bool_val(time_sub(c.args[0], c.args[1]) < 0); return NativeStatus::Done; }
NativeStatus t_after(NativeCtx& c) { c.args[0] = bool_val(time_sub(c.args[0], c.args[1]) > 0); return NativeStatus::Done; }
NativeStatus t_equal(NativeCtx& c) { c.args[0] = bool_val(time_sub(c.args[0], c.args[1]) == 0); return NativeStatus::Done; }
NativeStatus t_iszero(NativeCtx& c) {
  c.args[0] = bool_val(wall_of(c.args[0]) == 0 && mono_of(c.args[0]) == 0);
  return NativeStatus::Done;
}
NativeStatus t_format(NativeCtx& c) {
  c.args[0] = str_val(format_time(wall_of(c.args[0]), mono_of(c.args[0]), sv(c.args[1])));
  return NativeStatus::Done;
}

// ---- sleeping and timers ----
NativeStatus t_sleep(NativeCtx& c) {
  if (!c.g) GORT_THROW("stdlib: time.Sleep without a runtime G");
  return rt::sleep(*c.g, c.args[0].i) == rt::Op::Park ? NativeStatus::Park : NativeStatus::Done;
}

// Fields of time.Timer and time.Ticker (both declare all four; timer_fire reads f and g).
enum TimerField { kC = 0, kR = 1, kF = 2, kG = 3 };

// Runs on the M that fires the timer, holding a P but no G (runtime.h): may allocate and
// trysend, must not block.
void timer_fire(Value arg, int64_t now) {
  Value* f = rt::obj_slots(arg.o);
  if (f[kF].o) {
    auto* g = static_cast<rt::G*>(f[kG].p);
    f[kG].p = nullptr;
    if (g) rt::gstart_from_timer(*g);
    return;
  }
  Obj* t = make_time(rt::walltime(), now + 1);
  rt::chan_trysend(f[kC].o, Value::from_obj(t));
}

Obj* new_timer_obj(const TypeDesc* type, int64_t d, int64_t period, Obj* fn, NativeCtx& c) {
  Obj* o = vm::agg_new(type);
  Value* f = rt::obj_slots(o);
  if (fn) {
    f[kF].o = fn;
    f[kG].p = vm::make_goroutine(c, fn);
  } else {
    f[kC].o = rt::chan_make(1, true);
  }
  rt::Timer* t = rt::timer_new(timer_fire, Value::from_obj(o), true);
  f[kR].p = t;
  rt::timer_start(t, rt::nanotime() + (d > 0 ? d : 0), period);
  return o;
}

NativeStatus t_after_chan(NativeCtx& c) {
  Obj* o = new_timer_obj(time_timer(), c.args[0].i, 0, nullptr, c);
  c.args[0] = rt::obj_slots(o)[kC];
  return NativeStatus::Done;
}
NativeStatus t_tick(NativeCtx& c) {
  int64_t d = c.args[0].i;
  if (d <= 0) { c.args[0] = Value::zero(); return NativeStatus::Done; }
  Obj* o = new_timer_obj(time_ticker(), d, d, nullptr, c);
  c.args[0] = rt::obj_slots(o)[kC];
  return NativeStatus::Done;
}
NativeStatus t_new_timer(NativeCtx& c) {
  c.args[0] = Value::from_obj(new_timer_obj(time_timer(), c.args[0].i, 0, nullptr, c));
  return NativeStatus::Done;
}
NativeStatus t_after_func(NativeCtx& c) {
  c.args[0] = Value::from_obj(new_timer_obj(time_timer(), c.args[0].i, 0, c.args[1].o, c));
  return NativeStatus::Done;
}
NativeStatus timer_stop_native(NativeCtx& c) {
  if (!c.args[0].o) return panic_runtime(c, "runtime error: invalid memory address or nil pointer dereference");
  auto* t = static_cast<rt::Timer*>(rt::obj_slots(c.args[0].o)[kR].p);
  if (!t) return panic_string(c, "time: Stop called on uninitialized Timer");
  c.args[0] = bool_val(rt::timer_stop(t));
  return NativeStatus::Done;
}
NativeStatus timer_reset(NativeCtx& c) {
  Value* f = rt::obj_slots(c.args[0].o);
  auto* t = static_cast<rt::Timer*>(f[kR].p);
  if (!t) return panic_string(c, "time: Reset called on uninitialized Timer");
  bool was = rt::timer_stop(t);
  if (f[kF].o && !f[kG].p) f[kG].p = vm::make_goroutine(c, f[kF].o);  // fired already: a new goroutine
  int64_t d = c.args[1].i;
  rt::timer_start(t, rt::nanotime() + (d > 0 ? d : 0), 0);
  c.args[0] = bool_val(was);
  return NativeStatus::Done;
}
NativeStatus t_new_ticker(NativeCtx& c) {
  int64_t d = c.args[0].i;
  if (d <= 0) return panic_string(c, "non-positive interval for NewTicker");
  c.args[0] = Value::from_obj(new_timer_obj(time_ticker(), d, d, nullptr, c));
  return NativeStatus::Done;
}
NativeStatus ticker_stop(NativeCtx& c) {
  auto* t = static_cast<rt::Timer*>(rt::obj_slots(c.args[0].o)[kR].p);
  if (t) rt::timer_stop(t);
  return NativeStatus::Done;
}
NativeStatus ticker_reset(NativeCtx& c) {
  auto* t = static_cast<rt::Timer*>(rt::obj_slots(c.args[0].o)[kR].p);
  int64_t d = c.args[1].i;
  if (d <= 0) return panic_string(c, "non-positive interval for Ticker.Reset");
  if (t) {
    rt::timer_stop(t);
    rt::timer_start(t, rt::nanotime() + d, d);
  }
  return NativeStatus::Done;
}


// ---- calendar fields, Date, Month/Weekday names, Location, ParseDuration ----
Civil civil_v(Value t) { return civil_of(wall_of(t), mono_of(t)); }
NativeStatus t_year(NativeCtx& c) { c.args[0].i = civil_v(c.args[0]).year; return NativeStatus::Done; }
NativeStatus t_month(NativeCtx& c) { c.args[0].i = civil_v(c.args[0]).month; return NativeStatus::Done; }
NativeStatus t_day(NativeCtx& c) { c.args[0].i = civil_v(c.args[0]).day; return NativeStatus::Done; }
NativeStatus t_hour(NativeCtx& c) { c.args[0].i = civil_v(c.args[0]).hour; return NativeStatus::Done; }
NativeStatus t_minute(NativeCtx& c) { c.args[0].i = civil_v(c.args[0]).min; return NativeStatus::Done; }
NativeStatus t_second(NativeCtx& c) { c.args[0].i = civil_v(c.args[0]).sec; return NativeStatus::Done; }
NativeStatus t_nanosecond(NativeCtx& c) { c.args[0].i = civil_v(c.args[0]).nsec; return NativeStatus::Done; }
NativeStatus t_weekday(NativeCtx& c) { c.args[0].i = civil_v(c.args[0]).wday; return NativeStatus::Done; }
NativeStatus t_yearday(NativeCtx& c) { c.args[0].i = civil_v(c.args[0]).yday; return NativeStatus::Done; }
// UTC/Local/In: the playground has one zone (UTC), so these return a copy.
NativeStatus t_same(NativeCtx& c) {
  c.args[0] = Value::from_obj(make_time(wall_of(c.args[0]), mono_of(c.args[0])));
  return NativeStatus::Done;
}

// Unix ns of a calendar time, normalized as Go's Date does (month 13 = January next year...).
int64_t date_wall(int64_t year, int64_t month, int64_t day, int64_t hour, int64_t min, int64_t sec, int64_t nsec) {
  // Normalize month into [1, 12] carrying into year, then everything else through seconds.
  int64_t m0 = month - 1;
  year += m0 >= 0 ? m0 / 12 : -((11 - m0) / 12);
  m0 -= (m0 >= 0 ? m0 / 12 : -((11 - m0) / 12)) * 12;
  int64_t days = days_from_civil(year, static_cast<int>(m0 + 1), 1) + (day - 1);
  __int128 total = static_cast<__int128>(days) * 86400 + hour * 3600 + min * 60 + sec;
  total = total * kSecond + nsec;
  return static_cast<int64_t>(total);
}

NativeStatus t_date(NativeCtx& c) {
  Value* a = c.args;
  if (!a[7].o) return panic_string(c, "time: missing Location in call to Date");
  int64_t w = date_wall(a[0].i, a[1].i, a[2].i, a[3].i, a[4].i, a[5].i, a[6].i);
  c.args[0] = Value::from_obj(make_time(w, -1));  // -1: wall clock only (never the zero Time)
  return NativeStatus::Done;
}
NativeStatus t_add_date(NativeCtx& c) {
  Civil t = civil_v(c.args[0]);
  int64_t w = date_wall(t.year + c.args[1].i, t.month + c.args[2].i, t.day + c.args[3].i, t.hour, t.min, t.sec, t.nsec);
  c.args[0] = Value::from_obj(make_time(w, -1));
  return NativeStatus::Done;
}
// Truncate rounds down to a multiple of d since the zero Time (year 1), dropping the
// monotonic reading, as Go does.
NativeStatus t_truncate(NativeCtx& c) {
  int64_t d = c.args[1].i;
  int64_t w = wall_of(c.args[0]), m = mono_of(c.args[0]);
  if (d <= 0) {
    c.args[0] = Value::from_obj(make_time(w, m > 0 ? -1 : m));
    return NativeStatus::Done;
  }
  const __int128 kZeroToUnix = static_cast<__int128>(62135596800LL) * kSecond;
  __int128 abs = (w == 0 && m == 0) ? 0 : static_cast<__int128>(w) + kZeroToUnix;
  abs -= abs % d;
  int64_t nw = static_cast<int64_t>(abs - kZeroToUnix);
  c.args[0] = Value::from_obj(abs == 0 ? make_time(0, 0) : make_time(nw, -1));
  return NativeStatus::Done;
}

NativeStatus month_string(NativeCtx& c) {
  int64_t m = c.args[0].i;
  c.args[0] = str_val(m >= 1 && m <= 12 ? std::string(kMonths[m - 1]) : "%!Month(" + std::to_string(m) + ")");
  return NativeStatus::Done;
}
NativeStatus weekday_string(NativeCtx& c) {
  int64_t d = c.args[0].i;
  c.args[0] = str_val(d >= 0 && d <= 6 ? std::string(kDays[d]) : "%!Weekday(" + std::to_string(d) + ")");
  return NativeStatus::Done;
}

Obj* new_location(const char* name) {
  Obj* l = vm::agg_new(time_location());
  rt::obj_slots(l)[0].o = vm::str_new(name);
  return l;
}
NativeStatus loc_utc(NativeCtx& c) { c.args[0] = Value::from_obj(new_location("UTC")); return NativeStatus::Done; }
NativeStatus loc_local(NativeCtx& c) { c.args[0] = Value::from_obj(new_location("Local")); return NativeStatus::Done; }
NativeStatus loc_string(NativeCtx& c) {
  c.args[0] = c.args[0].o ? rt::obj_slots(c.args[0].o)[0] : str_val("UTC");
  return NativeStatus::Done;
}

// time's own quote(): ASCII as is (with \" and \\ escaped), other bytes as \xHH.
std::string tquote(std::string_view s) {
  static const char hex[] = "0123456789abcdef";
  std::string b = "\"";
  for (char ch : s) {
    auto u = static_cast<unsigned char>(ch);
    if (u >= 0x80 || u < ' ') {
      b += "\\x";
      b += hex[u >> 4];
      b += hex[u & 0xF];
    } else {
      if (ch == '"' || ch == '\\') b += '\\';
      b += ch;
    }
  }
  b += '"';
  return b;
}

// time.ParseDuration (time/format.go, line by line).
bool parse_duration(std::string_view s, int64_t* out, std::string* err) {
  std::string orig(s);
  uint64_t d = 0;
  bool neg = false;
  const uint64_t kTop = uint64_t{1} << 63;
  auto invalid = [&] { *err = "time: invalid duration " + tquote(orig); return false; };
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s == "0") { *out = 0; return true; }
  if (s.empty()) return invalid();
  while (!s.empty()) {
    uint64_t v = 0, f = 0;
    double scale = 1;
    if (!(s[0] == '.' || (s[0] >= '0' && s[0] <= '9'))) return invalid();
    size_t pl = s.size();
    size_t i = 0;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
      if (v > kTop / 10) return invalid();
      v = v * 10 + static_cast<uint64_t>(s[i] - '0');
      if (v > kTop) return invalid();
    }
    s.remove_prefix(i);
    bool pre = pl != s.size();
    bool post = false;
    if (!s.empty() && s[0] == '.') {
      s.remove_prefix(1);
      size_t pl2 = s.size();
      bool overflow = false;
      size_t k = 0;
      for (; k < s.size() && s[k] >= '0' && s[k] <= '9'; ++k) {
        if (overflow) continue;
        if (f > (kTop - 1) / 10) { overflow = true; continue; }
        uint64_t y = f * 10 + static_cast<uint64_t>(s[k] - '0');
        if (y > kTop) { overflow = true; continue; }
        f = y;
        scale *= 10;
      }
      s.remove_prefix(k);
      post = pl2 != s.size();
    }
    if (!pre && !post) return invalid();
    size_t u = 0;
    while (u < s.size() && !(s[u] == '.' || (s[u] >= '0' && s[u] <= '9'))) ++u;
    if (u == 0) { *err = "time: missing unit in duration " + tquote(orig); return false; }
    std::string_view unit_s = s.substr(0, u);
    s.remove_prefix(u);
    uint64_t unit;
    if (unit_s == "ns") unit = 1;
    else if (unit_s == "us" || unit_s == "\xc2\xb5s" || unit_s == "\xce\xbcs") unit = 1000;
    else if (unit_s == "ms") unit = 1000000;
    else if (unit_s == "s") unit = kSecond;
    else if (unit_s == "m") unit = 60 * kSecond;
    else if (unit_s == "h") unit = 3600 * kSecond;
    else { *err = "time: unknown unit " + tquote(unit_s) + " in duration " + tquote(orig); return false; }
    if (v > kTop / unit) return invalid();
    v *= unit;
    if (f > 0) {
      v += static_cast<uint64_t>(static_cast<double>(f) * (static_cast<double>(unit) / scale));
      if (v > kTop) return invalid();
    }
    d += v;
    if (d > kTop) return invalid();
  }
  if (neg) { *out = static_cast<int64_t>(0 - d); return true; }
  if (d > kTop - 1) return invalid();
  *out = static_cast<int64_t>(d);
  return true;
}
NativeStatus t_parse_duration(NativeCtx& c) {
  int64_t d = 0;
  std::string err;
  if (parse_duration(sv(c.args[0]), &d, &err)) {
    c.args[0].i = d;
    c.args[1] = Value::zero();
  } else {
    c.args[0].i = 0;
    c.args[1] = Value::from_obj(new_error(err));
  }
  return NativeStatus::Done;
}

}  // namespace

// Time.String: "2009-11-10 23:00:00 +0000 UTC m=+0.000000001".
NativeStatus time_string_native(NativeCtx& c) {
  int64_t wall = wall_of(c.args[0]), mono = mono_of(c.args[0]);
  std::string s = format_time(wall, mono, "2006-01-02 15:04:05.999999999 -0700 MST");
  if (mono > 0) {
    int64_t m = mono;  // nanotime()+1: the playground shows m=+0.000000001 at start
    char buf[48];
    std::snprintf(buf, sizeof buf, " m=+%lld.%09lld", static_cast<long long>(m / kSecond),
                  static_cast<long long>(m % kSecond));
    s += buf;
  }
  c.args[0] = str_val(s);
  return NativeStatus::Done;
}

void add_time_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"time.Duration.String", duration_string_native}, {"time.Duration.Seconds", d_seconds},
      {"time.Duration.Milliseconds", d_millis}, {"time.Duration.Microseconds", d_micros},
      {"time.Duration.Nanoseconds", d_nanos}, {"time.Duration.Minutes", d_minutes},
      {"time.Duration.Hours", d_hours}, {"time.Duration.Round", d_round},
      {"time.Duration.Truncate", d_truncate},
      {"time.Now", t_now}, {"time.Since", t_since}, {"time.Until", t_until}, {"time.Unix", t_unix_make},
      {"time.Time.Sub", t_sub}, {"time.Time.Add", t_add}, {"time.Time.Unix", t_unix},
      {"time.Time.UnixNano", t_unixnano}, {"time.Time.UnixMilli", t_unixmilli},
      {"time.Time.Before", t_before}, {"time.Time.After", t_after}, {"time.Time.Equal", t_equal},
      {"time.Time.IsZero", t_iszero}, {"time.Time.Format", t_format},
      {"time.Time.String", time_string_native},
      {"time.Sleep", t_sleep}, {"time.After", t_after_chan}, {"time.Tick", t_tick},
      {"time.NewTimer", t_new_timer}, {"time.AfterFunc", t_after_func},
      {"(*time.Timer).Stop", timer_stop_native}, {"(*time.Timer).Reset", timer_reset},
      {"time.NewTicker", t_new_ticker}, {"(*time.Ticker).Stop", ticker_stop},
      {"(*time.Ticker).Reset", ticker_reset},
      {"time.Time.Year", t_year}, {"time.Time.Month", t_month}, {"time.Time.Day", t_day},
      {"time.Time.Hour", t_hour}, {"time.Time.Minute", t_minute}, {"time.Time.Second", t_second},
      {"time.Time.Nanosecond", t_nanosecond}, {"time.Time.Weekday", t_weekday},
      {"time.Time.YearDay", t_yearday}, {"time.Time.UTC", t_same}, {"time.Time.Local", t_same},
      {"time.Time.In", t_same}, {"time.Time.AddDate", t_add_date}, {"time.Time.Truncate", t_truncate},
      {"time.Date", t_date}, {"time.ParseDuration", t_parse_duration},
      {"time.Month.String", month_string}, {"time.Weekday.String", weekday_string},
      {"time.UTC", loc_utc}, {"time.Local", loc_local}, {"(*time.Location).String", loc_string},
  });
}

}  // namespace gort::stdlib
