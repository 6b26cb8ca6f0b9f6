// engine/stdlib/strconv_impl.cpp — ports of Go 1.19's unicode/utf8, strconv/quote.go,
// ftoa.go (digit generation by the C library's exactly rounded printf, then Go's own
// %e/%f/%g layout rules), itoa.go and atoi.go/atof.go. See strconv_impl.h.
#include "stdlib/strconv_impl.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cctype>
#include <cstdlib>

namespace gort::stdlib {
namespace tables {
extern const uint16_t isPrint16[];
extern const uint16_t isNotPrint16[];
extern const uint32_t isPrint32[];
extern const uint16_t isNotPrint32[];
extern const size_t isPrint16_len, isNotPrint16_len, isPrint32_len, isNotPrint32_len;
}  // namespace tables

namespace {
const char kLowerHex[] = "0123456789abcdef";

template <class T>
size_t bsearch_ge(const T* a, size_t n, T x) {
  size_t i = 0, j = n;
  while (i < j) {
    size_t h = i + (j - i) / 2;
    if (a[h] < x) i = h + 1; else j = h;
  }
  return i;
}

// The digits of a finite non-zero |f| and the decimal point position: value = 0.d × 10^dp.
struct Digits {
  std::string d;
  int dp = 0;
};

// Parses printf's "%.*e" output ("1.2345e+06", sign already stripped) into Digits, trimming
// trailing zeros as Go's decimal conversions do.
Digits digits_from_e(const char* buf) {
  Digits out;
  const char* p = buf;
  for (; *p && *p != 'e'; ++p)
    if (*p != '.') out.d += *p;
  int exp = std::atoi(p + 1);
  while (out.d.size() > 1 && out.d.back() == '0') out.d.pop_back();
  out.dp = exp + 1;
  if (out.d == "0") { out.d.clear(); out.dp = 0; }
  return out;
}

// Shortest digits that read back as the same float (float32 when bit_size == 32), as Go's
// ftoa picks them: at each length the correctly rounded decimal, or else its neighbour one unit
// in the last digit away when that one reads back — the interval of decimals that read back
// can hold the neighbour but not the nearest (at a power of two it is lopsided: 2^710 is
// 5.386379163185535e+213 in Go, not the 17 digits of the first length whose nearest fits).
Digits shortest_digits(double f, int bit_size) {
  char buf[64];
  auto reads_back = [&](const char* s) {
    return bit_size == 32 ? std::strtof(s, nullptr) == static_cast<float>(f) : std::strtod(s, nullptr) == f;
  };
  for (int prec = 1; prec <= 17; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*e", prec - 1, f);
    if (reads_back(buf)) break;
    // buf is "d.ddde±x": its digits as an integer m and the exponent of m's last digit.
    uint64_t m = 0;
    const char* p = buf;
    for (; *p && *p != 'e'; ++p)
      if (*p != '.') m = m * 10 + static_cast<uint64_t>(*p - '0');
    int last_exp = std::atoi(p + 1) - (prec - 1);
    for (int delta : {-1, 1}) {
      uint64_t mm = m + static_cast<uint64_t>(static_cast<int64_t>(delta));
      if (mm == 0) continue;
      char cand[64];
      std::snprintf(cand, sizeof cand, "%llue%d", static_cast<unsigned long long>(mm), last_exp);
      if (!reads_back(cand)) continue;
      Digits d;
      d.d = std::to_string(mm);
      d.dp = static_cast<int>(d.d.size()) + last_exp;
      while (d.d.size() > 1 && d.d.back() == '0') d.d.pop_back();
      return d;
    }
  }
  return digits_from_e(buf);
}

Digits fixed_digits(double f, int ndigits) {
  char buf[512];
  std::snprintf(buf, sizeof buf, "%.*e", ndigits - 1, f);
  return digits_from_e(buf);
}

void fmt_e(std::string& dst, const Digits& d, int prec, char fmt) {
  int nd = static_cast<int>(d.d.size());
  dst += nd != 0 ? d.d[0] : '0';
  if (prec > 0) {
    dst += '.';
    int i = 1;
    int m = std::min(nd, prec + 1);
    if (i < m) { dst.append(d.d, i, m - i); i = m; }
    for (; i <= prec; ++i) dst += '0';
  }
  dst += fmt;
  int exp = nd == 0 ? 0 : d.dp - 1;
  char ch = '+';
  if (exp < 0) { ch = '-'; exp = -exp; }
  dst += ch;
  if (exp < 10) { dst += '0'; dst += static_cast<char>('0' + exp); }
  else if (exp < 100) { dst += static_cast<char>('0' + exp / 10); dst += static_cast<char>('0' + exp % 10); }
  else {
    dst += static_cast<char>('0' + exp / 100);
    dst += static_cast<char>('0' + exp / 10 % 10);
    dst += static_cast<char>('0' + exp % 10);
  }
}

void fmt_f(std::string& dst, const Digits& d, int prec) {
  int nd = static_cast<int>(d.d.size());
  if (d.dp > 0) {
    int m = std::min(nd, d.dp);
    dst.append(d.d, 0, m);
    for (; m < d.dp; ++m) dst += '0';
  } else {
    dst += '0';
  }
  if (prec > 0) {
    dst += '.';
    for (int i = 0; i < prec; ++i) {
      int j = d.dp + i;
      dst += (0 <= j && j < nd) ? d.d[j] : '0';
    }
  }
}

int digit_val(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  char l = static_cast<char>(c | 0x20);
  if (l >= 'a' && l <= 'z') return l - 'a' + 10;
  return 99;
}

// strconv.underscoreOK: underscores only between digits or between a base prefix and a digit.
bool underscore_ok(std::string_view s) {
  char saw = '^';
  size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  bool hex = false;
  if (s.size() >= 2 && s[0] == '0') {
    char l = static_cast<char>(s[1] | 0x20);
    if (l == 'b' || l == 'o' || l == 'x') {
      hex = l == 'x';
      i = 2;
      saw = '0';
    }
  }
  for (; i < s.size(); ++i) {
    char c = s[i];
    if ((c >= '0' && c <= '9') || (hex && digit_val(c) < 16)) { saw = '0'; continue; }
    if (c == '_') {
      if (saw != '0') return false;
      saw = '_';
      continue;
    }
    if (saw == '_') return false;
    saw = '!';
  }
  return saw != '_';
}

bool ieq(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if ((a[i] | 0x20) != b[i]) return false;
  return true;
}

}  // namespace

// ---- UTF-8 ----
int32_t decode_last_rune(std::string_view s, int* width) {
  if (s.empty()) { *width = 0; return kRuneError; }
  size_t end = s.size();
  size_t start = end - 1;
  if (static_cast<uint8_t>(s[start]) < 0x80) { *width = 1; return static_cast<uint8_t>(s[start]); }
  size_t lim = end >= 4 ? end - 4 : 0;
  while (start > lim && (static_cast<uint8_t>(s[start]) & 0xC0) == 0x80) --start;
  int w;
  int32_t r = decode_rune(s.substr(start), &w);
  if (start + w != end) { *width = 1; return kRuneError; }
  *width = w;
  return r;
}

bool valid_rune(int32_t r) { return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= 0x10FFFF); }

int rune_len(int32_t r) {
  if (r < 0) return -1;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r >= 0xD800 && r <= 0xDFFF) return -1;
  if (r < 0x10000) return 3;
  if (r <= 0x10FFFF) return 4;
  return -1;
}

void encode_rune(std::string& out, int32_t r) {
  if (!valid_rune(r)) r = kRuneError;
  if (r < 0x80) { out += static_cast<char>(r); return; }
  if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

int64_t rune_count(std::string_view s) {
  int64_t n = 0;
  while (!s.empty()) {
    int w;
    if (static_cast<uint8_t>(s[0]) < 0x80) w = 1; else decode_rune(s, &w);
    s.remove_prefix(w);
    ++n;
  }
  return n;
}

bool valid_utf8(std::string_view s) {
  while (!s.empty()) {
    int w;
    int32_t r = decode_rune(s, &w);
    if (r == kRuneError && w == 1) return false;
    s.remove_prefix(w);
  }
  return true;
}

// ---- quoting ----
bool is_print(int32_t r) {
  using namespace tables;
  if (r <= 0xFF) {
    if (0x20 <= r && r <= 0x7E) return true;
    if (0xA1 <= r && r <= 0xFF) return r != 0xAD;
    return false;
  }
  if (r >= 0 && r < (1 << 16)) {
    uint16_t rr = static_cast<uint16_t>(r);
    size_t i = bsearch_ge(isPrint16, isPrint16_len, rr);
    if (i >= isPrint16_len || rr < isPrint16[i & ~size_t{1}] || isPrint16[i | 1] < rr) return false;
    size_t j = bsearch_ge(isNotPrint16, isNotPrint16_len, rr);
    return j >= isNotPrint16_len || isNotPrint16[j] != rr;
  }
  if (r < 0 || r > 0x10FFFF) return false;
  uint32_t rr = static_cast<uint32_t>(r);
  size_t i = bsearch_ge(isPrint32, isPrint32_len, rr);
  if (i >= isPrint32_len || rr < isPrint32[i & ~size_t{1}] || isPrint32[i | 1] < rr) return false;
  if (r >= 0x20000) return true;
  uint16_t r16 = static_cast<uint16_t>(r - 0x10000);
  size_t j = bsearch_ge(isNotPrint32, isNotPrint32_len, r16);
  return j >= isNotPrint32_len || isNotPrint32[j] != r16;
}

bool can_backquote(std::string_view s) {
  while (!s.empty()) {
    int w;
    int32_t r = decode_rune(s, &w);
    s.remove_prefix(w);
    if (w > 1) {
      if (r == 0xFEFF) return false;
      continue;
    }
    if (r == kRuneError) return false;
    if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
  }
  return true;
}

static void append_escaped_rune(std::string& buf, int32_t r, char q, bool ascii_only) {
  if (r == q || r == '\\') { buf += '\\'; buf += static_cast<char>(r); return; }
  if (ascii_only) {
    if (r < 0x80 && is_print(r)) { buf += static_cast<char>(r); return; }
  } else if (is_print(r)) {
    encode_rune(buf, r);
    return;
  }
  switch (r) {
    case '\a': buf += "\\a"; return;
    case '\b': buf += "\\b"; return;
    case '\f': buf += "\\f"; return;
    case '\n': buf += "\\n"; return;
    case '\r': buf += "\\r"; return;
    case '\t': buf += "\\t"; return;
    case '\v': buf += "\\v"; return;
    default: break;
  }
  if (r < ' ' || r == 0x7F) {
    buf += "\\x";
    buf += kLowerHex[(r >> 4) & 0xF];
    buf += kLowerHex[r & 0xF];
    return;
  }
  if (!valid_rune(r)) r = 0xFFFD;
  if (r < 0x10000) {
    buf += "\\u";
    for (int s = 12; s >= 0; s -= 4) buf += kLowerHex[(r >> s) & 0xF];
  } else {
    buf += "\\U";
    for (int s = 28; s >= 0; s -= 4) buf += kLowerHex[(r >> s) & 0xF];
  }
}

std::string quote(std::string_view s, bool ascii_only) {
  std::string buf;
  buf.reserve(s.size() + 2);
  buf += '"';
  while (!s.empty()) {
    int w = 1;
    int32_t r = static_cast<uint8_t>(s[0]);
    if (r >= 0x80) r = decode_rune(s, &w);
    if (w == 1 && r == kRuneError) {
      buf += "\\x";
      buf += kLowerHex[static_cast<uint8_t>(s[0]) >> 4];
      buf += kLowerHex[static_cast<uint8_t>(s[0]) & 0xF];
      s.remove_prefix(1);
      continue;
    }
    append_escaped_rune(buf, r, '"', ascii_only);
    s.remove_prefix(w);
  }
  buf += '"';
  return buf;
}

std::string quote_rune(int32_t r, bool ascii_only) {
  if (!valid_rune(r)) r = kRuneError;
  std::string buf = "'";
  append_escaped_rune(buf, r, '\'', ascii_only);
  buf += '\'';
  return buf;
}

// strconv.UnquoteChar for one escape or character; false on error.
static bool unquote_char(std::string_view& s, char q, std::string& out) {
  uint8_t c = static_cast<uint8_t>(s[0]);
  if (c == static_cast<uint8_t>(q) && (q == '\'' || q == '"')) return false;
  if (c >= 0x80) {
    int w;
    int32_t r = decode_rune(s, &w);
    encode_rune(out, r);
    s.remove_prefix(w);
    return true;
  }
  if (c != '\\') { out += static_cast<char>(c); s.remove_prefix(1); return true; }
  if (s.size() <= 1) return false;
  char e = s[1];
  s.remove_prefix(2);
  switch (e) {
    case 'a': out += '\a'; return true;
    case 'b': out += '\b'; return true;
    case 'f': out += '\f'; return true;
    case 'n': out += '\n'; return true;
    case 'r': out += '\r'; return true;
    case 't': out += '\t'; return true;
    case 'v': out += '\v'; return true;
    case 'x': case 'u': case 'U': {
      int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      if (s.size() < static_cast<size_t>(n)) return false;
      int32_t v = 0;
      for (int j = 0; j < n; ++j) {
        int d = digit_val(s[j]);
        if (d >= 16) return false;
        v = v * 16 + d;
      }
      s.remove_prefix(n);
      if (e == 'x') { out += static_cast<char>(v); return true; }
      if (!valid_rune(v)) return false;
      encode_rune(out, v);
      return true;
    }
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      int32_t v = e - '0';
      if (s.size() < 2) return false;
      for (int j = 0; j < 2; ++j) {
        int d = s[j] - '0';
        if (d < 0 || d > 7) return false;
        v = v * 8 + d;
      }
      s.remove_prefix(2);
      if (v > 255) return false;
      out += static_cast<char>(v);
      return true;
    }
    case '\\': out += '\\'; return true;
    case '\'': case '"':
      if (e != q) return false;
      out += e;
      return true;
    default: return false;
  }
}

bool unquote(std::string_view s, std::string* out) {
  if (s.size() < 2) return false;
  char q = s[0];
  if (q != s.back()) return false;
  std::string_view in = s.substr(1, s.size() - 2);
  out->clear();
  if (q == '`') {
    if (in.find('`') != std::string_view::npos) return false;
    for (char c : in) if (c != '\r') *out += c;
    return true;
  }
  if (q != '"' && q != '\'') return false;
  if (in.find('\n') != std::string_view::npos) return false;
  while (!in.empty()) {
    if (!unquote_char(in, q, *out)) return false;
    if (q == '\'' && !in.empty()) return false;
  }
  if (q == '\'' && out->empty()) return false;
  return true;
}

// ---- numbers ----
std::string format_uint(uint64_t u, int base) {
  static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  if (u == 0) return "0";
  char buf[65];
  int i = 65;
  while (u > 0) { buf[--i] = digits[u % base]; u /= base; }
  return std::string(buf + i, 65 - i);
}

std::string format_int(int64_t v, int base) {
  if (v < 0) return "-" + format_uint(0 - static_cast<uint64_t>(v), base);
  return format_uint(static_cast<uint64_t>(v), base);
}

std::string format_float(double f, char fmt, int prec, int bit_size) {
  if (bit_size == 32) f = static_cast<float>(f);
  if (std::isnan(f)) return "NaN";
  if (std::isinf(f)) return f > 0 ? "+Inf" : "-Inf";
  std::string dst;
  bool neg = std::signbit(f);
  double a = std::fabs(f);
  if (neg) dst += '-';
  char lower = static_cast<char>(fmt | 0x20);
  if (fmt == 'b') {
    // mantissa "p" binary exponent, as strconv's fmtB.
    int exp;
    double m = std::frexp(a, &exp);
    int mbits = bit_size == 32 ? 24 : 53;
    uint64_t mant = a == 0 ? 0 : static_cast<uint64_t>(std::ldexp(m, mbits));
    // (Subnormals print normalized here; Go prints their raw mantissa.)
    int e = a == 0 ? (bit_size == 32 ? -149 : -1074) : exp - mbits;
    dst += std::to_string(mant);
    dst += 'p';
    if (e >= 0) dst += '+';
    dst += std::to_string(e);
    return dst;
  }
  if (lower == 'x') {
    // %x: C's %a digits with Go's two-digit exponent and an explicit precision if given.
    char buf[128];
    if (prec < 0) std::snprintf(buf, sizeof buf, "%a", a);
    else std::snprintf(buf, sizeof buf, "%.*a", prec, a);
    std::string h = buf;
    size_t p = h.find('p');
    std::string mant = h.substr(0, p), ex = h.substr(p + 1);
    if (a == 0) mant = prec > 0 ? "0x0." + std::string(prec, '0') : "0x0";
    char sign = ex[0] == '-' ? '-' : '+';
    std::string digits = (ex[0] == '-' || ex[0] == '+') ? ex.substr(1) : ex;
    if (a == 0) digits = "0";
    if (digits.size() < 2) digits.insert(0, 2 - digits.size(), '0');
    std::string out = mant + "p" + sign + digits;
    if (fmt == 'X')
      for (char& ch : out) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    dst += out;
    return dst;
  }
  if (lower != 'e' && lower != 'f' && lower != 'g') {
    dst = "%";
    dst += fmt;
    return dst;
  }
  bool shortest = prec < 0;
  Digits d;
  if (shortest) {
    if (a != 0) d = shortest_digits(a, bit_size);
    int nd = static_cast<int>(d.d.size());
    if (lower == 'e') prec = std::max(nd - 1, 0);
    else if (lower == 'f') prec = std::max(nd - d.dp, 0);
    else prec = nd;
  } else if (fmt == 'f') {
    // Fixed decimals: printf rounds exactly as Go's big-decimal path does.
    char buf[400];
    int n = std::snprintf(buf, sizeof buf, "%.*f", prec > 300 ? 300 : prec, a);
    dst.append(buf, n);
    return dst;
  } else {
    int digits = prec;
    if (lower == 'e') digits++;
    else {
      if (prec == 0) prec = 1;
      digits = prec;
    }
    if (a != 0) d = fixed_digits(a, digits > 500 ? 500 : digits);
  }
  int nd = static_cast<int>(d.d.size());
  if (lower == 'e') { fmt_e(dst, d, prec, fmt); return dst; }
  if (lower == 'f') { fmt_f(dst, d, prec); return dst; }
  int eprec = prec;
  if (eprec > nd && nd >= d.dp) eprec = nd;
  if (shortest) eprec = 6;
  int exp = d.dp - 1;
  if (a != 0 && (exp < -4 || exp >= eprec)) {
    if (prec > nd) prec = nd;
    fmt_e(dst, d, prec - 1, static_cast<char>(fmt + 'e' - 'g'));
    return dst;
  }
  if (prec > d.dp) prec = nd;
  fmt_f(dst, d, std::max(prec - d.dp, 0));
  return dst;
}

NumErr parse_uint(std::string_view s, int base, int bit_size, uint64_t* out) {
  *out = 0;
  if (s.empty()) return NumErr::Syntax;
  bool base0 = base == 0;
  std::string_view s0 = s;
  if (base == 0) {
    base = 10;
    if (s[0] == '0') {
      char l = s.size() >= 3 ? static_cast<char>(s[1] | 0x20) : 0;
      if (l == 'b') { base = 2; s.remove_prefix(2); }
      else if (l == 'o') { base = 8; s.remove_prefix(2); }
      else if (l == 'x') { base = 16; s.remove_prefix(2); }
      else { base = 8; s.remove_prefix(1); }
    }
  } else if (base < 2 || base > 36) {
    return NumErr::Base;
  }
  if (bit_size == 0) bit_size = 64;
  else if (bit_size < 0 || bit_size > 64) return NumErr::BitSize;
  uint64_t cutoff = UINT64_MAX / static_cast<uint64_t>(base) + 1;
  uint64_t max_val = bit_size == 64 ? UINT64_MAX : (uint64_t{1} << bit_size) - 1;
  bool underscores = false;
  uint64_t n = 0;
  for (char c : s) {
    if (c == '_' && base0) { underscores = true; continue; }
    int d = digit_val(c);
    if (d >= base) return NumErr::Syntax;
    if (n >= cutoff) { *out = max_val; return NumErr::Range; }
    n *= static_cast<uint64_t>(base);
    uint64_t n1 = n + static_cast<uint64_t>(d);
    if (n1 < n || n1 > max_val) { *out = max_val; return NumErr::Range; }
    n = n1;
  }
  if (underscores && !underscore_ok(s0)) return NumErr::Syntax;
  *out = n;
  return NumErr::None;
}

NumErr parse_int(std::string_view s, int base, int bit_size, int64_t* out) {
  *out = 0;
  if (s.empty()) return NumErr::Syntax;
  bool neg = false;
  if (s[0] == '+') s.remove_prefix(1);
  else if (s[0] == '-') { neg = true; s.remove_prefix(1); }
  uint64_t un;
  NumErr e = parse_uint(s, base, bit_size, &un);
  if (e != NumErr::None && e != NumErr::Range) return e;
  if (bit_size == 0) bit_size = 64;
  uint64_t cutoff = uint64_t{1} << (bit_size - 1);
  if (!neg && un >= cutoff) { *out = static_cast<int64_t>(cutoff - 1); return NumErr::Range; }
  if (neg && un > cutoff) { *out = -static_cast<int64_t>(cutoff); return NumErr::Range; }
  *out = neg ? static_cast<int64_t>(0 - un) : static_cast<int64_t>(un);
  return NumErr::None;
}

NumErr parse_float(std::string_view s, int bit_size, double* out) {
  *out = 0;
  std::string t;
  t.reserve(s.size());
  size_t i = 0;
  bool neg = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) { neg = s[i] == '-'; ++i; }
  std::string_view rest = s.substr(i);
  if (ieq(rest, "inf") || ieq(rest, "infinity")) { *out = neg ? -INFINITY : INFINITY; return NumErr::None; }
  if (ieq(rest, "nan") && i == 0) { *out = NAN; return NumErr::None; }
  // Validate Go's grammar (decimal or hex mantissa, optional exponent, '_' between digits
  // only with a base prefix... accepted here when underscore_ok) before handing to strtod.
  bool hex = rest.size() >= 2 && rest[0] == '0' && (rest[1] | 0x20) == 'x';
  size_t j = hex ? 2 : 0;
  bool digits = false, underscores = false;
  for (; j < rest.size(); ++j) {
    char c = rest[j];
    if (c == '_') { underscores = true; continue; }
    if (hex ? digit_val(c) < 16 : (c >= '0' && c <= '9')) { digits = true; continue; }
    break;
  }
  if (j < rest.size() && rest[j] == '.') {
    ++j;
    for (; j < rest.size(); ++j) {
      char c = rest[j];
      if (c == '_') { underscores = true; continue; }
      if (hex ? digit_val(c) < 16 : (c >= '0' && c <= '9')) { digits = true; continue; }
      break;
    }
  }
  if (!digits) return NumErr::Syntax;
  if (j < rest.size() && (rest[j] | 0x20) == (hex ? 'p' : 'e')) {
    ++j;
    if (j < rest.size() && (rest[j] == '+' || rest[j] == '-')) ++j;
    bool ed = false;
    for (; j < rest.size() && ((rest[j] >= '0' && rest[j] <= '9') || rest[j] == '_'); ++j) ed = true;
    if (!ed) return NumErr::Syntax;
  } else if (hex) {
    return NumErr::Syntax;  // hex floats need a 'p' exponent
  }
  if (j != rest.size()) return NumErr::Syntax;
  if (underscores && !underscore_ok(s)) return NumErr::Syntax;
  for (char c : s) if (c != '_') t += c;
  errno = 0;
  double v;
  if (bit_size == 32) {
    float fv = std::strtof(t.c_str(), nullptr);
    v = fv;
  } else {
    v = std::strtod(t.c_str(), nullptr);
  }
  *out = v;
  if (std::isinf(v)) return NumErr::Range;
  return NumErr::None;
}

}  // namespace gort::stdlib
