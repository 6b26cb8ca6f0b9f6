// engine/stdlib/time_parse.cpp — layouts in: Parse/ParseInLocation's engine, *ParseError's
// text and ParseDuration. A port of Go 1.19's time/format.go (BSD-licensed, The Go Authors),
// line by line, so every accepted value, zone rule and error message is Go's.
#include "stdlib/time_core.h"
#include "stdlib/time_layout.h"

namespace gort::stdlib::timepkg {

using namespace layout;

std::string ParseError::text() const {
  if (message.empty())
    return "parsing time " + quote(value) + " as " + quote(layout) + ": cannot parse " + quote(value_elem) + " as " +
           quote(layout_elem);
  return "parsing time " + quote(value) + message;
}

namespace {

bool match(std::string_view s1, std::string_view s2) {
  for (size_t i = 0; i < s1.size(); i++) {
    unsigned char c1 = static_cast<unsigned char>(s1[i]), c2 = static_cast<unsigned char>(s2[i]);
    if (c1 != c2) {
      c1 |= 'a' - 'A';
      c2 |= 'a' - 'A';
      if (c1 != c2 || c1 < 'a' || c1 > 'z') return false;
    }
  }
  return true;
}

// lookup(tab, val): the index of the name val starts with (case-insensitively), or -1.
int lookup(const char* const* tab, int n, std::string_view* val) {
  for (int i = 0; i < n; i++) {
    std::string_view v = tab[i];
    if (val->size() >= v.size() && match(val->substr(0, v.size()), v)) {
      val->remove_prefix(v.size());
      return i;
    }
  }
  return -1;
}

// leadingInt: false on overflow.
bool leading_int(std::string_view s, uint64_t* x, std::string_view* rem) {
  const uint64_t kTop = uint64_t{1} << 63;
  size_t i = 0;
  *x = 0;
  for (; i < s.size(); i++) {
    char c = s[i];
    if (c < '0' || c > '9') break;
    if (*x > kTop / 10) return false;
    *x = *x * 10 + static_cast<uint64_t>(c - '0');
    if (*x > kTop) return false;
  }
  *rem = s.substr(i);
  return true;
}

bool atoi(std::string_view s, int64_t* x) {
  bool neg = false;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  uint64_t q;
  std::string_view rem;
  if (!leading_int(s, &q, &rem) || !rem.empty()) {
    *x = 0;
    return false;
  }
  *x = static_cast<int64_t>(q);
  if (neg) *x = static_cast<int64_t>(0 - q);
  return true;
}

bool getnum(std::string_view* s, bool fixed, int64_t* n) {
  if (!is_digit(*s, 0)) return false;
  if (!is_digit(*s, 1)) {
    if (fixed) return false;
    *n = (*s)[0] - '0';
    s->remove_prefix(1);
    return true;
  }
  *n = ((*s)[0] - '0') * 10 + ((*s)[1] - '0');
  s->remove_prefix(2);
  return true;
}

bool getnum3(std::string_view* s, bool fixed, int64_t* out) {
  int64_t n = 0;
  size_t i = 0;
  for (; i < 3 && is_digit(*s, i); i++) n = n * 10 + ((*s)[i] - '0');
  if (i == 0 || (fixed && i != 3)) return false;
  *out = n;
  s->remove_prefix(i);
  return true;
}

std::string_view cutspace(std::string_view s) {
  while (!s.empty() && s[0] == ' ') s.remove_prefix(1);
  return s;
}

bool skip(std::string_view* value, std::string_view prefix) {
  while (!prefix.empty()) {
    if (prefix[0] == ' ') {
      if (!value->empty() && (*value)[0] != ' ') return false;
      prefix = cutspace(prefix);
      *value = cutspace(*value);
      continue;
    }
    if (value->empty() || (*value)[0] != prefix[0]) return false;
    prefix.remove_prefix(1);
    value->remove_prefix(1);
  }
  return true;
}

bool comma_or_period(char b) { return b == '.' || b == ','; }

size_t parse_signed_offset(std::string_view value) {
  char sign = value[0];
  if (sign != '-' && sign != '+') return 0;
  uint64_t x;
  std::string_view rem;
  if (!leading_int(value.substr(1), &x, &rem) || value.substr(1) == rem) return 0;
  if (x > 23) return 0;
  return value.size() - rem.size();
}

size_t parse_gmt(std::string_view value) {
  value.remove_prefix(3);
  if (value.empty()) return 3;
  return 3 + parse_signed_offset(value);
}

bool parse_time_zone(std::string_view value, size_t* length) {
  if (value.size() < 3) return false;
  if (value.size() >= 4 && (value.substr(0, 4) == "ChST" || value.substr(0, 4) == "MeST")) {
    *length = 4;
    return true;
  }
  if (value.substr(0, 3) == "GMT") {
    *length = parse_gmt(value);
    return true;
  }
  if (value[0] == '+' || value[0] == '-') {
    *length = parse_signed_offset(value);
    return *length > 0;
  }
  size_t n_upper = 0;
  for (; n_upper < 6; n_upper++) {
    if (n_upper >= value.size()) break;
    char c = value[n_upper];
    if (c < 'A' || 'Z' < c) break;
  }
  switch (n_upper) {
    case 0: case 1: case 2: case 6: return false;
    case 5:
      if (value[4] == 'T') { *length = 5; return true; }
      break;
    case 4:
      if (value[3] == 'T' || value.substr(0, 4) == "WITA") { *length = 4; return true; }
      break;
    case 3: *length = 3; return true;
    default: break;
  }
  return false;
}

// parseNanoseconds: false for a bad value; *range_err "fractional second" when negative.
bool parse_nanoseconds(std::string_view value, size_t nbytes, int64_t* ns, std::string* range_err) {
  if (!comma_or_period(value[0])) return false;
  if (nbytes > 10) {
    value = value.substr(0, 10);
    nbytes = 10;
  }
  if (!atoi(value.substr(1, nbytes - 1), ns)) return false;
  if (*ns < 0) {
    *range_err = "fractional second";
    return true;
  }
  for (size_t i = 0; i < 10 - nbytes; i++) *ns *= 10;
  return true;
}

}  // namespace

bool parse(std::string_view layout, std::string_view value, Obj* default_loc, Obj* local, Time* out,
           ParseError* perr) {
  const std::string_view alayout = layout, avalue = value;
  std::string range_err;
  bool am_set = false, pm_set = false;
  int64_t year = 0, month = -1, day = -1, yday = -1, hour = 0, min = 0, sec = 0, nsec = 0;
  Obj* z = nullptr;
  bool z_set = false;
  int64_t zone_offset = -1;
  std::string zone_name;

  auto fail = [&](std::string_view lelem, std::string_view velem, std::string msg) {
    *perr = ParseError{std::string(alayout), std::string(avalue), std::string(lelem), std::string(velem), std::move(msg)};
    return false;
  };

  for (;;) {
    Chunk ch = next_std_chunk(layout);
    std::string_view stdstr = layout.substr(ch.prefix.size(), layout.size() - ch.prefix.size() - ch.suffix.size());
    if (!skip(&value, ch.prefix)) return fail(ch.prefix, value, "");
    int std = ch.std;
    if (std == 0) {
      if (!value.empty()) return fail("", value, ": extra text: " + quote(value));
      break;
    }
    layout = ch.suffix;
    bool ok = true;
    switch (std & stdMask) {
      case stdYear: {
        if (value.size() < 2) { ok = false; break; }
        std::string_view hold = value, p = value.substr(0, 2);
        value.remove_prefix(2);
        ok = atoi(p, &year);
        if (!ok) value = hold;
        else if (year >= 69) year += 1900;
        else year += 2000;
        break;
      }
      case stdLongYear: {
        if (value.size() < 4 || !is_digit(value, 0)) { ok = false; break; }
        std::string_view p = value.substr(0, 4);
        value.remove_prefix(4);
        ok = atoi(p, &year);
        break;
      }
      case stdMonth:
        month = lookup(kShortMonthNames, 12, &value);
        ok = month >= 0;
        month++;
        break;
      case stdLongMonth:
        month = lookup(kLongMonthNames, 12, &value);
        ok = month >= 0;
        month++;
        break;
      case stdNumMonth: case stdZeroMonth:
        ok = getnum(&value, std == stdZeroMonth, &month);
        if (!ok) month = 0;
        if (ok && (month <= 0 || 12 < month)) range_err = "month";
        break;
      case stdWeekDay: ok = lookup(kShortDayNames, 7, &value) >= 0; break;
      case stdLongWeekDay: ok = lookup(kLongDayNames, 7, &value) >= 0; break;
      case stdDay: case stdUnderDay: case stdZeroDay:
        if (std == stdUnderDay && !value.empty() && value[0] == ' ') value.remove_prefix(1);
        ok = getnum(&value, std == stdZeroDay, &day);
        if (!ok) day = 0;
        break;
      case stdUnderYearDay: case stdZeroYearDay:
        for (int i = 0; i < 2; i++)
          if (std == stdUnderYearDay && !value.empty() && value[0] == ' ') value.remove_prefix(1);
        ok = getnum3(&value, std == stdZeroYearDay, &yday);
        if (!ok) yday = 0;
        break;
      case stdHour:
        ok = getnum(&value, false, &hour);
        if (!ok) hour = 0;
        if (hour < 0 || 24 <= hour) range_err = "hour";
        break;
      case stdHour12: case stdZeroHour12:
        ok = getnum(&value, std == stdZeroHour12, &hour);
        if (!ok) hour = 0;
        if (hour < 0 || 12 < hour) range_err = "hour";
        break;
      case stdMinute: case stdZeroMinute:
        ok = getnum(&value, std == stdZeroMinute, &min);
        if (!ok) min = 0;
        if (min < 0 || 60 <= min) range_err = "minute";
        break;
      case stdSecond: case stdZeroSecond: {
        ok = getnum(&value, std == stdZeroSecond, &sec);
        if (!ok) sec = 0;
        if (sec < 0 || 60 <= sec) {
          range_err = "second";
          break;
        }
        // Fractional seconds after the seconds field even if the layout does not ask.
        if (value.size() >= 2 && comma_or_period(value[0]) && is_digit(value, 1)) {
          int next = next_std_chunk(layout).std & stdMask;
          if (next == stdFracSecond0 || next == stdFracSecond9) break;
          size_t n = 2;
          for (; n < value.size() && is_digit(value, n); n++) {
          }
          ok = parse_nanoseconds(value, n, &nsec, &range_err);
          value.remove_prefix(n);
        }
        break;
      }
      case stdPM: case stdpm: {
        if (value.size() < 2) { ok = false; break; }
        std::string_view p = value.substr(0, 2);
        value.remove_prefix(2);
        bool upper = (std & stdMask) == stdPM;
        if (p == (upper ? "PM" : "pm")) pm_set = true;
        else if (p == (upper ? "AM" : "am")) am_set = true;
        else ok = false;
        break;
      }
      case stdISO8601TZ: case stdISO8601ColonTZ: case stdISO8601SecondsTZ: case stdISO8601ShortTZ:
      case stdISO8601ColonSecondsTZ: case stdNumTZ: case stdNumShortTZ: case stdNumColonTZ: case stdNumSecondsTz:
      case stdNumColonSecondsTZ: {
        if ((std == stdISO8601TZ || std == stdISO8601ShortTZ || std == stdISO8601ColonTZ) && !value.empty() &&
            value[0] == 'Z') {
          value.remove_prefix(1);
          z = utc_loc();
          z_set = true;
          break;
        }
        std::string_view sign, hh, mm, ss;
        if (std == stdISO8601ColonTZ || std == stdNumColonTZ) {
          if (value.size() < 6 || value[3] != ':') { ok = false; break; }
          sign = value.substr(0, 1), hh = value.substr(1, 2), mm = value.substr(4, 2), ss = "00";
          value.remove_prefix(6);
        } else if (std == stdNumShortTZ || std == stdISO8601ShortTZ) {
          if (value.size() < 3) { ok = false; break; }
          sign = value.substr(0, 1), hh = value.substr(1, 2), mm = "00", ss = "00";
          value.remove_prefix(3);
        } else if (std == stdISO8601ColonSecondsTZ || std == stdNumColonSecondsTZ) {
          if (value.size() < 9 || value[3] != ':' || value[6] != ':') { ok = false; break; }
          sign = value.substr(0, 1), hh = value.substr(1, 2), mm = value.substr(4, 2), ss = value.substr(7, 2);
          value.remove_prefix(9);
        } else if (std == stdISO8601SecondsTZ || std == stdNumSecondsTz) {
          if (value.size() < 7) { ok = false; break; }
          sign = value.substr(0, 1), hh = value.substr(1, 2), mm = value.substr(3, 2), ss = value.substr(5, 2);
          value.remove_prefix(7);
        } else {
          if (value.size() < 5) { ok = false; break; }
          sign = value.substr(0, 1), hh = value.substr(1, 2), mm = value.substr(3, 2), ss = "00";
          value.remove_prefix(5);
        }
        int64_t hr = 0, m = 0, s = 0;
        ok = atoi(hh, &hr);
        if (ok) ok = atoi(mm, &m);
        if (ok) ok = atoi(ss, &s);
        zone_offset = (hr * 60 + m) * 60 + s;
        if (sign[0] == '-') zone_offset = -zone_offset;
        else if (sign[0] != '+') ok = false;
        break;
      }
      case stdTZ: {
        if (value.size() >= 3 && value.substr(0, 3) == "UTC") {
          z = utc_loc();
          z_set = true;
          value.remove_prefix(3);
          break;
        }
        size_t n = 0;
        if (!parse_time_zone(value, &n)) { ok = false; break; }
        zone_name = std::string(value.substr(0, n));
        value.remove_prefix(n);
        break;
      }
      case stdFracSecond0: {
        size_t ndigit = 1 + static_cast<size_t>(digits_len(std));
        if (value.size() < ndigit) { ok = false; break; }
        ok = parse_nanoseconds(value, ndigit, &nsec, &range_err);
        value.remove_prefix(ndigit);
        break;
      }
      case stdFracSecond9: {
        if (value.size() < 2 || !comma_or_period(value[0]) || value[1] < '0' || '9' < value[1]) break;
        size_t i = 0;
        while (i < 9 && i + 1 < value.size() && '0' <= value[i + 1] && value[i + 1] <= '9') i++;
        ok = parse_nanoseconds(value, 1 + i, &nsec, &range_err);
        value.remove_prefix(1 + i);
        break;
      }
      default: break;
    }
    if (!range_err.empty()) return fail(stdstr, value, ": " + range_err + " out of range");
    if (!ok) return fail(stdstr, value, "");
  }
  if (pm_set && hour < 12) hour += 12;
  else if (am_set && hour == 12) hour = 0;

  if (yday >= 0) {
    int64_t d = 0, m = 0;
    if (is_leap(year)) {
      if (yday == 31 + 29) {
        m = 2;
        d = 29;
      } else if (yday > 31 + 29) {
        yday--;
      }
    }
    if (yday < 1 || yday > 365) return fail("", value, ": day-of-year out of range");
    if (m == 0) {
      m = (yday - 1) / 31 + 1;
      if (kDaysBefore[m] < yday) m++;
      d = yday - kDaysBefore[m - 1];
    }
    if (month >= 0 && month != m) return fail("", value, ": day-of-year does not match month");
    month = m;
    if (day >= 0 && day != d) return fail("", value, ": day-of-year does not match day");
    day = d;
  } else {
    if (month < 0) month = 1;
    if (day < 0) day = 1;
  }
  if (day < 1 || day > days_in(static_cast<int>(month), year)) return fail("", value, ": day out of range");

  if (z_set) {
    *out = date(year, month, day, hour, min, sec, nsec, z);
    return true;
  }
  if (zone_offset != -1) {
    Time t = date(year, month, day, hour, min, sec, nsec, nullptr);
    t.add_sec(-zone_offset);
    Zone lz = loc_lookup(local);
    if (lz.offset == zone_offset && (zone_name.empty() || lz.name == zone_name)) {
      t.set_loc(local);
      *out = t;
      return true;
    }
    t.set_loc(new_fixed_zone(zone_name, zone_offset));
    *out = t;
    return true;
  }
  if (!zone_name.empty()) {
    Time t = date(year, month, day, hour, min, sec, nsec, nullptr);
    int64_t offset = 0;
    if (loc_lookup_name(local, zone_name, &offset)) {
      t.add_sec(-offset);
      t.set_loc(local);
      *out = t;
      return true;
    }
    if (zone_name.size() > 3 && zone_name.substr(0, 3) == "GMT") {
      atoi(std::string_view(zone_name).substr(3), &offset);  // guaranteed OK by parseGMT
      offset *= 3600;
    }
    t.set_loc(new_fixed_zone(zone_name, offset));
    *out = t;
    return true;
  }
  *out = date(year, month, day, hour, min, sec, nsec, default_loc);
  return true;
}

// time.ParseDuration (format.go, line by line).
bool parse_duration(std::string_view s, int64_t* out, std::string* err) {
  const std::string orig(s);
  uint64_t d = 0;
  bool neg = false;
  const uint64_t kTop = uint64_t{1} << 63;
  auto invalid = [&] {
    *err = "time: invalid duration " + quote(orig);
    return false;
  };
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s == "0") {
    *out = 0;
    return true;
  }
  if (s.empty()) return invalid();
  while (!s.empty()) {
    uint64_t v = 0, f = 0;
    double scale = 1;
    if (!(s[0] == '.' || (s[0] >= '0' && s[0] <= '9'))) return invalid();
    size_t pl = s.size();
    std::string_view rem;
    if (!leading_int(s, &v, &rem)) return invalid();
    s = rem;
    bool pre = pl != s.size();
    bool post = false;
    if (!s.empty() && s[0] == '.') {
      s.remove_prefix(1);
      size_t pl2 = s.size();
      bool overflow = false;
      size_t k = 0;
      for (; k < s.size() && s[k] >= '0' && s[k] <= '9'; ++k) {
        if (overflow) continue;
        if (f > (kTop - 1) / 10) {
          overflow = true;
          continue;
        }
        uint64_t y = f * 10 + static_cast<uint64_t>(s[k] - '0');
        if (y > kTop) {
          overflow = true;
          continue;
        }
        f = y;
        scale *= 10;
      }
      s.remove_prefix(k);
      post = pl2 != s.size();
    }
    if (!pre && !post) return invalid();
    size_t u = 0;
    while (u < s.size() && !(s[u] == '.' || (s[u] >= '0' && s[u] <= '9'))) ++u;
    if (u == 0) {
      *err = "time: missing unit in duration " + quote(orig);
      return false;
    }
    std::string_view unit_s = s.substr(0, u);
    s.remove_prefix(u);
    uint64_t unit;
    if (unit_s == "ns") unit = 1;
    else if (unit_s == "us" || unit_s == "\xc2\xb5s" || unit_s == "\xce\xbcs") unit = 1000;
    else if (unit_s == "ms") unit = 1000000;
    else if (unit_s == "s") unit = 1000000000;
    else if (unit_s == "m") unit = 60000000000ULL;
    else if (unit_s == "h") unit = 3600000000000ULL;
    else {
      *err = "time: unknown unit " + quote(unit_s) + " in duration " + quote(orig);
      return false;
    }
    if (v > kTop / unit) return invalid();
    v *= unit;
    if (f > 0) {
      v += static_cast<uint64_t>(static_cast<double>(f) * (static_cast<double>(unit) / scale));
      if (v > kTop) return invalid();
    }
    d += v;
    if (d > kTop) return invalid();
  }
  if (neg) {
    *out = static_cast<int64_t>(0 - d);
    return true;
  }
  if (d > kTop - 1) return invalid();
  *out = static_cast<int64_t>(d);
  return true;
}

}  // namespace gort::stdlib::timepkg
