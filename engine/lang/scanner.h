// engine/lang/scanner.h — Go lexical analysis.
// Owns: turning bytes into tokens with gc's positions (1-based line, 1-based byte column),
// automatic semicolon insertion (a newline or EOF after an identifier, literal, keyword
// break/continue/fallthrough/return, ++ -- ) ] } becomes ";" with literal "newline"), decoding
// of rune and string literals (all escapes; raw strings drop '\r'), and the //go:build line.
#pragma once
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "lang/ast.h"
#include "lang/frontend.h"
#include "lang/token.h"

namespace gort::lang {

// A comment as the formatter needs it: byte offsets of its first byte and one past its end.
struct ScannedComment {
  size_t off = 0, end = 0;
};

struct Token {
  Tok tok = Tok::EOF_;
  Pos pos;
  std::string lit;    // source text; for an automatic semicolon "newline" or "EOF"
  std::string value;  // decoded string/char bytes
  int32_t rune = 0;   // decoded char literal
};

class Scanner {
 public:
  Scanner(std::string_view src, std::vector<Diagnostic>* errs);
  Token next();
  // Continue scanning at byte offset off, which is at line:col (re-parsing one declaration).
  void seek(size_t off, int line, int col) {
    off_ = off;
    line_ = line;
    col_ = col;
    seen_token_ = true;
    bad_next_ = size_t(std::lower_bound(bad_.begin(), bad_.end(), off,
                                        [](const BadChar& b, size_t o) { return b.off < o; }) - bad_.begin());
    skip_bad();
  }
  // Number lines from base + 1 (a file of a package of several files: lines are numbered
  // across the files so that a Pos names its file; frontend.h SourceFile).
  void set_line_base(int base) { line_ += base; }
  // Language version from "//go:build go1.NN" seen before the first token, 0 if none.
  int build_go_minor() const { return build_go_minor_; }
  // Comments are skipped like white space; the formatter (lang/format) asks for them here.
  void set_comment_sink(std::vector<ScannedComment>* sink) { comments_ = sink; }
  // Every "//go:embed" comment seen so far (the front end attaches them to var specs).
  std::vector<EmbedDirective>& embed_directives() { return embeds_; }
  // Byte offset of the next unread byte (the end of the token just returned).
  size_t offset() const { return off_; }

 private:
  char peek(size_t k = 0) const { return off_ + k < src_.size() ? src_[off_ + k] : '\0'; }
  void advance();
  void skip_bad();
  void error(Pos p, std::string msg);
  void skip_space_and_comments(bool& newline_seen, Pos& nl_pos);
  void scan_number(Token& t);
  bool scan_escape(char quote, std::string& out, int32_t* rune_out);
  void scan_string(Token& t);
  void scan_raw_string(Token& t);
  void scan_char(Token& t);
  void note_comment(std::string_view text);
  void note_embed(size_t start);

  std::string_view src_;
  std::vector<Diagnostic>* errs_;
  size_t off_ = 0;
  int line_ = 1, col_ = 1;
  bool insert_semi_ = false;
  bool seen_token_ = false;
  int build_go_minor_ = 0;
  std::vector<ScannedComment>* comments_ = nullptr;
  std::vector<EmbedDirective> embeds_;
  // What gc's source reader drops from the text, each with an error when it is read: a NUL
  // byte, a byte that starts no valid UTF-8 sequence, a byte order mark after the first
  // character. Found once (in order of offset); advance() steps over them.
  struct BadChar {
    size_t off;
    int width;
    const char* msg;
  };
  std::vector<BadChar> bad_;
  size_t bad_next_ = 0;        // the first of bad_ at or after off_
  size_t bad_reported_ = 0;    // bad_ entries before this one have had their error (seek re-reads)
};

void append_utf8(std::string& s, uint32_t r);
// Decodes one UTF-8 sequence at s[i]; returns the rune (0xFFFD on error) and sets len.
int32_t decode_utf8(std::string_view s, size_t i, int* len);

}  // namespace gort::lang
