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
NativeStatus decode_bytes(NativeCtx& c) {
  int w;
  int32_t r = decode_rune(bytes_of(c.args[0].o), &w);
  c.args[0] = int_val(r);
  c.args[1] = int_val(w);
  return NativeStatus::Done;
}
NativeStatus encode_rune_n(NativeCtx& c) {
  std::string s;
  encode_rune(s, static_cast<int32_t>(c.args[1].i));
  int64_t n;
  Value* d = slice_data(c.args[0].o, &n);
  if (n < static_cast<int64_t>(s.size()))
    return panic_runtime(c, "runtime error: index out of range [" + std::to_string(n) + "] with length " + std::to_string(n));
  for (size_t i = 0; i < s.size(); ++i) d[i].i = static_cast<uint8_t>(s[i]);
  c.args[0] = int_val(static_cast<int64_t>(s.size()));
  return NativeStatus::Done;
}
NativeStatus append_rune(NativeCtx& c) {
  std::string s;
  encode_rune(s, static_cast<int32_t>(c.args[1].i));
  Obj* tmp = vm::str_new(s);
  c.args[0] = Value::from_obj(vm::slice_append_str(c.args[0].o, tmp));
  return NativeStatus::Done;
}

}  // namespace

void add_utf8_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"unicode/utf8.RuneCountInString", rune_count_in_string}, {"unicode/utf8.RuneCount", rune_count_bytes},
      {"unicode/utf8.RuneLen", rune_len_n}, {"unicode/utf8.ValidString", valid_string}, {"unicode/utf8.ValidRune", valid_rune_n},
      {"unicode/utf8.DecodeRuneInString", decode_in_string}, {"unicode/utf8.DecodeLastRuneInString", decode_last_in_string},
      {"unicode/utf8.DecodeRune", decode_bytes}, {"unicode/utf8.EncodeRune", encode_rune_n}, {"unicode/utf8.AppendRune", append_rune},
  });
}

}  // namespace gort::stdlib
