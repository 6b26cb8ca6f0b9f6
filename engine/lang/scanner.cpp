// engine/lang/scanner.cpp — Go scanner (see scanner.h). Follows cmd/compile/internal/syntax
// scanner.go for token rules and error wording.
#include "lang/scanner.h"

#include <cstdio>
#include <cstring>

#include "text/utf8.h"

namespace gort::lang {

void append_utf8(std::string& s, uint32_t r) {
  if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
  if (r < 0x80) {
    s += char(r);
  } else if (r < 0x800) {
    s += char(0xC0 | (r >> 6));
    s += char(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    s += char(0xE0 | (r >> 12));
    s += char(0x80 | ((r >> 6) & 0x3F));
    s += char(0x80 | (r & 0x3F));
  } else {
    s += char(0xF0 | (r >> 18));
    s += char(0x80 | ((r >> 12) & 0x3F));
    s += char(0x80 | ((r >> 6) & 0x3F));
    s += char(0x80 | (r & 0x3F));
  }
}

int32_t decode_utf8(std::string_view s, size_t i, int* len) {
  // Past the end: 0 with width 1 (callers test for the end first; Go's decoder says U+FFFD, 0).
  if (i >= s.size()) { *len = 1; return 0; }
  return text::decode_rune(s.substr(i), len);
}

Scanner::Scanner(std::string_view src, std::vector<Diagnostic>* errs) : src_(src), errs_(errs) {
  // A leading BOM is ignored, as gc does.
  if (src_.size() >= 3 && (unsigned char)src_[0] == 0xEF && (unsigned char)src_[1] == 0xBB &&
      (unsigned char)src_[2] == 0xBF)
    off_ = 3;
  for (size_t i = off_; i < src_.size();) {
    unsigned char c = (unsigned char)src_[i];
    if (c == 0) {
      bad_.push_back({i, 1, "invalid NUL character"});
      i++;
      continue;
    }
    if (c < 0x80) {
      i++;
      continue;
    }
    int w;
    int32_t r = text::decode_rune(src_.substr(i), &w);
    if (r == text::kRuneError && w == 1) bad_.push_back({i, 1, "invalid UTF-8 encoding"});
    else if (r == 0xFEFF) bad_.push_back({i, w, "invalid BOM in the middle of the file"});
    i += size_t(w);
  }
  // A bad character at the very start is skipped by the first next(): errs may not be
  // constructed yet (the parser's member order) and errors belong to the scan anyway.
}

void Scanner::advance() {
  if (off_ >= src_.size()) return;
  if (src_[off_] == '\n') {
    line_++;
    col_ = 1;
  } else {
    col_++;
  }
  off_++;
  if (bad_next_ < bad_.size()) skip_bad();
}

// gc's source.nextch: the character is reported and skipped, its bytes still count as columns.
void Scanner::skip_bad() {
  while (bad_next_ < bad_.size() && bad_[bad_next_].off < off_) bad_next_++;
  while (bad_next_ < bad_.size() && bad_[bad_next_].off == off_) {
    const BadChar& b = bad_[bad_next_];
    if (bad_next_ >= bad_reported_) {
      error(Pos{line_, col_}, b.msg);
      bad_reported_ = bad_next_ + 1;
    }
    col_ += b.width;
    off_ += size_t(b.width);
    bad_next_++;
  }
}

void Scanner::error(Pos p, std::string msg) {
  if (errs_) errs_->push_back({p, std::move(msg)});
}

void Scanner::note_comment(std::string_view text) {
  // "//go:build go1.21" before the package clause lowers the language version. Only the
  // simple single-term form is understood (a documented limitation).
  if (seen_token_) return;
  const std::string_view pfx = "//go:build ";
  if (text.substr(0, pfx.size()) != pfx) return;
  std::string_view rest = text.substr(pfx.size());
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  if (rest.substr(0, 4) != "go1.") return;
  rest.remove_prefix(4);
  int n = 0;
  size_t k = 0;
  while (k < rest.size() && rest[k] >= '0' && rest[k] <= '9' && n < 1000) n = n * 10 + (rest[k++] - '0');
  if (k > 0) build_go_minor_ = n;
}

// gc's pragma test: "//go:embed" alone or followed by a space (a tab makes another, unknown
// directive). Its position is after the "//", as gc's pragma handler is given.
void Scanner::note_embed(size_t start) {
  std::string_view text = src_.substr(start + 2, off_ - start - 2);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  constexpr std::string_view kw = "go:embed";
  if (text.substr(0, kw.size()) != kw || (text.size() > kw.size() && text[kw.size()] != ' ')) return;
  size_t b = start;
  while (b > 0 && (src_[b - 1] == ' ' || src_[b - 1] == '\t')) b--;
  bool line_start = b == 0 || src_[b - 1] == '\n';
  // The comment ends at off_ on line line_; it has no newline inside, so its column is known.
  int col = col_ - int(off_ - start) + 2;
  embeds_.push_back({Pos{line_, col}, line_start, std::string(text)});
}

void Scanner::skip_space_and_comments(bool& newline_seen, Pos& nl_pos) {
  for (;;) {
    char c = peek();
    if (c == ' ' || c == '\t' || c == '\r') {
      advance();
    } else if (c == '\n') {
      if (!newline_seen) nl_pos = Pos{line_, col_};
      newline_seen = true;
      if (insert_semi_) return;  // the caller turns this newline into ";"
      advance();
    } else if (c == '/' && peek(1) == '/') {
      size_t start = off_;
      while (off_ < src_.size() && src_[off_] != '\n') advance();
      if (comments_) comments_->push_back({start, off_});
      note_comment(src_.substr(start, off_ - start));
      note_embed(start);
    } else if (c == '/' && peek(1) == '*') {
      Pos p{line_, col_};
      size_t cstart = off_;
      advance();
      advance();
      bool closed = false, had_nl = false;
      Pos first_nl;
      while (off_ < src_.size()) {
        if (src_[off_] == '*' && peek(1) == '/') {
          advance();
          advance();
          closed = true;
          break;
        }
        if (src_[off_] == '\n' && !had_nl) {
          had_nl = true;
          first_nl = Pos{line_, col_};
        }
        advance();
      }
      if (!closed) {
        error(p, "comment not terminated");
        return;
      }
      if (comments_) comments_->push_back({cstart, off_});
      // A general comment containing a newline acts like a newline.
      if (had_nl) {
        if (!newline_seen) nl_pos = first_nl;
        newline_seen = true;
        if (insert_semi_) return;
      }
    } else {
      return;
    }
  }
}

static bool is_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80; }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

struct Kw {
  const char* s;
  Tok t;
};
static const Kw kKeywords[] = {
    {"break", Tok::Break}, {"case", Tok::Case}, {"chan", Tok::Chan}, {"const", Tok::Const},
    {"continue", Tok::Continue}, {"default", Tok::Default}, {"defer", Tok::Defer},
    {"else", Tok::Else}, {"fallthrough", Tok::Fallthrough}, {"for", Tok::For}, {"func", Tok::Func},
    {"go", Tok::Go}, {"goto", Tok::Goto}, {"if", Tok::If}, {"import", Tok::Import},
    {"interface", Tok::Interface}, {"map", Tok::Map}, {"package", Tok::Package},
    {"range", Tok::Range}, {"return", Tok::Return}, {"select", Tok::Select},
    {"struct", Tok::Struct}, {"switch", Tok::Switch}, {"type", Tok::Type}, {"var", Tok::Var},
};

Token Scanner::next() {
  if (bad_next_ < bad_.size() && bad_[bad_next_].off <= off_) skip_bad();
  bool newline_seen = false;
  Pos nl_pos;
  skip_space_and_comments(newline_seen, nl_pos);
  Token t;
  if (newline_seen && insert_semi_) {
    insert_semi_ = false;
    t.tok = Tok::Semicolon;
    t.pos = nl_pos;
    t.lit = "newline";
    return t;
  }
  t.pos = Pos{line_, col_};
  if (off_ >= src_.size()) {
    if (insert_semi_) {
      insert_semi_ = false;
      t.tok = Tok::Semicolon;
      t.lit = "EOF";
      return t;
    }
    t.tok = Tok::EOF_;
    return t;
  }
  seen_token_ = true;
  unsigned char c = (unsigned char)peek();
  size_t start = off_;
  insert_semi_ = false;
  if (is_letter(c)) {
    while (off_ < src_.size()) {
      unsigned char d = (unsigned char)src_[off_];
      if (d >= 0x80) {
        int len;
        (void)decode_utf8(src_, off_, &len);  // valid: the constructor found the invalid ones
        // Accept any non-ASCII letter-ish rune; reject obvious non-letters like U+00A0 later.
        for (int k = 0; k < len; k++) advance();
        continue;
      }
      if (!is_letter(d) && !is_digit(char(d))) break;
      advance();
    }
    t.lit = std::string(src_.substr(start, off_ - start));
    t.tok = Tok::Ident;
    for (const Kw& k : kKeywords) {
      if (t.lit == k.s) {
        t.tok = k.t;
        break;
      }
    }
    insert_semi_ = t.tok == Tok::Ident || t.tok == Tok::Break || t.tok == Tok::Continue ||
                   t.tok == Tok::Fallthrough || t.tok == Tok::Return;
    return t;
  }
  if (is_digit(char(c)) || (c == '.' && is_digit(peek(1)))) {
    scan_number(t);
    insert_semi_ = true;
    return t;
  }
  auto one = [&](Tok k) { advance(); t.tok = k; };
  auto tail = [&](char ch, Tok with, Tok without) {
    advance();
    if (peek() == ch) {
      advance();
      t.tok = with;
    } else {
      t.tok = without;
    }
  };
  switch (c) {
    case '"': scan_string(t); insert_semi_ = true; break;
    case '`': scan_raw_string(t); insert_semi_ = true; break;
    case '\'': scan_char(t); insert_semi_ = true; break;
    case '(': one(Tok::LParen); break;
    case '[': one(Tok::LBrack); break;
    case '{': one(Tok::LBrace); break;
    case ',': one(Tok::Comma); break;
    case ';': one(Tok::Semicolon); t.lit = "semicolon"; break;
    case ')': one(Tok::RParen); insert_semi_ = true; break;
    case ']': one(Tok::RBrack); insert_semi_ = true; break;
    case '}': one(Tok::RBrace); insert_semi_ = true; break;
    case '~': one(Tok::Tilde); break;
    case ':': tail('=', Tok::Define, Tok::Colon); break;
    case '.':
      advance();
      if (peek() == '.' && peek(1) == '.') {
        advance();
        advance();
        t.tok = Tok::Ellipsis;
      } else {
        t.tok = Tok::Period;
      }
      break;
    case '+':
      advance();
      if (peek() == '+') { advance(); t.tok = Tok::Inc; insert_semi_ = true; }
      else if (peek() == '=') { advance(); t.tok = Tok::AddAssign; }
      else t.tok = Tok::Add;
      break;
    case '-':
      advance();
      if (peek() == '-') { advance(); t.tok = Tok::Dec; insert_semi_ = true; }
      else if (peek() == '=') { advance(); t.tok = Tok::SubAssign; }
      else t.tok = Tok::Sub;
      break;
    case '*': tail('=', Tok::MulAssign, Tok::Mul); break;
    case '/': tail('=', Tok::QuoAssign, Tok::Quo); break;
    case '%': tail('=', Tok::RemAssign, Tok::Rem); break;
    case '^': tail('=', Tok::XorAssign, Tok::Xor); break;
    case '=': tail('=', Tok::Eql, Tok::Assign); break;
    case '!': tail('=', Tok::Neq, Tok::Not); break;
    case '|':
      advance();
      if (peek() == '|') { advance(); t.tok = Tok::LOr; }
      else if (peek() == '=') { advance(); t.tok = Tok::OrAssign; }
      else t.tok = Tok::Or;
      break;
    case '&':
      advance();
      if (peek() == '&') { advance(); t.tok = Tok::LAnd; }
      else if (peek() == '^') {
        advance();
        if (peek() == '=') { advance(); t.tok = Tok::AndNotAssign; } else t.tok = Tok::AndNot;
      } else if (peek() == '=') { advance(); t.tok = Tok::AndAssign; }
      else t.tok = Tok::And;
      break;
    case '<':
      advance();
      if (peek() == '-') { advance(); t.tok = Tok::Arrow; }
      else if (peek() == '<') {
        advance();
        if (peek() == '=') { advance(); t.tok = Tok::ShlAssign; } else t.tok = Tok::Shl;
      } else if (peek() == '=') { advance(); t.tok = Tok::Leq; }
      else t.tok = Tok::Lss;
      break;
    case '>':
      advance();
      if (peek() == '>') {
        advance();
        if (peek() == '=') { advance(); t.tok = Tok::ShrAssign; } else t.tok = Tok::Shr;
      } else if (peek() == '=') { advance(); t.tok = Tok::Geq; }
      else t.tok = Tok::Gtr;
      break;
    default: {
      int len;
      int32_t r = decode_utf8(src_, off_, &len);
      char buf[64];
      if (r == 0xFFFD && len == 1) {
        snprintf(buf, sizeof buf, "invalid UTF-8 encoding");
      } else if (r < 0x80 && (r < 0x20 || r == 0x7F)) {
        snprintf(buf, sizeof buf, "invalid character U+%04X", unsigned(r));
      } else {
        snprintf(buf, sizeof buf, "invalid character U+%04X '%.*s'", unsigned(r), len, src_.data() + off_);
      }
      error(t.pos, buf);
      for (int k = 0; k < len; k++) advance();
      t.tok = Tok::Illegal;
      // Keep any pending semicolon state as gc does (it skips the character).
      return next();
    }
  }
  if (t.lit.empty()) t.lit = std::string(src_.substr(start, off_ - start));
  return t;
}

void Scanner::scan_number(Token& t) {
  size_t start = off_;
  bool is_float = false;
  int base = 10;
  char prefix = 0;
  bool invalid_digit_reported = false;
  auto digits = [&](int b) {
    bool any = false;
    while (true) {
      char ch = peek();
      if (ch == '_') { advance(); continue; }
      bool ok = b == 16 ? is_hex(ch) : is_digit(ch);
      if (!ok) break;
      if (b < 10 && (ch - '0') >= b && !invalid_digit_reported) {
        const char* name = b == 8 ? "octal" : "binary";
        error(Pos{line_, col_}, std::string("invalid digit '") + ch + "' in " + name + " literal");
        invalid_digit_reported = true;
      }
      any = true;
      advance();
    }
    return any;
  };
  if (peek() != '.') {
    if (peek() == '0') {
      advance();
      char p = peek() | 0x20;
      if (p == 'x') { advance(); base = 16; prefix = 'x'; }
      else if (p == 'o') { advance(); base = 8; prefix = 'o'; }
      else if (p == 'b') { advance(); base = 2; prefix = 'b'; }
      else { base = 8; prefix = '0'; }
      bool any = digits(base == 8 && prefix == '0' ? 10 : base);
      if (prefix != '0' && !any && peek() != '.') {
        const char* name = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
        error(t.pos, std::string(name) + " literal has no digits");
      }
    } else {
      digits(10);
    }
  }
  if (peek() == '.' && (base == 10 || base == 16 || prefix == '0')) {
    is_float = true;
    advance();
    digits(base == 16 ? 16 : 10);
  }
  char e = peek() | 0x20;
  if ((e == 'e' && base != 16) || (e == 'p' && base == 16)) {
    is_float = true;
    advance();
    if (peek() == '+' || peek() == '-') advance();
    if (!digits(10)) error(t.pos, "exponent has no digits");
  } else if (base == 16 && is_float) {
    error(t.pos, "hexadecimal mantissa requires a 'p' exponent");
  }
  t.lit = std::string(src_.substr(start, off_ - start));
  if (peek() == 'i') {
    advance();
    t.lit += 'i';
    t.tok = Tok::Imag;
    return;
  }
  if (!is_float && prefix == '0') {
    // Legacy octal: check its digits now that we know it is not a float.
    for (size_t k = 1; k < t.lit.size(); k++) {
      if (t.lit[k] == '8' || t.lit[k] == '9') {
        error(Pos{t.pos.line, t.pos.col + int(k)}, std::string("invalid digit '") + t.lit[k] + "' in octal literal");
        break;
      }
    }
  }
  t.tok = is_float ? Tok::Float : Tok::Int;
  t.value = t.lit;
}

// Decodes one escape after the backslash. Returns false (after reporting) on a bad escape.
bool Scanner::scan_escape(char quote, std::string& out, int32_t* rune_out) {
  Pos p{line_, col_ - 1};
  char c = peek();
  uint32_t r = 0;
  int n = 0, base = 0;
  uint32_t max = 0;
  switch (c) {
    case 'a': r = 7; break;
    case 'b': r = 8; break;
    case 'f': r = 12; break;
    case 'n': r = 10; break;
    case 'r': r = 13; break;
    case 't': r = 9; break;
    case 'v': r = 11; break;
    case '\\': r = '\\'; break;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
      n = 3; base = 8; max = 255; break;
    case 'x': advance(); n = 2; base = 16; max = 255; break;
    case 'u': advance(); n = 4; base = 16; max = 0x10FFFF; break;
    case 'U': advance(); n = 8; base = 16; max = 0x10FFFF; break;
    default:
      if (c == quote) { r = uint32_t(quote); break; }
      if (c == '\0' && off_ >= src_.size()) return false;  // unterminated; reported by caller
      error(p, "unknown escape");
      return false;
  }
  if (n == 0) {
    advance();
    if (rune_out) *rune_out = int32_t(r);
    out += char(r);
    return true;
  }
  for (int k = 0; k < n; k++) {
    char d = peek();
    int v = is_digit(d) ? d - '0' : (d | 0x20) >= 'a' && (d | 0x20) <= 'f' ? (d | 0x20) - 'a' + 10 : 99;
    if (v >= base) {
      if (off_ >= src_.size()) return false;
      error(Pos{line_, col_}, std::string("invalid character ") +
                                  (d == '\n' ? "'\\n'" : std::string("'") + d + "'") + " in " +
                                  (base == 8 ? "octal" : "hexadecimal") + " escape");
      return false;
    }
    r = r * uint32_t(base) + uint32_t(v);
    advance();
  }
  if (r > max && base == 8) {
    error(p, "octal escape value " + std::to_string(r) + " > 255");
    return false;
  }
  if (r > max || (r >= 0xD800 && r < 0xE000 && max > 255)) {
    error(p, "escape is invalid Unicode code point U+" + [&] {
      char b[16];
      snprintf(b, sizeof b, "%04X", r);
      return std::string(b);
    }());
    return false;
  }
  if (rune_out) *rune_out = int32_t(r);
  if (max == 255) out += char(r);  // \x and octal are bytes
  else append_utf8(out, r);
  return true;
}

void Scanner::scan_string(Token& t) {
  size_t start = off_;
  advance();
  for (;;) {
    if (off_ >= src_.size()) {
      error(t.pos, "string literal not terminated");
      break;
    }
    char c = peek();
    if (c == '"') {
      advance();
      break;
    }
    if (c == '\n') {
      error(Pos{line_, col_}, "newline in string");  // gc: at the newline
      break;
    }
    if (c == '\\') {
      advance();
      scan_escape('"', t.value, nullptr);
      continue;
    }
    t.value += c;
    advance();
  }
  t.tok = Tok::String;
  t.lit = std::string(src_.substr(start, off_ - start));
}

void Scanner::scan_raw_string(Token& t) {
  size_t start = off_;
  advance();
  for (;;) {
    if (off_ >= src_.size()) {
      error(t.pos, "string literal not terminated");
      break;
    }
    char c = peek();
    advance();
    if (c == '`') break;
    if (c != '\r') t.value += c;
  }
  t.tok = Tok::String;
  t.lit = std::string(src_.substr(start, off_ - start));
}

void Scanner::scan_char(Token& t) {
  size_t start = off_;
  advance();
  int n = 0;
  bool ok = true;
  for (;;) {
    if (off_ >= src_.size()) {
      if (ok) error(t.pos, "rune literal not terminated");
      ok = false;
      break;
    }
    char c = peek();
    if (c == '\'') {
      if (ok && n == 0) {
        error(Pos{line_, col_}, "empty rune literal or unescaped '");  // gc: at the quote
        ok = false;
      }
      advance();
      break;
    }
    if (c == '\n') {
      if (ok) error(Pos{line_, col_}, "newline in rune literal");  // gc: at the newline
      ok = false;
      break;
    }
    if (c == '\\') {
      advance();
      std::string tmp;
      if (!scan_escape('\'', tmp, &t.rune)) ok = false;
      n++;
      continue;
    }
    int len;
    t.rune = decode_utf8(src_, off_, &len);
    for (int k = 0; k < len; k++) advance();
    n++;
  }
  if (ok && n > 1) error(t.pos, "more than one character in rune literal");
  t.tok = Tok::Char;
  t.lit = std::string(src_.substr(start, off_ - start));
  append_utf8(t.value, uint32_t(t.rune));
}

}  // namespace gort::lang
