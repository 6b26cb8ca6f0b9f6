// engine/lang/format/printer.cpp — go/printer's printer.go: white space, comments, positions.
// Owns: the low-level printing state machine, ported from Go 1.19's go/printer/printer.go
// (Copyright The Go Authors, BSD-style license, see Go's LICENSE). The node layout rules are in
// nodes.cpp. Differences: doc comments are not re-formatted (go/doc/comment) and //go:build
// lines are not re-synthesised; positions are byte offsets into the one source file.
#include "lang/format/printer.h"

#include <cstring>

#include "lang/format/tabwriter.h"

namespace gort::lang::format {

namespace {
constexpr int kInfinity = 1 << 30;
constexpr int kMaxNewlines = 2;
constexpr char kIgnore = 0, kBlank = ' ', kVtab = '\v', kNewline = '\n', kFormfeed = '\f',
               kIndent = '>', kUnindent = '<';
int nlimit(int n) { return n > kMaxNewlines ? kMaxNewlines : n; }

bool may_combine(Tok prev, char next) {
  switch (prev) {
    case Tok::Int: return next == '.';
    case Tok::Add: return next == '+';
    case Tok::Sub: return next == '-';
    case Tok::Quo: return next == '*';
    case Tok::Lss: return next == '-' || next == '<';
    case Tok::And: return next == '&' || next == '^';
    default: return false;
  }
}

bool is_blank(std::string_view s) {
  for (char c : s)
    if ((unsigned char)c > ' ') return false;
  return true;
}
std::string common_prefix(std::string_view a, std::string_view b) {
  size_t i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i] && ((unsigned char)a[i] <= ' ' || a[i] == '*')) i++;
  return std::string(a.substr(0, i));
}
std::string trim_right(std::string_view s) {
  size_t n = s.size();
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r' ||
                   s[n - 1] == '\v' || s[n - 1] == '\f'))
    n--;
  return std::string(s.substr(0, n));
}

// go/printer's stripCommonPrefix for /*-style comments spanning lines.
void strip_common_prefix(std::vector<std::string>& lines) {
  if (lines.size() <= 1) return;
  std::string prefix;
  bool prefix_set = false;
  if (lines.size() > 2) {
    for (size_t i = 1; i + 1 < lines.size(); i++) {
      if (is_blank(lines[i])) {
        lines[i] = "";
      } else {
        if (!prefix_set) {
          prefix = lines[i];
          prefix_set = true;
        }
        prefix = common_prefix(prefix, lines[i]);
      }
    }
  }
  if (!prefix_set) {
    const std::string& line = lines.back();
    prefix = common_prefix(line, line);
  }
  bool line_of_stars = false;
  if (size_t star = prefix.find('*'); star != std::string::npos) {
    prefix = prefix.substr(0, star);
    if (!prefix.empty() && prefix.back() == ' ') prefix.pop_back();
    line_of_stars = true;
  } else {
    const std::string& first = lines[0];
    if (is_blank(std::string_view(first).substr(2))) {
      size_t i = prefix.size();
      for (int n = 0; n < 3 && i > 0 && prefix[i - 1] == ' '; n++) i--;
      if (i == prefix.size() && i > 0 && prefix[i - 1] == '\t') i--;
      prefix = prefix.substr(0, i);
    } else {
      std::string suffix(first.size(), '\0');
      size_t n = 2;
      while (n < first.size() && (unsigned char)first[n] <= ' ') {
        suffix[n] = first[n];
        n++;
      }
      if (n > 2 && suffix[2] == '\t') {
        suffix = suffix.substr(2, n - 2);
      } else {
        suffix[0] = ' ';
        suffix[1] = ' ';
        suffix = suffix.substr(0, n);
      }
      if (prefix.size() >= suffix.size() && prefix.compare(prefix.size() - suffix.size(), suffix.size(), suffix) == 0)
        prefix.resize(prefix.size() - suffix.size());
    }
  }
  std::string& last = lines.back();
  std::string closing = "*/";
  size_t cpos = last.find(closing);
  std::string before = last.substr(0, cpos == std::string::npos ? last.size() : cpos);
  if (is_blank(before)) {
    if (line_of_stars) closing = " */";
    last = prefix + closing;
  } else {
    prefix = common_prefix(prefix, last);
  }
  for (size_t i = 1; i < lines.size(); i++)
    if (!lines[i].empty()) lines[i] = lines[i].substr(std::min(prefix.size(), lines[i].size()));
}
}  // namespace

Printer::Printer(const SourceIndex& idx, bool raw, std::unordered_map<const void*, int>* sizes)
    : idx_(idx), raw_(raw), sizes_(sizes) {
  wsbuf_.reserve(16);
}

// ---- comments ----
bool Printer::comments_have_newline(const CommentGroup& g) const {
  int line = line_for(static_cast<int>(g.list[0].off));
  for (size_t i = 0; i < g.list.size(); i++) {
    if (i > 0 && line_for(static_cast<int>(g.list[i].off)) != line) return true;
    std::string_view t = idx_.text(g.list[i]);
    if (t.size() >= 2 && (t[1] == '/' || t.find('\n') != std::string_view::npos)) return true;
  }
  return false;
}

void Printer::next_comment() {
  while (comments_ && cindex_ < comments_->size()) {
    const CommentGroup& c = (*comments_)[cindex_++];
    if (!c.list.empty()) {
      comment_ = &c;
      comment_offset_ = static_cast<int>(c.list[0].off);
      comment_newline_ = comments_have_newline(c);
      return;
    }
  }
  comment_offset_ = kInfinity;
}

bool Printer::comment_before(SrcPos next) const {
  return comment_offset_ < next.off && (!implied_semi_ || !comment_newline_);
}

int Printer::comment_size_before(SrcPos next) {
  auto saved_c = comment_;
  auto saved_i = cindex_;
  auto saved_o = comment_offset_;
  auto saved_n = comment_newline_;
  int size = 0;
  while (comment_before(next)) {
    for (const auto& c : comment_->list) size += static_cast<int>(c.end - c.off);
    next_comment();
  }
  comment_ = saved_c;
  cindex_ = saved_i;
  comment_offset_ = saved_o;
  comment_newline_ = saved_n;
  return size;
}

// ---- low-level writing ----
void Printer::write_indent() {
  int n = indent_;
  output_.append(n, '\t');
  pos_.off += n;
  pos_.col += n;
  out_.col += n;
}

void Printer::write_byte(char ch, int n) {
  if (end_alignment_) {
    if (ch == '\t' || ch == '\v') {
      ch = ' ';
    } else if (ch == '\n' || ch == '\f') {
      ch = '\f';
      end_alignment_ = false;
    }
  }
  if (out_.col == 1) write_indent();
  output_.append(n, ch);
  pos_.off += n;
  if (ch == '\n' || ch == '\f') {
    pos_.line += n;
    out_.line += n;
    pos_.col = 1;
    out_.col = 1;
    return;
  }
  pos_.col += n;
  out_.col += n;
}

void Printer::write_string(SrcPos pos, std::string_view s, bool is_lit) {
  if (out_.col == 1) write_indent();
  if (pos.valid()) pos_ = pos;
  if (is_lit) output_.push_back(kTabEscape);
  output_.append(s);
  int nlines = 0;
  size_t li = 0;
  for (size_t i = 0; i < s.size(); i++) {
    if (s[i] == '\n' || s[i] == '\f') {
      nlines++;
      li = i;
      end_alignment_ = true;
    }
  }
  pos_.off += static_cast<int>(s.size());
  if (nlines > 0) {
    pos_.line += nlines;
    out_.line += nlines;
    int c = static_cast<int>(s.size() - li);
    pos_.col = c;
    out_.col = c;
  } else {
    pos_.col += static_cast<int>(s.size());
    out_.col += static_cast<int>(s.size());
  }
  if (is_lit) output_.push_back(kTabEscape);
  last_ = pos_;
}

void Printer::write_comment_prefix(SrcPos pos, SrcPos next, const ScannedComment* prev, Tok t) {
  if (output_.empty()) return;
  auto prev_text = [&]() { return idx_.text(*prev); };
  if (pos.line == last_.line && (prev == nullptr || prev_text()[1] != '/')) {
    bool has_sep = false;
    if (prev == nullptr) {
      size_t j = 0;
      for (size_t i = 0; i < wsbuf_.size(); i++) {
        char ch = wsbuf_[i];
        if (ch == kBlank) {
          wsbuf_[i] = kIgnore;
          continue;
        } else if (ch == kVtab) {
          has_sep = true;
          continue;
        } else if (ch == kIndent) {
          continue;
        }
        j = i;
        break;
      }
      write_whitespace(j);
    }
    if (!has_sep) {
      char sep = '\t';
      if (pos.line == next.line) sep = ' ';
      write_byte(sep, 1);
    }
  } else {
    bool dropped_linebreak = false;
    size_t j = 0;
    for (size_t i = 0; i < wsbuf_.size(); i++) {
      char ch = wsbuf_[i];
      if (ch == kBlank || ch == kVtab) {
        wsbuf_[i] = kIgnore;
        continue;
      } else if (ch == kIndent) {
        continue;
      } else if (ch == kUnindent) {
        if (i + 1 < wsbuf_.size() && wsbuf_[i + 1] == kUnindent) continue;
        if (t != Tok::RBrace && pos.col == next.col) continue;
      } else if (ch == kNewline || ch == kFormfeed) {
        wsbuf_[i] = kIgnore;
        dropped_linebreak = prev == nullptr;
      }
      j = i;
      break;
    }
    write_whitespace(j);
    int n = 0;
    if (pos.valid() && last_.valid()) {
      n = pos.line - last_.line;
      if (n < 0) n = 0;
    }
    if (indent_ == 0 && dropped_linebreak) n++;
    if (n == 0 && prev != nullptr && prev_text()[1] == '/') n = 1;
    if (n > 0) write_byte('\f', nlimit(n));
  }
}

void Printer::write_comment(const ScannedComment& c) {
  std::string_view text = idx_.text(c);
  SrcPos pos = idx_.pos_for(static_cast<int>(c.off));
  int saved_indent = indent_;
  bool line_dir = text.substr(0, 7) == "//line " && pos.col == 1;
  if (line_dir) indent_ = 0;
  if (text[1] == '/') {
    write_string(pos, trim_right(text), true);
    if (line_dir) indent_ = saved_indent;
    return;
  }
  std::vector<std::string> lines;
  size_t s = 0;
  for (;;) {
    size_t e = text.find('\n', s);
    if (e == std::string_view::npos) {
      lines.emplace_back(text.substr(s));
      break;
    }
    lines.emplace_back(text.substr(s, e - s));
    s = e + 1;
  }
  if (pos.valid() && pos.col == 1 && indent_ > 0)
    for (size_t i = 1; i < lines.size(); i++) lines[i] = "   " + lines[i];
  strip_common_prefix(lines);
  for (size_t i = 0; i < lines.size(); i++) {
    if (i > 0) {
      write_byte('\f', 1);
      pos = pos_;
    }
    if (!lines[i].empty()) write_string(pos, trim_right(lines[i]), true);
  }
  if (line_dir) indent_ = saved_indent;
}

std::pair<bool, bool> Printer::write_comment_suffix(bool needs_linebreak) {
  bool wrote_newline = false, dropped_ff = false;
  for (size_t i = 0; i < wsbuf_.size(); i++) {
    char ch = wsbuf_[i];
    if (ch == kBlank || ch == kVtab) {
      wsbuf_[i] = kIgnore;
    } else if (ch == kNewline || ch == kFormfeed) {
      if (needs_linebreak) {
        needs_linebreak = false;
        wrote_newline = true;
      } else {
        if (ch == kFormfeed) dropped_ff = true;
        wsbuf_[i] = kIgnore;
      }
    }
  }
  write_whitespace(wsbuf_.size());
  if (needs_linebreak) {
    write_byte('\n', 1);
    wrote_newline = true;
  }
  return {wrote_newline, dropped_ff};
}

bool Printer::contains_linebreak() const {
  for (char ch : wsbuf_)
    if (ch == kNewline || ch == kFormfeed) return true;
  return false;
}

std::pair<bool, bool> Printer::intersperse_comments(SrcPos next, Tok t) {
  const ScannedComment* last = nullptr;
  while (comment_before(next)) {
    for (const auto& c : comment_->list) {
      write_comment_prefix(idx_.pos_for(static_cast<int>(c.off)), next, last, t);
      write_comment(c);
      last = &c;
    }
    next_comment();
  }
  if (last != nullptr) {
    std::string_view lt = idx_.text(*last);
    bool needs_linebreak = false;
    if ((mode_ & 1) == 0 && lt[1] == '*' && line_for(static_cast<int>(last->off)) == next.line &&
        t != Tok::Comma && (t != Tok::RParen || prev_open_ == Tok::LParen) &&
        (t != Tok::RBrack || prev_open_ == Tok::LBrack)) {
      if (contains_linebreak() && (mode_ & 2) == 0 && level_ == 0) {
        needs_linebreak = true;
      } else {
        write_byte(' ', 1);
      }
    }
    if (lt[1] == '/' || t == Tok::EOF_ || (t == Tok::RBrace && (mode_ & 2) == 0)) needs_linebreak = true;
    return write_comment_suffix(needs_linebreak);
  }
  return {false, false};
}

void Printer::write_whitespace(size_t n) {
  for (size_t i = 0; i < n; i++) {
    char ch = wsbuf_[i];
    switch (ch) {
      case kIgnore: break;
      case kIndent: indent_++; break;
      case kUnindent:
        indent_--;
        if (indent_ < 0) indent_ = 0;
        break;
      case kNewline:
      case kFormfeed:
        if (i + 1 < n && wsbuf_[i + 1] == kUnindent) {
          wsbuf_[i] = kUnindent;
          wsbuf_[i + 1] = kFormfeed;
          i--;
          continue;
        }
        write_byte(ch, 1);
        break;
      default: write_byte(ch, 1); break;
    }
  }
  wsbuf_.erase(wsbuf_.begin(), wsbuf_.begin() + static_cast<long>(n));
}

std::pair<bool, bool> Printer::flush(SrcPos next, Tok t) {
  if (comment_before(next)) return intersperse_comments(next, t);
  write_whitespace(wsbuf_.size());
  return {false, false};
}

// ---- print() ----
void Printer::pre() {
  switch (last_tok_) {
    case Tok::Illegal: break;
    case Tok::LParen:
    case Tok::LBrack: prev_open_ = last_tok_; break;
    default: prev_open_ = Tok::Illegal; break;
  }
}

void Printer::ws(char c) {
  pre();
  if (c == kIgnore) return;
  wsbuf_.push_back(c);
  if (c == kNewline || c == kFormfeed) implied_semi_ = false;
  last_tok_ = Tok::Illegal;
}

void Printer::at(int off) {
  pre();
  if (off >= 0) pos_ = idx_.pos_for(off);
}

void Printer::mode_toggle(int m) {
  pre();
  mode_ ^= m;
}

void Printer::tok(Tok t) {
  pre();
  const char* s = tok_str(t);
  if (may_combine(last_tok_, s[0])) {
    wsbuf_.assign(1, ' ');
  }
  bool implied = false;
  switch (t) {
    case Tok::Break: case Tok::Continue: case Tok::Fallthrough: case Tok::Return: case Tok::Inc:
    case Tok::Dec: case Tok::RParen: case Tok::RBrack: case Tok::RBrace: implied = true; break;
    default: break;
  }
  last_tok_ = t;
  item(s, false, implied);
}

void Printer::ident(const std::string& name) {
  pre();
  last_tok_ = Tok::Ident;
  item(name, false, true);
}

void Printer::lit(const std::string& text, Tok kind) {
  pre();
  last_tok_ = kind;
  item(text, true, true);
}

void Printer::item(const std::string& data, bool is_lit, bool implied_semi) {
  SrcPos next = pos_;
  auto [wrote_newline, dropped_ff] = flush(next, last_tok_);
  if (!implied_semi_) {
    int n = nlimit(next.line - pos_.line);
    if (wrote_newline && n == kMaxNewlines) n = kMaxNewlines - 1;
    if (n > 0) {
      write_byte(dropped_ff ? '\f' : '\n', n);
      implied_semi = false;
    }
  }
  if (line_ptr_) {
    *line_ptr_ = out_.line;
    line_ptr_ = nullptr;
  }
  write_string(next, data, is_lit);
  implied_semi_ = implied_semi;
}

void Printer::finish() {
  implied_semi_ = false;
  flush(SrcPos{kInfinity, kInfinity, 0}, Tok::EOF_);
}

std::string Printer::print_file(const File& f) {
  comments_ = &idx_.comments();
  next_comment();
  // "package" keyword: the token before the package name
  int name_off = idx_.off(f.package_name->pos);
  at(idx_.toff(idx_.tok_before(name_off)));
  tok(Tok::Package);
  ws(kBlank);
  at(name_off);
  ident(f.package_name->name);
  decl_list(f.decls);
  ws(kNewline);
  finish();
  return output_;
}

std::string Printer::print_expr(const Expr* e) {
  next_comment();
  expr(e);
  finish();
  return output_;
}

std::string Printer::print_stmt(const Stmt* s) {
  next_comment();
  if (s->kind == StmtKind::Labeled) indent_ = 1;
  stmt(s, false);
  finish();
  return output_;
}

}  // namespace gort::lang::format
