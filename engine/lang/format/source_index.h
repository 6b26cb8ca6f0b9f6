// engine/lang/format/source_index.h — the source facts the printer needs beyond the AST.
// Owns: byte offsets <-> line/column, the token stream (the front end's Scanner, automatic
// semicolons left out) with bracket matching, the comments grouped as go/parser groups them,
// and go/ast's Pos()/End() for our nodes. The parser's AST keeps only the positions the checker
// needs; closing brackets, colons and the like are found here from the tokens, so the front end
// stays unchanged.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "lang/ast.h"
#include "lang/scanner.h"

namespace gort::lang::format {

struct SrcPos {
  int off = -1;
  int line = 0;
  int col = 0;
  bool valid() const { return line > 0; }
};

struct SrcTok {
  Tok tok;
  int off, end;
};

struct CommentGroup {
  std::vector<ScannedComment> list;
};

// Positions of a parenthesised/bracketed list: token offsets of its opening and closing token.
struct Delims {
  int open = -1, close = -1;
};

// A function signature's delimiters (type parameters, parameters, parenthesised results).
struct SigPos {
  Delims tparams, params, results;
};

class SourceIndex {
 public:
  explicit SourceIndex(std::string_view src);

  std::string_view src() const { return src_; }
  SrcPos pos_for(int off) const;
  int line_for(int off) const { return off < 0 ? 0 : pos_for(off).line; }
  int off(Pos p) const;

  const std::vector<CommentGroup>& comments() const { return groups_; }
  std::string_view text(const ScannedComment& c) const { return src_.substr(c.off, c.end - c.off); }

  // Token access.
  int tok_at(int off) const;     // index of the token starting at off, or -1
  int tok_from(int off) const;   // index of the first token starting at or after off
  int tok_before(int off) const; // index of the last token starting before off, or -1
  Tok kind(int i) const { return i >= 0 && i < (int)toks_.size() ? toks_[i].tok : Tok::EOF_; }
  int toff(int i) const { return i >= 0 && i < (int)toks_.size() ? toks_[i].off : -1; }
  int tend(int i) const { return i >= 0 && i < (int)toks_.size() ? toks_[i].end : -1; }
  int match(int i) const { return i >= 0 && i < (int)match_.size() ? match_[i] : -1; }
  // The opening token at index i and its match, as offsets.
  Delims delims(int i) const;

  // go/ast's Pos() and End() for our nodes (byte offsets).
  int start(const Expr* e) const;
  int end(const Expr* e) const;
  int start(const Stmt* s) const;
  int end(const Stmt* s) const;
  int start(const Field* f) const;
  int end(const Field* f) const;
  int start(const Spec* s) const;
  int end(const Spec* s) const;
  int start(const Decl* d) const { return off(d->pos); }
  int end(const Decl* d) const;
  // A struct field's tag literal token, or -1.
  int tag_tok(const Field* f) const;
  // Signature delimiters given the token index of the parameters' "(".
  SigPos sig_at(int lparen_tok, const FuncType* ft) const;
  SigPos func_decl_sig(const FuncDecl* d, Delims* recv) const;
  int functype_end(const FuncType* ft, const SigPos& sp) const;
  // Braces of a switch/select body (the clauses have no BlockStmt in our AST).
  Delims switch_body(const Stmt* s) const;

 private:
  std::string_view src_;
  std::vector<int> line_starts_;
  std::vector<SrcTok> toks_;
  std::vector<int> match_;
  std::vector<CommentGroup> groups_;
};

}  // namespace gort::lang::format
