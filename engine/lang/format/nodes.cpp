// engine/lang/format/nodes.cpp — go/printer's nodes.go: the layout of every Go construct.
// Owns: expression lists and their line breaks, binary expression spacing by precedence depth,
// parameter/field lists, composite literals, statements, declarations, one-line function
// bodies. Ported from Go 1.19's go/printer/nodes.go (Copyright The Go Authors, BSD-style
// license, see Go's LICENSE) onto lang/ast.h; missing token positions come from SourceIndex.
#include <algorithm>
#include <cmath>

#include "lang/format/printer.h"
#include "lang/format/tabwriter.h"

namespace gort::lang::format {

namespace {
constexpr int kInfinity = 1 << 30;
constexpr char kIgnore = 0, kBlank = ' ', kVtab = '\v', kNewline = '\n', kFormfeed = '\f',
               kIndent = '>', kUnindent = '<';
constexpr int kCommaTerm = 1, kNoIndent = 2;
constexpr int kNoExtraBlank = 1, kNoExtraLinebreak = 2;
constexpr int kFuncParam = 0, kFuncTParam = 1, kTypeTParam = 2;
constexpr int kUnaryPrec = 6, kHighestPrec = 7;

const Expr* strip_parens_always(const Expr* x) {
  while (x && x->kind == ExprKind::Paren) x = static_cast<const ParenExpr*>(x)->x;
  return x;
}
bool is_type_elem(const Expr* x) {
  switch (x->kind) {
    case ExprKind::ArrayType: case ExprKind::StructType: case ExprKind::FuncType:
    case ExprKind::InterfaceType: case ExprKind::MapType: case ExprKind::ChanType: return true;
    case ExprKind::Unary: return static_cast<const UnaryExpr*>(x)->op == Tok::Tilde;
    case ExprKind::Binary: {
      auto* b = static_cast<const BinaryExpr*>(x);
      return is_type_elem(b->x) || is_type_elem(b->y);
    }
    case ExprKind::Paren: return is_type_elem(static_cast<const ParenExpr*>(x)->x);
    default: return false;
  }
}
bool combines_with_name(const Expr* x) {
  switch (x->kind) {
    case ExprKind::Star: return !is_type_elem(static_cast<const StarExpr*>(x)->x);
    case ExprKind::Binary: {
      auto* b = static_cast<const BinaryExpr*>(x);
      return combines_with_name(b->x) && !is_type_elem(b->y);
    }
    default: return false;
  }
}
bool is_type_name(const Expr* x) {
  if (!x) return false;
  if (x->kind == ExprKind::Ident) return true;
  if (x->kind == ExprKind::Selector) return is_type_name(static_cast<const SelectorExpr*>(x)->x);
  return false;
}
// ast.Inspect over px.X looking for a composite literal with a type name (not inside parens).
bool has_typename_complit(const Expr* x);
bool any_of(const std::vector<Expr*>& v) {
  for (auto* e : v)
    if (has_typename_complit(e)) return true;
  return false;
}
bool has_typename_complit(const Expr* x) {
  if (!x) return false;
  switch (x->kind) {
    case ExprKind::Paren: return false;
    case ExprKind::CompositeLit: return is_type_name(static_cast<const CompositeLit*>(x)->type);
    case ExprKind::Binary: {
      auto* b = static_cast<const BinaryExpr*>(x);
      return has_typename_complit(b->x) || has_typename_complit(b->y);
    }
    case ExprKind::Unary: return has_typename_complit(static_cast<const UnaryExpr*>(x)->x);
    case ExprKind::Star: return has_typename_complit(static_cast<const StarExpr*>(x)->x);
    case ExprKind::Selector: return has_typename_complit(static_cast<const SelectorExpr*>(x)->x);
    case ExprKind::Call: {
      auto* c = static_cast<const CallExpr*>(x);
      return has_typename_complit(c->fun) || any_of(c->args);
    }
    case ExprKind::Index: {
      auto* c = static_cast<const IndexExpr*>(x);
      return has_typename_complit(c->x) || has_typename_complit(c->index) || any_of(c->extra);
    }
    case ExprKind::Slice: {
      auto* c = static_cast<const SliceExpr*>(x);
      return has_typename_complit(c->x) || has_typename_complit(c->lo) || has_typename_complit(c->hi) ||
             has_typename_complit(c->max);
    }
    case ExprKind::TypeAssert: return has_typename_complit(static_cast<const TypeAssertExpr*>(x)->x);
    case ExprKind::KeyValue: {
      auto* k = static_cast<const KeyValueExpr*>(x);
      return has_typename_complit(k->key) || has_typename_complit(k->value);
    }
    default: return false;
  }
}
const Expr* strip_parens(const Expr* x) {
  if (x && x->kind == ExprKind::Paren) {
    auto* px = static_cast<const ParenExpr*>(x);
    if (!has_typename_complit(px->x)) return strip_parens(px->x);
  }
  return x;
}

int prec_of(const Expr* e) { return e->kind == ExprKind::Binary ? tok_precedence(static_cast<const BinaryExpr*>(e)->op) : 0; }

void walk_binary(const BinaryExpr* e, bool& has4, bool& has5, int& max_problem) {
  int p = tok_precedence(e->op);
  if (p == 4) has4 = true;
  if (p == 5) has5 = true;
  if (e->x->kind == ExprKind::Binary) {
    auto* l = static_cast<const BinaryExpr*>(e->x);
    if (!(tok_precedence(l->op) < p)) walk_binary(l, has4, has5, max_problem);
  }
  switch (e->y->kind) {
    case ExprKind::Binary: {
      auto* r = static_cast<const BinaryExpr*>(e->y);
      if (!(tok_precedence(r->op) <= p)) walk_binary(r, has4, has5, max_problem);
      break;
    }
    case ExprKind::Star:
      if (e->op == Tok::Quo) max_problem = 5;
      break;
    case ExprKind::Unary: {
      std::string s = std::string(tok_str(e->op)) + tok_str(static_cast<const UnaryExpr*>(e->y)->op);
      if (s == "/*" || s == "&&" || s == "&^") {
        max_problem = 5;
      } else if (s == "++" || s == "--") {
        if (max_problem < 4) max_problem = 4;
      }
      break;
    }
    default: break;
  }
}
int cutoff(const BinaryExpr* e, int depth) {
  bool has4 = false, has5 = false;
  int max_problem = 0;
  walk_binary(e, has4, has5, max_problem);
  if (max_problem > 0) return max_problem + 1;
  if (has4 && has5) return depth == 1 ? 5 : 4;
  return depth == 1 ? 6 : 4;
}
int diff_prec(const Expr* x, int prec) {
  if (x->kind != ExprKind::Binary || prec != prec_of(x)) return 1;
  return 0;
}
int reduce_depth(int depth) { return depth - 1 < 1 ? 1 : depth - 1; }

std::string normalized_number(std::string x, Tok kind) {
  if (kind != Tok::Int && kind != Tok::Float && kind != Tok::Imag) return x;
  if (x.size() < 2) return x;
  std::string p2 = x.substr(0, 2);
  if (p2 == "0X") {
    x = "0x" + x.substr(2);
    if (size_t i = x.rfind('P'); i != std::string::npos) x[i] = 'p';
  } else if (p2 == "0x") {
    if (size_t i = x.rfind('P'); i != std::string::npos) x[i] = 'p';
  } else if (p2 == "0O") {
    x = "0o" + x.substr(2);
  } else if (p2 == "0o" || p2 == "0b") {
  } else if (p2 == "0B") {
    x = "0b" + x.substr(2);
  } else {
    if (size_t i = x.rfind('E'); i != std::string::npos) {
      x[i] = 'e';
    } else if (x.back() == 'i' && x.find_first_of(".e") == std::string::npos) {
      size_t k = x.find_first_not_of("0_");
      x = k == std::string::npos ? "" : x.substr(k);
      if (x == "i") x = "0i";
    }
  }
  return x;
}
}  // namespace

std::string Printer::lit_text(const Expr* e) const {
  int o = idx_.off(e->pos);
  int t = idx_.tok_at(o);
  if (t < 0) return static_cast<const BasicLit*>(e)->lit;
  return std::string(idx_.src().substr(o, idx_.tend(t) - o));
}

int Printer::linebreak(int line, int min, char w, bool new_section) {
  int n = line - pos_.line > 2 ? 2 : line - pos_.line;
  if (n < min) n = min;
  int nbreaks = 0;
  if (n > 0) {
    ws(w);
    if (new_section) {
      ws(kFormfeed);
      n--;
      nbreaks = 2;
    }
    nbreaks += n;
    for (; n > 0; n--) ws(kNewline);
  }
  return nbreaks;
}

void Printer::ident_list(const std::vector<Ident*>& list, bool indent) {
  std::vector<Expr*> xl(list.begin(), list.end());
  expr_list(-1, xl, 1, indent ? 0 : kNoIndent, -1);
}

void Printer::expr_list(int prev0, const std::vector<Expr*>& list, int depth, int mode, int next0) {
  if (list.empty()) return;
  SrcPos prev = idx_.pos_for(prev0);
  SrcPos next = idx_.pos_for(next0);
  int line = line_for(idx_.start(list[0]));
  int end_line = line_for(idx_.end(list.back()));
  if (prev.valid() && prev.line == line && line == end_line) {
    for (size_t i = 0; i < list.size(); i++) {
      if (i > 0) {
        at(idx_.start(list[i]));
        tok(Tok::Comma);
        ws(kBlank);
      }
      expr0(list[i], depth);
    }
    return;
  }
  char w = (mode & kNoIndent) == 0 ? kIndent : kIgnore;
  int prev_break = -1;
  if (prev.valid() && prev.line < line && linebreak(line, 0, w, true) > 0) {
    w = kIgnore;
    prev_break = 0;
  }
  int size = 0;
  double lnsum = 0;
  int count = 0;
  int prev_line = prev.line;
  for (size_t i = 0; i < list.size(); i++) {
    const Expr* x = list[i];
    line = line_for(idx_.start(x));
    bool use_ff = true;
    int prev_size = size;
    constexpr int inf = 1000000;
    size = node_size_expr(x, inf);
    bool is_pair = x->kind == ExprKind::KeyValue;
    auto* pair = is_pair ? static_cast<const KeyValueExpr*>(x) : nullptr;
    if (size <= inf && prev.valid() && next.valid()) {
      if (is_pair) size = node_size_expr(pair->key, inf);
    } else {
      size = 0;
    }
    if (prev_size > 0 && size > 0) {
      constexpr int small = 40;
      if (count == 0 || (prev_size <= small && size <= small)) {
        use_ff = false;
      } else {
        constexpr double r = 2.5;
        double geomean = std::exp(lnsum / count);
        double ratio = size / geomean;
        use_ff = r * ratio <= 1 || r <= ratio;
      }
    }
    bool needs_linebreak = 0 < prev_line && prev_line < line;
    if (i > 0) {
      if (!needs_linebreak) at(idx_.start(x));
      tok(Tok::Comma);
      bool needs_blank = true;
      if (needs_linebreak) {
        int nb = linebreak(line, 0, w, use_ff || prev_break + 1 < (int)i);
        if (nb > 0) {
          w = kIgnore;
          prev_break = static_cast<int>(i);
          needs_blank = false;
        }
        if (nb > 1) {
          lnsum = 0;
          count = 0;
        }
      }
      if (needs_blank) ws(kBlank);
    }
    if (list.size() > 1 && is_pair && size > 0 && needs_linebreak) {
      expr(pair->key);
      at(idx_.toff(idx_.tok_from(idx_.end(pair->key))));
      tok(Tok::Colon);
      ws(kVtab);
      expr(pair->value);
    } else {
      expr0(x, depth);
    }
    if (size > 0) {
      lnsum += std::log(static_cast<double>(size));
      count++;
    }
    prev_line = line;
  }
  if ((mode & kCommaTerm) != 0 && next.valid() && pos_.line < next.line) {
    tok(Tok::Comma);
    if (w == kIgnore && (mode & kNoIndent) == 0) ws(kUnindent);
    ws(kFormfeed);
    return;
  }
  if (w == kIgnore && (mode & kNoIndent) == 0) ws(kUnindent);
}

void Printer::parameters(const std::vector<Field*>& fields, Delims d, int mode) {
  Tok open = mode != kFuncParam ? Tok::LBrack : Tok::LParen;
  Tok close = mode != kFuncParam ? Tok::RBrack : Tok::RParen;
  at(d.open);
  tok(open);
  if (!fields.empty()) {
    int prev_line = line_for(d.open);
    char w = kIndent;
    for (size_t i = 0; i < fields.size(); i++) {
      const Field* par = fields[i];
      int beg = line_for(idx_.start(par));
      int endl = line_for(idx_.end(par));
      bool needs_linebreak = 0 < prev_line && prev_line < beg;
      if (i > 0) {
        if (!needs_linebreak) at(idx_.start(par));
        tok(Tok::Comma);
      }
      if (needs_linebreak && linebreak(beg, 0, w, true) > 0) {
        w = kIgnore;
      } else if (i > 0) {
        ws(kBlank);
      }
      if (!par->names.empty()) {
        ident_list(par->names, w == kIndent);
        ws(kBlank);
      }
      expr(strip_parens_always(par->type));
      prev_line = endl;
    }
    int closing = line_for(d.close);
    if (0 < prev_line && prev_line < closing) {
      tok(Tok::Comma);
      linebreak(closing, 0, kIgnore, true);
    } else if (mode == kTypeTParam && fields.size() == 1 && fields[0]->names.size() <= 1 &&
               combines_with_name(fields[0]->type)) {
      tok(Tok::Comma);
    }
    if (w == kIgnore) ws(kUnindent);
  }
  at(d.close);
  tok(close);
}

void Printer::signature(const FuncType* ft, const SigPos& sp) {
  if (sp.params.open >= 0) {
    parameters(ft->params, sp.params, kFuncParam);
  } else {
    tok(Tok::LParen);
    tok(Tok::RParen);
  }
  size_t n = ft->results.size();
  if (n > 0) {
    ws(kBlank);
    if (n == 1 && ft->results[0]->names.empty() && sp.results.open < 0) {
      expr(strip_parens_always(ft->results[0]->type));
      return;
    }
    parameters(ft->results, sp.results, kFuncParam);
  }
}

bool Printer::is_one_line_field_list(const std::vector<Field*>& list) {
  if (list.size() != 1) return false;
  const Field* f = list[0];
  if (!f->tag.empty() || idx_.tag_tok(f) >= 0) return false;
  // a line comment after the field
  int e = idx_.end(f);
  int next_tok = idx_.tok_from(e);
  int limit = idx_.toff(next_tok) < 0 ? 1 << 30 : idx_.toff(next_tok);
  for (const auto& g : idx_.comments())
    if ((int)g.list[0].off >= e && (int)g.list[0].off < limit &&
        line_for(static_cast<int>(g.list[0].off)) == line_for(e))
      return false;
  constexpr int max_size = 30;
  int names = 0;
  for (size_t i = 0; i < f->names.size(); i++) {
    if (i > 0) names += 2;
    names += static_cast<int>(f->names[i]->name.size());
    if (names >= max_size) break;
  }
  if (names > 0) names = 1;
  int ts = node_size_expr(f->type, max_size);
  return names + ts <= max_size;
}

void Printer::field_list(const std::vector<Field*>& list, Delims d, bool is_struct) {
  bool has_comments = comment_before(idx_.pos_for(d.close));
  bool one_line = d.open >= 0 && d.close >= 0 && line_for(d.open) == line_for(d.close);
  if (!has_comments && one_line) {
    if (list.empty()) {
      at(d.open);
      tok(Tok::LBrace);
      at(d.close);
      tok(Tok::RBrace);
      return;
    } else if (is_one_line_field_list(list)) {
      at(d.open);
      tok(Tok::LBrace);
      ws(kBlank);
      const Field* f = list[0];
      if (is_struct) {
        for (size_t i = 0; i < f->names.size(); i++) {
          if (i > 0) {
            tok(Tok::Comma);
            ws(kBlank);
          }
          expr(f->names[i]);
        }
        if (!f->names.empty()) ws(kBlank);
        expr(f->type);
      } else {
        if (!f->names.empty()) {
          expr(f->names[0]);
          auto* ft = static_cast<const FuncType*>(f->type);
          signature(ft, idx_.sig_at(idx_.tok_at(idx_.off(f->names[0]->pos)) + 1, ft));
        } else {
          expr(f->type);
        }
      }
      ws(kBlank);
      at(d.close);
      tok(Tok::RBrace);
      return;
    }
  }
  ws(kBlank);
  at(d.open);
  tok(Tok::LBrace);
  ws(kIndent);
  if (has_comments || !list.empty()) ws(kFormfeed);
  if (is_struct) {
    char sep = list.size() == 1 ? kBlank : kVtab;
    int line = 0;
    for (size_t i = 0; i < list.size(); i++) {
      const Field* f = list[i];
      if (i > 0) linebreak(line_for(idx_.start(f)), 1, kIgnore, lines_from(line) > 0);
      line_ptr_ = &line;
      int tag = idx_.tag_tok(f);
      if (!f->names.empty()) {
        ident_list(f->names, false);
        ws(sep);
        expr(f->type);
      } else {
        expr(f->type);
      }
      if (tag >= 0) {
        if (!f->names.empty() && sep == kVtab) ws(sep);
        ws(sep);
        at(idx_.toff(tag));
        lit(std::string(idx_.src().substr(idx_.toff(tag), idx_.tend(tag) - idx_.toff(tag))), Tok::String);
      }
      // go/printer prints extraTabs separators before a line comment; the comment itself is
      // interspersed by position, the separators must be there for alignment.
      int extra = tag >= 0 ? 0 : (f->names.empty() ? 2 : 1);
      int e = tag >= 0 ? idx_.tend(tag) : idx_.end(f);
      int nt = idx_.tok_from(e);
      int limit = idx_.toff(nt) < 0 ? 1 << 30 : idx_.toff(nt);
      bool has_line_comment = false;
      for (const auto& g : idx_.comments())
        if ((int)g.list[0].off >= e && (int)g.list[0].off < limit && line_for(static_cast<int>(g.list[0].off)) == line_for(e))
          has_line_comment = true;
      if (has_line_comment)
        for (; extra > 0; extra--) ws(sep);
    }
  } else {
    int line = 0;
    for (size_t i = 0; i < list.size(); i++) {
      const Field* f = list[i];
      if (i > 0) linebreak(line_for(idx_.start(f)), 1, kIgnore, lines_from(line) > 0);
      line_ptr_ = &line;
      if (!f->names.empty()) {
        expr(f->names[0]);
        auto* ft = static_cast<const FuncType*>(f->type);
        signature(ft, idx_.sig_at(idx_.tok_at(idx_.off(f->names[0]->pos)) + 1, ft));
      } else {
        expr(f->type);
      }
    }
  }
  ws(kUnindent);
  ws(kFormfeed);
  at(d.close);
  tok(Tok::RBrace);
}

void Printer::binary_expr(const BinaryExpr* x, int prec1, int cut, int depth) {
  int prec = tok_precedence(x->op);
  if (prec < prec1) {
    tok(Tok::LParen);
    expr0(x, reduce_depth(depth));
    tok(Tok::RParen);
    return;
  }
  bool print_blank = prec < cut;
  char w = kIndent;
  expr1(x->x, prec, depth + diff_prec(x->x, prec));
  if (print_blank) ws(kBlank);
  int xline = pos_.line;
  int yline = line_for(idx_.start(x->y));
  at(idx_.off(x->op_pos));
  tok(x->op);
  if (xline != yline && xline > 0 && yline > 0) {
    if (linebreak(yline, 1, w, true) > 0) {
      w = kIgnore;
      print_blank = false;
    }
  }
  if (print_blank) ws(kBlank);
  expr1(x->y, prec + 1, depth + 1);
  if (w == kIgnore) ws(kUnindent);
}

bool Printer::possible_selector_expr(const Expr* e, int prec1, int depth) {
  if (e->kind == ExprKind::Selector) return selector_expr(static_cast<const SelectorExpr*>(e), depth, true);
  expr1(e, prec1, depth);
  return false;
}

bool Printer::selector_expr(const SelectorExpr* x, int depth, bool is_method) {
  expr1(x->x, kHighestPrec, depth);
  tok(Tok::Period);
  int sel = idx_.off(x->sel->pos);
  if (int line = line_for(sel); pos_.valid() && pos_.line < line) {
    ws(kIndent);
    ws(kNewline);
    at(sel);
    ident(x->sel->name);
    if (!is_method) ws(kUnindent);
    return true;
  }
  at(sel);
  ident(x->sel->name);
  return false;
}

void Printer::expr1(const Expr* e, int prec1, int depth) {
  at(idx_.start(e));
  switch (e->kind) {
    case ExprKind::Bad: lit("BadExpr", Tok::String); break;
    case ExprKind::Ident: ident(static_cast<const Ident*>(e)->name); break;
    case ExprKind::Binary: {
      if (depth < 1) depth = 1;
      auto* b = static_cast<const BinaryExpr*>(e);
      binary_expr(b, prec1, cutoff(b, depth), depth);
      break;
    }
    case ExprKind::KeyValue: {
      auto* x = static_cast<const KeyValueExpr*>(e);
      expr(x->key);
      at(idx_.toff(idx_.tok_from(idx_.end(x->key))));
      tok(Tok::Colon);
      ws(kBlank);
      expr(x->value);
      break;
    }
    case ExprKind::Star: {
      auto* x = static_cast<const StarExpr*>(e);
      if (kUnaryPrec < prec1) {
        tok(Tok::LParen);
        tok(Tok::Mul);
        expr(x->x);
        tok(Tok::RParen);
      } else {
        tok(Tok::Mul);
        expr(x->x);
      }
      break;
    }
    case ExprKind::Unary: {
      auto* x = static_cast<const UnaryExpr*>(e);
      if (kUnaryPrec < prec1) {
        tok(Tok::LParen);
        expr(x);
        tok(Tok::RParen);
      } else {
        tok(x->op);
        expr1(x->x, kUnaryPrec, depth);
      }
      break;
    }
    case ExprKind::BasicLit: {
      auto* x = static_cast<const BasicLit*>(e);
      lit(normalized_number(lit_text(x), x->tok), x->tok);
      break;
    }
    case ExprKind::FuncLit: {
      auto* x = static_cast<const FuncLit*>(e);
      int fo = idx_.off(x->pos);
      at(fo);
      tok(Tok::Func);
      int start_col = out_.col - 4;
      signature(x->type, idx_.sig_at(idx_.tok_at(fo) + 1, x->type));
      func_body(distance_from(fo, start_col), kBlank, x->body);
      break;
    }
    case ExprKind::Paren: {
      auto* x = static_cast<const ParenExpr*>(e);
      if (x->x->kind == ExprKind::Paren) {
        expr0(x->x, depth);
      } else {
        tok(Tok::LParen);
        expr0(x->x, reduce_depth(depth));
        at(idx_.toff(idx_.match(idx_.tok_at(idx_.off(x->pos)))));
        tok(Tok::RParen);
      }
      break;
    }
    case ExprKind::Selector: selector_expr(static_cast<const SelectorExpr*>(e), depth, false); break;
    case ExprKind::TypeAssert: {
      auto* x = static_cast<const TypeAssertExpr*>(e);
      expr1(x->x, kHighestPrec, depth);
      int lp = idx_.tok_from(idx_.end(x->x)) + 1;
      tok(Tok::Period);
      at(idx_.toff(lp));
      tok(Tok::LParen);
      if (x->type) {
        expr(x->type);
      } else {
        tok(Tok::Type);
      }
      at(idx_.toff(idx_.match(lp)));
      tok(Tok::RParen);
      break;
    }
    case ExprKind::Index: {
      auto* x = static_cast<const IndexExpr*>(e);
      expr1(x->x, kHighestPrec, 1);
      int lb = idx_.tok_from(idx_.end(x->x));
      at(idx_.toff(lb));
      tok(Tok::LBrack);
      if (x->extra.empty()) {
        expr0(x->index, depth + 1);
      } else {
        std::vector<Expr*> all{x->index};
        all.insert(all.end(), x->extra.begin(), x->extra.end());
        expr_list(idx_.toff(lb), all, depth + 1, kCommaTerm, idx_.toff(idx_.match(lb)));
      }
      at(idx_.toff(idx_.match(lb)));
      tok(Tok::RBrack);
      break;
    }
    case ExprKind::Slice: {
      auto* x = static_cast<const SliceExpr*>(e);
      expr1(x->x, kHighestPrec, 1);
      int lb = idx_.tok_from(idx_.end(x->x));
      at(idx_.toff(lb));
      tok(Tok::LBrack);
      std::vector<const Expr*> ind{x->lo, x->hi};
      if (x->slice3 || x->max) ind.push_back(x->max);
      bool needs_blanks = false;
      if (depth <= 1) {
        int cnt = 0;
        bool bin = false;
        for (auto* i : ind)
          if (i) {
            cnt++;
            if (i->kind == ExprKind::Binary) bin = true;
          }
        needs_blanks = cnt > 1 && bin;
      }
      for (size_t i = 0; i < ind.size(); i++) {
        if (i > 0) {
          if (ind[i - 1] && needs_blanks) ws(kBlank);
          tok(Tok::Colon);
          if (ind[i] && needs_blanks) ws(kBlank);
        }
        if (ind[i]) expr0(ind[i], depth + 1);
      }
      at(idx_.toff(idx_.match(lb)));
      tok(Tok::RBrack);
      break;
    }
    case ExprKind::Call: {
      auto* x = static_cast<const CallExpr*>(e);
      if (x->args.size() > 1) depth++;
      bool was_indented;
      if (x->fun->kind == ExprKind::FuncType) {
        tok(Tok::LParen);
        was_indented = possible_selector_expr(x->fun, kHighestPrec, depth);
        tok(Tok::RParen);
      } else {
        was_indented = possible_selector_expr(x->fun, kHighestPrec, depth);
      }
      int lp = idx_.off(x->lparen), rp = idx_.off(x->rparen);
      at(lp);
      tok(Tok::LParen);
      if (x->has_ellipsis) {
        int ell = idx_.toff(idx_.tok_from(idx_.end(x->args.back())));
        expr_list(lp, x->args, depth, 0, ell);
        at(ell);
        tok(Tok::Ellipsis);
        if (rp >= 0 && line_for(ell) < line_for(rp)) {
          tok(Tok::Comma);
          ws(kFormfeed);
        }
      } else {
        expr_list(lp, x->args, depth, kCommaTerm, rp);
      }
      at(rp);
      tok(Tok::RParen);
      if (was_indented) ws(kUnindent);
      break;
    }
    case ExprKind::CompositeLit: {
      auto* x = static_cast<const CompositeLit*>(e);
      if (x->type) expr1(x->type, kHighestPrec, depth);
      level_++;
      int lb = idx_.off(x->lbrace), rb = idx_.off(x->rbrace);
      at(lb);
      tok(Tok::LBrace);
      expr_list(lb, x->elts, 1, kCommaTerm, rb);
      int m = kNoExtraLinebreak;
      if (!x->elts.empty()) m |= kNoExtraBlank;
      ws(kIndent);
      ws(kUnindent);
      mode_toggle(m);
      at(rb);
      tok(Tok::RBrace);
      mode_toggle(m);
      level_--;
      break;
    }
    case ExprKind::Ellipsis: {
      auto* x = static_cast<const EllipsisExpr*>(e);
      tok(Tok::Ellipsis);
      if (x->elt) expr(x->elt);
      break;
    }
    case ExprKind::ArrayType: {
      auto* x = static_cast<const ArrayType*>(e);
      tok(Tok::LBrack);
      if (x->len) expr(x->len);
      tok(Tok::RBrack);
      expr(x->elem);
      break;
    }
    case ExprKind::StructType: {
      auto* x = static_cast<const StructType*>(e);
      tok(Tok::Struct);
      field_list(x->fields, idx_.delims(idx_.tok_at(idx_.off(x->pos)) + 1), true);
      break;
    }
    case ExprKind::FuncType: {
      auto* x = static_cast<const FuncType*>(e);
      int fo = idx_.off(x->pos);
      tok(Tok::Func);
      int i = idx_.tok_at(fo);
      signature(x, idx_.sig_at(idx_.kind(i) == Tok::Func ? i + 1 : i, x));
      break;
    }
    case ExprKind::InterfaceType: {
      auto* x = static_cast<const InterfaceType*>(e);
      tok(Tok::Interface);
      field_list(x->methods, idx_.delims(idx_.tok_at(idx_.off(x->pos)) + 1), false);
      break;
    }
    case ExprKind::MapType: {
      auto* x = static_cast<const MapType*>(e);
      tok(Tok::Map);
      tok(Tok::LBrack);
      expr(x->key);
      tok(Tok::RBrack);
      expr(x->value);
      break;
    }
    case ExprKind::ChanType: {
      auto* x = static_cast<const ChanType*>(e);
      switch (x->dir) {
        case ChanDir::Both: tok(Tok::Chan); break;
        case ChanDir::Recv:
          tok(Tok::Arrow);
          tok(Tok::Chan);
          break;
        case ChanDir::Send:
          tok(Tok::Chan);
          tok(Tok::Arrow);
          break;
      }
      ws(kBlank);
      expr(x->value);
      break;
    }
  }
}

// ---- statements ----
void Printer::stmt_list(const std::vector<Stmt*>& list, int nindent, bool next_is_rbrace) {
  if (nindent > 0) ws(kIndent);
  int line = 0;
  int i = 0;
  for (size_t k = 0; k < list.size(); k++) {
    const Stmt* s = list[k];
    if (s->kind == StmtKind::Empty) continue;
    if (!output_.empty())
      linebreak(line_for(idx_.start(s)), 1, kIgnore, i == 0 || nindent == 0 || lines_from(line) > 0);
    line_ptr_ = &line;
    stmt(s, next_is_rbrace && k == list.size() - 1);
    for (const Stmt* t = s; t->kind == StmtKind::Labeled; t = static_cast<const LabeledStmt*>(t)->stmt) line++;
    i++;
  }
  if (nindent > 0) ws(kUnindent);
}

void Printer::block(int lbrace, const std::vector<Stmt*>& list, int rbrace, int nindent) {
  at(lbrace);
  tok(Tok::LBrace);
  stmt_list(list, nindent, true);
  linebreak(line_for(rbrace), 1, kIgnore, true);
  at(rbrace);
  tok(Tok::RBrace);
}

void Printer::control_clause(bool is_for, const Stmt* init, const Expr* e, const Stmt* post) {
  ws(kBlank);
  bool needs_blank = false;
  if (!init && !post) {
    if (e) {
      expr(strip_parens(e));
      needs_blank = true;
    }
  } else {
    if (init) stmt(init, false);
    tok(Tok::Semicolon);
    ws(kBlank);
    if (e) {
      expr(strip_parens(e));
      needs_blank = true;
    }
    if (is_for) {
      tok(Tok::Semicolon);
      ws(kBlank);
      needs_blank = false;
      if (post) {
        stmt(post, false);
        needs_blank = true;
      }
    }
  }
  if (needs_blank) ws(kBlank);
}

bool Printer::indent_list(const std::vector<Expr*>& list) {
  if (list.size() >= 2) {
    int b = line_for(idx_.start(list[0]));
    int e = line_for(idx_.end(list.back()));
    if (0 < b && b < e) {
      int n = 0;
      int line = b;
      for (auto* x : list) {
        int xb = line_for(idx_.start(x)), xe = line_for(idx_.end(x));
        if (line < xb) return true;
        if (xb < xe) n++;
        line = xe;
      }
      return n > 1;
    }
  }
  return false;
}

void Printer::stmt(const Stmt* st, bool next_is_rbrace) {
  at(idx_.start(st));
  switch (st->kind) {
    case StmtKind::Bad: lit("BadStmt", Tok::String); break;
    case StmtKind::Decl: gen_decl(static_cast<const DeclStmt*>(st)->decl); break;
    case StmtKind::Empty: break;
    case StmtKind::Labeled: {
      auto* s = static_cast<const LabeledStmt*>(st);
      ws(kUnindent);
      expr(s->label);
      at(idx_.toff(idx_.tok_at(idx_.off(s->label->pos)) + 1));
      tok(Tok::Colon);
      ws(kIndent);
      if (s->stmt->kind == StmtKind::Empty) {
        if (!next_is_rbrace) {
          ws(kNewline);
          at(idx_.off(s->stmt->pos));
          tok(Tok::Semicolon);
          break;
        }
      } else {
        linebreak(line_for(idx_.start(s->stmt)), 1, kIgnore, true);
      }
      stmt(s->stmt, next_is_rbrace);
      break;
    }
    case StmtKind::Expr: expr0(static_cast<const ExprStmt*>(st)->x, 1); break;
    case StmtKind::Send: {
      auto* s = static_cast<const SendStmt*>(st);
      expr0(s->chan, 1);
      ws(kBlank);
      at(idx_.toff(idx_.tok_from(idx_.end(s->chan))));
      tok(Tok::Arrow);
      ws(kBlank);
      expr0(s->value, 1);
      break;
    }
    case StmtKind::IncDec: {
      auto* s = static_cast<const IncDecStmt*>(st);
      expr0(s->x, 2);
      at(idx_.toff(idx_.tok_from(idx_.end(s->x))));
      tok(s->tok);
      break;
    }
    case StmtKind::Assign: {
      auto* s = static_cast<const AssignStmt*>(st);
      int depth = 1;
      if (s->lhs.size() > 1 && s->rhs.size() > 1) depth++;
      int tp = idx_.off(s->tok_pos);
      expr_list(idx_.start(st), s->lhs, depth, 0, tp);
      ws(kBlank);
      at(tp);
      tok(s->tok);
      ws(kBlank);
      expr_list(tp, s->rhs, depth, 0, -1);
      break;
    }
    case StmtKind::Go:
    case StmtKind::Defer: {
      const Expr* call;
      if (st->kind == StmtKind::Go) {
        auto* s = static_cast<const GoStmt*>(st);
        call = s->call ? static_cast<const Expr*>(s->call) : s->not_call;
      } else {
        auto* s = static_cast<const DeferStmt*>(st);
        call = s->call ? static_cast<const Expr*>(s->call) : s->not_call;
      }
      tok(st->kind == StmtKind::Go ? Tok::Go : Tok::Defer);
      ws(kBlank);
      expr(call);
      break;
    }
    case StmtKind::Return: {
      auto* s = static_cast<const ReturnStmt*>(st);
      tok(Tok::Return);
      if (!s->results.empty()) {
        ws(kBlank);
        if (indent_list(s->results)) {
          ws(kIndent);
          expr_list(-1, s->results, 1, kNoIndent, -1);
          ws(kUnindent);
        } else {
          expr_list(-1, s->results, 1, 0, -1);
        }
      }
      break;
    }
    case StmtKind::Branch: {
      auto* s = static_cast<const BranchStmt*>(st);
      tok(s->tok);
      if (s->label) {
        ws(kBlank);
        expr(s->label);
      }
      break;
    }
    case StmtKind::Block: {
      auto* b = static_cast<const BlockStmt*>(st);
      block(idx_.off(b->pos), b->list, idx_.off(b->rbrace), 1);
      break;
    }
    case StmtKind::If: {
      auto* s = static_cast<const IfStmt*>(st);
      tok(Tok::If);
      control_clause(false, s->init, s->cond, nullptr);
      block(idx_.off(s->then->pos), s->then->list, idx_.off(s->then->rbrace), 1);
      if (s->els) {
        ws(kBlank);
        tok(Tok::Else);
        ws(kBlank);
        stmt(s->els, next_is_rbrace);
      }
      break;
    }
    case StmtKind::CaseClause: {
      auto* s = static_cast<const CaseClause*>(st);
      int kw = idx_.tok_at(idx_.off(s->pos));
      int colon;
      if (!s->list.empty()) {
        colon = idx_.toff(idx_.tok_from(idx_.end(s->list.back())));
        tok(Tok::Case);
        ws(kBlank);
        expr_list(idx_.off(s->pos), s->list, 1, 0, colon);
      } else {
        colon = idx_.toff(kw + 1);
        tok(Tok::Default);
      }
      at(colon);
      tok(Tok::Colon);
      stmt_list(s->body, 1, next_is_rbrace);
      break;
    }
    case StmtKind::Switch: {
      auto* s = static_cast<const SwitchStmt*>(st);
      tok(Tok::Switch);
      control_clause(false, s->init, s->tag, nullptr);
      Delims d = idx_.switch_body(st);
      std::vector<Stmt*> body(s->clauses.begin(), s->clauses.end());
      block(d.open, body, d.close, 0);
      break;
    }
    case StmtKind::TypeSwitch: {
      auto* s = static_cast<const TypeSwitchStmt*>(st);
      tok(Tok::Switch);
      if (s->init) {
        ws(kBlank);
        stmt(s->init, false);
        tok(Tok::Semicolon);
      }
      ws(kBlank);
      if (s->bind) {
        expr(s->bind);
        ws(kBlank);
        at(idx_.toff(idx_.tok_from(idx_.end(s->bind))));
        tok(Tok::Define);
        ws(kBlank);
      }
      expr(s->guard);
      ws(kBlank);
      Delims d = idx_.switch_body(st);
      std::vector<Stmt*> body(s->clauses.begin(), s->clauses.end());
      block(d.open, body, d.close, 0);
      break;
    }
    case StmtKind::CommClause: {
      auto* s = static_cast<const CommClause*>(st);
      int colon;
      if (s->comm) {
        tok(Tok::Case);
        ws(kBlank);
        stmt(s->comm, false);
        colon = idx_.toff(idx_.tok_from(idx_.end(s->comm)));
      } else {
        tok(Tok::Default);
        colon = idx_.toff(idx_.tok_at(idx_.off(s->pos)) + 1);
      }
      at(colon);
      tok(Tok::Colon);
      stmt_list(s->body, 1, next_is_rbrace);
      break;
    }
    case StmtKind::Select: {
      auto* s = static_cast<const SelectStmt*>(st);
      tok(Tok::Select);
      ws(kBlank);
      Delims d = idx_.delims(idx_.tok_at(idx_.off(s->pos)) + 1);
      if (s->clauses.empty() && !comment_before(idx_.pos_for(d.close))) {
        at(d.open);
        tok(Tok::LBrace);
        at(d.close);
        tok(Tok::RBrace);
      } else {
        std::vector<Stmt*> body(s->clauses.begin(), s->clauses.end());
        block(d.open, body, d.close, 0);
      }
      break;
    }
    case StmtKind::For: {
      auto* s = static_cast<const ForStmt*>(st);
      tok(Tok::For);
      control_clause(true, s->init, s->cond, s->post);
      block(idx_.off(s->body->pos), s->body->list, idx_.off(s->body->rbrace), 1);
      break;
    }
    case StmtKind::Range: {
      auto* s = static_cast<const RangeStmt*>(st);
      tok(Tok::For);
      ws(kBlank);
      if (s->key) {
        expr(s->key);
        if (s->value) {
          at(idx_.start(s->value));
          tok(Tok::Comma);
          ws(kBlank);
          expr(s->value);
        }
        ws(kBlank);
        const Expr* last = s->value ? s->value : s->key;
        at(idx_.toff(idx_.tok_from(idx_.end(last))));
        tok(s->tok);
        ws(kBlank);
      }
      tok(Tok::Range);
      ws(kBlank);
      expr(strip_parens(s->x));
      ws(kBlank);
      block(idx_.off(s->body->pos), s->body->list, idx_.off(s->body->rbrace), 1);
      break;
    }
  }
}

// ---- declarations ----
void Printer::value_spec(const ValueSpec* s, bool keep_type) {
  ident_list(s->names, false);
  int extra = 3;
  if (s->type || keep_type) {
    ws(kVtab);
    extra--;
  }
  if (s->type) expr(s->type);
  if (!s->values.empty()) {
    ws(kVtab);
    tok(Tok::Assign);
    ws(kBlank);
    expr_list(-1, s->values, 1, 0, -1);
    extra--;
  }
  // line comment after the spec: go/printer adds the remaining column separators first
  int e = idx_.end(s);
  int nt = idx_.tok_from(e);
  int limit = idx_.toff(nt) < 0 ? 1 << 30 : idx_.toff(nt);
  for (const auto& g : idx_.comments()) {
    if ((int)g.list[0].off >= e && (int)g.list[0].off < limit && line_for(static_cast<int>(g.list[0].off)) == line_for(e)) {
      for (; extra > 0; extra--) ws(kVtab);
      break;
    }
  }
}

void Printer::spec(const Spec* sp, int n, bool do_indent) {
  switch (sp->kind) {
    case SpecKind::Import: {
      auto* s = static_cast<const ImportSpec*>(sp);
      if (s->name) {
        expr(s->name);
        ws(kBlank);
      }
      int po = idx_.off(s->path_pos);
      int t = idx_.tok_at(po);
      int so = slot_ ? idx_.off(slot_->path_pos) : po;
      at(so);
      lit(std::string(idx_.src().substr(po, idx_.tend(t) - po)), Tok::String);
      at(idx_.tend(idx_.tok_at(so)));
      break;
    }
    case SpecKind::Value: {
      auto* s = static_cast<const ValueSpec*>(sp);
      ident_list(s->names, do_indent);
      if (s->type) {
        ws(kBlank);
        expr(s->type);
      }
      if (!s->values.empty()) {
        ws(kBlank);
        tok(Tok::Assign);
        ws(kBlank);
        expr_list(-1, s->values, 1, 0, -1);
      }
      break;
    }
    case SpecKind::Type: {
      auto* s = static_cast<const TypeSpec*>(sp);
      expr(s->name);
      if (!s->tparams.empty())
        parameters(s->tparams, idx_.delims(idx_.tok_at(idx_.off(s->name->pos)) + 1), kTypeTParam);
      ws(n == 1 ? kBlank : kVtab);
      if (s->alias) {
        tok(Tok::Assign);
        ws(kBlank);
      }
      expr(s->type);
      break;
    }
  }
}

void Printer::gen_decl(const GenDecl* d) {
  int kw = idx_.tok_at(idx_.off(d->pos));
  at(idx_.off(d->pos));
  tok(d->tok);
  ws(kBlank);
  bool paren = idx_.kind(kw + 1) == Tok::LParen;
  if (paren || d->specs.size() > 1) {
    Delims dl = idx_.delims(kw + 1);
    at(dl.open);
    tok(Tok::LParen);
    size_t n = d->specs.size();
    if (n > 0) {
      ws(kIndent);
      ws(kFormfeed);
      if (n > 1 && (d->tok == Tok::Const || d->tok == Tok::Var)) {
        // keepTypeColumn
        std::vector<bool> keep(n, false);
        int i0 = -1;
        bool keep_type = false;
        for (size_t i = 0; i < n; i++) {
          auto* t = static_cast<const ValueSpec*>(d->specs[i]);
          if (!t->values.empty()) {
            if (i0 < 0) {
              i0 = static_cast<int>(i);
              keep_type = false;
            }
          } else if (i0 >= 0) {
            if (keep_type)
              for (size_t k = i0; k < i; k++) keep[k] = true;
            i0 = -1;
          }
          if (t->type) keep_type = true;
        }
        if (i0 >= 0 && keep_type)
          for (size_t k = i0; k < n; k++) keep[k] = true;
        int line = 0;
        for (size_t i = 0; i < n; i++) {
          if (i > 0) linebreak(line_for(idx_.start(d->specs[i])), 1, kIgnore, lines_from(line) > 0);
          line_ptr_ = &line;
          value_spec(static_cast<const ValueSpec*>(d->specs[i]), keep[i]);
        }
      } else {
        std::vector<size_t> order = import_order(d, dl);
        int line = 0;
        for (size_t i = 0; i < n; i++) {
          if (i > 0) linebreak(line_for(idx_.start(d->specs[i])), 1, kIgnore, lines_from(line) > 0);
          line_ptr_ = &line;
          // a sorted import is printed in the slot (line) of the spec it replaces
          slot_ = order[i] != i ? static_cast<const ImportSpec*>(d->specs[i]) : nullptr;
          spec(d->specs[order[i]], static_cast<int>(n), false);
          slot_ = nullptr;
        }
      }
      ws(kUnindent);
      ws(kFormfeed);
    }
    at(dl.close);
    tok(Tok::RParen);
  } else if (!d->specs.empty()) {
    spec(d->specs[0], 1, true);
  }
}

// ast.SortImports: within a parenthesised import block, each run of specs on consecutive lines
// is sorted by path, then name. Blocks with comments inside are left as they are (go/ast moves
// the comments with their specs; not done here).
std::vector<size_t> Printer::import_order(const GenDecl* d, Delims dl) const {
  std::vector<size_t> order(d->specs.size());
  for (size_t i = 0; i < order.size(); i++) order[i] = i;
  if (d->tok != Tok::Import || dl.open < 0) return order;
  for (const auto& g : idx_.comments())
    if ((int)g.list[0].off > dl.open && (int)g.list[0].off < dl.close) return order;
  auto key = [&](size_t i) {
    auto* s = static_cast<const ImportSpec*>(d->specs[i]);
    return std::make_pair(s->path, s->name ? s->name->name : std::string());
  };
  size_t run = 0;
  for (size_t i = 1; i <= order.size(); i++) {
    if (i == order.size() || line_for(idx_.start(d->specs[i])) > line_for(idx_.end(d->specs[i - 1])) + 1) {
      std::stable_sort(order.begin() + run, order.begin() + i, [&](size_t a, size_t b) { return key(a) < key(b); });
      run = i;
    }
  }
  return order;
}

int Printer::node_size_expr(const Expr* e, int max_size) {
  if (auto it = sizes_->find(e); it != sizes_->end()) return it->second;
  int size = max_size + 1;
  (*sizes_)[e] = size;
  Printer sub(idx_, true, sizes_);
  std::string buf = trim_only(sub.print_expr(e));
  if ((int)buf.size() <= max_size && buf.find('\n') == std::string::npos) {
    size = static_cast<int>(buf.size());
    (*sizes_)[e] = size;
  }
  return size;
}

int Printer::node_size_stmt(const Stmt* s, int max_size) {
  if (auto it = sizes_->find(s); it != sizes_->end()) return it->second;
  int size = max_size + 1;
  (*sizes_)[s] = size;
  Printer sub(idx_, true, sizes_);
  std::string buf = trim_only(sub.print_stmt(s));
  if ((int)buf.size() <= max_size && buf.find('\n') == std::string::npos) {
    size = static_cast<int>(buf.size());
    (*sizes_)[s] = size;
  }
  return size;
}

int Printer::body_size(const BlockStmt* b, int max_size) {
  int p1 = idx_.off(b->pos), p2 = idx_.off(b->rbrace);
  if (p1 >= 0 && p2 >= 0 && line_for(p1) != line_for(p2)) return max_size + 1;
  if (b->list.size() > 5) return max_size + 1;
  int size = comment_size_before(idx_.pos_for(p2));
  for (size_t i = 0; i < b->list.size(); i++) {
    if (size > max_size) break;
    if (i > 0) size += 2;
    size += node_size_stmt(b->list[i], max_size);
  }
  return size;
}

void Printer::func_body(int header_size, char sep, const BlockStmt* b) {
  if (!b) return;
  int saved_level = level_;
  level_ = 0;
  constexpr int max_size = 100;
  int lb = idx_.off(b->pos), rb = idx_.off(b->rbrace);
  if (header_size + body_size(b, max_size) <= max_size) {
    ws(sep);
    at(lb);
    tok(Tok::LBrace);
    if (!b->list.empty()) {
      ws(kBlank);
      for (size_t i = 0; i < b->list.size(); i++) {
        if (i > 0) {
          tok(Tok::Semicolon);
          ws(kBlank);
        }
        stmt(b->list[i], i == b->list.size() - 1);
      }
      ws(kBlank);
    }
    mode_toggle(kNoExtraLinebreak);
    at(rb);
    tok(Tok::RBrace);
    mode_toggle(kNoExtraLinebreak);
    level_ = saved_level;
    return;
  }
  if (sep != kIgnore) ws(kBlank);
  block(lb, b->list, rb, 1);
  level_ = saved_level;
}

int Printer::distance_from(int start_off, int start_col) {
  if (start_off >= 0 && pos_.valid() && idx_.pos_for(start_off).line == pos_.line) return out_.col - start_col;
  return kInfinity;
}

void Printer::func_decl(const FuncDecl* d) {
  int fo = idx_.off(d->pos);
  at(fo);
  tok(Tok::Func);
  ws(kBlank);
  int start_col = out_.col - 5;
  Delims recv;
  SigPos sp = idx_.func_decl_sig(d, &recv);
  if (d->recv) {
    parameters({d->recv}, recv, kFuncParam);
    ws(kBlank);
  }
  expr(d->name);
  if (!d->tparams.empty()) parameters(d->tparams, sp.tparams, kFuncTParam);
  signature(d->type, sp);
  func_body(distance_from(fo, start_col), kVtab, d->body);
}

void Printer::decl(const Decl* d) {
  if (d->is_func) {
    func_decl(static_cast<const FuncDecl*>(d));
  } else {
    gen_decl(static_cast<const GenDecl*>(d));
  }
}

void Printer::decl_list(const std::vector<Decl*>& list) {
  Tok t = Tok::Illegal;
  for (const Decl* d : list) {
    Tok prev = t;
    t = d->is_func ? Tok::Func : static_cast<const GenDecl*>(d)->tok;
    if (!output_.empty()) {
      int min = 1;
      int ds = idx_.start(d);
      // getDoc(d) != nil: a comment group ending on the line just before the declaration
      bool has_doc = false;
      for (const auto& g : idx_.comments()) {
        int ge = static_cast<int>(g.list.back().end);
        if (ge <= ds && idx_.tok_from(ge) == idx_.tok_at(ds) && line_for(ge - 1) + 1 >= line_for(ds) &&
            line_for(static_cast<int>(g.list[0].off)) > line_for(idx_.toff(idx_.tok_before(ds)))) {
          has_doc = true;
        }
      }
      if (prev != t || has_doc) min = 2;
      int nlines = line_for(idx_.end(d)) - line_for(ds) + 1;
      linebreak(line_for(ds), min, kIgnore, t == Tok::Func && nlines > 1);
    }
    decl(d);
  }
}

}  // namespace gort::lang::format
