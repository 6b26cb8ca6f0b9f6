// engine/stdlib/time_layout.h — what Format and Parse share of Go 1.19's time/format.go (BSD-
// licensed, The Go Authors): the std chunk codes and nextStdChunk, which splits a layout at its
// first element. Internal to time_format.cpp and time_parse.cpp.
#pragma once
#include <string_view>

namespace gort::stdlib::timepkg::layout {

enum : int {
  stdNeedDate = 1 << 8,
  stdNeedClock = 2 << 8,
  stdArgShift = 16,
  stdSeparatorShift = 28,
  stdMask = (1 << stdArgShift) - 1,

  stdLongMonth = 1 + stdNeedDate,
  stdMonth,
  stdNumMonth,
  stdZeroMonth,
  stdLongWeekDay,
  stdWeekDay,
  stdDay,
  stdUnderDay,
  stdZeroDay,
  stdUnderYearDay,
  stdZeroYearDay,
  stdHour = 12 + stdNeedClock,
  stdHour12,
  stdZeroHour12,
  stdMinute,
  stdZeroMinute,
  stdSecond,
  stdZeroSecond,
  stdLongYear = 19 + stdNeedDate,
  stdYear,
  stdPM = 21 + stdNeedClock,
  stdpm,
  stdTZ = 23,
  stdISO8601TZ,
  stdISO8601SecondsTZ,
  stdISO8601ShortTZ,
  stdISO8601ColonTZ,
  stdISO8601ColonSecondsTZ,
  stdNumTZ,
  stdNumSecondsTz,
  stdNumShortTZ,
  stdNumColonTZ,
  stdNumColonSecondsTZ,
  stdFracSecond0,
  stdFracSecond9,
};

extern const char* const kShortMonthNames[12];
extern const char* const kShortDayNames[7];

inline bool is_digit(std::string_view s, size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }
inline int digits_len(int std) { return (std >> stdArgShift) & 0xfff; }
inline char separator(int std) { return (std >> stdSeparatorShift) == 0 ? '.' : ','; }

// nextStdChunk: the prefix before the first std element of a layout, its code (0: none) and
// the rest.
struct Chunk {
  std::string_view prefix;
  int std = 0;
  std::string_view suffix;
};
Chunk next_std_chunk(std::string_view layout);

}  // namespace gort::stdlib::timepkg::layout
