// engine/stdlib/unicode_impl.h — Go 1.19's unicode classification and case mapping over the
// range tables generated from Go's own unicode package (unicode_tables.cpp, tools/gen_unicode.go).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace gort::stdlib::uni {

struct Range16 { uint16_t lo, hi, stride; };
struct Range32 { uint32_t lo, hi, stride; };
struct Table {
  const Range16* r16; size_t n16;
  const Range32* r32; size_t n32;
  int latin_offset;
};
struct CaseRange { uint32_t lo, hi; int32_t delta[3]; };   // UpperCase, LowerCase, TitleCase

// Every range table of Go's unicode package as flat data (lo, hi, stride triples from off:
// n16 16-bit ranges, then n32 32-bit ones), in the order of the generated vars of
// engine/lang/std/go/unicode/unicode.go (tableAt(id)).
// Runes whose unicode.SimpleFold is not "ToLower, else ToUpper" (K → k → U+212A → K), sorted.
struct FoldPair { int32_t from, to; };
extern const FoldPair kFoldExceptions[];
extern const size_t kNumFoldExceptions;
struct TableSpan { uint32_t off, n16, n32; int latin_offset; };
extern const uint32_t kAllRanges[];
extern const TableSpan kAllTables[];
extern const size_t kNumAllTables;

extern const Table kLetter, kUpper, kLower, kTitle, kDigit, kNumber, kPunct, kSymbol, kMark,
    kSpace, kControl;

bool is(const Table& t, int32_t r);        // unicode.Is
bool is_letter(int32_t r);
bool is_digit(int32_t r);
bool is_number(int32_t r);
bool is_space(int32_t r);
bool is_upper(int32_t r);
bool is_lower(int32_t r);
bool is_title(int32_t r);
bool is_punct(int32_t r);
bool is_control(int32_t r);
bool is_mark(int32_t r);
bool is_symbol(int32_t r);
bool is_graphic(int32_t r);
int32_t to(int which, int32_t r);          // 0 upper, 1 lower, 2 title (unicode.To)
inline int32_t to_upper(int32_t r) { return to(0, r); }
inline int32_t to_lower(int32_t r) { return to(1, r); }
inline int32_t to_title(int32_t r) { return to(2, r); }
int32_t simple_fold(int32_t r);            // unicode.SimpleFold
// strings.EqualFold: equal under Unicode simple case folding (K == k == U+212A, S == ſ);
// invalid UTF-8 compares as U+FFFD. (encoding/json matches object keys to fields with it.)
bool equal_fold(std::string_view s, std::string_view t);

}  // namespace gort::stdlib::uni
