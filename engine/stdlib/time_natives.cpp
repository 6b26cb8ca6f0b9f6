// engine/stdlib/time_natives.cpp — package time's natives for Duration, Month, Weekday, Time
// and *ParseError: argument/result plumbing over time_core.h (the algorithms live in
// time_calendar.cpp and time_format.cpp, Location in time_zone.cpp, timers in
// time_timers.cpp).
#include "stdlib/format.h"
#include "stdlib/natives.h"
#include "stdlib/std_types.h"
#include "stdlib/time_core.h"
#include "stdlib/util.h"

namespace gort::stdlib {

void add_timer_natives(std::vector<NativeEntry>& v);   // time_timers.cpp

NativeStatus duration_string_native(NativeCtx& c) {
  c.args[0] = str_val(duration_string(c.args[0].i));
  return NativeStatus::Done;
}

// Time.String (also the method of std_types' time.Time descriptor).
NativeStatus time_string_native(NativeCtx& c) {
  c.args[0] = str_val(timepkg::time_string(timepkg::time_read(c.args[0])));
  return NativeStatus::Done;
}

namespace {

using timepkg::Time;
constexpr int64_t kSecond = 1000000000;

Time T(NativeCtx& c, int i = 0) { return timepkg::time_read(c.args[i]); }
NativeStatus ret_time(NativeCtx& c, const Time& t) {
  c.args[0] = Value::from_obj(timepkg::time_obj(t));
  return NativeStatus::Done;
}
NativeStatus ret_int(NativeCtx& c, int64_t v) {
  c.args[0].i = v;
  return NativeStatus::Done;
}
NativeStatus ret_bool(NativeCtx& c, bool v) {
  c.args[0] = bool_val(v);
  return NativeStatus::Done;
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
NativeStatus d_millis(NativeCtx& c) { return ret_int(c, c.args[0].i / 1000000); }
NativeStatus d_micros(NativeCtx& c) { return ret_int(c, c.args[0].i / 1000); }
NativeStatus d_nanos(NativeCtx&) { return NativeStatus::Done; }
NativeStatus d_truncate(NativeCtx& c) {
  int64_t d = c.args[0].i, m = c.args[1].i;
  return ret_int(c, m <= 0 ? d : d - d % m);
}
bool less_than_half(int64_t x, int64_t y) {
  return static_cast<uint64_t>(x) + static_cast<uint64_t>(x) < static_cast<uint64_t>(y);
}
int64_t wrap_add(int64_t a, int64_t b) { return static_cast<int64_t>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b)); }
NativeStatus d_round(NativeCtx& c) {
  int64_t d = c.args[0].i, m = c.args[1].i;
  if (m <= 0) return NativeStatus::Done;
  int64_t r = d % m;
  if (d < 0) {
    r = -r;
    if (less_than_half(r, m)) return ret_int(c, d + r);
    int64_t d1 = wrap_add(wrap_add(d, -m), r);
    return ret_int(c, d1 < d ? d1 : INT64_MIN);
  }
  if (less_than_half(r, m)) return ret_int(c, d - r);
  int64_t d1 = wrap_add(wrap_add(d, m), -r);
  return ret_int(c, d1 > d ? d1 : INT64_MAX);
}
NativeStatus d_abs(NativeCtx& c) {
  int64_t d = c.args[0].i;
  return ret_int(c, d >= 0 ? d : d == INT64_MIN ? INT64_MAX : -d);
}
NativeStatus t_parse_duration(NativeCtx& c) {
  int64_t d = 0;
  std::string err;
  if (timepkg::parse_duration(sv(c.args[0]), &d, &err)) {
    c.args[0].i = d;
    c.args[1] = Value::zero();
  } else {
    c.args[0].i = 0;
    c.args[1] = Value::from_obj(new_error(err));
  }
  return NativeStatus::Done;
}

NativeStatus month_string(NativeCtx& c) {
  c.args[0] = str_val(timepkg::month_string(c.args[0].i));
  return NativeStatus::Done;
}
NativeStatus weekday_string(NativeCtx& c) {
  c.args[0] = str_val(timepkg::weekday_string(c.args[0].i));
  return NativeStatus::Done;
}

// ---- making Times ----
NativeStatus t_now(NativeCtx& c) { return ret_time(c, timepkg::now()); }
// Since/Until: with a monotonic reading in t, Go compares against the monotonic clock only.
Time now_for(const Time& t) {
  if (t.has_mono()) return Time{timepkg::kHasMonotonic, timepkg::runtime_mono(), nullptr};
  return timepkg::now();
}
NativeStatus t_since(NativeCtx& c) {
  Time t = T(c);
  return ret_int(c, timepkg::sub(now_for(t), t));
}
NativeStatus t_until(NativeCtx& c) {
  Time t = T(c);
  return ret_int(c, timepkg::sub(t, now_for(t)));
}
NativeStatus t_unix_make(NativeCtx& c) { return ret_time(c, timepkg::unix_time_of(c.args[0].i, c.args[1].i)); }
NativeStatus t_unix_milli_make(NativeCtx& c) {
  int64_t ms = c.args[0].i;
  return ret_time(c, timepkg::unix_time_of(ms / 1000, (ms % 1000) * 1000000));
}
NativeStatus t_unix_micro_make(NativeCtx& c) {
  int64_t us = c.args[0].i;
  return ret_time(c, timepkg::unix_time_of(us / 1000000, (us % 1000000) * 1000));
}
NativeStatus t_date(NativeCtx& c) {
  const Value* a = c.args;
  if (!a[7].o) return panic_string(c, "time: missing Location in call to Date");
  return ret_time(c, timepkg::date(a[0].i, a[1].i, a[2].i, a[3].i, a[4].i, a[5].i, a[6].i, a[7].o));
}

// ---- Time's methods ----
timepkg::DateParts date_of(NativeCtx& c, bool full) { return timepkg::abs_date(timepkg::abs_time(T(c)), full); }
NativeStatus t_year(NativeCtx& c) { return ret_int(c, date_of(c, false).year); }
NativeStatus t_month(NativeCtx& c) { return ret_int(c, date_of(c, true).month); }
NativeStatus t_day(NativeCtx& c) { return ret_int(c, date_of(c, true).day); }
NativeStatus t_yearday(NativeCtx& c) { return ret_int(c, date_of(c, false).yday + 1); }
NativeStatus t_date_method(NativeCtx& c) {
  timepkg::DateParts p = date_of(c, true);
  c.args[0].i = p.year;
  c.args[1].i = p.month;
  c.args[2].i = p.day;
  return NativeStatus::Done;
}
NativeStatus t_clock(NativeCtx& c) {
  int h, m, s;
  timepkg::abs_clock(timepkg::abs_time(T(c)), &h, &m, &s);
  c.args[0].i = h;
  c.args[1].i = m;
  c.args[2].i = s;
  return NativeStatus::Done;
}
NativeStatus t_hour(NativeCtx& c) {
  return ret_int(c, static_cast<int64_t>(timepkg::abs_time(T(c)) % timepkg::kSecondsPerDay) / timepkg::kSecondsPerHour);
}
NativeStatus t_minute(NativeCtx& c) {
  return ret_int(c, static_cast<int64_t>(timepkg::abs_time(T(c)) % timepkg::kSecondsPerHour) / timepkg::kSecondsPerMinute);
}
NativeStatus t_second(NativeCtx& c) {
  return ret_int(c, static_cast<int64_t>(timepkg::abs_time(T(c)) % timepkg::kSecondsPerMinute));
}
NativeStatus t_nanosecond(NativeCtx& c) { return ret_int(c, T(c).nsec()); }
NativeStatus t_weekday(NativeCtx& c) { return ret_int(c, timepkg::abs_weekday(timepkg::abs_time(T(c)))); }
NativeStatus t_isoweek(NativeCtx& c) {
  int64_t y;
  int w;
  timepkg::iso_week(T(c), &y, &w);
  c.args[0].i = y;
  c.args[1].i = w;
  return NativeStatus::Done;
}
NativeStatus t_utc(NativeCtx& c) {
  Time t = T(c);
  t.set_loc(timepkg::utc_loc());
  return ret_time(c, t);
}
NativeStatus t_local(NativeCtx& c) {
  Time t = T(c);
  t.set_loc(timepkg::local_loc());
  return ret_time(c, t);
}
NativeStatus t_in(NativeCtx& c) {
  if (!c.args[1].o) return panic_string(c, "time: missing Location in call to Time.In");
  Time t = T(c);
  t.set_loc(c.args[1].o);
  return ret_time(c, t);
}
NativeStatus t_location(NativeCtx& c) {
  Obj* l = T(c).loc;
  c.args[0] = Value::from_obj(l ? l : timepkg::utc_loc());
  return NativeStatus::Done;
}
NativeStatus t_zone(NativeCtx& c) {
  timepkg::Zone z = timepkg::loc_lookup(T(c).loc);
  c.args[0] = str_val(z.name);
  c.args[1].i = z.offset;
  return NativeStatus::Done;
}
NativeStatus t_isdst(NativeCtx& c) { return ret_bool(c, false); }  // fixed zones only: never DST
NativeStatus t_add_date(NativeCtx& c) {
  Time t = T(c);
  uint64_t abs = timepkg::abs_time(t);
  timepkg::DateParts p = timepkg::abs_date(abs, true);
  int h, m, s;
  timepkg::abs_clock(abs, &h, &m, &s);
  Obj* loc = t.loc ? t.loc : timepkg::utc_loc();
  return ret_time(c, timepkg::date(timepkg::wadd(p.year, c.args[1].i), timepkg::wadd(p.month, c.args[2].i),
                                   timepkg::wadd(p.day, c.args[3].i), h, m, s,
                                   t.nsec(), loc));
}
NativeStatus t_truncate(NativeCtx& c) { return ret_time(c, timepkg::truncate(T(c), c.args[1].i)); }
NativeStatus t_round(NativeCtx& c) { return ret_time(c, timepkg::round(T(c), c.args[1].i)); }
NativeStatus t_sub(NativeCtx& c) { return ret_int(c, timepkg::sub(T(c), T(c, 1))); }
NativeStatus t_add(NativeCtx& c) { return ret_time(c, timepkg::add(T(c), c.args[1].i)); }
NativeStatus t_unix(NativeCtx& c) { return ret_int(c, T(c).unix_sec()); }
// UnixMilli/Micro/Nano: Go's int64 arithmetic wraps for times outside their range.
int64_t unix_scaled(const Time& t, int64_t scale, int64_t div) {
  return static_cast<int64_t>(static_cast<uint64_t>(t.unix_sec()) * static_cast<uint64_t>(scale) +
                              static_cast<uint64_t>(t.nsec() / div));
}
NativeStatus t_unixnano(NativeCtx& c) { return ret_int(c, unix_scaled(T(c), kSecond, 1)); }
NativeStatus t_unixmilli(NativeCtx& c) { return ret_int(c, unix_scaled(T(c), 1000, 1000000)); }
NativeStatus t_unixmicro(NativeCtx& c) { return ret_int(c, unix_scaled(T(c), 1000000, 1000)); }
NativeStatus t_before(NativeCtx& c) { return ret_bool(c, timepkg::before(T(c), T(c, 1))); }
NativeStatus t_after(NativeCtx& c) { return ret_bool(c, timepkg::after(T(c), T(c, 1))); }
NativeStatus t_equal(NativeCtx& c) { return ret_bool(c, timepkg::equal(T(c), T(c, 1))); }
// Compare (Go 1.20): -1, 0, +1 by the monotonic readings when both have one.
NativeStatus t_compare(NativeCtx& c) {
  Time t = T(c), u = T(c, 1);
  int64_t tc, uc;
  if (t.wall & u.wall & timepkg::kHasMonotonic) {
    tc = t.ext;
    uc = u.ext;
  } else {
    tc = t.sec();
    uc = u.sec();
    if (tc == uc) {
      tc = t.nsec();
      uc = u.nsec();
    }
  }
  return ret_int(c, tc < uc ? -1 : tc > uc ? 1 : 0);
}
NativeStatus t_iszero(NativeCtx& c) {
  Time t = T(c);
  return ret_bool(c, t.sec() == 0 && t.nsec() == 0);
}
NativeStatus t_format(NativeCtx& c) {
  c.args[0] = str_val(timepkg::format(T(c), sv(c.args[1])));
  return NativeStatus::Done;
}
NativeStatus t_append_format(NativeCtx& c) {
  std::string b = bytes_of(c.args[1].o);
  b += timepkg::format(T(c), sv(c.args[2]));
  c.args[0] = Value::from_obj(make_bytes(b));
  return NativeStatus::Done;
}
NativeStatus t_gostring(NativeCtx& c) {
  c.args[0] = str_val(timepkg::go_string(T(c)));
  return NativeStatus::Done;
}

// MarshalJSON/MarshalText: RFC 3339 with the fraction, years 0..9999 only.
NativeStatus marshal(NativeCtx& c, bool json) {
  Time t = T(c);
  int64_t y = timepkg::abs_date(timepkg::abs_time(t), false).year;
  if (y < 0 || y >= 10000) {
    c.args[0] = Value::zero();
    c.args[1] = Value::from_obj(new_error(std::string(json ? "Time.MarshalJSON" : "Time.MarshalText") +
                                          ": year outside of range [0,9999]"));
    return NativeStatus::Done;
  }
  std::string s = timepkg::format(t, "2006-01-02T15:04:05.999999999Z07:00");
  if (json) s = "\"" + s + "\"";
  c.args[0] = Value::from_obj(make_bytes(s));
  c.args[1] = Value::zero();
  return NativeStatus::Done;
}
NativeStatus t_marshal_json(NativeCtx& c) { return marshal(c, true); }
NativeStatus t_marshal_text(NativeCtx& c) { return marshal(c, false); }

// ---- Parse and *ParseError ----
enum ParseErrorField { kLayout, kValue, kLayoutElem, kValueElem, kMessage };

NativeStatus parse_error_error(NativeCtx& c) {
  if (!c.args[0].o) return panic_runtime(c, "runtime error: invalid memory address or nil pointer dereference");
  const Value* f = rt::obj_slots(c.args[0].o);
  timepkg::ParseError e{std::string(sv(f[kLayout])), std::string(sv(f[kValue])), std::string(sv(f[kLayoutElem])),
                        std::string(sv(f[kValueElem])), std::string(sv(f[kMessage]))};
  c.args[0] = str_val(e.text());
  return NativeStatus::Done;
}

const TypeDesc* parse_error_ptr() {
  using namespace desc;
  static const TypeDesc* t = [] {
    const TypeDesc* s = vm::basic_type(vm::Kind::String);
    return make_ptr(make_struct("time.ParseError", {F("Layout", s, true), F("Value", s, true), F("LayoutElem", s, true),
                                                    F("ValueElem", s, true), F("Message", s, true)}),
                    {M("Error", parse_error_error, true, sig_string())});
  }();
  return t;
}

Obj* new_parse_error(const timepkg::ParseError& e) {
  const TypeDesc* pt = parse_error_ptr();
  Obj* st = vm::agg_new(pt->elem);
  Value* f = rt::obj_slots(st);
  f[kLayout].o = vm::str_new(e.layout);
  f[kValue].o = vm::str_new(e.value);
  f[kLayoutElem].o = vm::str_new(e.layout_elem);
  f[kValueElem].o = vm::str_new(e.value_elem);
  f[kMessage].o = vm::str_new(e.message);
  return vm::iface_new(pt, Value::from_obj(st));
}

// Results (Time, error) of parse(layout, value, def, local).
NativeStatus parse_into(NativeCtx& c, std::string_view layout, std::string_view value, Obj* def, Obj* local) {
  Time t;
  timepkg::ParseError e;
  if (timepkg::parse(layout, value, def, local, &t, &e)) {
    c.args[0] = Value::from_obj(timepkg::time_obj(t));
    c.args[1] = Value::zero();
  } else {
    c.args[0] = Value::from_obj(timepkg::time_obj(Time{}));
    c.args[1] = Value::from_obj(new_parse_error(e));
  }
  return NativeStatus::Done;
}
NativeStatus t_parse(NativeCtx& c) {
  return parse_into(c, sv(c.args[0]), sv(c.args[1]), timepkg::utc_loc(), timepkg::local_loc());
}
NativeStatus t_parse_in_location(NativeCtx& c) {
  Obj* loc = c.args[2].o;
  if (!loc) return panic_runtime(c, "runtime error: invalid memory address or nil pointer dereference");
  return parse_into(c, sv(c.args[0]), sv(c.args[1]), loc, loc);
}

// (*Time).UnmarshalJSON / UnmarshalText: Parse of RFC 3339 into *t (unchanged on error).
NativeStatus unmarshal(NativeCtx& c, std::string data, bool json) {
  Obj* dst = c.args[0].o;
  if (!dst) return panic_runtime(c, "runtime error: invalid memory address or nil pointer dereference");
  if (json && data == "null") {
    c.args[0] = Value::zero();
    return NativeStatus::Done;
  }
  Time t;
  timepkg::ParseError e;
  std::string layout = json ? "\"2006-01-02T15:04:05Z07:00\"" : "2006-01-02T15:04:05Z07:00";
  bool ok = timepkg::parse(layout, data, timepkg::utc_loc(), timepkg::local_loc(), &t, &e);
  if (!ok) t = Time{};  // Go assigns the zero Time returned with the error
  Value* s = rt::obj_slots(dst);
  s[0].i = static_cast<int64_t>(t.wall);
  s[1].i = t.ext;
  s[2].o = t.loc;
  c.args[0] = ok ? Value::zero() : Value::from_obj(new_parse_error(e));
  return NativeStatus::Done;
}
NativeStatus t_unmarshal_json(NativeCtx& c) { return unmarshal(c, bytes_of(c.args[1].o), true); }
NativeStatus t_unmarshal_text(NativeCtx& c) { return unmarshal(c, bytes_of(c.args[1].o), false); }

// ZoneBounds: every Location here has one zone for all time, so both bounds are the zero Time
// (Go's answer for a zone from the beginning of time that goes on forever).
NativeStatus t_zone_bounds(NativeCtx& c) {
  c.args[0] = Value::from_obj(timepkg::time_obj(Time{}));
  c.args[1] = Value::from_obj(timepkg::time_obj(Time{}));
  return NativeStatus::Done;
}

// MarshalBinary (time.go): version, seconds since year 1, nanoseconds, zone offset in minutes
// (-1 = UTC), and for version 2 the offset's seconds.
NativeStatus t_marshal_binary(NativeCtx& c) {
  Time t = T(c);
  int16_t offset_min = 0;
  int8_t offset_sec = 0;
  uint8_t version = 1;
  if (!t.loc || t.loc == timepkg::utc_loc()) {
    offset_min = -1;
  } else {
    int64_t offset = timepkg::loc_lookup(t.loc).offset;
    if (offset % 60 != 0) {
      version = 2;
      offset_sec = static_cast<int8_t>(offset % 60);
    }
    offset /= 60;
    if (offset < -32768 || offset == -1 || offset > 32767) {
      c.args[0] = Value::zero();
      c.args[1] = Value::from_obj(new_error("Time.MarshalBinary: unexpected zone offset"));
      return NativeStatus::Done;
    }
    offset_min = static_cast<int16_t>(offset);
  }
  auto sec = static_cast<uint64_t>(t.sec());
  auto nsec = static_cast<uint32_t>(t.nsec());
  std::string enc(1, static_cast<char>(version));
  for (int sh = 56; sh >= 0; sh -= 8) enc += static_cast<char>(sec >> sh);
  for (int sh = 24; sh >= 0; sh -= 8) enc += static_cast<char>(nsec >> sh);
  enc += static_cast<char>(static_cast<uint16_t>(offset_min) >> 8);
  enc += static_cast<char>(offset_min);
  if (version == 2) enc += static_cast<char>(offset_sec);
  c.args[0] = Value::from_obj(make_bytes(enc));
  c.args[1] = Value::zero();
  return NativeStatus::Done;
}

NativeStatus t_unmarshal_binary(NativeCtx& c) {
  Obj* dst = c.args[0].o;
  if (!dst) return panic_runtime(c, "runtime error: invalid memory address or nil pointer dereference");
  std::string buf = bytes_of(c.args[1].o);
  auto fail = [&](const char* msg) {
    c.args[0] = Value::from_obj(new_error(msg));
    return NativeStatus::Done;
  };
  if (buf.empty()) return fail("Time.UnmarshalBinary: no data");
  auto b = [&](size_t i) { return static_cast<uint8_t>(buf[i]); };
  uint8_t version = b(0);
  if (version != 1 && version != 2) return fail("Time.UnmarshalBinary: unsupported version");
  size_t want = 1 + 8 + 4 + 2 + (version == 2 ? 1 : 0);
  if (buf.size() != want) return fail("Time.UnmarshalBinary: invalid length");
  uint64_t sec = 0;
  for (size_t i = 1; i <= 8; i++) sec = sec << 8 | b(i);
  uint32_t nsec = 0;
  for (size_t i = 9; i <= 12; i++) nsec = nsec << 8 | b(i);
  int64_t offset = static_cast<int16_t>(static_cast<uint16_t>(b(13) << 8 | b(14))) * int64_t{60};
  if (version == 2) offset += b(15);  // Go adds the byte as unsigned
  Time t{static_cast<uint64_t>(static_cast<int32_t>(nsec)), static_cast<int64_t>(sec), nullptr};
  if (offset == -60) t.set_loc(timepkg::utc_loc());
  else if (offset == timepkg::loc_lookup(timepkg::local_loc()).offset) t.set_loc(timepkg::local_loc());
  else t.set_loc(timepkg::new_fixed_zone("", offset));
  Value* s = rt::obj_slots(dst);
  s[0].i = static_cast<int64_t>(t.wall);
  s[1].i = t.ext;
  s[2].o = t.loc;
  c.args[0] = Value::zero();
  return NativeStatus::Done;
}

}  // namespace

void add_time_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"time.Duration.String", duration_string_native}, {"time.Duration.Seconds", d_seconds},
      {"time.Duration.Milliseconds", d_millis}, {"time.Duration.Microseconds", d_micros},
      {"time.Duration.Nanoseconds", d_nanos}, {"time.Duration.Minutes", d_minutes},
      {"time.Duration.Hours", d_hours}, {"time.Duration.Round", d_round},
      {"time.Duration.Truncate", d_truncate}, {"time.Duration.Abs", d_abs},
      {"time.ParseDuration", t_parse_duration},
      {"time.Month.String", month_string}, {"time.Weekday.String", weekday_string},
      {"time.Now", t_now}, {"time.Since", t_since}, {"time.Until", t_until}, {"time.Unix", t_unix_make},
      {"time.UnixMilli", t_unix_milli_make}, {"time.UnixMicro", t_unix_micro_make}, {"time.Date", t_date},
      {"time.Parse", t_parse}, {"time.ParseInLocation", t_parse_in_location},
      {"(*time.ParseError).Error", parse_error_error},
      {"time.Time.Year", t_year}, {"time.Time.Month", t_month}, {"time.Time.Day", t_day},
      {"time.Time.Hour", t_hour}, {"time.Time.Minute", t_minute}, {"time.Time.Second", t_second},
      {"time.Time.Nanosecond", t_nanosecond}, {"time.Time.Weekday", t_weekday},
      {"time.Time.YearDay", t_yearday}, {"time.Time.Date", t_date_method}, {"time.Time.Clock", t_clock},
      {"time.Time.ISOWeek", t_isoweek}, {"time.Time.UTC", t_utc}, {"time.Time.Local", t_local},
      {"time.Time.In", t_in}, {"time.Time.Location", t_location}, {"time.Time.Zone", t_zone},
      {"time.Time.IsDST", t_isdst}, {"time.Time.AddDate", t_add_date},
      {"time.Time.Truncate", t_truncate}, {"time.Time.Round", t_round},
      {"time.Time.Sub", t_sub}, {"time.Time.Add", t_add}, {"time.Time.Unix", t_unix},
      {"time.Time.UnixNano", t_unixnano}, {"time.Time.UnixMilli", t_unixmilli},
      {"time.Time.UnixMicro", t_unixmicro},
      {"time.Time.Before", t_before}, {"time.Time.After", t_after}, {"time.Time.Equal", t_equal},
      {"time.Time.Compare", t_compare}, {"time.Time.IsZero", t_iszero}, {"time.Time.Format", t_format},
      {"time.Time.AppendFormat", t_append_format}, {"time.Time.String", time_string_native},
      {"time.Time.GoString", t_gostring}, {"time.Time.MarshalJSON", t_marshal_json},
      {"time.Time.MarshalText", t_marshal_text}, {"(*time.Time).UnmarshalJSON", t_unmarshal_json},
      {"(*time.Time).UnmarshalText", t_unmarshal_text}, {"time.Time.ZoneBounds", t_zone_bounds},
      {"time.Time.MarshalBinary", t_marshal_binary}, {"(*time.Time).UnmarshalBinary", t_unmarshal_binary},
      {"time.Time.GobEncode", t_marshal_binary}, {"(*time.Time).GobDecode", t_unmarshal_binary},
  });
  add_timer_natives(v);
  timepkg::add_zone_natives(v);
}

}  // namespace gort::stdlib
