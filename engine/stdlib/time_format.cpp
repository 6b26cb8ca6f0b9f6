// engine/stdlib/time_format.cpp — layouts out: nextStdChunk, Time.Format/String/GoString,
// Month/Weekday names and format.go's quote. A port of Go 1.19's time/format.go (BSD-licensed,
// The Go Authors), chunk for chunk, so every layout element prints as Go's.
#include "stdlib/time_core.h"
#include "stdlib/time_layout.h"

namespace gort::stdlib::timepkg {

const char* const kLongMonthNames[12] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};
const char* const kLongDayNames[7] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

namespace layout {

const char* const kShortMonthNames[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char* const kShortDayNames[7] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

namespace {

const int kStd0x[6] = {stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear};

bool starts_with_lower(std::string_view s) { return !s.empty() && s[0] >= 'a' && s[0] <= 'z'; }
bool has_at(std::string_view s, size_t i, std::string_view p) { return s.size() >= i + p.size() && s.substr(i, p.size()) == p; }

int std_frac_second(int code, size_t n, char c) {
  int std = code | ((static_cast<int>(n) & 0xfff) << stdArgShift);
  if (c != '.') std |= 1 << stdSeparatorShift;
  return std;
}

}  // namespace

Chunk next_std_chunk(std::string_view layout) {
  auto at = [&](size_t i, int std, size_t len) { return Chunk{layout.substr(0, i), std, layout.substr(i + len)}; };
  for (size_t i = 0; i < layout.size(); i++) {
    switch (char c = layout[i]) {
      case 'J':
        if (has_at(layout, i, "Jan")) {
          if (has_at(layout, i, "January")) return at(i, stdLongMonth, 7);
          if (!starts_with_lower(layout.substr(i + 3))) return at(i, stdMonth, 3);
        }
        break;
      case 'M':
        if (layout.size() >= i + 3) {
          if (has_at(layout, i, "Mon")) {
            if (has_at(layout, i, "Monday")) return at(i, stdLongWeekDay, 6);
            if (!starts_with_lower(layout.substr(i + 3))) return at(i, stdWeekDay, 3);
          }
          if (has_at(layout, i, "MST")) return at(i, stdTZ, 3);
        }
        break;
      case '0':
        if (layout.size() >= i + 2 && '1' <= layout[i + 1] && layout[i + 1] <= '6')
          return at(i, kStd0x[layout[i + 1] - '1'], 2);
        if (layout.size() >= i + 3 && layout[i + 1] == '0' && layout[i + 2] == '2') return at(i, stdZeroYearDay, 3);
        break;
      case '1':
        if (layout.size() >= i + 2 && layout[i + 1] == '5') return at(i, stdHour, 2);
        return at(i, stdNumMonth, 1);
      case '2':
        if (has_at(layout, i, "2006")) return at(i, stdLongYear, 4);
        return at(i, stdDay, 1);
      case '_':
        if (layout.size() >= i + 2 && layout[i + 1] == '2') {
          // _2006 is really a literal _, followed by stdLongYear.
          if (has_at(layout, i + 1, "2006")) return Chunk{layout.substr(0, i + 1), stdLongYear, layout.substr(i + 5)};
          return at(i, stdUnderDay, 2);
        }
        if (layout.size() >= i + 3 && layout[i + 1] == '_' && layout[i + 2] == '2') return at(i, stdUnderYearDay, 3);
        break;
      case '3': return at(i, stdHour12, 1);
      case '4': return at(i, stdMinute, 1);
      case '5': return at(i, stdSecond, 1);
      case 'P':
        if (layout.size() >= i + 2 && layout[i + 1] == 'M') return at(i, stdPM, 2);
        break;
      case 'p':
        if (layout.size() >= i + 2 && layout[i + 1] == 'm') return at(i, stdpm, 2);
        break;
      case '-':
        if (has_at(layout, i, "-070000")) return at(i, stdNumSecondsTz, 7);
        if (has_at(layout, i, "-07:00:00")) return at(i, stdNumColonSecondsTZ, 9);
        if (has_at(layout, i, "-0700")) return at(i, stdNumTZ, 5);
        if (has_at(layout, i, "-07:00")) return at(i, stdNumColonTZ, 6);
        if (has_at(layout, i, "-07")) return at(i, stdNumShortTZ, 3);
        break;
      case 'Z':
        if (has_at(layout, i, "Z070000")) return at(i, stdISO8601SecondsTZ, 7);
        if (has_at(layout, i, "Z07:00:00")) return at(i, stdISO8601ColonSecondsTZ, 9);
        if (has_at(layout, i, "Z0700")) return at(i, stdISO8601TZ, 5);
        if (has_at(layout, i, "Z07:00")) return at(i, stdISO8601ColonTZ, 6);
        if (has_at(layout, i, "Z07")) return at(i, stdISO8601ShortTZ, 3);
        break;
      case '.': case ',':
        if (i + 1 < layout.size() && (layout[i + 1] == '0' || layout[i + 1] == '9')) {
          char ch = layout[i + 1];
          size_t j = i + 1;
          while (j < layout.size() && layout[j] == ch) j++;
          if (!is_digit(layout, j)) {
            int code = layout[i + 1] == '9' ? stdFracSecond9 : stdFracSecond0;
            return Chunk{layout.substr(0, i), std_frac_second(code, j - (i + 1), c), layout.substr(j)};
          }
        }
        break;
      default: break;
    }
  }
  return Chunk{layout, 0, {}};
}

}  // namespace layout

using namespace layout;

namespace {

void append_int(std::string& b, int64_t x, int width) {
  uint64_t u = static_cast<uint64_t>(x);
  if (x < 0) {
    b += '-';
    u = 0 - u;
  }
  char buf[20];
  int i = 20;
  while (u >= 10) {
    i--;
    uint64_t q = u / 10;
    buf[i] = static_cast<char>('0' + u - q * 10);
    u = q;
  }
  i--;
  buf[i] = static_cast<char>('0' + u);
  for (int w = 20 - i; w < width; w++) b += '0';
  b.append(buf + i, static_cast<size_t>(20 - i));
}

void format_nano(std::string& b, uint32_t nanosec, int std) {
  int n = digits_len(std);
  char sep = separator(std);
  bool trim = (std & stdMask) == stdFracSecond9;
  char buf[9];
  uint32_t u = nanosec;
  for (int start = 9; start > 0;) {
    start--;
    buf[start] = static_cast<char>(u % 10 + '0');
    u /= 10;
  }
  if (n > 9) n = 9;
  if (trim) {
    while (n > 0 && buf[n - 1] == '0') n--;
    if (n == 0) return;
  }
  b += sep;
  b.append(buf, static_cast<size_t>(n));
}

}  // namespace

std::string month_string(int64_t m) {
  if (m >= 1 && m <= 12) return kLongMonthNames[m - 1];
  std::string b = "%!Month(" + std::to_string(static_cast<uint64_t>(m));  // Go's fmtInt(uint64(m))
  return b + ")";
}

std::string weekday_string(int64_t d) {
  if (d >= 0 && d <= 6) return kLongDayNames[d];
  std::string b = "%!Weekday(" + std::to_string(static_cast<uint64_t>(d));
  return b + ")";
}

std::string format(const Time& t, std::string_view layout) {
  Zone z = t.loc ? loc_lookup(t.loc) : Zone{"UTC", 0};
  const std::string& name = z.name;
  int64_t offset = z.offset;
  uint64_t abs = abs_time(t);
  int64_t year = -1;
  int month = 0, day = 0, yday = 0;
  int hour = -1, min = 0, sec = 0;
  std::string b;
  b.reserve(layout.size() + 10);
  while (!layout.empty()) {
    Chunk ch = next_std_chunk(layout);
    b += ch.prefix;
    int std = ch.std;
    if (std == 0) break;
    layout = ch.suffix;
    if (year < 0 && (std & stdNeedDate)) {
      DateParts p = abs_date(abs, true);
      year = p.year;
      month = p.month;
      day = p.day;
      yday = p.yday + 1;
    }
    if (hour < 0 && (std & stdNeedClock)) abs_clock(abs, &hour, &min, &sec);
    switch (std & stdMask) {
      case stdYear: {
        int64_t y = year < 0 ? -year : year;
        append_int(b, y % 100, 2);
        break;
      }
      case stdLongYear: append_int(b, year, 4); break;
      case stdMonth: b += kShortMonthNames[month - 1]; break;
      case stdLongMonth: b += kLongMonthNames[month - 1]; break;
      case stdNumMonth: append_int(b, month, 0); break;
      case stdZeroMonth: append_int(b, month, 2); break;
      case stdWeekDay: b += kShortDayNames[abs_weekday(abs)]; break;
      case stdLongWeekDay: b += kLongDayNames[abs_weekday(abs)]; break;
      case stdDay: append_int(b, day, 0); break;
      case stdUnderDay:
        if (day < 10) b += ' ';
        append_int(b, day, 0);
        break;
      case stdZeroDay: append_int(b, day, 2); break;
      case stdUnderYearDay:
        if (yday < 100) {
          b += ' ';
          if (yday < 10) b += ' ';
        }
        append_int(b, yday, 0);
        break;
      case stdZeroYearDay: append_int(b, yday, 3); break;
      case stdHour: append_int(b, hour, 2); break;
      case stdHour12: append_int(b, hour % 12 == 0 ? 12 : hour % 12, 0); break;
      case stdZeroHour12: append_int(b, hour % 12 == 0 ? 12 : hour % 12, 2); break;
      case stdMinute: append_int(b, min, 0); break;
      case stdZeroMinute: append_int(b, min, 2); break;
      case stdSecond: append_int(b, sec, 0); break;
      case stdZeroSecond: append_int(b, sec, 2); break;
      case stdPM: b += hour >= 12 ? "PM" : "AM"; break;
      case stdpm: b += hour >= 12 ? "pm" : "am"; break;
      case stdISO8601TZ: case stdISO8601ColonTZ: case stdISO8601SecondsTZ: case stdISO8601ShortTZ:
      case stdISO8601ColonSecondsTZ: case stdNumTZ: case stdNumColonTZ: case stdNumSecondsTz: case stdNumShortTZ:
      case stdNumColonSecondsTZ: {
        if (offset == 0 && (std == stdISO8601TZ || std == stdISO8601ColonTZ || std == stdISO8601SecondsTZ ||
                            std == stdISO8601ShortTZ || std == stdISO8601ColonSecondsTZ)) {
          b += 'Z';
          break;
        }
        int64_t zone = offset / 60;
        int64_t absoffset = offset;
        if (zone < 0) {
          b += '-';
          zone = -zone;
          absoffset = -absoffset;
        } else {
          b += '+';
        }
        append_int(b, zone / 60, 2);
        if (std == stdISO8601ColonTZ || std == stdNumColonTZ || std == stdISO8601ColonSecondsTZ ||
            std == stdNumColonSecondsTZ)
          b += ':';
        if (std != stdNumShortTZ && std != stdISO8601ShortTZ) append_int(b, zone % 60, 2);
        if (std == stdISO8601SecondsTZ || std == stdNumSecondsTz || std == stdNumColonSecondsTZ ||
            std == stdISO8601ColonSecondsTZ) {
          if (std == stdNumColonSecondsTZ || std == stdISO8601ColonSecondsTZ) b += ':';
          append_int(b, absoffset % 60, 2);
        }
        break;
      }
      case stdTZ: {
        if (!name.empty()) {
          b += name;
          break;
        }
        int64_t zone = offset / 60;
        if (zone < 0) {
          b += '-';
          zone = -zone;
        } else {
          b += '+';
        }
        append_int(b, zone / 60, 2);
        append_int(b, zone % 60, 2);
        break;
      }
      case stdFracSecond0: case stdFracSecond9:
        format_nano(b, static_cast<uint32_t>(t.nsec()), std);
        break;
      default: break;
    }
  }
  return b;
}

std::string time_string(const Time& t) {
  std::string s = format(t, "2006-01-02 15:04:05.999999999 -0700 MST");
  if (t.wall & kHasMonotonic) {
    uint64_t m2 = static_cast<uint64_t>(t.ext);
    char sign = '+';
    if (t.ext < 0) {
      sign = '-';
      m2 = 0 - m2;
    }
    uint64_t m1 = m2 / 1000000000, m0;
    m2 %= 1000000000;
    m0 = m1 / 1000000000;
    m1 %= 1000000000;
    s += " m=";
    s += sign;
    int wid = 0;
    if (m0 != 0) {
      append_int(s, static_cast<int64_t>(m0), 0);
      wid = 9;
    }
    append_int(s, static_cast<int64_t>(m1), wid);
    s += '.';
    append_int(s, static_cast<int64_t>(m2), 9);
  }
  return s;
}

std::string go_string(const Time& t) {
  uint64_t abs = abs_time(t);
  DateParts p = abs_date(abs, true);
  int hour, min, sec;
  abs_clock(abs, &hour, &min, &sec);
  std::string b = "time.Date(";
  append_int(b, p.year, 0);
  b += ", time.";
  b += kLongMonthNames[p.month - 1];
  b += ", ";
  append_int(b, p.day, 0);
  b += ", ";
  append_int(b, hour, 0);
  b += ", ";
  append_int(b, min, 0);
  b += ", ";
  append_int(b, sec, 0);
  b += ", ";
  append_int(b, t.nsec(), 0);
  b += ", ";
  if (!t.loc || t.loc == utc_loc()) b += "time.UTC";
  else if (t.loc == local_loc()) b += "time.Local";
  else b += "time.Location(" + quote(loc_name(t.loc)) + ")";
  b += ')';
  return b;
}

std::string quote(std::string_view s) {
  static const char hex[] = "0123456789abcdef";
  std::string b = "\"";
  // Go ranges over runes: a multi-byte rune has all its bytes escaped, an invalid byte is
  // one rune (U+FFFD) of width 1 — byte by byte is the same output.
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

}  // namespace gort::stdlib::timepkg
