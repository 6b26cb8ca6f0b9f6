// engine/stdlib/strings_natives.cpp — package strings: Builder (a []byte field appended in
// place) and the string functions, following Go 1.19's strings package semantics (Split with
// an empty separator splits into UTF-8 sequences; Fields/TrimSpace/ToUpper/ToLower/Title use
// Go's unicode tables; the *Func variants call the Go function synchronously).
#include <algorithm>

#include "stdlib/natives.h"
#include "vm/race.h"
#include "stdlib/std_types.h"
#include "stdlib/strconv_impl.h"
#include "stdlib/unicode_impl.h"
#include "stdlib/util.h"

namespace gort::stdlib {
namespace {

using std::string_view;

bool is_space_rune(int32_t r) { return uni::is_space(r); }
int32_t to_upper_rune(int32_t r) { return uni::to_upper(r); }
int32_t to_lower_rune(int32_t r) { return uni::to_lower(r); }

template <class F>
std::string map_runes(string_view s, F f) {
  std::string out;
  out.reserve(s.size());
  while (!s.empty()) {
    int w;
    int32_t r = static_cast<uint8_t>(s[0]);
    if (r < 0x80) w = 1; else r = decode_rune(s, &w);
    encode_rune(out, f(r));
    s.remove_prefix(w);
  }
  return out;
}

std::vector<std::string> explode(string_view s, int64_t n) {
  std::vector<std::string> a;
  while (!s.empty()) {
    if (n > 0 && static_cast<int64_t>(a.size()) == n - 1) {
      a.emplace_back(s);
      break;
    }
    int w;
    decode_rune(s, &w);
    a.emplace_back(s.substr(0, w));
    s.remove_prefix(w);
  }
  return a;
}

// genSplit(s, sep, sepSave=0, n)
std::vector<std::string> gen_split(string_view s, string_view sep, int64_t n) {
  if (n == 0) return {};
  if (sep.empty()) return explode(s, n);
  if (n < 0) {
    n = 1;
    for (size_t p = s.find(sep); p != string_view::npos; p = s.find(sep, p + sep.size())) ++n;
  }
  std::vector<std::string> a;
  while (static_cast<int64_t>(a.size()) < n - 1) {
    size_t m = s.find(sep);
    if (m == string_view::npos) break;
    a.emplace_back(s.substr(0, m));
    s.remove_prefix(m + sep.size());
  }
  a.emplace_back(s);
  return a;
}

NativeStatus ret_str(NativeCtx& c, string_view s) { c.args[0] = str_val(s); return NativeStatus::Done; }
NativeStatus ret_int(NativeCtx& c, int64_t i) { c.args[0] = int_val(i); return NativeStatus::Done; }
NativeStatus ret_bool(NativeCtx& c, bool b) { c.args[0] = bool_val(b); return NativeStatus::Done; }

int64_t find(string_view s, string_view sub) {
  size_t p = s.find(sub);
  return p == string_view::npos ? -1 : static_cast<int64_t>(p);
}

NativeStatus s_contains(NativeCtx& c) { return ret_bool(c, find(sv(c.args[0]), sv(c.args[1])) >= 0); }
NativeStatus s_contains_rune(NativeCtx& c) {
  std::string r;
  int64_t rv = c.args[1].i;
  if (rv < 0 || rv > 0x10FFFF || (rv >= 0xD800 && rv <= 0xDFFF)) {
    // Go: an invalid rune matches only U+FFFD produced by invalid UTF-8... approximated as
    // a search for RuneError.
    rv = kRuneError;
  }
  encode_rune(r, static_cast<int32_t>(rv));
  return ret_bool(c, find(sv(c.args[0]), r) >= 0);
}
NativeStatus s_contains_any(NativeCtx& c) {
  string_view s = sv(c.args[0]), chars = sv(c.args[1]);
  for (size_t i = 0; i < s.size();) {
    int w;
    int32_t r = decode_rune(s.substr(i), &w);
    std::string e;
    encode_rune(e, r);
    if (chars.find(e) != string_view::npos) return ret_bool(c, true);
    i += w;
  }
  return ret_bool(c, false);
}
NativeStatus s_has_prefix(NativeCtx& c) { string_view s = sv(c.args[0]), p = sv(c.args[1]); return ret_bool(c, s.substr(0, p.size()) == p); }
NativeStatus s_has_suffix(NativeCtx& c) {
  string_view s = sv(c.args[0]), p = sv(c.args[1]);
  return ret_bool(c, s.size() >= p.size() && s.substr(s.size() - p.size()) == p);
}
NativeStatus s_index(NativeCtx& c) { return ret_int(c, find(sv(c.args[0]), sv(c.args[1]))); }
NativeStatus s_index_byte(NativeCtx& c) {
  size_t p = sv(c.args[0]).find(static_cast<char>(c.args[1].i));
  return ret_int(c, p == string_view::npos ? -1 : static_cast<int64_t>(p));
}
NativeStatus s_index_rune(NativeCtx& c) {
  string_view s = sv(c.args[0]);
  int64_t want = c.args[1].i;
  for (size_t i = 0; i < s.size();) {
    int w;
    int32_t r = decode_rune(s.substr(i), &w);
    if (r == want) return ret_int(c, static_cast<int64_t>(i));
    i += w;
  }
  return ret_int(c, -1);
}
NativeStatus s_last_index(NativeCtx& c) {
  size_t p = sv(c.args[0]).rfind(sv(c.args[1]));
  return ret_int(c, p == string_view::npos ? -1 : static_cast<int64_t>(p));
}
NativeStatus s_split(NativeCtx& c) {
  c.args[0] = Value::from_obj(make_string_slice(gen_split(sv(c.args[0]), sv(c.args[1]), -1)));
  return NativeStatus::Done;
}
NativeStatus s_splitn(NativeCtx& c) {
  auto v = gen_split(sv(c.args[0]), sv(c.args[1]), c.args[2].i);
  c.args[0] = Value::from_obj(c.args[2].i == 0 ? nullptr : make_string_slice(v));
  return NativeStatus::Done;
}
NativeStatus s_fields(NativeCtx& c) {
  string_view s = sv(c.args[0]);
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    int w;
    int32_t r;
    while (i < s.size()) {
      r = decode_rune(s.substr(i), &w);
      if (!is_space_rune(r)) break;
      i += w;
    }
    size_t start = i;
    while (i < s.size()) {
      r = decode_rune(s.substr(i), &w);
      if (is_space_rune(r)) break;
      i += w;
    }
    if (i > start) out.emplace_back(s.substr(start, i - start));
  }
  c.args[0] = Value::from_obj(make_string_slice(out));
  return NativeStatus::Done;
}
NativeStatus s_join(NativeCtx& c) {
  int64_t n;
  Value* e = slice_data(c.args[0].o, &n);
  string_view sep = sv(c.args[1]);
  std::string out;
  for (int64_t i = 0; i < n; ++i) {
    if (i > 0) out += sep;
    out += vm::str_view(e[i].o);
  }
  return ret_str(c, out);
}
NativeStatus s_repeat(NativeCtx& c) {
  int64_t count = c.args[1].i;
  string_view s = sv(c.args[0]);
  if (count < 0) return panic_string(c, "strings: negative Repeat count");
  if (!s.empty() && count > 0 && static_cast<uint64_t>(count) * s.size() / s.size() != static_cast<uint64_t>(count))
    return panic_string(c, "strings: Repeat count causes overflow");
  std::string out;
  out.reserve(s.size() * static_cast<size_t>(count));
  for (int64_t i = 0; i < count; ++i) out += s;
  return ret_str(c, out);
}
std::string replace(string_view s, string_view old, string_view nw, int64_t n) {
  if (old == nw || n == 0) return std::string(s);
  std::string out;
  int64_t done = 0;
  if (old.empty()) {
    // Inserts nw before every rune and at the end, up to n times.
    size_t i = 0;
    if (n < 0 || done < n) { out += nw; ++done; }
    while (i < s.size()) {
      int w;
      decode_rune(s.substr(i), &w);
      out += s.substr(i, w);
      i += w;
      if (n < 0 || done < n) { out += nw; ++done; }
    }
    return out;
  }
  size_t start = 0;
  while (n < 0 || done < n) {
    size_t p = s.find(old, start);
    if (p == string_view::npos) break;
    out += s.substr(start, p - start);
    out += nw;
    start = p + old.size();
    ++done;
  }
  out += s.substr(start);
  return out;
}
NativeStatus s_replace(NativeCtx& c) { return ret_str(c, replace(sv(c.args[0]), sv(c.args[1]), sv(c.args[2]), c.args[3].i)); }
NativeStatus s_replace_all(NativeCtx& c) { return ret_str(c, replace(sv(c.args[0]), sv(c.args[1]), sv(c.args[2]), -1)); }
NativeStatus s_to_upper(NativeCtx& c) { return ret_str(c, map_runes(sv(c.args[0]), to_upper_rune)); }
NativeStatus s_to_lower(NativeCtx& c) { return ret_str(c, map_runes(sv(c.args[0]), to_lower_rune)); }
NativeStatus s_title(NativeCtx& c) {
  string_view s = sv(c.args[0]);
  std::string out;
  int32_t prev = ' ';
  auto is_sep = [](int32_t r) {  // strings.isSeparator
    if (r <= 0x7F) {
      if ((r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_') return false;
      return true;
    }
    if (uni::is_letter(r) || uni::is_digit(r)) return false;
    return is_space_rune(r);
  };
  while (!s.empty()) {
    int w;
    int32_t r = decode_rune(s, &w);
    encode_rune(out, is_sep(prev) ? uni::to_title(r) : r);
    prev = r;
    s.remove_prefix(w);
  }
  return ret_str(c, out);
}
bool in_cutset(string_view cutset, int32_t r) {
  for (size_t i = 0; i < cutset.size();) {
    int w;
    int32_t x = decode_rune(cutset.substr(i), &w);
    if (x == r) return true;
    i += w;
  }
  return false;
}
string_view trim_left(string_view s, string_view cutset) {
  while (!s.empty()) {
    int w;
    int32_t r = decode_rune(s, &w);
    if (!in_cutset(cutset, r)) break;
    s.remove_prefix(w);
  }
  return s;
}
string_view trim_right(string_view s, string_view cutset) {
  while (!s.empty()) {
    int w;
    int32_t r = decode_last_rune(s, &w);
    if (!in_cutset(cutset, r)) break;
    s.remove_suffix(w);
  }
  return s;
}
string_view trim_space(string_view s) {
  while (!s.empty()) {
    int w;
    int32_t r = decode_rune(s, &w);
    if (!is_space_rune(r)) break;
    s.remove_prefix(w);
  }
  while (!s.empty()) {
    int w;
    int32_t r = decode_last_rune(s, &w);
    if (!is_space_rune(r)) break;
    s.remove_suffix(w);
  }
  return s;
}
NativeStatus s_trim_space(NativeCtx& c) { return ret_str(c, trim_space(sv(c.args[0]))); }
NativeStatus s_trim(NativeCtx& c) { return ret_str(c, trim_right(trim_left(sv(c.args[0]), sv(c.args[1])), sv(c.args[1]))); }
NativeStatus s_trim_left(NativeCtx& c) { return ret_str(c, trim_left(sv(c.args[0]), sv(c.args[1]))); }
NativeStatus s_trim_right(NativeCtx& c) { return ret_str(c, trim_right(sv(c.args[0]), sv(c.args[1]))); }
NativeStatus s_trim_prefix(NativeCtx& c) {
  string_view s = sv(c.args[0]), p = sv(c.args[1]);
  if (s.substr(0, p.size()) == p) s.remove_prefix(p.size());
  return ret_str(c, s);
}
NativeStatus s_trim_suffix(NativeCtx& c) {
  string_view s = sv(c.args[0]), p = sv(c.args[1]);
  if (s.size() >= p.size() && s.substr(s.size() - p.size()) == p) s.remove_suffix(p.size());
  return ret_str(c, s);
}
NativeStatus s_count(NativeCtx& c) {
  string_view s = sv(c.args[0]), sub = sv(c.args[1]);
  if (sub.empty()) return ret_int(c, rune_count(s) + 1);
  int64_t n = 0;
  for (size_t p = s.find(sub); p != string_view::npos; p = s.find(sub, p + sub.size())) ++n;
  return ret_int(c, n);
}
NativeStatus s_equal_fold(NativeCtx& c) { return ret_bool(c, uni::equal_fold(sv(c.args[0]), sv(c.args[1]))); }
NativeStatus s_compare(NativeCtx& c) {
  int r = sv(c.args[0]).compare(sv(c.args[1]));
  return ret_int(c, r < 0 ? -1 : r > 0 ? 1 : 0);
}
NativeStatus s_cut(NativeCtx& c) {
  string_view s = sv(c.args[0]), sep = sv(c.args[1]);
  size_t p = s.find(sep);
  if (p == string_view::npos) {
    c.args[0] = c.args[0];
    c.args[1] = Value::zero();
    c.args[2] = bool_val(false);
    return NativeStatus::Done;
  }
  Value before = str_val(s.substr(0, p));
  Value after = str_val(s.substr(p + sep.size()));
  c.args[0] = before;
  c.args[1] = after;
  c.args[2] = bool_val(true);
  return NativeStatus::Done;
}
NativeStatus s_new_reader(NativeCtx& c) {
  Obj* r = vm::agg_new(strings_reader());
  rt::obj_slots(r)[0] = c.args[0];
  c.args[0] = Value::from_obj(r);
  return NativeStatus::Done;
}

// ---- functions taking a Go func(rune) ----
// Calls f(r) and returns its result slot; *failed + panic text when f panicked.
struct RuneFn {
  NativeCtx& c;
  Obj* f;
  bool failed = false;
  std::string panic_text;
  Value call(int32_t r) {
    Value arg = int_val(r), res{};
    if (!failed && !call_func(c, f, &arg, 1, &res, 1, &panic_text)) failed = true;
    return res;
  }
};

NativeStatus s_map(NativeCtx& c) {
  RuneFn fn{c, c.args[0].o};
  std::string in(sv(c.args[1]));
  std::string out;
  for (size_t i = 0; i < in.size();) {
    int w;
    int32_t r = decode_rune(string_view(in).substr(i), &w);
    Value m = fn.call(r);
    if (fn.failed) return panic_string(c, fn.panic_text);
    if (m.i >= 0) encode_rune(out, static_cast<int32_t>(m.i));
    i += w;
  }
  return ret_str(c, out);
}
NativeStatus s_index_any(NativeCtx& c) {
  string_view s = sv(c.args[0]), chars = sv(c.args[1]);
  for (size_t i = 0; i < s.size();) {
    int w;
    int32_t r = decode_rune(s.substr(i), &w);
    for (size_t j = 0; j < chars.size();) {
      int w2;
      if (decode_rune(chars.substr(j), &w2) == r) return ret_int(c, static_cast<int64_t>(i));
      j += w2;
    }
    i += w;
  }
  return ret_int(c, -1);
}
NativeStatus s_last_index_byte(NativeCtx& c) {
  size_t p = sv(c.args[0]).rfind(static_cast<char>(c.args[1].i));
  return ret_int(c, p == string_view::npos ? -1 : static_cast<int64_t>(p));
}
// The byte offsets where f(r) == want starts (first) — shared by IndexFunc/Trim*Func.
NativeStatus s_index_func(NativeCtx& c) {
  std::string s(sv(c.args[0]));
  RuneFn fn{c, c.args[1].o};
  for (size_t i = 0; i < s.size();) {
    int w;
    int32_t r = decode_rune(string_view(s).substr(i), &w);
    Value m = fn.call(r);
    if (fn.failed) return panic_string(c, fn.panic_text);
    if (m.i) return ret_int(c, static_cast<int64_t>(i));
    i += w;
  }
  return ret_int(c, -1);
}
NativeStatus s_last_index_func(NativeCtx& c) {
  std::string s(sv(c.args[0]));
  RuneFn fn{c, c.args[1].o};
  for (size_t i = s.size(); i > 0;) {
    int w;
    int32_t r = decode_last_rune(string_view(s).substr(0, i), &w);
    i -= size_t(w);
    Value m = fn.call(r);
    if (fn.failed) return panic_string(c, fn.panic_text);
    if (m.i) return ret_int(c, static_cast<int64_t>(i));
  }
  return ret_int(c, -1);
}
NativeStatus s_fields_func(NativeCtx& c) {
  std::string s(sv(c.args[0]));
  RuneFn fn{c, c.args[1].o};
  std::vector<std::string> out;
  size_t start = std::string::npos;
  for (size_t i = 0; i < s.size();) {
    int w;
    int32_t r = decode_rune(string_view(s).substr(i), &w);
    Value m = fn.call(r);
    if (fn.failed) return panic_string(c, fn.panic_text);
    if (m.i) {
      if (start != std::string::npos) { out.push_back(s.substr(start, i - start)); start = std::string::npos; }
    } else if (start == std::string::npos) {
      start = i;
    }
    i += w;
  }
  if (start != std::string::npos) out.push_back(s.substr(start));
  c.args[0] = Value::from_obj(make_string_slice(out));
  return NativeStatus::Done;
}
NativeStatus trim_func(NativeCtx& c, bool left, bool right) {
  std::string s(sv(c.args[0]));
  RuneFn fn{c, c.args[1].o};
  size_t lo = 0, hi = s.size();
  while (left && lo < hi) {
    int w;
    int32_t r = decode_rune(string_view(s).substr(lo, hi - lo), &w);
    Value m = fn.call(r);
    if (fn.failed) return panic_string(c, fn.panic_text);
    if (!m.i) break;
    lo += w;
  }
  while (right && hi > lo) {
    int w;
    int32_t r = decode_last_rune(string_view(s).substr(lo, hi - lo), &w);
    Value m = fn.call(r);
    if (fn.failed) return panic_string(c, fn.panic_text);
    if (!m.i) break;
    hi -= w;
  }
  return ret_str(c, string_view(s).substr(lo, hi - lo));
}
NativeStatus s_trim_func(NativeCtx& c) { return trim_func(c, true, true); }
NativeStatus s_trim_left_func(NativeCtx& c) { return trim_func(c, true, false); }
NativeStatus s_trim_right_func(NativeCtx& c) { return trim_func(c, false, true); }
NativeStatus s_to_title(NativeCtx& c) { return ret_str(c, map_runes(sv(c.args[0]), uni::to_title)); }
NativeStatus s_split_after(NativeCtx& c) {
  string_view s = sv(c.args[0]), sep = sv(c.args[1]);
  std::vector<std::string> out;
  if (sep.empty()) {
    out = explode(s, -1);
  } else {
    for (;;) {
      size_t m = s.find(sep);
      if (m == string_view::npos) break;
      out.emplace_back(s.substr(0, m + sep.size()));
      s.remove_prefix(m + sep.size());
    }
    out.emplace_back(s);
  }
  c.args[0] = Value::from_obj(make_string_slice(out));
  return NativeStatus::Done;
}

NativeStatus s_last_index_any(NativeCtx& c) {
  string_view s = sv(c.args[0]), chars = sv(c.args[1]);
  for (size_t i = s.size(); i > 0;) {
    int w;
    int32_t r = decode_last_rune(s.substr(0, i), &w);
    i -= w;
    for (size_t j = 0; j < chars.size();) {
      int w2;
      if (decode_rune(chars.substr(j), &w2) == r) return ret_int(c, static_cast<int64_t>(i));
      j += w2;
    }
  }
  return ret_int(c, -1);
}
NativeStatus s_split_after_n(NativeCtx& c) {
  string_view s = sv(c.args[0]), sep = sv(c.args[1]);
  int64_t n = c.args[2].i;
  if (n == 0) { c.args[0] = Value::zero(); return NativeStatus::Done; }
  std::vector<std::string> out;
  if (sep.empty()) {
    out = explode(s, n);
  } else {
    if (n < 0) {
      n = 1;
      for (size_t p = s.find(sep); p != string_view::npos; p = s.find(sep, p + sep.size())) ++n;
    }
    while (static_cast<int64_t>(out.size()) < n - 1) {
      size_t m = s.find(sep);
      if (m == string_view::npos) break;
      out.emplace_back(s.substr(0, m + sep.size()));
      s.remove_prefix(m + sep.size());
    }
    out.emplace_back(s);
  }
  c.args[0] = Value::from_obj(make_string_slice(out));
  return NativeStatus::Done;
}
NativeStatus s_clone(NativeCtx& c) { return ret_str(c, sv(c.args[0])); }
// strings.ToValidUTF8: each run of invalid bytes becomes one replacement.
NativeStatus s_to_valid_utf8(NativeCtx& c) {
  string_view s = sv(c.args[0]), rep = sv(c.args[1]);
  std::string out;
  bool invalid = false;
  for (size_t i = 0; i < s.size();) {
    int w;
    int32_t r = decode_rune(s.substr(i), &w);
    if (r == kRuneError && w == 1) {
      if (!invalid) { out += rep; invalid = true; }
      i += 1;
      continue;
    }
    invalid = false;
    out += s.substr(i, w);
    i += w;
  }
  return ret_str(c, out);
}
// Replacer {oldnew []string}: at each position the first pair (in argument order) whose old
// string matches is replaced; an empty old string matches everywhere (Go's generic replacer).
const TypeDesc* replacer_type() {
  static const TypeDesc* t = [] {
    auto* ss = new TypeDesc();
    ss->kind = vm::Kind::Slice;
    ss->str = "[]string";
    ss->elem = vm::basic_type(vm::Kind::String);
    auto* r = new TypeDesc();
    r->kind = vm::Kind::Struct;
    r->str = "strings.Replacer";
    r->named = true;
    vm::FieldDesc f;
    f.name = "oldnew";
    f.type = ss;
    r->fields = {f};
    vm::finish_type(*r);
    return r;
  }();
  return t;
}
NativeStatus s_new_replacer(NativeCtx& c) {
  if (vm::slice_len(c.args[0].o) % 2 == 1) return panic_string(c, "strings.NewReplacer: odd argument count");
  Obj* r = vm::agg_new(replacer_type());
  rt::obj_slots(r)[0] = c.args[0];
  c.args[0] = Value::from_obj(r);
  return NativeStatus::Done;
}
NativeStatus s_replacer_replace(NativeCtx& c) {
  int64_t n;
  Value* pairs = slice_data(rt::obj_slots(c.args[0].o)[0].o, &n);
  string_view s = sv(c.args[1]);
  std::string out;
  size_t i = 0;
  bool prev_empty = false;
  while (i <= s.size()) {
    bool matched = false;
    for (int64_t k = 0; k + 1 < n; k += 2) {
      string_view old = vm::str_view(pairs[k].o);
      if (old.empty() && prev_empty) continue;  // an empty match never repeats at one position
      if (s.substr(i, old.size()) == old && (old.size() <= s.size() - i)) {
        out += vm::str_view(pairs[k + 1].o);
        if (old.empty()) {
          prev_empty = true;
        } else {
          i += old.size();
          prev_empty = false;
        }
        matched = true;
        break;
      }
    }
    if (matched && prev_empty) continue;
    if (!matched) {
      if (i == s.size()) break;
      out += s[i];
      ++i;
      prev_empty = false;
    } else if (i == s.size() && !prev_empty) {
      // matched a non-empty old string ending at the end: an empty old may still match there
      continue;
    }
    if (i > s.size()) break;
    if (i == s.size()) {
      bool any_empty = false;
      for (int64_t k = 0; k + 1 < n; k += 2)
        if (vm::str_len(pairs[k].o) == 0) any_empty = true;
      if (!any_empty || prev_empty) break;
    }
  }
  return ret_str(c, out);
}

// ---- Builder {buf []byte} ----
// Every method reads or writes the buf field: under --race that is an access of the Builder by
// the calling Go line, as Go's own (instrumented) Builder code makes it.
Value& builder_buf(NativeCtx& c, bool write) {
  Value& buf = rt::obj_slots(c.args[0].o)[0];
  if (vm::race::on()) vm::race::access_from_native(c.gs, c.g, &buf, write);
  return buf;
}
NativeStatus b_append(NativeCtx& c, string_view s, int nresults) {
  if (!c.args[0].o) return panic_runtime(c, "runtime error: invalid memory address or nil pointer dereference");
  Obj* tmp = vm::str_new(s);
  Value& b = builder_buf(c, true);
  b.o = vm::slice_append_str(b.o, tmp);
  if (nresults == 2) {
    c.args[0] = int_val(static_cast<int64_t>(s.size()));
    c.args[1] = Value::zero();
  } else {
    c.args[0] = Value::zero();
  }
  return NativeStatus::Done;
}
NativeStatus b_write_string(NativeCtx& c) { return b_append(c, sv(c.args[1]), 2); }
NativeStatus b_write(NativeCtx& c) { return b_append(c, bytes_of(c.args[1].o), 2); }
NativeStatus b_write_byte(NativeCtx& c) {
  char ch = static_cast<char>(c.args[1].i);
  return b_append(c, string_view(&ch, 1), 1);
}
NativeStatus b_write_rune(NativeCtx& c) {
  std::string s;
  encode_rune(s, static_cast<int32_t>(c.args[1].i));
  return b_append(c, s, 2);
}
NativeStatus b_string(NativeCtx& c) {
  if (!c.args[0].o) return ret_str(c, "");
  return ret_str(c, bytes_of(builder_buf(c, false).o));
}
NativeStatus b_len(NativeCtx& c) { return ret_int(c, c.args[0].o ? vm::slice_len(builder_buf(c, false).o) : 0); }
NativeStatus b_reset(NativeCtx& c) { builder_buf(c, true).o = nullptr; return NativeStatus::Done; }
// Grow: as Go, a new buffer of 2*cap+n when fewer than n bytes are free.
NativeStatus b_grow(NativeCtx& c) {
  int64_t n = c.args[1].i;
  if (n < 0) return panic_string(c, "strings.Builder.Grow: negative count");
  Value& b = builder_buf(c, false);
  int64_t len = vm::slice_len(b.o), cap = vm::slice_cap(b.o);
  if (cap - len < n) {
    Obj* nb = nullptr;
    vm::Fault f;
    if (!vm::slice_make(vm::basic_type(vm::Kind::Uint8), len, 2 * cap + n, &nb, f)) return vm::native_panic_fault(c, f);
    vm::slice_copy(vm::basic_type(vm::Kind::Uint8), nb, b.o);
    builder_buf(c, true).o = nb;
  }
  return NativeStatus::Done;
}
NativeStatus b_cap(NativeCtx& c) { return ret_int(c, c.args[0].o ? vm::slice_cap(builder_buf(c, false).o) : 0); }

}  // namespace

void add_strings_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"(*strings.Builder).WriteString", b_write_string}, {"(*strings.Builder).WriteByte", b_write_byte},
      {"(*strings.Builder).WriteRune", b_write_rune}, {"(*strings.Builder).Write", b_write},
      {"(*strings.Builder).String", b_string}, {"(*strings.Builder).Len", b_len},
      {"(*strings.Builder).Reset", b_reset}, {"(*strings.Builder).Grow", b_grow},
      {"(*strings.Builder).Cap", b_cap},
      {"strings.Contains", s_contains}, {"strings.ContainsRune", s_contains_rune},
      {"strings.ContainsAny", s_contains_any}, {"strings.HasPrefix", s_has_prefix},
      {"strings.HasSuffix", s_has_suffix}, {"strings.Index", s_index}, {"strings.IndexByte", s_index_byte},
      {"strings.IndexRune", s_index_rune}, {"strings.LastIndex", s_last_index}, {"strings.Split", s_split},
      {"strings.SplitN", s_splitn}, {"strings.Fields", s_fields}, {"strings.Join", s_join},
      {"strings.Repeat", s_repeat}, {"strings.Replace", s_replace}, {"strings.ReplaceAll", s_replace_all},
      {"strings.ToUpper", s_to_upper}, {"strings.ToLower", s_to_lower}, {"strings.Title", s_title},
      {"strings.TrimSpace", s_trim_space}, {"strings.Trim", s_trim}, {"strings.TrimLeft", s_trim_left},
      {"strings.TrimRight", s_trim_right}, {"strings.TrimPrefix", s_trim_prefix},
      {"strings.TrimSuffix", s_trim_suffix}, {"strings.Count", s_count}, {"strings.EqualFold", s_equal_fold},
      {"strings.Compare", s_compare}, {"strings.Cut", s_cut}, {"strings.NewReader", s_new_reader},
      {"strings.Map", s_map}, {"strings.IndexAny", s_index_any}, {"strings.IndexFunc", s_index_func},
      {"strings.LastIndexFunc", s_last_index_func},
      {"strings.LastIndexByte", s_last_index_byte}, {"strings.FieldsFunc", s_fields_func},
      {"strings.TrimFunc", s_trim_func}, {"strings.TrimLeftFunc", s_trim_left_func},
      {"strings.TrimRightFunc", s_trim_right_func}, {"strings.ToTitle", s_to_title},
      {"strings.SplitAfter", s_split_after}, {"strings.LastIndexAny", s_last_index_any},
      {"strings.SplitAfterN", s_split_after_n}, {"strings.Clone", s_clone},
      {"strings.ToValidUTF8", s_to_valid_utf8}, {"strings.NewReplacer", s_new_replacer},
      {"(*strings.Replacer).Replace", s_replacer_replace},
  });
}

}  // namespace gort::stdlib
