// engine/text/utf8.cpp — Go's utf8.DecodeRuneInString (see utf8.h).
#include "text/utf8.h"

namespace gort::text {

int32_t decode_rune(std::string_view s, int* width) {
  if (s.empty()) { *width = 0; return kRuneError; }
  auto b = [&](size_t i) { return static_cast<uint8_t>(s[i]); };
  uint8_t c0 = b(0);
  if (c0 < 0x80) { *width = 1; return c0; }
  *width = 1;
  int n;
  int32_t r;
  // The second byte's range excludes overlong forms and surrogates, as Go's acceptRanges.
  uint8_t lo = 0x80, hi = 0xBF;
  if (c0 >= 0xC2 && c0 <= 0xDF) { n = 2; r = c0 & 0x1F; }
  else if (c0 >= 0xE0 && c0 <= 0xEF) {
    n = 3; r = c0 & 0x0F;
    if (c0 == 0xE0) lo = 0xA0;
    if (c0 == 0xED) hi = 0x9F;
  } else if (c0 >= 0xF0 && c0 <= 0xF4) {
    n = 4; r = c0 & 0x07;
    if (c0 == 0xF0) lo = 0x90;
    if (c0 == 0xF4) hi = 0x8F;
  } else {
    return kRuneError;
  }
  if (s.size() < static_cast<size_t>(n)) return kRuneError;
  if (b(1) < lo || b(1) > hi) return kRuneError;
  r = (r << 6) | (b(1) & 0x3F);
  for (int i = 2; i < n; ++i) {
    if (b(i) < 0x80 || b(i) > 0xBF) return kRuneError;
    r = (r << 6) | (b(i) & 0x3F);
  }
  *width = n;
  return r;
}

}  // namespace gort::text
