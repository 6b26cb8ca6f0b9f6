// engine/stdlib/strconv_impl.h — Go's text algorithms shared by fmt, strconv, strings and
// unicode/utf8 natives: UTF-8 decode/encode, IsPrint and quoting (strconv/quote.go), float and
// integer formatting (strconv/ftoa.go, itoa.go) and parsing (atoi.go, atof.go, atob.go).
// Pure functions on std::string — no VM objects — so they are unit-testable on their own.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "text/utf8.h"

namespace gort::stdlib {

// ---- UTF-8 (unicode/utf8) ----
// Decodes the rune at s[0..]: (0xFFFD, 1) on invalid input, (0xFFFD, 0) on empty input.
using text::decode_rune;
using text::kRuneError;
int32_t decode_last_rune(std::string_view s, int* width);
void encode_rune(std::string& out, int32_t r);   // invalid → U+FFFD
int rune_len(int32_t r);                          // -1 if invalid
bool valid_rune(int32_t r);
int64_t rune_count(std::string_view s);
bool valid_utf8(std::string_view s);

// ---- quoting ----
bool is_print(int32_t r);
bool can_backquote(std::string_view s);
std::string quote(std::string_view s, bool ascii_only = false);       // strconv.Quote(ToASCII)
std::string quote_rune(int32_t r, bool ascii_only = false);           // strconv.QuoteRune
// strconv.Unquote: false on a syntax error.
bool unquote(std::string_view s, std::string* out);

// ---- formatting numbers ----
std::string format_uint(uint64_t u, int base);            // base 2..36, lower-case digits
std::string format_int(int64_t i, int base);
// strconv.FormatFloat(f, fmt, prec, bitSize) for fmt in e E f g G (prec < 0: shortest).
std::string format_float(double f, char fmt, int prec, int bit_size);

// ---- parsing ----
enum class NumErr { None, Syntax, Range, Base, BitSize };
// strconv.ParseInt/ParseUint: on Range the value is clamped as Go returns it.
NumErr parse_int(std::string_view s, int base, int bit_size, int64_t* out);
NumErr parse_uint(std::string_view s, int base, int bit_size, uint64_t* out);
NumErr parse_float(std::string_view s, int bit_size, double* out);

}  // namespace gort::stdlib
