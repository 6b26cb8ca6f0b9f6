// engine/stdlib/fmt_scan.cpp — fmt's scanning state machine (see fmt_scan.h), written after
// the behaviour of Go 1.19's fmt/scan.go: Go's panics-as-errors become a sticky error that
// makes every later step a no-op, so a scan stops at the first error exactly where Go's does.
#include "stdlib/fmt_scan.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "stdlib/std_types.h"
#include "stdlib/strconv_impl.h"

namespace gort::stdlib {
namespace {

using vm::Kind;
using vm::TypeDesc;
constexpr int32_t kEof = -1;
constexpr int64_t kHuge = INT64_MAX / 4;

bool is_space(int32_t r) {
  if (r <= 0xFF) return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
  if (r >= 0x2000 && r <= 0x200a) return true;
  return r == 0x1680 || r == 0x2028 || r == 0x2029 || r == 0x202f || r == 0x205f || r == 0x3000;
}
bool has_rune(std::string_view set, int32_t r) {
  return r >= 0 && r < 0x80 && set.find(static_cast<char>(r)) != std::string_view::npos;
}

// A prefix of a longer UTF-8 sequence: more input may complete it.
bool incomplete_utf8(std::string_view s) {
  auto b0 = static_cast<uint8_t>(s[0]);
  size_t need = b0 >= 0xF0 && b0 <= 0xF4 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 && b0 <= 0xDF ? 2 : 1;
  if (s.size() >= need) return false;
  for (size_t i = 1; i < s.size(); ++i)
    if ((static_cast<uint8_t>(s[i]) & 0xC0) != 0x80) return false;
  return true;
}

constexpr std::string_view kBinary = "01", kOctal = "01234567", kDecimal = "0123456789",
                           kHex = "0123456789aAbBcCdDeEfF", kSign = "+-";

class Scanner {
 public:
  Scanner(std::string_view d, bool at_eof, bool store) : d_(d), src_eof_(at_eof), store_(store) {}

  bool nl_is_space = false, nl_is_end = false;

  // ---- the error state (Go's scanError / io.EOF panics) ----
  enum class Err { None, Eof, UnexpectedEof, Text, Num };
  Err err = Err::None;
  std::string msg, num_fn, num_s;
  bool num_range = false;
  bool need_more = false;
  bool stopped() const { return need_more || err != Err::None; }
  void fail(std::string m) { if (!stopped()) { err = Err::Text; msg = std::move(m); } }
  void fail_eof() { if (!stopped()) err = Err::Eof; }
  void fail_unexpected_eof() { if (!stopped()) err = Err::UnexpectedEof; }
  void fail_num(std::string_view fn, std::string_view s, NumErr e) {
    if (stopped()) return;
    err = Err::Num;
    num_fn = std::string(fn);
    num_s = std::string(s);
    num_range = e == NumErr::Range;
  }
  Obj* error_value() const {
    switch (err) {
      case Err::None: return nullptr;
      case Err::Eof: return io_eof();
      case Err::UnexpectedEof: return io_unexpected_eof();
      case Err::Text: return new_error(msg);
      case Err::Num: return new_num_error(num_fn, num_s, num_range);
    }
    return nullptr;
  }

  size_t pos() const { return pos_; }
  size_t hi() const { return hi_; }
  int64_t count() const { return count_; }
  int64_t arg_limit = kHuge;

  int32_t get_rune() {
    if (stopped() || at_eof_ || count_ >= arg_limit) return kEof;
    if (pos_ >= d_.size()) {
      if (!src_eof_) need_more = true;
      else at_eof_ = true;
      return kEof;
    }
    int w = 1;
    int32_t r = static_cast<uint8_t>(d_[pos_]);
    if (r >= 0x80) {
      std::string_view rest = d_.substr(pos_);
      if (!src_eof_ && incomplete_utf8(rest)) {
        need_more = true;
        return kEof;
      }
      r = decode_rune(rest, &w);
    }
    pos_ += static_cast<size_t>(w);
    hi_ = std::max(hi_, pos_);
    last_ = static_cast<size_t>(w);
    ++count_;
    if (nl_is_end && r == '\n') at_eof_ = true;
    return r;
  }
  void unread() {
    pos_ -= last_;
    last_ = 0;
    at_eof_ = false;
    --count_;
  }
  int32_t must_read() {
    int32_t r = get_rune();
    if (r == kEof) fail_unexpected_eof();
    return r;
  }
  bool peek(std::string_view ok) {
    int32_t r = get_rune();
    if (r != kEof) unread();
    return has_rune(ok, r);
  }
  // consume: if the next rune is in ok, take it (into buf when accept).
  bool consume(std::string_view ok, bool accept) {
    int32_t r = get_rune();
    if (r == kEof) return false;
    if (has_rune(ok, r)) {
      if (accept) buf.push_back(static_cast<char>(r));
      return true;
    }
    if (accept) unread();
    return false;
  }
  bool accept(std::string_view ok) { return consume(ok, true); }
  void not_eof() {
    int32_t r = get_rune();
    if (r == kEof) { fail_eof(); return; }
    unread();
  }
  void skip_space() {
    for (;;) {
      int32_t r = get_rune();
      if (r == kEof) return;
      if (r == '\r' && peek("\n")) continue;
      if (r == '\n') {
        if (nl_is_space) continue;
        fail("unexpected newline");
        return;
      }
      if (!is_space(r)) { unread(); return; }
    }
  }
  bool ok_verb(int32_t verb, std::string_view verbs, std::string_view typ) {
    if (has_rune(verbs, verb)) return true;
    std::string v;
    encode_rune(v, verb);
    fail("bad verb '%" + v + "' for " + std::string(typ));
    return false;
  }

  std::string buf;

  // ---- operands ----
  std::string scan_number(std::string_view digits, bool have_digits) {
    if (!have_digits) {
      not_eof();
      if (!accept(digits)) fail("expected integer");
    }
    while (accept(digits)) {}
    return buf;
  }
  int base_prefix(std::string* digits, bool* found) {
    if (!peek("0")) { *digits = std::string(kDecimal) + "_"; *found = false; return 0; }
    accept("0");
    *found = true;
    if (peek("bB")) { consume("bB", true); *digits = std::string(kBinary) + "_"; }
    else if (peek("oO")) { consume("oO", true); *digits = std::string(kOctal) + "_"; }
    else if (peek("xX")) { consume("xX", true); *digits = std::string(kHex) + "_"; }
    else *digits = std::string(kOctal) + "_";
    return 0;
  }
  int get_base(int32_t verb, std::string* digits) {
    ok_verb(verb, "bdoUxXv", "integer");
    *digits = std::string(kDecimal);
    switch (verb) {
      case 'b': *digits = std::string(kBinary); return 2;
      case 'o': *digits = std::string(kOctal); return 8;
      case 'x': case 'X': case 'U': *digits = std::string(kHex); return 16;
    }
    return 10;
  }
  int64_t scan_rune(int bits) {
    not_eof();
    int32_t r = get_rune();
    if (stopped()) return 0;
    int64_t x = static_cast<int64_t>(static_cast<uint64_t>(r) << (64 - bits)) >> (64 - bits);
    if (x != r) {
      std::string s;
      encode_rune(s, r);
      fail("overflow on character value " + s);
    }
    return r;
  }
  int64_t scan_int(int32_t verb, int bits) {
    if (verb == 'c') return scan_rune(bits);
    skip_space();
    not_eof();
    std::string digits;
    int base = get_base(verb, &digits);
    bool have = false;
    if (verb == 'U') {
      if (!consume("U", false) || !consume("+", false)) fail("bad unicode format ");
    } else {
      accept(kSign);
      if (verb == 'v') base = base_prefix(&digits, &have);
    }
    std::string tok = scan_number(digits, have);
    if (stopped()) return 0;
    int64_t i = 0;
    NumErr e = parse_int(tok, base, 64, &i);
    if (e != NumErr::None) { fail_num("ParseInt", tok, e); return 0; }
    int64_t x = static_cast<int64_t>(static_cast<uint64_t>(i) << (64 - bits)) >> (64 - bits);
    if (x != i) fail("integer overflow on token " + tok);
    return i;
  }
  uint64_t scan_uint(int32_t verb, int bits) {
    if (verb == 'c') return static_cast<uint64_t>(scan_rune(bits));
    skip_space();
    not_eof();
    std::string digits;
    int base = get_base(verb, &digits);
    bool have = false;
    if (verb == 'U') {
      if (!consume("U", false) || !consume("+", false)) fail("bad unicode format ");
    } else if (verb == 'v') {
      base = base_prefix(&digits, &have);
    }
    std::string tok = scan_number(digits, have);
    if (stopped()) return 0;
    uint64_t u = 0;
    NumErr e = parse_uint(tok, base, 64, &u);
    if (e != NumErr::None) { fail_num("ParseUint", tok, e); return 0; }
    uint64_t x = bits == 64 ? u : (u << (64 - bits)) >> (64 - bits);
    if (x != u) fail("unsigned integer overflow on token " + tok);
    return u;
  }
  bool scan_bool(int32_t verb) {
    skip_space();
    not_eof();
    if (!ok_verb(verb, "tv", "boolean")) return false;
    switch (get_rune()) {
      case '0': return false;
      case '1': return true;
      case 't': case 'T':
        if (accept("rR") && (!accept("uU") || !accept("eE"))) fail("syntax error scanning boolean");
        return true;
      case 'f': case 'F':
        if (accept("aA") && (!accept("lL") || !accept("sS") || !accept("eE"))) fail("syntax error scanning boolean");
        return false;
    }
    return false;
  }
  std::string float_token() {
    buf.clear();
    if (accept("nN") && accept("aA") && accept("nN")) return buf;
    accept(kSign);
    if (accept("iI") && accept("nN") && accept("fF")) return buf;
    std::string digits = std::string(kDecimal) + "_";
    std::string_view exp = "eEpP";
    if (accept("0") && accept("xX")) { digits = std::string(kHex) + "_"; exp = "pP"; }
    while (accept(digits)) {}
    if (accept(".")) while (accept(digits)) {}
    if (accept(exp)) {
      accept(kSign);
      while (accept(std::string(kDecimal) + "_")) {}
    }
    return buf;
  }
  double convert_float(const std::string& s, int bits) {
    if (stopped()) return 0;
    size_t p = s.find('p');
    if (p != std::string::npos) {
      double f;
      NumErr e = parse_float(s.substr(0, p), bits, &f);
      if (e != NumErr::None) { fail_num("ParseFloat", s, e); return 0; }
      int64_t m;
      e = parse_int(s.substr(p + 1), 10, 64, &m);
      if (e != NumErr::None) { fail_num("Atoi", s, e); return 0; }
      return std::ldexp(f, static_cast<int>(std::clamp<int64_t>(m, -100000, 100000)));
    }
    double f;
    NumErr e = parse_float(s, bits, &f);
    if (e != NumErr::None) { fail_num("ParseFloat", s, e); return 0; }
    return f;
  }
  double scan_float(int32_t verb, int bits) {
    if (!ok_verb(verb, "beEfFgGv", bits == 32 ? "float32" : "float64")) return 0;
    skip_space();
    not_eof();
    std::string tok = float_token();
    return convert_float(tok, bits);
  }
  std::string quoted_string() {
    not_eof();
    int32_t q = get_rune();
    if (q == '`') {
      for (;;) {
        int32_t r = must_read();
        if (stopped() || r == q) break;
        encode_rune(buf, r);
      }
      return buf;
    }
    if (q == '"') {
      buf.push_back('"');
      for (;;) {
        int32_t r = must_read();
        if (stopped()) break;
        encode_rune(buf, r);
        if (r == '\\') {
          int32_t r2 = must_read();
          if (stopped()) break;
          encode_rune(buf, r2);
        } else if (r == '"') {
          break;
        }
      }
      if (stopped()) return "";
      std::string out;
      if (!unquote(buf, &out)) { fail("invalid syntax"); return ""; }
      return out;
    }
    fail("expected quoted string");
    return "";
  }
  static int hex_digit(int32_t r) {
    if (r >= '0' && r <= '9') return r - '0';
    if (r >= 'a' && r <= 'f') return 10 + r - 'a';
    if (r >= 'A' && r <= 'F') return 10 + r - 'A';
    return -1;
  }
  std::string hex_string() {
    not_eof();
    for (;;) {
      int32_t r1 = get_rune();
      if (r1 == kEof) break;
      int v1 = hex_digit(r1);
      if (v1 < 0) { unread(); break; }
      int v2 = hex_digit(must_read());
      if (stopped()) break;
      if (v2 < 0) { fail("illegal hex digit"); break; }
      buf.push_back(static_cast<char>(v1 << 4 | v2));
    }
    if (!stopped() && buf.empty()) fail("no hex data for %x string");
    return buf;
  }
  std::string convert_string(int32_t verb) {
    if (!ok_verb(verb, "svqxX", "string")) return "";
    skip_space();
    not_eof();
    if (verb == 'q') return quoted_string();
    if (verb == 'x' || verb == 'X') return hex_string();
    skip_space();
    for (;;) {
      int32_t r = get_rune();
      if (r == kEof) break;
      if (is_space(r)) { unread(); break; }
      encode_rune(buf, r);
    }
    return buf;
  }

  static int bits_of(Kind k) {
    switch (k) {
      case Kind::Int8: case Kind::Uint8: return 8;
      case Kind::Int16: case Kind::Uint16: return 16;
      case Kind::Int32: case Kind::Uint32: case Kind::Float32: return 32;
      default: return 64;
    }
  }

  // One operand (Go's scanOne): target is an `any` holding a pointer.
  void scan_one(int32_t verb, Obj* target) {
    buf.clear();
    const TypeDesc* t = vm::iface_type(target);
    if (!t || t->kind != Kind::Pointer) {
      fail("type not a pointer: " + (t ? t->str : std::string("<nil>")));
      return;
    }
    const TypeDesc* e = t->elem;
    Obj* ref = vm::iface_data(target).o;
    Value* slot = ref_slot(ref);
    // &b[i] of a compact []byte has no Value slot: scan into a temporary, store the byte after.
    Value tmp{};
    bool via_tmp = !slot && ref && e->kind == Kind::Uint8;
    if (via_tmp) {
      vm::Fault f;
      vm::ref_load(ref, &tmp, f);  // a failed scan stores the byte back unchanged
      slot = &tmp;
    }
    struct StoreBack {
      bool on; Obj* ref; Value* v;
      ~StoreBack() { if (on) { vm::Fault f; vm::ref_store(ref, *v, f); } }
    } store_back{via_tmp && store_, ref, &tmp};
    bool scalar = e->kind == Kind::Bool || e->is_integer() || e->is_float() || e->kind == Kind::String ||
                  (e->kind == Kind::Slice && e->elem && e->elem->kind == Kind::Uint8);
    if (!scalar || (!slot && store_)) {
      store_back.on = false;
      fail("can't scan type: " + t->str);
      return;
    }
    if (e->kind == Kind::Bool) {
      bool b = scan_bool(verb);
      if (!stopped() && store_) slot->i = b ? 1 : 0;
    } else if (e->is_unsigned()) {
      uint64_t u = scan_uint(verb, bits_of(e->kind));
      if (!stopped() && store_) slot->u = u;
    } else if (e->is_integer()) {
      int64_t i = scan_int(verb, bits_of(e->kind));
      if (!stopped() && store_) slot->i = i;
    } else if (e->is_float()) {
      double f = scan_float(verb, bits_of(e->kind));
      if (!stopped() && store_) slot->f = e->kind == Kind::Float32 ? static_cast<double>(static_cast<float>(f)) : f;
    } else if (e->kind == Kind::String) {
      std::string s = convert_string(verb);
      if (!stopped() && store_) slot->o = new_string(s);
    } else {
      std::string s = convert_string(verb);
      if (!stopped() && store_) slot->o = make_bytes(s);
    }
  }

 private:
  std::string_view d_;
  size_t pos_ = 0, hi_ = 0, last_ = 0;
  bool src_eof_;
  bool store_;
  bool at_eof_ = false;
  int64_t count_ = 0;
};

// Go's ss.advance: matches the literal text and spaces of the format up to the next verb.
// Returns the bytes of format used; -1 when the input does not match a literal.
int64_t advance(Scanner& s, std::string_view f) {
  size_t i = 0;
  while (i < f.size()) {
    if (s.stopped()) return 0;
    int w;
    int32_t fc = decode_rune(f.substr(i), &w);
    if (is_space(fc)) {
      int newlines = 0;
      bool trailing = false;
      while (is_space(fc) && i < f.size()) {
        if (fc == '\n') { ++newlines; trailing = false; }
        else trailing = true;
        i += static_cast<size_t>(w);
        if (i < f.size()) fc = decode_rune(f.substr(i), &w);
        else fc = kEof;
      }
      for (int j = 0; j < newlines; ++j) {
        int32_t in = s.get_rune();
        while (is_space(in) && in != '\n') in = s.get_rune();
        if (in != '\n' && in != kEof) s.fail("newline in format does not match input");
      }
      if (trailing) {
        int32_t in = s.get_rune();
        if (newlines == 0) {
          if (!is_space(in) && in != kEof) s.fail("expected space in input to match format");
          if (in == '\n') s.fail("newline in input does not match format");
        }
        while (is_space(in) && in != '\n') in = s.get_rune();
        if (in != kEof) s.unread();
      }
      continue;
    }
    if (fc == '%') {
      if (i + static_cast<size_t>(w) == f.size()) {
        s.fail("missing verb: % at end of format string");
        return 0;
      }
      if (f[i + static_cast<size_t>(w)] != '%') return static_cast<int64_t>(i);
      i += static_cast<size_t>(w);
    }
    int32_t in = s.must_read();
    if (s.stopped()) return static_cast<int64_t>(i);
    if (fc != in) {
      s.unread();
      return -1;
    }
    i += static_cast<size_t>(w);
  }
  return static_cast<int64_t>(i);
}

void do_scanf(Scanner& s, std::string_view format, Value* a, int64_t n, int64_t* processed) {
  size_t i = 0, end = format.size();
  while (i < end && !s.stopped()) {
    int64_t w = advance(s, format.substr(i));
    if (s.stopped()) return;
    if (w > 0) { i += static_cast<size_t>(w); continue; }
    if (format[i] != '%') {
      if (w < 0) s.fail("input does not match format");
      break;
    }
    ++i;
    int64_t wid = 0;
    bool wid_present = false;
    while (i < end && format[i] >= '0' && format[i] <= '9') {
      wid_present = true;
      if (wid < 1000000000) wid = wid * 10 + (format[i] - '0');
      ++i;
    }
    if (!wid_present) wid = kHuge;
    int vw = 1;
    int32_t c = i < end ? decode_rune(format.substr(i), &vw) : kEof;
    size_t verb_at = i;
    i += static_cast<size_t>(vw);
    if (c != 'c') s.skip_space();
    if (c == '%') {
      s.skip_space();
      s.not_eof();
      if (!s.accept("%")) s.fail("missing literal %");
      continue;
    }
    s.arg_limit = std::min(kHuge, s.count() + wid);
    if (*processed >= n) {
      s.fail("too few operands for format '%" + std::string(format.substr(verb_at)) + "'");
      break;
    }
    s.scan_one(c, a[*processed].o);
    if (s.stopped()) return;
    ++*processed;
    s.arg_limit = kHuge;
  }
  if (*processed < n) s.fail("too many operands");
}

}  // namespace

ScanResult fmt_scan_run(std::string_view data, bool at_eof, bool lossy, ScanMode mode,
                        std::string_view format, const Obj* targets, bool store) {
  Scanner s(data, at_eof, store);
  s.nl_is_space = mode == ScanMode::Scan;
  s.nl_is_end = mode == ScanMode::Scanln;
  int64_t n;
  Value* a = slice_data(targets, &n);
  int64_t processed = 0;
  if (mode == ScanMode::Scanf) {
    do_scanf(s, format, a, n, &processed);
  } else {
    for (int64_t k = 0; k < n && !s.stopped(); ++k) {
      s.scan_one('v', a[k].o);
      if (!s.stopped()) ++processed;
    }
    if (s.nl_is_end && !s.stopped()) {
      for (;;) {
        int32_t r = s.get_rune();
        if (r == '\n' || r == kEof) break;
        if (!is_space(r)) { s.fail("expected newline"); break; }
      }
    }
  }
  ScanResult res;
  res.need_more = s.need_more;
  res.consumed = lossy ? s.hi() : s.pos();
  res.count = processed;
  if (store) res.err = s.error_value();
  return res;
}

}  // namespace gort::stdlib
