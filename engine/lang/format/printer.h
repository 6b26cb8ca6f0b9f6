// engine/lang/format/printer.h — go/printer's algorithm over the front end's AST.
// Owns: the printer state machine (delayed white space, comment interleaving, position
// tracking) and the node layout rules (nodes.go). Ported from Go 1.19's go/printer
// (printer.go, nodes.go; Copyright The Go Authors, BSD-style license, see Go's LICENSE).
#pragma once
#include <string>
#include <unordered_map>
#include <vector>

#include "lang/ast.h"
#include "lang/format/source_index.h"

namespace gort::lang::format {

class Printer {
 public:
  Printer(const SourceIndex& idx, bool raw, std::unordered_map<const void*, int>* sizes);
  // Prints the whole file; returns the raw output (cells and escapes, before the tabwriter).
  std::string print_file(const File& f);
  std::string print_expr(const Expr* e);
  std::string print_stmt(const Stmt* s);

 private:
  // ---- printer.go ----
  void pre();
  void ws(char c);
  void at(int off);
  void mode_toggle(int m);
  void tok(Tok t);
  void ident(const std::string& name);
  void lit(const std::string& text, Tok kind);
  void item(const std::string& data, bool is_lit, bool implied_semi);
  void finish();
  void next_comment();
  bool comments_have_newline(const CommentGroup& g) const;
  bool comment_before(SrcPos next) const;
  int comment_size_before(SrcPos next);
  void write_indent();
  void write_byte(char ch, int n);
  void write_string(SrcPos pos, std::string_view s, bool is_lit);
  void write_comment_prefix(SrcPos pos, SrcPos next, const ScannedComment* prev, Tok t);
  void write_comment(const ScannedComment& c);
  std::pair<bool, bool> write_comment_suffix(bool needs_linebreak);
  bool contains_linebreak() const;
  std::pair<bool, bool> intersperse_comments(SrcPos next, Tok t);
  void write_whitespace(size_t n);
  std::pair<bool, bool> flush(SrcPos next, Tok t);
  int line_for(int off) const { return idx_.line_for(off); }
  int lines_from(int line) const { return out_.line - line; }

  // ---- nodes.go ----
  int linebreak(int line, int min, char w, bool new_section);
  void ident_list(const std::vector<Ident*>& list, bool indent);
  void expr_list(int prev0, const std::vector<Expr*>& list, int depth, int mode, int next0);
  void parameters(const std::vector<Field*>& fields, Delims d, int mode);
  void signature(const FuncType* ft, const SigPos& sp);
  bool is_one_line_field_list(const std::vector<Field*>& list);
  void field_list(const std::vector<Field*>& list, Delims d, bool is_struct);
  void binary_expr(const BinaryExpr* x, int prec1, int cutoff, int depth);
  void expr1(const Expr* e, int prec1, int depth);
  void expr0(const Expr* e, int depth) { expr1(e, 0, depth); }
  void expr(const Expr* e) { expr1(e, 0, 1); }
  bool possible_selector_expr(const Expr* e, int prec1, int depth);
  bool selector_expr(const SelectorExpr* x, int depth, bool is_method);
  void stmt_list(const std::vector<Stmt*>& list, int nindent, bool next_is_rbrace);
  void block(int lbrace, const std::vector<Stmt*>& list, int rbrace, int nindent);
  void control_clause(bool is_for, const Stmt* init, const Expr* e, const Stmt* post);
  bool indent_list(const std::vector<Expr*>& list);
  void stmt(const Stmt* s, bool next_is_rbrace);
  void value_spec(const ValueSpec* s, bool keep_type);
  void spec(const Spec* s, int n, bool do_indent);
  void gen_decl(const GenDecl* d);
  std::vector<size_t> import_order(const GenDecl* d, Delims dl) const;
  int node_size_expr(const Expr* e, int max_size);
  int node_size_stmt(const Stmt* s, int max_size);
  int body_size(const BlockStmt* b, int max_size);
  void func_body(int header_size, char sep, const BlockStmt* b);
  int distance_from(int start_off, int start_col);
  void func_decl(const FuncDecl* d);
  void decl(const Decl* d);
  void decl_list(const std::vector<Decl*>& list);
  std::string lit_text(const Expr* e) const;

  const SourceIndex& idx_;
  bool raw_;
  std::unordered_map<const void*, int>* sizes_;

  std::string output_;
  int indent_ = 0;
  int level_ = 0;
  int mode_ = 0;
  bool end_alignment_ = false;
  bool implied_semi_ = false;
  Tok last_tok_ = Tok::Illegal;
  Tok prev_open_ = Tok::Illegal;
  std::vector<char> wsbuf_;
  SrcPos pos_{0, 1, 1}, out_{0, 1, 1}, last_;
  int* line_ptr_ = nullptr;

  const ImportSpec* slot_ = nullptr;  // see gen_decl: the spec whose place a sorted one takes
  const std::vector<CommentGroup>* comments_ = nullptr;
  size_t cindex_ = 0;
  const CommentGroup* comment_ = nullptr;
  int comment_offset_ = 1 << 30;
  bool comment_newline_ = false;
};

}  // namespace gort::lang::format
