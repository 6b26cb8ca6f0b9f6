// engine/stdlib/unicode_impl.cpp — unicode.Is*/To* over Go's tables (unicode_impl.h), following
// Go 1.19's unicode/letter.go and graphic.go (Latin-1 special cases included).
#include "stdlib/unicode_impl.h"

#include <utility>

#include "stdlib/strconv_impl.h"

namespace gort::stdlib::uni {

extern const CaseRange kCaseRanges[];
extern const size_t kNumCaseRanges;

namespace {
template <class R, class U>
bool in_ranges(const R* rs, size_t n, U r) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t m = lo + (hi - lo) / 2;
    const R& x = rs[m];
    if (x.lo <= r && r <= x.hi) return x.stride == 1 || (r - x.lo) % x.stride == 0;
    if (r < x.lo) hi = m; else lo = m + 1;
  }
  return false;
}
}  // namespace

bool is(const Table& t, int32_t r) {
  if (t.n16 > 0 && static_cast<uint32_t>(r) <= t.r16[t.n16 - 1].hi)
    return in_ranges(t.r16, t.n16, static_cast<uint16_t>(r));
  if (t.n32 > 0 && r >= static_cast<int32_t>(t.r32[0].lo))
    return in_ranges(t.r32, t.n32, static_cast<uint32_t>(r));
  return false;
}

bool is_letter(int32_t r) { return is(kLetter, r); }
bool is_digit(int32_t r) {
  if (static_cast<uint32_t>(r) <= 0xFF) return '0' <= r && r <= '9';
  return is(kDigit, r);
}
bool is_number(int32_t r) { return is(kNumber, r); }
bool is_space(int32_t r) {
  if (static_cast<uint32_t>(r) <= 0xFF) {
    switch (r) {
      case '\t': case '\n': case '\v': case '\f': case '\r': case ' ': case 0x85: case 0xA0: return true;
      default: return false;
    }
  }
  return is(kSpace, r);
}
bool is_upper(int32_t r) { return is(kUpper, r); }
bool is_lower(int32_t r) { return is(kLower, r); }
bool is_title(int32_t r) { return static_cast<uint32_t>(r) > 0xFF && is(kTitle, r); }
bool is_punct(int32_t r) { return is(kPunct, r); }
bool is_control(int32_t r) { return static_cast<uint32_t>(r) <= 0xFF && is(kControl, r); }
bool is_mark(int32_t r) { return is(kMark, r); }
bool is_symbol(int32_t r) { return is(kSymbol, r); }
// Go's GraphicRanges: L, M, N, P, S and Zs (the space separators listed here).
bool is_graphic(int32_t r) {
  bool zs = r == ' ' || r == 0xA0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200a) || r == 0x202f ||
            r == 0x205f || r == 0x3000;
  return zs || is_letter(r) || is_mark(r) || is_number(r) || is_punct(r) || is_symbol(r);
}

int32_t to(int which, int32_t r) {
  if (r < 0x80) {
    if (which == 1) return ('A' <= r && r <= 'Z') ? r + 32 : r;
    return ('a' <= r && r <= 'z') ? r - 32 : r;
  }
  size_t lo = 0, hi = kNumCaseRanges;
  while (lo < hi) {
    size_t m = lo + (hi - lo) / 2;
    const CaseRange& cr = kCaseRanges[m];
    if (static_cast<int32_t>(cr.lo) <= r && r <= static_cast<int32_t>(cr.hi)) {
      int32_t delta = cr.delta[which];
      if (delta > 0x10FFFF)  // UpperLower: alternate upper/lower by the low bit of the offset
        return static_cast<int32_t>(cr.lo) + (((r - static_cast<int32_t>(cr.lo)) & ~1) | (which & 1));
      return r + delta;
    }
    if (r < static_cast<int32_t>(cr.lo)) hi = m; else lo = m + 1;
  }
  return r;
}

int32_t simple_fold(int32_t r) {
  if (r < 0 || r > 0x10FFFF) return r;
  // Go's caseOrbit (K/k/U+212A and the other runes with 3+ case forms) and the few other
  // exceptions, generated from Go 1.19 (kFoldExceptions).
  size_t lo = 0, hi = kNumFoldExceptions;
  while (lo < hi) {
    size_t m = (lo + hi) / 2;
    if (kFoldExceptions[m].from == r) return kFoldExceptions[m].to;
    if (kFoldExceptions[m].from < r) lo = m + 1;
    else hi = m;
  }
  int32_t l = to_lower(r);
  if (l != r) return l;
  return to_upper(r);
}

// Go's strings.EqualFold: rune by rune, walking the SimpleFold orbit of the smaller rune.
bool equal_fold(std::string_view s, std::string_view t) {
  while (!s.empty() && !t.empty()) {
    int ws, wt;
    int32_t sr = decode_rune(s, &ws), tr = decode_rune(t, &wt);
    s.remove_prefix(static_cast<size_t>(ws));
    t.remove_prefix(static_cast<size_t>(wt));
    if (sr == tr) continue;
    if (tr < sr) std::swap(sr, tr);
    if (tr < 0x80) {   // ASCII only: sr is the upper case of tr or not related
      if ('A' <= sr && sr <= 'Z' && tr == sr + 'a' - 'A') continue;
      return false;
    }
    int32_t r = simple_fold(sr);
    while (r != sr && r < tr) r = simple_fold(r);
    if (r == tr) continue;
    return false;
  }
  return s.empty() && t.empty();
}

}  // namespace gort::stdlib::uni
