// engine/lang/parser.cpp — recursive-descent Go parser (see parser.h). Structure and error
// wording follow cmd/compile/internal/syntax/parser.go. Every node's pos is its first token,
// matching types2's error positions (syntax.StartPos).
#include "lang/parser.h"

#include "lang/scanner.h"

namespace gort::lang {
std::string expr_string(const Expr* e);  // check_expr.cpp: syntax.String
namespace {

class Parser {
 public:
  Parser(std::string_view src, File& f, std::vector<Diagnostic>& diags, size_t off = 0, Pos at = Pos{},
         int line_base = 0)
      : sc_(src, &scan_errs_), f_(f), diags_(diags) {
    sc_.set_line_base(line_base);
    if (at.line > 0) sc_.seek(off, at.line, at.col);
    next();
  }

  void parse_file();
  Scanner& scanner() { return sc_; }
  // One function declaration at the current token (re-parsing a generic function's text).
  FuncDecl* parse_func_decl() { return tok_.tok == Tok::Func ? func_decl() : nullptr; }

 private:
  // ---- tokens ----
  void next() {
    if (failed_) {
      tok_.tok = Tok::EOF_;
      return;
    }
    prev_pos_ = tok_.pos;
    tok_ = sc_.next();
    flush_scan_errors();
  }
  void flush_scan_errors() {
    if (scan_errs_.empty()) return;
    // gc reports scanner errors (invalid character, newline in string, ...) and parses on with
    // the token the scanner produced.
    std::vector<Diagnostic> errs = std::move(scan_errs_);
    scan_errs_.clear();
    for (auto& d : errs) record(d.pos, d.msg);
  }
  bool got(Tok t) {
    if (tok_.tok == t) {
      next();
      return true;
    }
    return false;
  }
  std::string tok_desc() const {
    switch (tok_.tok) {
      case Tok::Ident: return "name " + tok_.lit;
      case Tok::Semicolon: return tok_.lit.empty() ? "semicolon" : tok_.lit;
      case Tok::Int: case Tok::Float: case Tok::Imag: case Tok::Char: case Tok::String:
        return "literal " + tok_.lit;
      case Tok::Comma: return "comma";
      case Tok::EOF_: return "EOF";
      default:
        if (tok_is_keyword(tok_.tok)) return std::string("keyword ") + tok_str(tok_.tok);
        return tok_str(tok_.tok);
    }
  }
  static std::string tokstring(Tok t) {
    if (t == Tok::Comma) return "comma";
    if (t == Tok::Semicolon) return "semicolon or newline";
    if (tok_is_keyword(t)) return std::string("keyword ") + tok_str(t);
    return tok_str(t);
  }
  // gc's syntaxErrorAt: messages starting with "in "/"at "/"after " or "expected " mention the
  // current token; others are plain.
  //
  // Error recovery (gc's parser reports up to 10 syntax errors, one per line): an error records
  // the diagnostic, saves the current token and makes the parser see EOF, so every production
  // unwinds quickly (all further errors are suppressed while failed_). The nearest recovery
  // point — a statement list inside a function, or the top-level declaration loop — restores
  // the token and skips to gc's follow set (advance), then parsing goes on. This approximates
  // gc's local recovery (which continues inside the failing production); follow-up errors on
  // the same line are dropped as gc does.
  void syntax_error_at(Pos p, const std::string& msg) {
    if (failed_) return;
    std::string m;
    if (msg.rfind("in ", 0) == 0 || msg.rfind("at ", 0) == 0 || msg.rfind("after ", 0) == 0) {
      m = "syntax error: unexpected " + tok_desc() + " " + msg;
    } else if (msg.rfind("expected ", 0) == 0) {
      m = "syntax error: unexpected " + tok_desc() + ", " + msg;
    } else {
      m = "syntax error: " + msg;
    }
    report(p, m);
  }
  void syntax_error(const std::string& msg) { syntax_error_at(tok_.pos, msg); }
  void plain_error(Pos p, const std::string& msg) {
    if (failed_) return;
    report(p, msg);
  }
  // An error after which the rest of the file is not parsed (unsupported constructs).
  void fatal_error(Pos p, const std::string& msg) {
    if (failed_) return;
    report(p, msg);
    fatal_ = true;
  }
  // An error gc reports without skipping any tokens (the parse goes on as if it were valid).
  void soft_error(Pos p, const std::string& m) {
    if (failed_) return;
    record(p, m);
  }
  void report(Pos p, const std::string& m) {
    record(p, m);
    failed_ = true;
    saved_tok_ = tok_;
    tok_.tok = Tok::EOF_;
  }
  void record(Pos p, const std::string& m) {
    if (fatal_) return;
    bool syntax = m.rfind("syntax error", 0) == 0;
    // gc (base.ErrorfAt): no follow-up errors at EOF, only one syntax error per line, and only
    // one of equal other errors in a row on a line (a run of invalid UTF-8 bytes is one error).
    bool skip = (tok_.tok == Tok::EOF_ && had_error_) || (syntax && last_syntax_line_ == p.line) ||
                (!syntax && last_other_line_ == p.line && last_other_msg_ == m);
    if (!skip) {
      diags_.push_back({p, m});
      if (syntax) {
        last_syntax_line_ = p.line;
      } else {
        last_other_line_ = p.line;
        last_other_msg_ = m;
      }
      if (diags_.size() == 10) {
        // gc stops at the 10th error: "prog.go:L:C: too many errors" (same position).
        diags_.push_back({p, "too many errors"});
        fatal_ = true;
        failed_ = true;  // also after a soft error: stop here
        saved_tok_ = tok_;
        tok_.tok = Tok::EOF_;
      }
    }
    had_error_ = true;
  }
  // Leaves the failed state at a recovery point: the saved token becomes current again and
  // tokens are skipped up to one in follow (or a statement keyword when in_func, gc's stopset).
  // skip_groups also skips over {...} groups (at top level: a function body is not mistaken for
  // declarations).
  // Returns false if the parse cannot continue.
  bool recover(std::initializer_list<Tok> follow, bool in_func, bool skip_groups) {
    if (!failed_ || fatal_ || had_too_many()) return false;
    failed_ = false;
    tok_ = saved_tok_;
    int braces = 0;
    while (tok_.tok != Tok::EOF_) {
      if (skip_groups) {
        if (tok_.tok == Tok::LBrace) braces++;
        if (tok_.tok == Tok::RBrace && braces > 0) braces--;
      }
      if (braces == 0) {
        bool stop = false;
        for (Tok t : follow) stop = stop || tok_.tok == t;
        if (in_func && is_stop_keyword(tok_.tok)) stop = true;
        if (stop) break;
      }
      next();
    }
    return !failed_;
  }
  static bool is_stop_keyword(Tok t) {
    switch (t) {
      case Tok::Break: case Tok::Const: case Tok::Continue: case Tok::Defer: case Tok::Fallthrough:
      case Tok::For: case Tok::Go: case Tok::Goto: case Tok::If: case Tok::Return: case Tok::Select:
      case Tok::Switch: case Tok::Type: case Tok::Var:
        return true;
      default: return false;
    }
  }
  // gc's caseClause/commClause on a token that starts no clause: report, skip to a ':' or the
  // next clause, and go on (the caller's want(':') follows).
  void clause_junk() {
    soft_error(tok_.pos, "syntax error: unexpected " + tok_desc() + ", expected case or default or }");
    while (tok_.tok != Tok::EOF_ && tok_.tok != Tok::Colon && tok_.tok != Tok::Case && tok_.tok != Tok::Default &&
           tok_.tok != Tok::RBrace && !(fnest_ > 0 && is_stop_keyword(tok_.tok)))
      next();
  }
  bool had_too_many() const { return diags_.size() >= 10; }
  // Keeps unwinding to an outer recovery point without a new diagnostic.
  void unwind() {
    if (failed_) return;
    failed_ = true;
    saved_tok_ = tok_;
    tok_.tok = Tok::EOF_;
  }
  // gc's list(): after a missing separator, skip to a closing bracket; the list goes on only if
  // it is this list's close token.
  bool recover_list(Tok close) {
    if (!recover({Tok::RParen, Tok::RBrack, Tok::RBrace}, fnest_ > 0, false)) return false;
    if (tok_.tok == close) return true;
    unwind();
    end_check_ = true;
    return false;
  }
  // gc's "p.advance(_Rparen, _Rbrack, _Rbrace)" after an error, after which the productions
  // return normally: the statement list (or top level) then checks for the end of the
  // statement (declaration) at that token. We unwind to that check (end_check_).
  void skip_then_end_check() {
    if (!recover({Tok::RParen, Tok::RBrack, Tok::RBrace}, fnest_ > 0, false)) return;
    unwind();
    end_check_ = true;
  }
  // At a recovery point: resume at the saved token and report a missing ";" there, as gc's
  // stmtList/fileOrNil would. Returns false if the end is fine (parsing simply goes on).
  bool end_check(const char* msg, bool allow_rbrace) {
    end_check_ = false;
    if (!failed_ || fatal_) return false;
    failed_ = false;
    tok_ = saved_tok_;
    if (got(Tok::Semicolon) || tok_.tok == Tok::EOF_ || (allow_rbrace && tok_.tok == Tok::RBrace)) return false;
    syntax_error(msg);
    return true;
  }
  bool recover_clause() { return recover({Tok::Case, Tok::Default, Tok::RBrace}, false, true); }
  // gc's want(): report, skip exactly one token and parse on (no unwinding).
  void want(Tok t) {
    if (got(t) || failed_) return;
    soft_error(tok_.pos, "syntax error: unexpected " + tok_desc() + ", expected " + tokstring(t));
    if (tok_.tok != Tok::EOF_) next();
  }

  // depth guard
  struct Depth {
    Parser* p;
    explicit Depth(Parser* pp) : p(pp) {
      if (++p->depth_ > kMaxParseDepth) p->fatal_error(p->tok_.pos, "syntax error: nesting too deep");
    }
    ~Depth() { --p->depth_; }
  };

  template <class T>
  T* mk(Pos p) {
    T* n = f_.arena.make<T>();
    n->pos = p;
    return n;
  }

  // ---- declarations ----
  void import_decl(GenDecl* d);
  ImportSpec* import_spec();
  ValueSpec* const_spec(int iota, ValueSpec*& last);
  ValueSpec* var_spec();
  TypeSpec* type_spec();
  GenDecl* gen_decl(Tok kw);
  FuncDecl* func_decl();

  // ---- types ----
  Expr* type_or_nil();
  Expr* type_();
  Expr* qualified_name(Ident* first);
  Expr* type_args(Expr* x);
  void tparam_list(std::vector<Field*>& out, Ident* first);
  Expr* constraint_expr();
  Expr* union_rest(Expr* first);
  Ident* name();
  FuncType* func_type(Pos p);
  void param_list(std::vector<Field*>& out, bool& variadic, bool is_result);
  void result(FuncType* ft);
  StructType* struct_type();
  InterfaceType* interface_type();
  Expr* array_or_slice_type(Pos p);

  // ---- expressions ----
  Expr* expr();
  Expr* binary_expr(int prec);
  Expr* unary_expr();
  Expr* primary_expr(bool keep_parens);
  Expr* operand();
  Expr* complit(Expr* type);
  Expr* bare_complit_elem();
  std::vector<Expr*> expr_list();
  CallExpr* call_args(Expr* fun);
  bool complit_ok(Expr* x) const;

  // ---- statements ----
  BlockStmt* block_stmt(const char* context);
  BlockStmt* func_body();
  std::vector<Stmt*> stmt_list();
  Stmt* stmt_or_nil();
  Stmt* simple_stmt(Expr* lhs0, int mode);  // mode: 0 plain, 1 range ok, 2 label ok
  Stmt* if_stmt();
  std::string stmt_string(Stmt* st);
  Pos stmt_pos(Stmt* st);
  Stmt* for_stmt();
  Stmt* switch_stmt();
  Stmt* select_stmt();
  CaseClause* case_clause();
  CommClause* comm_clause();
  void header(Stmt*& init, Expr*& cond, Stmt*& post, bool is_for, Stmt** range_out);
  CallExpr* call_stmt_expr(const char* kw, Expr** not_call);

  std::vector<Diagnostic> scan_errs_;   // before sc_: the scanner is given its address
  Scanner sc_;
  File& f_;
  std::vector<Diagnostic>& diags_;
  Token tok_;
  bool failed_ = false;
  bool fatal_ = false;      // no recovery after this error
  bool end_check_ = false;  // see skip_then_end_check
  bool had_error_ = false;
  int last_syntax_line_ = 0;
  int last_other_line_ = 0;
  std::string last_other_msg_;
  Token saved_tok_;         // the token at the error, restored by recover()
  int depth_ = 0;
  int fnest_ = 0;
  Pos prev_pos_;  // the token before tok_ (a var spec takes the //go:embed lines after it)
  // The ";" header() consumed after an init statement (gc reports a missing if condition there).
  Pos hdr_semi_;
  std::string hdr_semi_lit_;  // function body nesting (gc: statement keywords stop error skipping)
  int xnest_ = 0;  // < 0: inside a control clause header, where T{ is not a composite literal
};

// ---------------------------------------------------------------------------------------------
// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
void Parser::parse_file() {
  if (tok_.tok != Tok::Package) {
    syntax_error("package statement must be first");
    return;
  }
  f_.go_minor = sc_.build_go_minor();
  next();
  f_.package_name = name();
  if (tok_.tok != Tok::EOF_ && !got(Tok::Semicolon)) {
    syntax_error("after package clause");
    return;
  }
  bool decls_started = false;
  // gc's fileOrNil loop; after an error, skip to the next declaration keyword.
  auto recover_top = [&]() {
    if (end_check_ && !end_check("after top level declaration", false)) return !fatal_;
    return recover({Tok::Import, Tok::Const, Tok::Type, Tok::Var, Tok::Func}, false, true);
  };
  while (tok_.tok != Tok::EOF_) {
    if (tok_.tok == Tok::Import) {
      if (decls_started) {
        // gc accepts the import anyway (error tolerance) after complaining.
        syntax_error("imports must appear before other declarations");
        if (!recover({}, false, false)) return;
      }
      GenDecl* d = mk<GenDecl>(tok_.pos);
      d->tok = Tok::Import;
      next();
      import_decl(d);
      f_.decls.push_back(d);
    } else if (tok_.tok == Tok::Const || tok_.tok == Tok::Var || tok_.tok == Tok::Type) {
      decls_started = true;
      f_.decls.push_back(gen_decl(tok_.tok));
    } else if (tok_.tok == Tok::Func) {
      decls_started = true;
      f_.pragma_sites.push_back({nullptr, prev_pos_, tok_.pos, false});
      FuncDecl* fd = func_decl();
      if (fd) f_.decls.push_back(fd);
    } else {
      if (tok_.tok == Tok::LBrace && !f_.decls.empty() && f_.decls.back()->is_func &&
          !static_cast<FuncDecl*>(f_.decls.back())->body) {
        // opening { of a function declaration on the next line
        syntax_error("unexpected semicolon or newline before {");
      } else {
        syntax_error("non-declaration statement outside function body");
      }
      if (!recover_top()) return;
      continue;
    }
    if (failed_) {
      if (!recover_top()) return;
      continue;
    }
    if (tok_.tok != Tok::EOF_ && !got(Tok::Semicolon)) {
      syntax_error("after top level declaration");
      if (!recover_top()) return;
    }
  }
}

void Parser::import_decl(GenDecl* d) {
  if (got(Tok::LParen)) {
    while (tok_.tok != Tok::EOF_ && tok_.tok != Tok::RParen) {
      d->specs.push_back(import_spec());
      if (!got(Tok::Semicolon) && tok_.tok != Tok::RParen) {
        syntax_error("in grouped declaration; possibly missing semicolon or newline or )");
        return;
      }
    }
    want(Tok::RParen);
  } else {
    d->specs.push_back(import_spec());
  }
}

ImportSpec* Parser::import_spec() {
  ImportSpec* s = mk<ImportSpec>(tok_.pos);
  if (tok_.tok == Tok::Ident) {
    s->name = name();
  } else if (tok_.tok == Tok::Period) {
    Ident* id = mk<Ident>(tok_.pos);
    id->name = ".";
    s->name = id;
    next();
  }
  if (tok_.tok != Tok::String) {
    // go build's import reader (go/parser) rejects this before the compiler runs, with its own
    // wording, and nothing else is reported.
    fatal_error(tok_.pos, tok_.tok == Tok::Int || tok_.tok == Tok::Float || tok_.tok == Tok::Imag ||
                                  tok_.tok == Tok::Char
                              ? "import path must be a string"
                              : "missing import path");
    return s;
  }
  s->path = tok_.value;
  s->path_pos = tok_.pos;
  next();
  f_.imports.push_back(s);
  return s;
}

GenDecl* Parser::gen_decl(Tok kw) {
  GenDecl* d = mk<GenDecl>(tok_.pos);
  d->tok = kw;
  Pos before_kw = prev_pos_;
  next();
  ValueSpec* last = nullptr;
  bool grouped = tok_.tok == Tok::LParen;
  auto one = [&](int iota) -> Spec* {
    // gc takes a lone spec's pragmas at its keyword, a grouped spec's at its first name.
    PragmaSite site{nullptr, grouped ? prev_pos_ : before_kw, grouped ? tok_.pos : d->pos, fnest_ > 0};
    Spec* sp;
    if (kw == Tok::Const) sp = const_spec(iota, last);
    else if (kw == Tok::Var) sp = site.spec = var_spec();
    else sp = type_spec();
    f_.pragma_sites.push_back(site);
    return sp;
  };
  if (got(Tok::LParen)) {
    int iota = 0;
    while (tok_.tok != Tok::EOF_ && tok_.tok != Tok::RParen) {
      d->specs.push_back(one(iota++));
      if (!got(Tok::Semicolon) && tok_.tok != Tok::RParen) {
        syntax_error("in grouped declaration; possibly missing semicolon or newline or )");
        return d;
      }
    }
    want(Tok::RParen);
  } else {
    d->specs.push_back(one(0));
  }
  return d;
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
ValueSpec* Parser::const_spec(int iota, ValueSpec*& last) {
  ValueSpec* s = mk<ValueSpec>(tok_.pos);
  s->iota = iota;
  s->names.push_back(name());
  while (got(Tok::Comma)) s->names.push_back(name());
  if (tok_.tok != Tok::EOF_ && tok_.tok != Tok::Semicolon && tok_.tok != Tok::RParen) {
    s->type = type_or_nil();
    if (s->type && tok_.tok != Tok::Assign) {
      syntax_error("expected =");  // gc: "const declaration cannot have type without expression"
      return s;
    }
    if (got(Tok::Assign)) s->values = expr_list();
  }
  if (s->values.empty() && s->type == nullptr) {
    s->implicit_from = last;  // nullptr at the first spec: checker reports "missing init expr"
  } else {
    last = s;
  }
  return s;
}

// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
ValueSpec* Parser::var_spec() {
  ValueSpec* s = mk<ValueSpec>(tok_.pos);
  s->names.push_back(name());
  while (got(Tok::Comma)) s->names.push_back(name());
  if (got(Tok::Assign)) {
    s->values = expr_list();
  } else {
    s->type = type_();
    if (got(Tok::Assign)) s->values = expr_list();
  }
  return s;
}

// TypeSpec = identifier [ "=" ] Type .
TypeSpec* Parser::type_spec() {
  TypeSpec* s = mk<TypeSpec>(tok_.pos);
  s->name = name();
  if (tok_.tok == Tok::LBrack) {
    // type A [N]T (array) vs type G[P any] ... (generic): a name followed by a type-ish token.
    Pos lb = tok_.pos;
    next();
    if (tok_.tok == Tok::Ident) {
      Ident* first = name();
      Tok t = tok_.tok;
      if (t == Tok::Ident || t == Tok::Interface || t == Tok::Comma || t == Tok::Tilde ||
          t == Tok::LBrack || t == Tok::Func || t == Tok::Map || t == Tok::Chan || t == Tok::Struct) {
        tparam_list(s->tparams, first);
        if (got(Tok::Assign)) s->alias = true;  // a generic alias: the checker gates it (go1.24)
        s->type = type_();
        return s;
      }
      // An array length expression starting with a name.
      Expr* x = first;
      // continue the expression: primary suffixes and binary operators
      // (rare in practice; handled by re-entering binary_expr with x as the left operand).
      while (tok_.tok == Tok::Period) {
        next();
        SelectorExpr* se = mk<SelectorExpr>(x->pos);
        se->x = x;
        se->sel = name();
        x = se;
      }
      while (int prec = tok_precedence(tok_.tok)) {
        BinaryExpr* b = mk<BinaryExpr>(x->pos);
        b->op = tok_.tok;
        b->op_pos = tok_.pos;
        next();
        b->x = x;
        b->y = binary_expr(prec + 1);
        x = b;
      }
      want(Tok::RBrack);
      ArrayType* at = mk<ArrayType>(lb);
      at->len = x;
      at->elem = type_();
      s->type = at;
      return s;
    }
    // [N]T, []T, [...]T
    Expr* at = nullptr;
    if (tok_.tok == Tok::RBrack) {
      next();
      ArrayType* a = mk<ArrayType>(lb);
      a->elem = type_();
      at = a;
    } else {
      ArrayType* a = mk<ArrayType>(lb);
      if (tok_.tok == Tok::Ellipsis) {
        a->len = mk<EllipsisExpr>(tok_.pos);
        next();
      } else {
        a->len = expr();
      }
      want(Tok::RBrack);
      a->elem = type_();
      at = a;
    }
    s->type = at;
    return s;
  }
  if (got(Tok::Assign)) s->alias = true;
  s->type = type_();
  return s;
}

// FunctionDecl = "func" [ Receiver ] FunctionName Signature [ FunctionBody ] .
FuncDecl* Parser::func_decl() {
  FuncDecl* d = mk<FuncDecl>(tok_.pos);
  next();
  if (tok_.tok == Tok::LParen) {
    Pos rp = tok_.pos;
    std::vector<Field*> recv;
    bool variadic = false;
    param_list(recv, variadic, false);
    if (recv.size() != 1) {
      if (recv.empty()) plain_error(rp, "method has no receiver");
      else plain_error(rp, "method has multiple receivers");
      return d;
    }
    d->recv = recv[0];
  }
  if (tok_.tok != Tok::Ident) {
    syntax_error("expected name or (");
    return d;
  }
  d->name = name();
  if (tok_.tok == Tok::LBrack) {
    if (d->recv) plain_error(tok_.pos, "syntax error: method must have no type parameters");
    next();
    if (tok_.tok == Tok::RBrack) {
      syntax_error("empty type parameter list");
      return d;
    }
    tparam_list(d->tparams, nullptr);
    if (failed_) return d;
  }
  d->type = func_type(d->pos);
  if (tok_.tok == Tok::LBrace) d->body = func_body();
  return d;
}

// ---------------------------------------------------------------------------------------------
// Types

Ident* Parser::name() {
  Ident* id = mk<Ident>(tok_.pos);
  if (tok_.tok == Tok::Ident) {
    id->name = tok_.lit;
    next();
  } else {
    id->name = "_";
    syntax_error("expected name");
  }
  return id;
}

Expr* Parser::qualified_name(Ident* first) {
  Expr* x = first;
  if (tok_.tok == Tok::Period) {
    next();
    SelectorExpr* s = mk<SelectorExpr>(first->pos);
    s->x = first;
    s->sel = name();
    x = s;
  }
  if (tok_.tok == Tok::LBrack) x = type_args(x);  // G[int, string]
  return x;
}

// TypeArgs = "[" TypeList [ "," ] "]" after a type name: an IndexExpr (index + extra).
Expr* Parser::type_args(Expr* x) {
  Depth dg(this);
  IndexExpr* ix = mk<IndexExpr>(x->pos);
  ix->x = x;
  next();  // [
  int old = xnest_;
  xnest_ = 0;
  ix->index = type_();
  while (got(Tok::Comma)) {
    if (tok_.tok == Tok::RBrack) break;
    ix->extra.push_back(type_());
  }
  xnest_ = old;
  want(Tok::RBrack);
  return ix;
}

// TypeParameters = "[" TypeParamDecl { "," TypeParamDecl } [ "," ] "]" with
// TypeParamDecl = IdentifierList TypeConstraint; the "[" is consumed (and first, when the caller
// had to read it to tell a type parameter list from an array length).
void Parser::tparam_list(std::vector<Field*>& out, Ident* first) {
  Depth dg(this);
  std::vector<Ident*> names;
  if (first) names.push_back(first);
  else names.push_back(name());
  while (!failed_) {
    if (got(Tok::Comma)) {
      if (tok_.tok == Tok::RBrack && names.empty()) break;
      names.push_back(name());
      continue;
    }
    if (tok_.tok == Tok::RBrack) {
      if (!names.empty()) {
        syntax_error("missing type constraint");
        return;
      }
      break;
    }
    Field* f = mk<Field>(names[0]->pos);
    f->names = names;
    names.clear();
    f->type = constraint_expr();
    out.push_back(f);
    if (tok_.tok != Tok::Comma && tok_.tok != Tok::RBrack) {
      syntax_error("in parameter list; possibly missing comma or ]");
      return;
    }
    if (got(Tok::Comma)) {
      if (tok_.tok == Tok::RBrack) break;
      names.push_back(name());
    }
  }
  want(Tok::RBrack);
}

// A constraint or interface element: ["~"] Type { "|" ["~"] Type }.
Expr* Parser::constraint_expr() {
  Depth dg(this);
  Expr* first;
  if (tok_.tok == Tok::Tilde) {
    UnaryExpr* u = mk<UnaryExpr>(tok_.pos);
    u->op = Tok::Tilde;
    next();
    u->x = type_();
    first = u;
  } else {
    first = type_();
  }
  return union_rest(first);
}

Expr* Parser::union_rest(Expr* x) {
  while (tok_.tok == Tok::Or && !failed_) {
    BinaryExpr* b = mk<BinaryExpr>(x->pos);
    b->op = Tok::Or;
    b->op_pos = tok_.pos;
    next();
    b->x = x;
    if (tok_.tok == Tok::Tilde) {
      UnaryExpr* u = mk<UnaryExpr>(tok_.pos);
      u->op = Tok::Tilde;
      next();
      u->x = type_();
      b->y = u;
    } else {
      b->y = type_();
    }
    x = b;
  }
  return x;
}

Expr* Parser::type_() {
  Expr* t = type_or_nil();
  if (!t) {
    syntax_error("expected type");
    return mk<BadExpr>(tok_.pos);
  }
  return t;
}

Expr* Parser::array_or_slice_type(Pos p) {
  // after "["
  ArrayType* a = mk<ArrayType>(p);
  if (got(Tok::RBrack)) {
    a->elem = type_();
    return a;
  }
  if (tok_.tok == Tok::Ellipsis) {
    a->len = mk<EllipsisExpr>(tok_.pos);
    next();
  } else {
    int old = xnest_;
    xnest_ = 0;
    a->len = expr();
    xnest_ = old;
  }
  want(Tok::RBrack);
  a->elem = type_();
  return a;
}

Expr* Parser::type_or_nil() {
  Depth dg(this);
  if (failed_) return nullptr;
  Pos p = tok_.pos;
  switch (tok_.tok) {
    case Tok::Mul: {
      next();
      StarExpr* s = mk<StarExpr>(p);
      s->x = type_();
      return s;
    }
    case Tok::Arrow: {
      next();
      if (!got(Tok::Chan)) {
        syntax_error("expected chan");  // gc: "missing chan after <-"?
        return nullptr;
      }
      ChanType* c = mk<ChanType>(p);
      c->dir = ChanDir::Recv;
      c->value = type_();
      return c;
    }
    case Tok::Func: {
      next();
      return func_type(p);
    }
    case Tok::LBrack:
      next();
      return array_or_slice_type(p);
    case Tok::Chan: {
      next();
      ChanType* c = mk<ChanType>(p);
      if (got(Tok::Arrow)) c->dir = ChanDir::Send;
      c->value = type_();
      return c;
    }
    case Tok::Map: {
      next();
      want(Tok::LBrack);
      MapType* m = mk<MapType>(p);
      m->key = type_();
      want(Tok::RBrack);
      m->value = type_();
      return m;
    }
    case Tok::Struct: return struct_type();
    case Tok::Interface: return interface_type();
    case Tok::Ident: return qualified_name(name());
    case Tok::LParen: {
      next();
      ParenExpr* pe = mk<ParenExpr>(p);
      pe->x = type_();
      want(Tok::RParen);
      return pe;
    }
    default: return nullptr;
  }
}

FuncType* Parser::func_type(Pos p) {
  FuncType* ft = mk<FuncType>(p);
  if (tok_.tok == Tok::LBrack) {
    // gc reports and parses on (the list is dropped).
    soft_error(tok_.pos, "syntax error: function type must have no type parameters");
    next();
    std::vector<Field*> dropped;
    if (tok_.tok != Tok::RBrack) tparam_list(dropped, nullptr);
    else next();
    if (failed_) return ft;
  }
  if (tok_.tok != Tok::LParen) {
    syntax_error("expected (");
    return ft;
  }
  param_list(ft->params, ft->variadic, false);
  result(ft);
  return ft;
}

void Parser::result(FuncType* ft) {
  if (tok_.tok == Tok::LParen) {
    bool v = false;
    param_list(ft->results, v, true);
    if (v) plain_error(ft->pos, "can only use ... with final parameter in list");
    return;
  }
  Pos p = tok_.pos;
  if (Expr* t = type_or_nil()) {
    Field* f = mk<Field>(p);
    f->type = t;
    ft->results.push_back(f);
  }
}

// Parameters = "(" [ ParameterList [ "," ] ] ")" . Entries are either all "Type" or all
// "name... Type" (names grouped: a, b int).
void Parser::param_list(std::vector<Field*>& out, bool& variadic, bool is_result) {
  Depth dg(this);
  want(Tok::LParen);
  struct Entry {
    Ident* name = nullptr;
    Expr* type = nullptr;
    Pos pos;
  };
  std::vector<Entry> es;
  bool named = false;
  while (tok_.tok != Tok::EOF_ && tok_.tok != Tok::RParen) {
    Entry e;
    e.pos = tok_.pos;
    if (tok_.tok == Tok::Ident) {
      Ident* id = name();
      if (tok_.tok == Tok::Period) {
        e.type = qualified_name(id);
      } else if (tok_.tok == Tok::Comma || tok_.tok == Tok::RParen) {
        e.type = id;  // name or type: decided below
      } else if (tok_.tok == Tok::Ellipsis) {
        Pos ep = tok_.pos;
        next();
        EllipsisExpr* el = mk<EllipsisExpr>(ep);
        el->elt = type_();
        e.name = id;
        e.type = el;
        named = true;
      } else if (tok_.tok == Tok::LBrack && false) {
      } else {
        e.name = id;
        e.type = type_();
        named = true;
      }
    } else if (tok_.tok == Tok::Ellipsis) {
      Pos ep = tok_.pos;
      next();
      EllipsisExpr* el = mk<EllipsisExpr>(ep);
      el->elt = type_();
      e.type = el;
    } else {
      e.type = type_or_nil();
      if (!e.type) {
        syntax_error("expected )");  // gc: "unexpected X, expected )"
        return;
      }
    }
    es.push_back(e);
    if (!got(Tok::Comma)) {
      if (tok_.tok != Tok::RParen) {
        syntax_error(std::string("in ") + (is_result ? "result" : "parameter") +
                     " list; possibly missing comma or )");
        if (!recover_list(Tok::RParen)) return;
      }
    }
  }
  want(Tok::RParen);
  if (named) {
    // Lone entries are names sharing the type of the next typed entry: (a, b int).
    std::vector<Ident*> pending;
    for (auto& e : es) {
      if (!e.name) {
        if (e.type->kind != ExprKind::Ident) {
          plain_error(e.pos, "syntax error: mixed named and unnamed parameters");
          return;
        }
        pending.push_back(static_cast<Ident*>(e.type));
        continue;
      }
      Field* f = mk<Field>(pending.empty() ? e.pos : pending[0]->pos);
      f->names = pending;
      f->names.push_back(e.name);
      pending.clear();
      f->type = e.type;
      out.push_back(f);
    }
    if (!pending.empty()) {
      plain_error(pending.back()->pos, "syntax error: mixed named and unnamed parameters");
      return;
    }
  } else {
    for (auto& e : es) {
      Field* f = mk<Field>(e.pos);
      f->type = e.type;
      out.push_back(f);
    }
  }
  for (size_t i = 0; i < out.size(); i++) {
    if (out[i]->type->kind == ExprKind::Ellipsis) {
      if (i + 1 != out.size() || out[i]->names.size() > 1) {
        plain_error(out[i]->type->pos, "can only use ... with final parameter in list");
        return;
      }
      variadic = true;
    }
  }
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
StructType* Parser::struct_type() {
  StructType* st = mk<StructType>(tok_.pos);
  next();
  want(Tok::LBrace);
  while (tok_.tok != Tok::EOF_ && tok_.tok != Tok::RBrace) {
    Field* f = mk<Field>(tok_.pos);
    if (tok_.tok == Tok::Mul) {  // embedded *T
      Pos p = tok_.pos;
      next();
      StarExpr* s = mk<StarExpr>(p);
      if (tok_.tok != Tok::Ident) {
        syntax_error("expected name");
        return st;
      }
      s->x = qualified_name(name());
      f->type = s;
    } else if (tok_.tok == Tok::Ident) {
      Ident* id = name();
      if (tok_.tok == Tok::Period || tok_.tok == Tok::Semicolon || tok_.tok == Tok::RBrace ||
          tok_.tok == Tok::String) {
        f->type = qualified_name(id);  // embedded T or pkg.T
      } else {
        f->names.push_back(id);
        while (got(Tok::Comma)) f->names.push_back(name());
        f->type = type_();
      }
    } else {
      // gc's fieldDecl: report, skip to ';' or '}', and the list goes on.
      soft_error(tok_.pos, "syntax error: unexpected " + tok_desc() + ", expected field name or embedded type");
      while (tok_.tok != Tok::EOF_ && tok_.tok != Tok::Semicolon && tok_.tok != Tok::RBrace &&
             !(fnest_ > 0 && is_stop_keyword(tok_.tok)))
        next();
      f = nullptr;
    }
    if (f && tok_.tok == Tok::String) {
      f->tag = tok_.value;
      next();
    }
    if (f) st->fields.push_back(f);
    if (failed_) return st;
    if (!got(Tok::Semicolon) && tok_.tok != Tok::RBrace) {
      syntax_error("in struct type; possibly missing semicolon or newline or }");
      if (!recover_list(Tok::RBrace)) return st;
    }
  }
  want(Tok::RBrace);
  return st;
}

// InterfaceType = "interface" "{" { ( MethodSpec | InterfaceTypeName ) ";" } "}" .
InterfaceType* Parser::interface_type() {
  InterfaceType* it = mk<InterfaceType>(tok_.pos);
  next();
  want(Tok::LBrace);
  while (tok_.tok != Tok::EOF_ && tok_.tok != Tok::RBrace) {
    Field* f = mk<Field>(tok_.pos);
    if (tok_.tok != Tok::Ident) {
      if (tok_.tok == Tok::Tilde || tok_.tok == Tok::Mul || tok_.tok == Tok::LBrack ||
          tok_.tok == Tok::Map || tok_.tok == Tok::Chan || tok_.tok == Tok::Func ||
          tok_.tok == Tok::Struct || tok_.tok == Tok::Interface || tok_.tok == Tok::LParen) {
        f->type = constraint_expr();  // a type set element: ~int | ~string, []byte
      } else {
        syntax_error("expected }");
        return it;
      }
    } else {
      Ident* id = name();
      if (tok_.tok == Tok::LParen) {
        f->names.push_back(id);
        f->type = func_type(id->pos);
      } else {
        f->type = union_rest(qualified_name(id));
      }
    }
    it->methods.push_back(f);
    if (!got(Tok::Semicolon) && tok_.tok != Tok::RBrace) {
      syntax_error("in interface type; possibly missing semicolon or newline or }");
      return it;
    }
  }
  want(Tok::RBrace);
  return it;
}

// ---------------------------------------------------------------------------------------------
// Expressions

Expr* Parser::expr() {
  Depth dg(this);
  return binary_expr(1);
}

std::vector<Expr*> Parser::expr_list() {
  std::vector<Expr*> v;
  v.push_back(expr());
  while (got(Tok::Comma)) v.push_back(expr());
  return v;
}

Expr* Parser::binary_expr(int prec) {
  Expr* x = unary_expr();
  while (!failed_) {
    int p = tok_precedence(tok_.tok);
    if (p < prec) break;
    BinaryExpr* b = mk<BinaryExpr>(x->pos);
    b->op = tok_.tok;
    b->op_pos = tok_.pos;
    next();
    b->x = x;
    b->y = binary_expr(p + 1);
    x = b;
  }
  return x;
}

Expr* Parser::unary_expr() {
  Depth dg(this);
  Pos p = tok_.pos;
  switch (tok_.tok) {
    case Tok::Mul: {
      next();
      StarExpr* s = mk<StarExpr>(p);
      s->x = unary_expr();
      return s;
    }
    case Tok::Add: case Tok::Sub: case Tok::Not: case Tok::Xor: case Tok::And: case Tok::Tilde: {
      UnaryExpr* u = mk<UnaryExpr>(p);
      u->op = tok_.tok;
      next();
      u->x = unary_expr();
      return u;
    }
    case Tok::Arrow: {
      next();
      // <-chan T is a type; otherwise a receive.
      Expr* x = unary_expr();
      if (x->kind == ExprKind::ChanType) {
        // Convert: <-(chan T) → (<-chan T); <-(chan<- T) is an error in gc.
        ChanType* c = static_cast<ChanType*>(x);
        if (c->dir == ChanDir::Send) {
          plain_error(p, "syntax error: unexpected <-, expected expression");  // rare
          return x;
        }
        c->dir = ChanDir::Recv;
        c->pos = p;
        return c;
      }
      UnaryExpr* u = mk<UnaryExpr>(p);
      u->op = Tok::Arrow;
      u->x = x;
      return u;
    }
    default: return primary_expr(false);
  }
}

bool Parser::complit_ok(Expr* x) const {
  switch (x->kind) {
    case ExprKind::Ident:
    case ExprKind::Selector:
    case ExprKind::Index: return xnest_ >= 0;  // T{...}, pkg.T{...}, G[int]{...}
    case ExprKind::ArrayType:
    case ExprKind::StructType:
    case ExprKind::MapType: return true;
    default: return false;
  }
}

Expr* Parser::operand() {
  Pos p = tok_.pos;
  switch (tok_.tok) {
    case Tok::Ident: return name();
    case Tok::Int: case Tok::Float: case Tok::Imag: case Tok::Char: case Tok::String: {
      BasicLit* b = mk<BasicLit>(p);
      b->tok = tok_.tok;
      b->lit = tok_.lit;
      b->value = tok_.value;
      b->rune = tok_.rune;
      next();
      return b;
    }
    case Tok::LParen: {
      next();
      int old = xnest_;
      xnest_ = 0;
      ParenExpr* pe = mk<ParenExpr>(p);
      pe->x = expr();
      xnest_ = old;
      want(Tok::RParen);
      return pe;
    }
    case Tok::Func: {
      next();
      FuncType* ft = func_type(p);
      if (tok_.tok == Tok::LBrace) {
        int old = xnest_;
        xnest_ = 0;
        FuncLit* fl = mk<FuncLit>(p);
        fl->type = ft;
        fl->body = func_body();
        xnest_ = old;
        return fl;
      }
      return ft;
    }
    case Tok::LBrack: case Tok::Chan: case Tok::Map: case Tok::Struct: case Tok::Interface:
      return type_or_nil();
    default: {
      syntax_error("expected expression");
      skip_then_end_check();
      return mk<BadExpr>(p);
    }
  }
}

CallExpr* Parser::call_args(Expr* fun) {
  CallExpr* c = mk<CallExpr>(fun->pos);
  c->fun = fun;
  c->lparen = tok_.pos;
  next();  // (
  int old = xnest_;
  xnest_ = 0;
  while (tok_.tok != Tok::EOF_ && tok_.tok != Tok::RParen) {
    // Types are valid arguments (make([]int, 3), new(T)).
    Expr* a = nullptr;
    if (tok_.tok == Tok::LBrack || tok_.tok == Tok::Chan || tok_.tok == Tok::Map ||
        tok_.tok == Tok::Struct || tok_.tok == Tok::Interface || tok_.tok == Tok::Func) {
      a = expr();
    } else {
      a = expr();
    }
    c->args.push_back(a);
    if (tok_.tok == Tok::Ellipsis) {
      c->has_ellipsis = true;
      next();
    }
    if (!got(Tok::Comma)) {
      if (tok_.tok != Tok::RParen) {
        syntax_error("in argument list; possibly missing comma or )");
        if (!recover_list(Tok::RParen)) {
          xnest_ = old;
          return c;
        }
      }
    } else if (c->has_ellipsis && tok_.tok != Tok::RParen) {
      syntax_error("in argument list; possibly missing comma or )");
      if (!recover_list(Tok::RParen)) {
        xnest_ = old;
        return c;
      }
    }
  }
  xnest_ = old;
  c->rparen = tok_.pos;
  want(Tok::RParen);
  return c;
}

Expr* Parser::primary_expr(bool keep_parens) {
  Depth dg(this);
  Expr* x = operand();
  while (!failed_) {
    Pos p = tok_.pos;
    switch (tok_.tok) {
      case Tok::Period: {
        next();
        if (tok_.tok == Tok::Ident) {
          SelectorExpr* s = mk<SelectorExpr>(x->pos);
          s->x = x;
          s->sel = name();
          x = s;
        } else if (tok_.tok == Tok::LParen) {
          next();
          TypeAssertExpr* ta = mk<TypeAssertExpr>(x->pos);
          ta->x = x;
          if (got(Tok::Type)) {
            ta->type = nullptr;
          } else {
            ta->type = type_();
          }
          want(Tok::RParen);
          x = ta;
        } else {
          syntax_error("expected name or (");
          return x;
        }
        break;
      }
      case Tok::LBrack: {
        next();
        int old = xnest_;
        xnest_ = 0;
        Expr* i = nullptr;
        if (tok_.tok != Tok::Colon) {
          i = expr();
          if (got(Tok::RBrack)) {
            IndexExpr* ix = mk<IndexExpr>(x->pos);
            ix->x = x;
            ix->index = i;
            x = ix;
            xnest_ = old;
            break;
          }
          if (tok_.tok == Tok::Comma) {  // G[A, B]: several type arguments
            IndexExpr* ix = mk<IndexExpr>(x->pos);
            ix->x = x;
            ix->index = i;
            while (got(Tok::Comma)) {
              if (tok_.tok == Tok::RBrack) break;
              ix->extra.push_back(expr());
            }
            xnest_ = old;
            want(Tok::RBrack);
            x = ix;
            break;
          }
        }
        SliceExpr* s = mk<SliceExpr>(x->pos);
        s->x = x;
        s->lo = i;
        if (!got(Tok::Colon)) {
          syntax_error("expected comma, : or ]");
          return x;
        }
        if (tok_.tok != Tok::Colon && tok_.tok != Tok::RBrack) s->hi = expr();
        Pos colon2 = tok_.pos;
        if (got(Tok::Colon)) {
          s->slice3 = true;
          // gc reports these without "syntax error" and parses on.
          if (!s->hi) soft_error(colon2, "middle index required in 3-index slice");
          if (tok_.tok == Tok::RBrack) soft_error(tok_.pos, "final index required in 3-index slice");
          else s->max = expr();
        }
        xnest_ = old;
        want(Tok::RBrack);
        x = s;
        break;
      }
      case Tok::LParen:
        x = call_args(x);
        break;
      case Tok::LBrace: {
        Expr* t = x;
        while (t->kind == ExprKind::Paren && false) t = static_cast<ParenExpr*>(t)->x;
        if (complit_ok(t)) {
          x = complit(x);
          break;
        }
        return x;
      }
      default:
        (void)keep_parens;
        return x;
    }
  }
  return x;
}

// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
Expr* Parser::complit(Expr* type) {
  Depth dg(this);
  CompositeLit* c = mk<CompositeLit>(type ? type->pos : tok_.pos);
  c->type = type;
  c->lbrace = tok_.pos;
  want(Tok::LBrace);
  int old = xnest_;
  xnest_ = 0;
  while (tok_.tok != Tok::EOF_ && tok_.tok != Tok::RBrace) {
    Expr* e = bare_complit_elem();
    if (got(Tok::Colon)) {
      KeyValueExpr* kv = mk<KeyValueExpr>(e->pos);
      kv->key = e;
      kv->value = bare_complit_elem();
      e = kv;
    }
    c->elts.push_back(e);
    if (!got(Tok::Comma) && tok_.tok != Tok::RBrace) {
      syntax_error("in composite literal; possibly missing comma or }");
      if (!recover_list(Tok::RBrace)) {
        xnest_ = old;
        return c;
      }
    }
  }
  xnest_ = old;
  c->rbrace = tok_.pos;
  want(Tok::RBrace);
  return c;
}

Expr* Parser::bare_complit_elem() {
  if (tok_.tok == Tok::LBrace) return complit(nullptr);
  return expr();
}

// ---------------------------------------------------------------------------------------------
// Statements

BlockStmt* Parser::func_body() {
  int old = xnest_;
  xnest_ = 0;
  fnest_++;
  BlockStmt* b = block_stmt("");
  fnest_--;
  xnest_ = old;
  return b;
}

BlockStmt* Parser::block_stmt(const char* context) {
  Depth dg(this);
  BlockStmt* b = mk<BlockStmt>(tok_.pos);
  if (!got(Tok::LBrace)) {
    syntax_error(std::string("expected { after ") + context);
    return b;
  }
  b->list = stmt_list();
  b->rbrace = tok_.pos;
  want(Tok::RBrace);
  return b;
}

std::vector<Stmt*> Parser::stmt_list() {
  std::vector<Stmt*> v;
  int xnest = xnest_;
  // gc's stmtList, plus the recovery point for errors inside a statement.
  auto recover_stmt = [&]() {
    xnest_ = xnest;
    if (end_check_ && !end_check("at end of statement", true)) return !fatal_;
    if (!recover({Tok::Semicolon, Tok::RBrace, Tok::Case, Tok::Default}, true, false)) return false;
    got(Tok::Semicolon);  // avoid a spurious empty statement
    return true;
  };
  while (tok_.tok != Tok::EOF_ && tok_.tok != Tok::RBrace && tok_.tok != Tok::Case && tok_.tok != Tok::Default) {
    Pos start = tok_.pos;
    Stmt* s = stmt_or_nil();
    if (failed_) {
      if (!recover_stmt()) break;
      // Guarantee progress: a statement that failed without consuming a token is skipped.
      if (tok_.pos.line == start.line && tok_.pos.col == start.col && tok_.tok != Tok::EOF_) next();
      continue;
    }
    if (!s) break;  // the enclosing block reports "unexpected X, expected }"
    v.push_back(s);
    // ";" is optional before "}"
    if (!got(Tok::Semicolon) && tok_.tok != Tok::RBrace) {
      syntax_error("at end of statement");
      if (!recover_stmt()) break;
    }
  }
  return v;
}

CallExpr* Parser::call_stmt_expr(const char* kw, Expr** not_call) {
  Expr* x = unary_expr();
  if (failed_ || !x) return nullptr;
  Expr* y = x;
  while (y->kind == ExprKind::Paren) y = static_cast<ParenExpr*>(y)->x;
  if (y != x) soft_error(x->pos, std::string("expression in ") + kw + " must not be parenthesized");
  if (y->kind != ExprKind::Call) {
    *not_call = y;  // reported by the checker
    return nullptr;
  }
  return static_cast<CallExpr*>(y);
}

Stmt* Parser::stmt_or_nil() {
  Depth dg(this);
  Pos p = tok_.pos;
  switch (tok_.tok) {
    case Tok::Semicolon: return mk<EmptyStmt>(p);
    case Tok::Var: case Tok::Const: case Tok::Type: {
      DeclStmt* d = mk<DeclStmt>(p);
      d->decl = gen_decl(tok_.tok);
      return d;
    }
    case Tok::LBrace: return block_stmt("");
    case Tok::If: return if_stmt();
    case Tok::For: return for_stmt();
    case Tok::Switch: return switch_stmt();
    case Tok::Select: return select_stmt();
    case Tok::Go: case Tok::Defer: {
      bool is_go = tok_.tok == Tok::Go;
      next();
      Expr* bad = nullptr;
      CallExpr* c = call_stmt_expr(is_go ? "go" : "defer", &bad);
      if (is_go) {
        GoStmt* g = mk<GoStmt>(p);
        g->call = c;
        g->not_call = bad;
        return g;
      }
      DeferStmt* d = mk<DeferStmt>(p);
      d->call = c;
      d->not_call = bad;
      return d;
    }
    case Tok::Return: {
      next();
      ReturnStmt* r = mk<ReturnStmt>(p);
      if (tok_.tok != Tok::Semicolon && tok_.tok != Tok::RBrace) r->results = expr_list();
      return r;
    }
    case Tok::Break: case Tok::Continue: case Tok::Goto: case Tok::Fallthrough: {
      BranchStmt* b = mk<BranchStmt>(p);
      b->tok = tok_.tok;
      next();
      if (b->tok == Tok::Goto) b->label = name();  // required (gc: "expected name")
      else if (b->tok != Tok::Fallthrough && tok_.tok == Tok::Ident) b->label = name();
      return b;
    }
    case Tok::Func:
      // A function literal used as a statement: func(){...}()
      return simple_stmt(nullptr, 0);
    default:
      if (tok_.tok == Tok::Ident || tok_.tok == Tok::Int || tok_.tok == Tok::Float ||
          tok_.tok == Tok::Imag || tok_.tok == Tok::Char || tok_.tok == Tok::String ||
          tok_.tok == Tok::LParen || tok_.tok == Tok::LBrack || tok_.tok == Tok::Struct ||
          tok_.tok == Tok::Map || tok_.tok == Tok::Chan || tok_.tok == Tok::Interface ||
          tok_.tok == Tok::Mul || tok_.tok == Tok::And || tok_.tok == Tok::Add ||
          tok_.tok == Tok::Sub || tok_.tok == Tok::Xor || tok_.tok == Tok::Not ||
          tok_.tok == Tok::Arrow) {
        return simple_stmt(nullptr, 2);
      }
      return nullptr;
  }
}

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
// mode 1: a range clause is allowed (for headers); mode 2: a label is allowed.
Stmt* Parser::simple_stmt(Expr* lhs0, int mode) {
  Pos p = tok_.pos;
  if (mode == 1 && tok_.tok == Tok::Range) {
    // for range x
    next();
    RangeStmt* r = mk<RangeStmt>(p);
    r->x = expr();
    return r;
  }
  std::vector<Expr*> lhs;
  lhs.push_back(lhs0 ? lhs0 : expr());
  if (tok_.tok != Tok::Comma) {
    Expr* x = lhs[0];
    switch (tok_.tok) {
      case Tok::Colon:
        if (mode == 2 && x->kind == ExprKind::Ident) {
          next();
          LabeledStmt* l = mk<LabeledStmt>(p);
          l->label = static_cast<Ident*>(x);
          if (tok_.tok == Tok::RBrace) {
            l->stmt = mk<EmptyStmt>(tok_.pos);
            return l;
          }
          l->stmt = stmt_or_nil();
          if (!l->stmt) l->stmt = mk<EmptyStmt>(tok_.pos);
          return l;
        }
        break;
      case Tok::Arrow: {
        next();
        SendStmt* s = mk<SendStmt>(p);
        s->chan = x;
        s->value = expr();
        return s;
      }
      case Tok::Inc: case Tok::Dec: {
        IncDecStmt* s = mk<IncDecStmt>(p);
        s->x = x;
        s->tok = tok_.tok;
        next();
        return s;
      }
      default:
        if (tok_is_assign_op(tok_.tok)) {
          AssignStmt* a = mk<AssignStmt>(p);
          a->tok = tok_.tok;
          a->tok_pos = tok_.pos;
          next();
          a->lhs = lhs;
          a->rhs.push_back(expr());
          return a;
        }
        break;
    }
    if (tok_.tok != Tok::Assign && tok_.tok != Tok::Define) {
      ExprStmt* e = mk<ExprStmt>(p);
      e->x = x;
      return e;
    }
  } else {
    while (got(Tok::Comma)) lhs.push_back(expr());
  }
  if (tok_.tok == Tok::Assign || tok_.tok == Tok::Define) {
    Tok t = tok_.tok;
    Pos tp = tok_.pos;
    next();
    if (mode == 1 && tok_.tok == Tok::Range) {
      next();
      RangeStmt* r = mk<RangeStmt>(p);
      r->tok = t;
      if (lhs.size() > 2) {
        // gc's parser reports this but it is no syntax error: type checking still runs.
        soft_error(lhs[2]->pos, "range clause permits at most two iteration variables");
        lhs.resize(2);
      }
      r->key = lhs[0];
      if (lhs.size() > 1) r->value = lhs[1];
      r->x = expr();
      return r;
    }
    AssignStmt* a = mk<AssignStmt>(p);
    a->tok = t;
    a->tok_pos = tp;
    a->lhs = lhs;
    a->rhs = expr_list();
    return a;
  }
  syntax_error("expected := or = or comma");
  return mk<BadStmt>(p);
}

// header parses "[init ;] cond" (if/switch) or "[init] ; [cond] ; [post]" / range (for).
void Parser::header(Stmt*& init, Expr*& cond, Stmt*& post, bool is_for, Stmt** range_out) {
  int old = xnest_;
  xnest_ = -1;
  Stmt* s = nullptr;
  if (tok_.tok != Tok::Semicolon && tok_.tok != Tok::LBrace) {
    s = simple_stmt(nullptr, is_for ? 1 : 0);
    if (s && s->kind == StmtKind::Range) {
      *range_out = s;
      xnest_ = old;
      return;
    }
  }
  hdr_semi_ = Pos{};
  if (!failed_ && s && tok_.tok != Tok::Semicolon && tok_.tok != Tok::LBrace) {
    // gc asks for the '{' here (better message than ';'), skips to a brace and parses on: the
    // statement is the init (for: "expected for loop condition" if the '{' follows).
    soft_error(tok_.pos, "syntax error: unexpected " + tok_desc() + ", expected {");
    while (tok_.tok != Tok::EOF_ && tok_.tok != Tok::LBrace && tok_.tok != Tok::RBrace) {
      if (fnest_ > 0 && is_stop_keyword(tok_.tok)) break;
      next();
    }
    init = s;
    if (tok_.tok == Tok::LBrace && is_for) soft_error(tok_.pos, "syntax error: unexpected {, expected for loop condition");
    if (tok_.tok != Tok::LBrace) unwind();
    xnest_ = old;
    return;
  }
  if (tok_.tok == Tok::Semicolon) {
    Pos semi = tok_.pos;
    bool is_newline = tok_.lit == "newline";
    hdr_semi_ = semi;
    hdr_semi_lit_ = tok_.lit;
    next();
    init = s;
    s = nullptr;
    if (is_for) {
      if (tok_.tok != Tok::Semicolon) {
        if (tok_.tok == Tok::LBrace) {
          syntax_error("expected for loop condition");
          xnest_ = old;
          return;
        }
        cond = expr();
      }
      want(Tok::Semicolon);
      if (tok_.tok != Tok::LBrace) {
        post = simple_stmt(nullptr, 0);
        if (post && post->kind == StmtKind::Assign && static_cast<AssignStmt*>(post)->tok == Tok::Define) {
          plain_error(post->pos, "syntax error: cannot declare in post statement of for loop");
        }
      }
      xnest_ = old;
      return;
    }
    if (tok_.tok != Tok::LBrace) {
      s = simple_stmt(nullptr, 0);
    } else if (is_newline) {
      (void)semi;
    }
  }
  // s must be an expression: the condition / tag.
  if (s) {
    if (s->kind == StmtKind::Expr) {
      cond = static_cast<ExprStmt*>(s)->x;
    } else {
      // Type switch guards are statements (x := y.(type)); switch_stmt inspects init/post.
      post = s;  // handed back to the caller for inspection
    }
  }
  xnest_ = old;
}

// syntax.String of a simple statement in a condition position; an assignment's operands are
// "emphasized" (binary expressions parenthesized) as gc does.
std::string Parser::stmt_string(Stmt* st) {
  auto list = [](const std::vector<Expr*>& v, bool emph) {
    std::string r;
    for (size_t i = 0; i < v.size(); i++) {
      if (i) r += ", ";
      std::string x = expr_string(v[i]);
      r += emph && v.size() == 1 && v[i]->kind == ExprKind::Binary ? "(" + x + ")" : x;
    }
    return r;
  };
  if (st->kind == StmtKind::Assign) {
    AssignStmt* a = static_cast<AssignStmt*>(st);
    if (a->tok == Tok::Assign) return "assignment " + list(a->lhs, true) + " = " + list(a->rhs, true);
    return list(a->lhs, false) + " " + tok_str(a->tok) + " " + list(a->rhs, false);
  }
  if (st->kind == StmtKind::IncDec) {
    IncDecStmt* d = static_cast<IncDecStmt*>(st);
    return expr_string(d->x) + tok_str(d->tok);
  }
  if (st->kind == StmtKind::Send) return "send statement";  // approx.
  return "statement";
}

Pos Parser::stmt_pos(Stmt* st) {
  // syntax package: an assignment's position is its operator's.
  if (st->kind == StmtKind::Assign) return static_cast<AssignStmt*>(st)->tok_pos;
  return st->pos;
}

Stmt* Parser::if_stmt() {
  Depth dg(this);
  IfStmt* s = mk<IfStmt>(tok_.pos);
  next();
  Stmt* post = nullptr;
  Stmt* range = nullptr;
  // gc's header(): these errors do not skip tokens; the if statement is parsed on.
  if (tok_.tok == Tok::LBrace) {
    soft_error(tok_.pos, "syntax error: missing condition in if statement");
  } else {
    header(s->init, s->cond, post, false, &range);
    if (failed_) return s;
    if (post) {
      soft_error(stmt_pos(post), "syntax error: cannot use " + stmt_string(post) + " as value");
    } else if (range) {
      soft_error(range->pos, "syntax error: cannot use range clause as value");  // approx.
    } else if (!s->cond) {
      if (hdr_semi_.valid() && (hdr_semi_lit_ == "newline" || hdr_semi_lit_ == "EOF"))
        soft_error(hdr_semi_, "syntax error: unexpected " + hdr_semi_lit_ + ", expected { after if clause");
      else
        soft_error(hdr_semi_.valid() ? hdr_semi_ : tok_.pos, "syntax error: missing condition in if statement");
    }
  }
  s->then = block_stmt("if clause");
  if (got(Tok::Else)) {
    if (tok_.tok == Tok::If) s->els = if_stmt();
    else if (tok_.tok == Tok::LBrace) s->els = block_stmt("");
    else syntax_error("else must be followed by if or statement block");
  }
  return s;
}

Stmt* Parser::for_stmt() {
  Depth dg(this);
  Pos p = tok_.pos;
  next();
  Stmt *init = nullptr, *post = nullptr, *range = nullptr;
  Expr* cond = nullptr;
  if (tok_.tok != Tok::LBrace) header(init, cond, post, true, &range);
  if (range) {
    RangeStmt* r = static_cast<RangeStmt*>(range);
    r->pos = p;
    r->body = block_stmt("for clause");
    return r;
  }
  ForStmt* f = mk<ForStmt>(p);
  f->init = init;
  f->cond = cond;
  f->post = post;
  if (!init && !cond && post && !hdr_semi_.valid()) {
    // "for x := 0 {" — header returned the statement as post ("for ; ; i++ {" has its
    // semicolons: a real post statement)
    if (post->kind == StmtKind::Expr) {
      f->cond = static_cast<ExprStmt*>(post)->x;
      f->post = nullptr;
    } else {
      plain_error(post->pos, "syntax error: cannot use assignment as value");  // approx. gc
      return f;
    }
  }
  f->body = block_stmt("for clause");
  return f;
}

Stmt* Parser::switch_stmt() {
  Depth dg(this);
  Pos p = tok_.pos;
  next();
  Stmt *init = nullptr, *post = nullptr, *range = nullptr;
  Expr* tag = nullptr;
  if (tok_.tok != Tok::LBrace) header(init, tag, post, false, &range);
  // Type switch: guard is "y.(type)" (as tag) or "x := y.(type)" (as post).
  auto is_guard = [](Expr* e) {
    return e && e->kind == ExprKind::TypeAssert && static_cast<TypeAssertExpr*>(e)->type == nullptr;
  };
  if (is_guard(tag) || (post && post->kind == StmtKind::Assign)) {
    TypeSwitchStmt* ts = mk<TypeSwitchStmt>(p);
    ts->init = init;
    if (is_guard(tag)) {
      ts->guard = static_cast<TypeAssertExpr*>(tag);
    } else {
      AssignStmt* a = static_cast<AssignStmt*>(post);
      if (a->tok != Tok::Define || a->lhs.size() != 1 || a->rhs.size() != 1 ||
          a->lhs[0]->kind != ExprKind::Ident || !is_guard(a->rhs[0])) {
        plain_error(a->pos, "syntax error: cannot use assignment as value");  // approx. gc
        return ts;
      }
      ts->bind = static_cast<Ident*>(a->lhs[0]);
      ts->guard = static_cast<TypeAssertExpr*>(a->rhs[0]);
    }
    if (!got(Tok::LBrace)) {
      syntax_error("expected { after switch clause");
      return ts;
    }
    while (tok_.tok != Tok::EOF_ && tok_.tok != Tok::RBrace) {
      ts->clauses.push_back(case_clause());
      if (failed_ && !recover_clause()) break;
    }
    want(Tok::RBrace);
    return ts;
  }
  if (post) {
    plain_error(post->pos, "syntax error: cannot use assignment as value");  // approx. gc
    return mk<BadStmt>(p);
  }
  SwitchStmt* s = mk<SwitchStmt>(p);
  s->init = init;
  s->tag = tag;
  if (!got(Tok::LBrace)) {
    syntax_error("expected { after switch clause");
    return s;
  }
  while (tok_.tok != Tok::EOF_ && tok_.tok != Tok::RBrace) {  // gc's switchStmt loop
    s->clauses.push_back(case_clause());
    if (failed_ && !recover_clause()) break;
  }
  want(Tok::RBrace);
  return s;
}

CaseClause* Parser::case_clause() {
  CaseClause* c = mk<CaseClause>(tok_.pos);
  if (got(Tok::Case)) {
    int old = xnest_;
    xnest_ = 0;
    c->list = expr_list();
    xnest_ = old;
  } else if (got(Tok::Default)) {
    c->is_default = true;
  } else {
    clause_junk();
  }
  want(Tok::Colon);
  c->body = stmt_list();
  return c;
}

Stmt* Parser::select_stmt() {
  Depth dg(this);
  SelectStmt* s = mk<SelectStmt>(tok_.pos);
  next();
  if (!got(Tok::LBrace)) {
    syntax_error("expected { after select clause");
    return s;
  }
  while (tok_.tok != Tok::EOF_ && tok_.tok != Tok::RBrace) {
    s->clauses.push_back(comm_clause());
    if (failed_ && !recover_clause()) break;
  }
  want(Tok::RBrace);
  return s;
}

CommClause* Parser::comm_clause() {
  CommClause* c = mk<CommClause>(tok_.pos);
  if (got(Tok::Case)) {
    c->comm = simple_stmt(nullptr, 0);
  } else if (!got(Tok::Default)) {
    clause_junk();
  }
  want(Tok::Colon);
  c->body = stmt_list();
  return c;
}

}  // namespace

std::unique_ptr<File> parse_file(std::string_view src, const std::string& filename,
                                 std::vector<Diagnostic>& diags, int line_base) {
  auto f = std::make_unique<File>();
  f->filename = filename;
  Parser p(src, *f, diags, 0, Pos{}, line_base);
  p.parse_file();
  f->embed_directives = std::move(p.scanner().embed_directives());
  return f;
}

std::unique_ptr<File> parse_func_decl_at(std::string_view src, Pos at, const std::string& filename,
                                         std::vector<Diagnostic>& diags, int line_base) {
  auto f = std::make_unique<File>();
  f->filename = filename;
  // Byte offset of line:col (columns are 1-based bytes; lines counted from line_base + 1).
  size_t off = 0;
  for (int line = line_base + 1; line < at.line && off < src.size(); off++)
    if (src[off] == '\n') line++;
  off += size_t(at.col - 1);
  if (off > src.size()) return f;
  Parser p(src, *f, diags, off, at);
  if (FuncDecl* d = p.parse_func_decl()) f->decls.push_back(d);
  return f;
}

}  // namespace gort::lang
