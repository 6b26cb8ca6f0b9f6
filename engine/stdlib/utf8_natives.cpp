// engine/stdlib/utf8_natives.cpp — package unicode/utf8 on strconv_impl's UTF-8 helpers.
#include "stdlib/natives.h"
#include "stdlib/strconv_impl.h"
#include "stdlib/util.h"

namespace gort::stdlib {
namespace {

NativeStatus rune_count_in_string(NativeCtx& c) { c.args[0] = int_val(rune_count(sv(c.args[0]))); return NativeStatus::Done; }
NativeStatus rune_count_bytes(NativeCtx& c) { c.args[0] = int_val(rune_count(bytes_of(c.args[0].o))); return NativeStatus::Done; }
NativeStatus rune_len_n(NativeCtx& c) { c.args[0] = int_val(rune_len(static_cast<int32_t>(c.args[0].i))); return NativeStatus::Done; }
NativeStatus valid_string(NativeCtx& c) { c.args[0] = bool_val(valid_utf8(sv(c.args[0]))); return NativeStatus::Done; }
NativeStatus valid_rune_n(NativeCtx& c) {
  int64_t r = c.args[0].i;
  c.args[0] = bool_val(r >= INT32_MIN && r <= INT32_MAX && valid_rune(static_cast<int32_t>(r)));
  return NativeStatus::Done;
}
NativeStatus decode_in_string(NativeCtx& c) {
  int w;
  int32_t r = decode_rune(sv(c.args[0]), &w);
  c.args[0] = int_val(r);
  c.args[1] = int_val(w);
  return NativeStatus::Done;
}
NativeStatus decode_last_in_string(NativeCtx& c) {
  int w;
  int32_t r = decode_last_rune(sv(c.args[0]), &w);
  c.args[0] = int_val(r);
  c.args[1] = int_val(w);
  return NativeStatus::Done;
}
// At most the first (or last) 4 bytes of a []byte: a rune needs no more, and copying the whole
// slice made a decoding loop over a large []byte quadratic.
std::string byte_edge(const Obj* slice, bool last) {
  int64_t n = vm::slice_len(slice);
  int64_t k = n < 4 ? n : 4, from = last ? n - k : 0;
  std::string s(static_cast<size_t>(k), '\0');
  for (int64_t i = 0; i < k; ++i) s[static_cast<size_t>(i)] = static_cast<char>(vm::slice_get(slice, from + i).i);
  return s;
}
NativeStatus decode_last_bytes(NativeCtx& c) {
  int w;
  int32_t r = decode_last_rune(byte_edge(c.args[0].o, true), &w);
  c.args[0] = int_val(r);
  c.args[1] = int_val(w);
  return NativeStatus::Done;
}
// utf8.FullRune: does p begin with a whole encoding (an invalid one counts: it decodes as one
// RuneError byte)? Go 1.19's first/acceptRanges tables, spelled out.
bool full_rune(std::string_view p) {
  if (p.empty()) return false;
  auto b = [&](size_t i) { return static_cast<uint8_t>(p[i]); };
  uint8_t c0 = b(0);
  size_t size;
  uint8_t lo = 0x80, hi = 0xBF;
  if (c0 < 0x80 || c0 < 0xC2 || c0 > 0xF4) return true;   // ASCII or invalid: one byte
  if (c0 < 0xE0) size = 2;
  else if (c0 < 0xF0) { size = 3; if (c0 == 0xE0) lo = 0xA0; if (c0 == 0xED) hi = 0x9F; }
  else { size = 4; if (c0 == 0xF0) lo = 0x90; if (c0 == 0xF4) hi = 0x8F; }
  if (p.size() >= size) return true;
  if (p.size() > 1 && (b(1) < lo || hi < b(1))) return true;
  if (p.size() > 2 && (b(2) < 0x80 || 0xBF < b(2))) return true;
  return false;
}
NativeStatus full_rune_bytes(NativeCtx& c) { c.args[0] = bool_val(full_rune(byte_edge(c.args[0].o, false))); return NativeStatus::Done; }
NativeStatus full_rune_string(NativeCtx& c) { c.args[0] = bool_val(full_rune(sv(c.args[0]))); return NativeStatus::Done; }
NativeStatus valid_bytes(NativeCtx& c) { c.args[0] = bool_val(valid_utf8(bytes_of(c.args[0].o))); return NativeStatus::Done; }
NativeStatus rune_start(NativeCtx& c) { c.args[0] = bool_val((c.args[0].i & 0xC0) != 0x80); return NativeStatus::Done; }
NativeStatus decode_bytes(NativeCtx& c) {
  int w;
  int32_t r = decode_rune(byte_edge(c.args[0].o, false), &w);
  c.args[0] = int_val(r);
  c.args[1] = int_val(w);
  return NativeStatus::Done;
}
NativeStatus encode_rune_n(NativeCtx& c) {
  std::string s;
  encode_rune(s, static_cast<int32_t>(c.args[1].i));
  int64_t n = vm::slice_len(c.args[0].o);
  if (n < static_cast<int64_t>(s.size()))
    return panic_runtime(c, "runtime error: index out of range [" + std::to_string(n) + "] with length " + std::to_string(n));
  vm::slice_put_bytes(c.args[0].o, 0, s.data(), static_cast<int64_t>(s.size()));
  c.args[0] = int_val(static_cast<int64_t>(s.size()));
  return NativeStatus::Done;
}
NativeStatus append_rune(NativeCtx& c) {
  std::string s;
  encode_rune(s, static_cast<int32_t>(c.args[1].i));
  return ret_appended(c, s);
}

}  // namespace

void add_utf8_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"unicode/utf8.RuneCountInString", rune_count_in_string}, {"unicode/utf8.RuneCount", rune_count_bytes},
      {"unicode/utf8.RuneLen", rune_len_n}, {"unicode/utf8.ValidString", valid_string}, {"unicode/utf8.ValidRune", valid_rune_n},
      {"unicode/utf8.DecodeRuneInString", decode_in_string}, {"unicode/utf8.DecodeLastRuneInString", decode_last_in_string},
      {"unicode/utf8.DecodeRune", decode_bytes}, {"unicode/utf8.EncodeRune", encode_rune_n}, {"unicode/utf8.AppendRune", append_rune},
      {"unicode/utf8.DecodeLastRune", decode_last_bytes}, {"unicode/utf8.FullRune", full_rune_bytes},
      {"unicode/utf8.FullRuneInString", full_rune_string}, {"unicode/utf8.Valid", valid_bytes},
      {"unicode/utf8.RuneStart", rune_start},
  });
}

}  // namespace gort::stdlib
