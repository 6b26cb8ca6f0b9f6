// engine/stdlib/time_core.h — package time's values on the C++ side, shared by the time_*.cpp
// files and context_natives.cpp. A time.Time is Go 1.19's own encoding
// (`Time{wall uint64; ext int64; loc *Location}`, see time.go): wall holds the hasMonotonic
// flag, 33 bits of seconds since 1885 and 30 bits of nanoseconds; ext holds either the full
// seconds since January 1, year 1 or the monotonic reading. Keeping Go's encoding keeps `==`
// on Time values, the zero Time and every algorithm exactly Go's.
// A *time.Location is {name string; zone string; offset int; fixed bool}: the playground has
// no zone database, so a Location is UTC-like (no zone: "UTC", 0 — time.UTC, time.Local) or a
// FixedZone (one zone, fixed = true). nil means UTC, as in Go.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "stdlib/natives.h"
#include "stdlib/util.h"

namespace gort::stdlib::timepkg {

inline constexpr uint64_t kHasMonotonic = uint64_t{1} << 63;
inline constexpr int64_t kNsecMask = (int64_t{1} << 30) - 1;
inline constexpr int kNsecShift = 30;

inline constexpr int64_t kSecondsPerMinute = 60;
inline constexpr int64_t kSecondsPerHour = 60 * kSecondsPerMinute;
inline constexpr int64_t kSecondsPerDay = 24 * kSecondsPerHour;
inline constexpr int64_t kSecondsPerWeek = 7 * kSecondsPerDay;
inline constexpr int64_t kAbsoluteZeroYear = -292277022399LL;
inline constexpr int64_t kInternalYear = 1;
// (absoluteZeroYear - internalYear) * 365.2425 * secondsPerDay, in integers: the year span
// is a whole number of 400-year cycles of 146097 days.
inline constexpr int64_t kAbsoluteToInternal = (kAbsoluteZeroYear - kInternalYear) / 400 * 146097 * kSecondsPerDay;
inline constexpr int64_t kInternalToAbsolute = -kAbsoluteToInternal;
inline constexpr int64_t kUnixToInternal = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * kSecondsPerDay;
inline constexpr int64_t kInternalToUnix = -kUnixToInternal;
inline constexpr int64_t kWallToInternal = (1884 * 365 + 1884 / 4 - 1884 / 100 + 1884 / 400) * kSecondsPerDay;
inline constexpr int64_t kMinWall = kWallToInternal;
inline constexpr int64_t kMaxWall = kWallToInternal + ((int64_t{1} << 33) - 1);
inline constexpr int64_t kMinDuration = INT64_MIN;
inline constexpr int64_t kMaxDuration = INT64_MAX;

// Go's int64 arithmetic wraps; C++'s signed overflow is undefined, so sums that may leave the
// range (extreme years, saturated seconds) go through these.
inline int64_t wadd(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b));
}
inline int64_t wsub(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) - static_cast<uint64_t>(b));
}

// A time.Time by value (the three slots of the Go struct).
struct Time {
  uint64_t wall = 0;
  int64_t ext = 0;
  Obj* loc = nullptr;  // *Location; nil = UTC

  int32_t nsec() const { return static_cast<int32_t>(wall & kNsecMask); }
  int64_t sec() const {
    if (wall & kHasMonotonic) return kWallToInternal + static_cast<int64_t>(wall << 1 >> (kNsecShift + 1));
    return ext;
  }
  int64_t unix_sec() const { return wadd(sec(), kInternalToUnix); }
  bool has_mono() const { return (wall & kHasMonotonic) != 0; }
  void add_sec(int64_t d);
  void set_loc(Obj* l);
  void strip_mono();
  void set_mono(int64_t m);
};

// ---- the Go values ----
Time time_read(Value v);        // a time.Time argument (the aggregate; null = zero Time)
Obj* time_obj(const Time& t);   // a new time.Time aggregate
Obj* utc_loc();                 // time.UTC (one permanent object: t.Location() == time.UTC)
Obj* local_loc();               // time.Local (name "Local", zone UTC as on the playground)
Obj* new_fixed_zone(std::string_view name, int64_t offset);

// Location.lookup(sec): the zone name and offset in effect (fixed zones only here).
struct Zone {
  std::string name;
  int64_t offset = 0;
};
Zone loc_lookup(Obj* loc);
std::string loc_name(Obj* loc);   // l.get().name (nil → "UTC")
// Location.lookupName(name, unix): a zone of loc with that name.
bool loc_lookup_name(Obj* loc, std::string_view name, int64_t* offset);

void add_zone_natives(std::vector<NativeEntry>& v);   // Location natives (time_zone.cpp)

// ---- time.go ----
int64_t runtime_mono();          // runtimeNano() - startNano (1 at program start)
Time now();
Time from_clock(int64_t wall_ns, int64_t mono);   // Now() for a walltime/monotonic pair
Time unix_time(int64_t sec, int32_t nsec);   // Local, as Go's unixTime
Time unix_time_of(int64_t sec, int64_t nsec);   // time.Unix (not `unix`: a macro under emscripten)
bool before(const Time& t, const Time& u);
bool after(const Time& t, const Time& u);
bool equal(const Time& t, const Time& u);
Time add(Time t, int64_t d);
int64_t sub(const Time& t, const Time& u);
uint64_t abs_time(const Time& t);   // t.abs(): seconds since the absolute zero, zone applied
struct DateParts {
  int64_t year;
  int month, day, yday;   // yday from 0
};
DateParts abs_date(uint64_t abs, bool full);
void abs_clock(uint64_t abs, int* hour, int* min, int* sec);
int abs_weekday(uint64_t abs);
void iso_week(const Time& t, int64_t* year, int* week);
bool is_leap(int64_t year);
int days_in(int month, int64_t year);
extern const int32_t kDaysBefore[13];
// Date(...); loc nil means UTC here (the native panics as Go does for a nil *Location first).
Time date(int64_t year, int64_t month, int64_t day, int64_t hour, int64_t min, int64_t sec, int64_t nsec, Obj* loc);
Time truncate(Time t, int64_t d);
Time round(Time t, int64_t d);

// ---- format.go ----
extern const char* const kLongMonthNames[12];
extern const char* const kLongDayNames[7];
std::string month_string(int64_t m);
std::string weekday_string(int64_t d);
std::string format(const Time& t, std::string_view layout);
std::string time_string(const Time& t);    // Time.String, with " m=±..." for a monotonic reading
std::string go_string(const Time& t);      // Time.GoString
std::string quote(std::string_view s);     // format.go's quote
struct ParseError {
  std::string layout, value, layout_elem, value_elem, message;
  std::string text() const;   // (*ParseError).Error()
};
// parse(layout, value, defaultLocation, local): false with *err set on failure.
bool parse(std::string_view layout, std::string_view value, Obj* default_loc, Obj* local, Time* out,
           ParseError* err);
bool parse_duration(std::string_view s, int64_t* out, std::string* err);

}  // namespace gort::stdlib::timepkg
