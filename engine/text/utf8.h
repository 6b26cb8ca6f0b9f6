// engine/text/utf8.h — UTF-8 decoding exactly as Go's utf8.DecodeRuneInString: an invalid or
// short sequence decodes as U+FFFD with width 1, the empty string as U+FFFD with width 0.
#pragma once
#include <cstdint>
#include <string_view>

namespace gort::text {

inline constexpr int32_t kRuneError = 0xFFFD;

int32_t decode_rune(std::string_view s, int* width);

}  // namespace gort::text
