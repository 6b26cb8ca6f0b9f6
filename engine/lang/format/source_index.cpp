// engine/lang/format/source_index.cpp — tokens, comment groups and node extents for the printer.
// Owns: see source_index.h. Comment grouping follows go/parser (a group is a run of comments
// with no token between them and at most one line break between consecutive ones; a comment on
// the line of the previous token starts a group of its own line).
#include "lang/format/source_index.h"

#include <algorithm>

namespace gort::lang::format {

SourceIndex::SourceIndex(std::string_view src) : src_(src) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < src.size(); i++)
    if (src[i] == '\n') line_starts_.push_back(static_cast<int>(i + 1));

  std::vector<Diagnostic> errs;
  std::vector<ScannedComment> comments;
  Scanner sc(src, &errs);
  sc.set_comment_sink(&comments);
  for (int guard = 0; guard < (1 << 26); guard++) {
    Token t = sc.next();
    if (t.tok == Tok::EOF_) break;
    if (t.tok == Tok::Semicolon && (t.lit == "newline" || t.lit == "EOF")) continue;
    int o = off(t.pos);
    toks_.push_back({t.tok, o, static_cast<int>(sc.offset())});
  }
  // bracket matching
  match_.assign(toks_.size(), -1);
  std::vector<int> stack;
  for (int i = 0; i < (int)toks_.size(); i++) {
    Tok k = toks_[i].tok;
    if (k == Tok::LParen || k == Tok::LBrack || k == Tok::LBrace) {
      stack.push_back(i);
    } else if (k == Tok::RParen || k == Tok::RBrack || k == Tok::RBrace) {
      if (!stack.empty()) {
        match_[stack.back()] = i;
        match_[i] = stack.back();
        stack.pop_back();
      }
    }
  }
  // comment groups
  auto cline = [&](const ScannedComment& c) { return line_for(static_cast<int>(c.off)); };
  auto cend_line = [&](const ScannedComment& c) { return line_for(static_cast<int>(c.end) - 1); };
  size_t i = 0;
  while (i < comments.size()) {
    int ti = tok_before(static_cast<int>(comments[i].off));
    int prev_line = ti >= 0 ? line_for(toks_[ti].off) : 0;
    int next_tok = tok_from(static_cast<int>(comments[i].off));
    int next_off = next_tok < (int)toks_.size() ? toks_[next_tok].off : 1 << 30;
    auto take_group = [&](int n) {
      CommentGroup g;
      int endline = cline(comments[i]);
      while (i < comments.size() && (int)comments[i].off < next_off && cline(comments[i]) <= endline + n) {
        g.list.push_back(comments[i]);
        endline = cend_line(comments[i]);
        i++;
      }
      groups_.push_back(std::move(g));
    };
    if (ti >= 0 && cline(comments[i]) == prev_line) take_group(0);
    while (i < comments.size() && (int)comments[i].off < next_off) take_group(1);
  }
}

SrcPos SourceIndex::pos_for(int o) const {
  if (o < 0) return {};
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), o);
  int line = static_cast<int>(it - line_starts_.begin());
  return {o, line, o - line_starts_[line - 1] + 1};
}

int SourceIndex::off(Pos p) const {
  if (!p.valid() || p.line > (int)line_starts_.size()) return -1;
  return line_starts_[p.line - 1] + p.col - 1;
}

int SourceIndex::tok_from(int o) const {
  auto it = std::lower_bound(toks_.begin(), toks_.end(), o, [](const SrcTok& t, int v) { return t.off < v; });
  return static_cast<int>(it - toks_.begin());
}
int SourceIndex::tok_at(int o) const {
  int i = tok_from(o);
  return i < (int)toks_.size() && toks_[i].off == o ? i : -1;
}
int SourceIndex::tok_before(int o) const { return tok_from(o) - 1; }

Delims SourceIndex::delims(int i) const {
  if (i < 0 || i >= (int)toks_.size()) return {};
  return {toks_[i].off, toff(match_[i])};
}

// ---- expressions ----
int SourceIndex::start(const Expr* e) const {
  if (!e) return -1;
  switch (e->kind) {
    case ExprKind::CompositeLit: {
      auto* c = static_cast<const CompositeLit*>(e);
      return c->type ? start(c->type) : off(c->lbrace);
    }
    case ExprKind::Binary: return start(static_cast<const BinaryExpr*>(e)->x);
    case ExprKind::KeyValue: return start(static_cast<const KeyValueExpr*>(e)->key);
    case ExprKind::Selector: return start(static_cast<const SelectorExpr*>(e)->x);
    case ExprKind::Index: return start(static_cast<const IndexExpr*>(e)->x);
    case ExprKind::Slice: return start(static_cast<const SliceExpr*>(e)->x);
    case ExprKind::TypeAssert: return start(static_cast<const TypeAssertExpr*>(e)->x);
    case ExprKind::Call: return start(static_cast<const CallExpr*>(e)->fun);
    default: return off(e->pos);
  }
}

int SourceIndex::end(const Expr* e) const {
  if (!e) return -1;
  switch (e->kind) {
    case ExprKind::Ident: {
      int o = off(e->pos);
      int t = tok_at(o);
      return t >= 0 ? tend(t) : o + (int)static_cast<const Ident*>(e)->name.size();
    }
    case ExprKind::BasicLit: return tend(tok_at(off(e->pos)));
    case ExprKind::CompositeLit: return off(static_cast<const CompositeLit*>(e)->rbrace) + 1;
    case ExprKind::FuncLit: return off(static_cast<const FuncLit*>(e)->body->rbrace) + 1;
    case ExprKind::Paren: return tend(match(tok_at(off(e->pos))));
    case ExprKind::Selector: return end(static_cast<const SelectorExpr*>(e)->sel);
    case ExprKind::Index: return tend(match(tok_from(end(static_cast<const IndexExpr*>(e)->x))));
    case ExprKind::Slice: return tend(match(tok_from(end(static_cast<const SliceExpr*>(e)->x))));
    case ExprKind::TypeAssert:
      return tend(match(tok_from(end(static_cast<const TypeAssertExpr*>(e)->x)) + 1));
    case ExprKind::Call: return off(static_cast<const CallExpr*>(e)->rparen) + 1;
    case ExprKind::Star: return end(static_cast<const StarExpr*>(e)->x);
    case ExprKind::Unary: return end(static_cast<const UnaryExpr*>(e)->x);
    case ExprKind::Binary: return end(static_cast<const BinaryExpr*>(e)->y);
    case ExprKind::KeyValue: return end(static_cast<const KeyValueExpr*>(e)->value);
    case ExprKind::ArrayType: return end(static_cast<const ArrayType*>(e)->elem);
    case ExprKind::MapType: return end(static_cast<const MapType*>(e)->value);
    case ExprKind::ChanType: return end(static_cast<const ChanType*>(e)->value);
    case ExprKind::StructType:
    case ExprKind::InterfaceType: return tend(match(tok_at(off(e->pos)) + 1));
    case ExprKind::FuncType: {
      auto* ft = static_cast<const FuncType*>(e);
      int i = tok_at(off(e->pos));
      if (kind(i) == Tok::Func) i++;
      return functype_end(ft, sig_at(i, ft));
    }
    case ExprKind::Ellipsis: {
      auto* x = static_cast<const EllipsisExpr*>(e);
      return x->elt ? end(x->elt) : off(e->pos) + 3;
    }
    default: return off(e->pos) + 1;
  }
}

SigPos SourceIndex::sig_at(int i, const FuncType* ft) const {
  SigPos sp;
  if (kind(i) == Tok::LBrack) {
    sp.tparams = delims(i);
    i = match(i) + 1;
  }
  if (kind(i) != Tok::LParen) return sp;
  sp.params = delims(i);
  int j = match(i) + 1;
  if (ft && !ft->results.empty() && kind(j) == Tok::LParen) {
    // parenthesised results unless the single unnamed result itself starts with "(" (a ParenExpr)
    const Field* f0 = ft->results[0];
    if (!(ft->results.size() == 1 && f0->names.empty() && start(f0->type) == toff(j))) sp.results = delims(j);
  }
  return sp;
}

SigPos SourceIndex::func_decl_sig(const FuncDecl* d, Delims* recv) const {
  int i = tok_at(off(d->pos)) + 1;
  if (d->recv && kind(i) == Tok::LParen) {
    *recv = delims(i);
    i = match(i) + 1;
  }
  i++;  // name
  return sig_at(i, d->type);
}

int SourceIndex::functype_end(const FuncType* ft, const SigPos& sp) const {
  if (sp.results.close >= 0) return sp.results.close + 1;
  if (!ft->results.empty()) return end(ft->results.back());
  return sp.params.close >= 0 ? sp.params.close + 1 : -1;
}

// ---- fields, specs, declarations ----
int SourceIndex::start(const Field* f) const { return f->names.empty() ? start(f->type) : off(f->names[0]->pos); }
int SourceIndex::tag_tok(const Field* f) const {
  int i = tok_from(end(f->type));
  return kind(i) == Tok::String ? i : -1;
}
int SourceIndex::end(const Field* f) const { return end(f->type); }

int SourceIndex::start(const Spec* s) const {
  switch (s->kind) {
    case SpecKind::Import: return off(s->pos);
    case SpecKind::Value: return off(static_cast<const ValueSpec*>(s)->names[0]->pos);
    case SpecKind::Type: return off(static_cast<const TypeSpec*>(s)->name->pos);
  }
  return off(s->pos);
}
int SourceIndex::end(const Spec* s) const {
  switch (s->kind) {
    case SpecKind::Import: return tend(tok_at(off(static_cast<const ImportSpec*>(s)->path_pos)));
    case SpecKind::Value: {
      auto* v = static_cast<const ValueSpec*>(s);
      if (!v->values.empty()) return end(v->values.back());
      if (v->type) return end(v->type);
      return end(v->names.back());
    }
    case SpecKind::Type: return end(static_cast<const TypeSpec*>(s)->type);
  }
  return -1;
}
int SourceIndex::end(const Decl* d) const {
  if (d->is_func) {
    auto* f = static_cast<const FuncDecl*>(d);
    if (f->body) return off(f->body->rbrace) + 1;
    Delims r;
    return functype_end(f->type, func_decl_sig(f, &r));
  }
  auto* g = static_cast<const GenDecl*>(d);
  int i = tok_at(off(d->pos)) + 1;
  if (kind(i) == Tok::LParen) return tend(match(i));
  return g->specs.empty() ? tend(i - 1) : end(g->specs.back());
}

// ---- statements ----
int SourceIndex::start(const Stmt* s) const {
  switch (s->kind) {
    case StmtKind::Expr: return start(static_cast<const ExprStmt*>(s)->x);
    case StmtKind::Send: return start(static_cast<const SendStmt*>(s)->chan);
    case StmtKind::IncDec: return start(static_cast<const IncDecStmt*>(s)->x);
    case StmtKind::Assign: return start(static_cast<const AssignStmt*>(s)->lhs[0]);
    case StmtKind::Range: {
      int o = off(s->pos);
      int i = tok_at(o);
      if (kind(i) == Tok::For) return o;
      return toff(i - 1);
    }
    default: return off(s->pos);
  }
}

int SourceIndex::end(const Stmt* s) const {
  switch (s->kind) {
    case StmtKind::Expr: return end(static_cast<const ExprStmt*>(s)->x);
    case StmtKind::Send: return end(static_cast<const SendStmt*>(s)->value);
    case StmtKind::IncDec: return end(static_cast<const IncDecStmt*>(s)->x) + 2;
    case StmtKind::Assign: return end(static_cast<const AssignStmt*>(s)->rhs.back());
    case StmtKind::Decl: return end(static_cast<const DeclStmt*>(s)->decl);
    case StmtKind::Block: return off(static_cast<const BlockStmt*>(s)->rbrace) + 1;
    default: return tend(tok_at(off(s->pos)));
  }
}

Delims SourceIndex::switch_body(const Stmt* s) const {
  int h = -1;
  if (s->kind == StmtKind::Switch) {
    auto* sw = static_cast<const SwitchStmt*>(s);
    if (sw->tag) {
      h = end(sw->tag);
    } else if (sw->init) {
      h = tend(tok_from(end(sw->init)));  // the ";" after the init statement
    }
  } else if (s->kind == StmtKind::TypeSwitch) {
    h = end(static_cast<const TypeSwitchStmt*>(s)->guard);
  }
  if (h < 0) h = tend(tok_at(off(s->pos)));
  int i = tok_from(h);
  while (i < (int)toks_.size() && kind(i) != Tok::LBrace) i++;
  return delims(i);
}

}  // namespace gort::lang::format
