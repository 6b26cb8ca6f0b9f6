// engine/lang/format/tabwriter.h — elastic tabstops as gofmt applies them.
// Owns: a port of Go's text/tabwriter (BSD-licensed, Copyright The Go Authors) restricted to the
// configuration gofmt uses (minwidth 0, tabwidth 8, padding 1, padchar ' ', DiscardEmptyColumns |
// TabIndent), followed by go/printer's trimmer (drops trailing blanks and the 0xFF escapes).
#pragma once
#include <string>
#include <string_view>

namespace gort::lang::format {

constexpr char kTabEscape = '\xff';

// Aligns the printer's raw output (cells separated by '\t' / '\v', lines by '\n' / '\f', text
// between kTabEscape bytes taken literally) and trims it.
std::string tabwrite_and_trim(std::string_view raw);

// go/printer's trimmer alone (RawFormat, used to measure node sizes).
std::string trim_only(std::string_view raw);

}  // namespace gort::lang::format
