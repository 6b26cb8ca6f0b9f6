// engine/stdlib/unicode_natives.cpp — package unicode (classification and case mapping,
// unicode_impl.h).
#include "stdlib/natives.h"
#include "stdlib/unicode_impl.h"
#include "stdlib/util.h"

namespace gort::stdlib {
namespace {

template <bool (*F)(int32_t)>
NativeStatus pred(NativeCtx& c) {
  c.args[0] = bool_val(F(static_cast<int32_t>(c.args[0].i)));
  return NativeStatus::Done;
}
template <int32_t (*F)(int32_t)>
NativeStatus map1(NativeCtx& c) {
  c.args[0].i = F(static_cast<int32_t>(c.args[0].i));
  return NativeStatus::Done;
}
bool is_print_rune(int32_t r) {
  // unicode.IsPrint: graphic, but the only space is U+0020.
  if (r == ' ') return true;
  bool zs = r == 0xA0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200a) || r == 0x202f || r == 0x205f || r == 0x3000;
  return !zs && uni::is_graphic(r);
}

// unicode.tableData(id) (triples []int, n16, latinOffset int): one generated table's ranges.
NativeStatus table_data(NativeCtx& c) {
  int64_t id = c.args[0].i;
  if (id < 0 || static_cast<size_t>(id) >= uni::kNumAllTables) return panic_runtime(c, "runtime error: unicode table index out of range");
  const uni::TableSpan& t = uni::kAllTables[id];
  std::vector<int64_t> v(uni::kAllRanges + t.off, uni::kAllRanges + t.off + 3 * (t.n16 + t.n32));
  c.args[0] = Value::from_obj(make_int_slice(v));
  c.args[1] = int_val(t.n16);
  c.args[2] = int_val(t.latin_offset);
  return NativeStatus::Done;
}

}  // namespace

void add_unicode_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"unicode.IsLetter", pred<uni::is_letter>}, {"unicode.IsDigit", pred<uni::is_digit>},
      {"unicode.IsNumber", pred<uni::is_number>}, {"unicode.IsSpace", pred<uni::is_space>},
      {"unicode.IsUpper", pred<uni::is_upper>}, {"unicode.IsLower", pred<uni::is_lower>},
      {"unicode.IsTitle", pred<uni::is_title>}, {"unicode.IsPunct", pred<uni::is_punct>},
      {"unicode.IsControl", pred<uni::is_control>}, {"unicode.IsMark", pred<uni::is_mark>},
      {"unicode.IsSymbol", pred<uni::is_symbol>}, {"unicode.IsGraphic", pred<uni::is_graphic>},
      {"unicode.IsPrint", pred<is_print_rune>},
      {"unicode.ToUpper", map1<uni::to_upper>}, {"unicode.ToLower", map1<uni::to_lower>},
      {"unicode.ToTitle", map1<uni::to_title>}, {"unicode.SimpleFold", map1<uni::simple_fold>},
      {"unicode.tableData", table_data},
  });
}

}  // namespace gort::stdlib
