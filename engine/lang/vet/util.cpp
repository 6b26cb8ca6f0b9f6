// engine/lang/vet/util.cpp — expression and type printing in go/printer's and go/types' style
// (vet messages quote both), callee resolution and method lookup for the analyzers.
#include "lang/vet/util.h"

#include <set>

#include "lang/type_preds.h"

namespace gort::lang::vet {
namespace {

constexpr int kLowestPrec = 0, kUnaryPrec = 6, kHighestPrec = 7;

int reduce_depth(int depth) { return depth > 1 ? depth - 1 : depth; }

int diff_prec(const Expr* e, int prec) {
  if (!e || e->kind != ExprKind::Binary) return 1;
  return tok_precedence(static_cast<const BinaryExpr*>(e)->op) == prec ? 0 : 1;
}

// go/printer's walkBinary: which precedences occur in an unparenthesized chain, and where an
// operator pair would glue into another token ("*/", "&&", "&^", "++", "--").
void walk_binary(const BinaryExpr* e, bool& has4, bool& has5, int& max_problem) {
  int p = tok_precedence(e->op);
  if (p == 4) has4 = true;
  if (p == 5) has5 = true;
  if (e->x && e->x->kind == ExprKind::Binary) {
    auto* l = static_cast<const BinaryExpr*>(e->x);
    if (tok_precedence(l->op) >= p) walk_binary(l, has4, has5, max_problem);
  }
  if (!e->y) return;
  if (e->y->kind == ExprKind::Binary) {
    auto* r = static_cast<const BinaryExpr*>(e->y);
    if (tok_precedence(r->op) > p) walk_binary(r, has4, has5, max_problem);
  } else if (e->y->kind == ExprKind::Star) {
    if (e->op == Tok::Quo) max_problem = 5;
  } else if (e->y->kind == ExprKind::Unary) {
    std::string pair = std::string(tok_str(e->op)) + tok_str(static_cast<const UnaryExpr*>(e->y)->op);
    if (pair == "/*" || pair == "&&" || pair == "&^") max_problem = 5;
    else if ((pair == "++" || pair == "--") && max_problem < 4) max_problem = 4;
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

struct Printer {
  std::string s;
  int budget = 100000;  // no pathological output on adversarial input

  void expr0(const Expr* e, int depth) { expr1(e, kLowestPrec, depth); }

  void list(const std::vector<Expr*>& xs, int depth) {
    for (size_t i = 0; i < xs.size(); i++) {
      if (i) s += ", ";
      expr0(xs[i], depth);
    }
  }

  void fields(const std::vector<Field*>& fs, const char* sep) {
    for (size_t i = 0; i < fs.size(); i++) {
      if (i) s += sep;
      if (!fs[i]) continue;
      for (size_t k = 0; k < fs[i]->names.size(); k++) s += (k ? ", " : "") + fs[i]->names[k]->name;
      if (!fs[i]->names.empty()) s += " ";
      expr0(fs[i]->type, 1);
    }
  }

  void signature(const FuncType* f) {
    s += "(";
    fields(f->params, ", ");
    s += ")";
    if (f->results.empty()) return;
    s += " ";
    if (f->results.size() == 1 && f->results[0] && f->results[0]->names.empty()) {
      expr0(f->results[0]->type, 1);
    } else {
      s += "(";
      fields(f->results, ", ");
      s += ")";
    }
  }

  void expr1(const Expr* e, int prec1, int depth) {
    if (!e) return;
    if (--budget < 0 || s.size() > 4096) {
      s += "…";
      return;
    }
    switch (e->kind) {
      case ExprKind::Bad: s += "BadExpr"; break;
      case ExprKind::Ident: s += static_cast<const Ident*>(e)->name; break;
      case ExprKind::BasicLit: s += static_cast<const BasicLit*>(e)->lit; break;
      case ExprKind::Binary: {
        auto* b = static_cast<const BinaryExpr*>(e);
        int prec = tok_precedence(b->op);
        if (prec < prec1) {
          s += "(";
          expr0(e, reduce_depth(depth));
          s += ")";
          break;
        }
        bool blank = prec < cutoff(b, depth);
        expr1(b->x, prec, depth + diff_prec(b->x, prec));
        if (blank) s += " ";
        s += tok_str(b->op);
        if (blank) s += " ";
        expr1(b->y, prec + 1, depth + 1);
        break;
      }
      case ExprKind::KeyValue: {
        auto* kv = static_cast<const KeyValueExpr*>(e);
        expr0(kv->key, depth);
        s += ": ";
        expr0(kv->value, depth);
        break;
      }
      case ExprKind::Star:
        s += "*";
        expr0(static_cast<const StarExpr*>(e)->x, 1);
        break;
      case ExprKind::Unary: {
        auto* u = static_cast<const UnaryExpr*>(e);
        if (kUnaryPrec < prec1) {
          s += "(";
          expr0(e, depth);
          s += ")";
          break;
        }
        s += tok_str(u->op);
        expr1(u->x, kUnaryPrec, depth);
        break;
      }
      case ExprKind::CompositeLit: {
        auto* c = static_cast<const CompositeLit*>(e);
        expr1(c->type, kHighestPrec, depth);
        s += "{";
        list(c->elts, depth);
        s += "}";
        break;
      }
      case ExprKind::FuncLit: {
        auto* f = static_cast<const FuncLit*>(e);
        s += "func";
        if (f->type) signature(f->type);
        s += " {…}";
        break;
      }
      case ExprKind::Paren:
        s += "(";
        expr0(static_cast<const ParenExpr*>(e)->x, reduce_depth(depth));
        s += ")";
        break;
      case ExprKind::Selector: {
        auto* x = static_cast<const SelectorExpr*>(e);
        expr1(x->x, kHighestPrec, depth);
        s += ".";
        if (x->sel) s += x->sel->name;
        break;
      }
      case ExprKind::TypeAssert: {
        auto* x = static_cast<const TypeAssertExpr*>(e);
        expr1(x->x, kHighestPrec, depth);
        s += ".(";
        if (x->type) expr0(x->type, 1);
        else s += "type";
        s += ")";
        break;
      }
      case ExprKind::Index: {
        auto* x = static_cast<const IndexExpr*>(e);
        expr1(x->x, kHighestPrec, 1);
        s += "[";
        expr0(x->index, depth + 1);
        for (const Expr* a : x->extra) {
          s += ", ";
          expr0(a, depth + 1);
        }
        s += "]";
        break;
      }
      case ExprKind::Slice: {
        auto* x = static_cast<const SliceExpr*>(e);
        expr1(x->x, kHighestPrec, 1);
        s += "[";
        const Expr* idx[3] = {x->lo, x->hi, x->slice3 ? x->max : nullptr};
        int n = x->slice3 ? 3 : 2;
        bool blanks = false;
        if (depth <= 1) {
          int count = 0;
          bool bin = false;
          for (int i = 0; i < n; i++)
            if (idx[i]) {
              count++;
              if (idx[i]->kind == ExprKind::Binary) bin = true;
            }
          blanks = count > 1 && bin;
        }
        for (int i = 0; i < n; i++) {
          if (i) {
            if (idx[i - 1] && blanks) s += " ";
            s += ":";
            if (idx[i] && blanks) s += " ";
          }
          if (idx[i]) expr0(idx[i], depth + 1);
        }
        s += "]";
        break;
      }
      case ExprKind::Call: {
        auto* c = static_cast<const CallExpr*>(e);
        if (c->args.size() > 1) depth++;
        if (c->fun && c->fun->kind == ExprKind::FuncType) {
          s += "(";
          expr1(c->fun, kHighestPrec, depth);
          s += ")";
        } else {
          expr1(c->fun, kHighestPrec, depth);
        }
        s += "(";
        list(c->args, depth);
        if (c->has_ellipsis) s += "...";
        s += ")";
        break;
      }
      case ExprKind::ArrayType: {
        auto* a = static_cast<const ArrayType*>(e);
        s += "[";
        if (a->len) expr0(a->len, 1);
        s += "]";
        expr0(a->elem, 1);
        break;
      }
      case ExprKind::StructType: {
        auto* st = static_cast<const StructType*>(e);
        s += "struct{";
        fields(st->fields, "; ");
        s += "}";
        break;
      }
      case ExprKind::FuncType:
        s += "func";
        signature(static_cast<const FuncType*>(e));
        break;
      case ExprKind::InterfaceType: {
        auto* it = static_cast<const InterfaceType*>(e);
        s += "interface{";
        for (size_t i = 0; i < it->methods.size(); i++) {
          if (i) s += "; ";
          Field* f = it->methods[i];
          if (!f) continue;
          if (!f->names.empty() && f->type && f->type->kind == ExprKind::FuncType) {
            s += f->names[0]->name;
            signature(static_cast<const FuncType*>(f->type));
          } else {
            expr0(f->type, 1);
          }
        }
        s += "}";
        break;
      }
      case ExprKind::MapType: {
        auto* m = static_cast<const MapType*>(e);
        s += "map[";
        expr0(m->key, 1);
        s += "]";
        expr0(m->value, 1);
        break;
      }
      case ExprKind::ChanType: {
        auto* c = static_cast<const ChanType*>(e);
        s += c->dir == ChanDir::Recv ? "<-chan " : c->dir == ChanDir::Send ? "chan<- " : "chan ";
        expr0(c->value, 1);
        break;
      }
      case ExprKind::Ellipsis:
        s += "...";
        expr0(static_cast<const EllipsisExpr*>(e)->elt, 1);
        break;
    }
  }
};

void type_str(std::string& s, const Type* t, int depth);

void tuple_str(std::string& s, const Tuple* tu, bool variadic, int depth) {
  s += "(";
  if (tu) {
    for (size_t i = 0; i < tu->vars.size(); i++) {
      if (i) s += ", ";
      const Var* v = tu->vars[i];
      if (!v) continue;
      if (!v->name.empty() && v->name != "_") s += v->name + " ";
      if (variadic && i + 1 == tu->vars.size() && v->type && v->type->kind == TypeKind::Slice) {
        s += "...";
        type_str(s, static_cast<const Slice*>(v->type)->elem, depth + 1);
      } else {
        type_str(s, v->type, depth + 1);
      }
    }
  }
  s += ")";
}

void type_str(std::string& s, const Type* t, int depth) {
  if (!t) {
    s += "<nil>";
    return;
  }
  if (depth > 20 || s.size() > 4096) {
    s += "…";
    return;
  }
  switch (t->kind) {
    case TypeKind::Basic: s += static_cast<const Basic*>(t)->name; break;
    case TypeKind::Named: {
      auto* n = static_cast<const Named*>(t);
      if (n->obj && n->obj->pkg) s += pkg_path(n->obj->pkg) + ".";
      s += n->obj ? n->obj->name : "?";
      if (!n->targs.empty()) {
        s += "[";
        for (size_t i = 0; i < n->targs.size(); i++) {
          if (i) s += ", ";
          type_str(s, n->targs[i], depth + 1);
        }
        s += "]";
      }
      break;
    }
    case TypeKind::TypeParam: {
      auto* p = static_cast<const TypeParam*>(t);
      s += p->obj ? p->obj->name : "?";
      break;
    }
    case TypeKind::Pointer: s += "*"; type_str(s, static_cast<const Pointer*>(t)->elem, depth + 1); break;
    case TypeKind::Slice: s += "[]"; type_str(s, static_cast<const Slice*>(t)->elem, depth + 1); break;
    case TypeKind::Array: {
      auto* a = static_cast<const Array*>(t);
      s += "[" + std::to_string(a->len) + "]";
      type_str(s, a->elem, depth + 1);
      break;
    }
    case TypeKind::Map: {
      auto* m = static_cast<const Map*>(t);
      s += "map[";
      type_str(s, m->key, depth + 1);
      s += "]";
      type_str(s, m->elem, depth + 1);
      break;
    }
    case TypeKind::Chan: {
      auto* c = static_cast<const Chan*>(t);
      s += c->dir == ChanDirT::Recv ? "<-chan " : c->dir == ChanDirT::Send ? "chan<- " : "chan ";
      type_str(s, c->elem, depth + 1);
      break;
    }
    case TypeKind::Struct: {
      auto* st = static_cast<const Struct*>(t);
      s += "struct{";
      for (size_t i = 0; i < st->fields.size(); i++) {
        if (i) s += "; ";
        const Var* f = st->fields[i];
        if (!f) continue;
        if (!f->embedded) s += f->name + " ";
        type_str(s, f->type, depth + 1);
      }
      s += "}";
      break;
    }
    case TypeKind::Signature: {
      auto* sig = static_cast<const Signature*>(t);
      s += "func";
      tuple_str(s, sig->params, sig->variadic, depth);
      if (sig->results && !sig->results->vars.empty()) {
        s += " ";
        if (sig->results->vars.size() == 1 && sig->results->vars[0] && sig->results->vars[0]->name.empty())
          type_str(s, sig->results->vars[0]->type, depth + 1);
        else
          tuple_str(s, sig->results, false, depth);
      }
      break;
    }
    case TypeKind::Interface: {
      auto* it = static_cast<const Interface*>(t);
      if (it->methods.empty() && it->embeddeds.empty() && !it->has_terms && !it->is_comparable) {
        s += "interface{}";
        break;
      }
      s += "interface{";
      bool first = true;
      for (const Func* m : it->methods) {
        if (!first) s += "; ";
        first = false;
        s += m->name;
        std::string sig;
        type_str(sig, m->type, depth + 1);
        s += sig.rfind("func", 0) == 0 ? sig.substr(4) : sig;
      }
      for (const Type* e : it->embeddeds) {
        if (!first) s += "; ";
        first = false;
        type_str(s, e, depth + 1);
      }
      s += "}";
      break;
    }
    case TypeKind::Tuple: tuple_str(s, static_cast<const Tuple*>(t), false, depth); break;
  }
}

}  // namespace

std::string pkg_path(const Package* p) {
  if (!p) return "";
  return p->path == "main" ? "command-line-arguments" : p->path;
}

bool is_named(const Type* t, const char* pkg, const char* name) {
  if (!t || t->kind != TypeKind::Named) return false;
  auto* n = static_cast<const Named*>(t);
  return n->obj && n->obj->pkg && n->obj->pkg->path == pkg && n->obj->name == name;
}

Expr* unparen(Expr* e) {
  while (e && e->kind == ExprKind::Paren) e = static_cast<ParenExpr*>(e)->x;
  return e;
}

std::string format_expr(const Expr* e) {
  Printer p;
  p.expr1(e, kLowestPrec, 1);
  return std::move(p.s);
}

std::string types_string(const Type* t) {
  std::string s;
  type_str(s, t, 0);
  return s;
}

Func* callee(const CallExpr* call) {
  if (!call) return nullptr;
  Expr* f = unparen(call->fun);
  if (f && f->kind == ExprKind::Index && static_cast<IndexExpr*>(f)->is_inst) f = unparen(static_cast<IndexExpr*>(f)->x);
  if (!f) return nullptr;
  Object* o = nullptr;
  if (f->kind == ExprKind::Ident) {
    o = static_cast<Ident*>(f)->obj;
  } else if (f->kind == ExprKind::Selector) {
    auto* s = static_cast<SelectorExpr*>(f);
    if (s->selection.kind == Selection::Qualified) o = s->sel ? s->sel->obj : nullptr;
    else if (s->selection.kind == Selection::Method) o = s->selection.obj;
  }
  if (!o || o->kind != ObjKind::Func) return nullptr;
  if (f->tv.mode == Mode::TypeExpr) return nullptr;
  return static_cast<Func*>(o);
}

Func* find_method(Type* t, const std::string& name, bool* in_value_set) {
  if (in_value_set) *in_value_set = false;
  if (!t) return nullptr;
  bool indirect = false;
  if (t->kind == TypeKind::Pointer) {
    t = static_cast<Pointer*>(t)->elem;
    indirect = true;
    if (!t || t->kind == TypeKind::Pointer) return nullptr;
  }
  if (t->kind == TypeKind::TypeParam) return nullptr;
  if (Type* u = underlying(t); u && u->kind == TypeKind::Interface && !indirect) {
    for (Func* m : static_cast<Interface*>(u)->all_methods)
      if (m && m->name == name) {
        if (in_value_set) *in_value_set = true;
        return m;
      }
    return nullptr;
  }
  // Breadth-first through embedded fields, as go/types' lookupFieldOrMethod.
  struct Entry { Type* t; bool indirect; };
  std::vector<Entry> level{{t, indirect}};
  std::set<const Type*> seen;
  for (int depth = 0; depth < 8 && !level.empty(); depth++) {
    std::vector<Entry> next;
    for (const Entry& en : level) {
      Type* typ = en.t;
      if (!typ) continue;
      if (typ->kind == TypeKind::Named) {
        if (!seen.insert(typ).second) continue;
        for (Func* m : static_cast<Named*>(typ)->methods) {
          if (!m || m->name != name) continue;
          if (in_value_set) *in_value_set = !m->ptr_recv || en.indirect;
          return m;
        }
      }
      Type* u = underlying(typ);
      if (!u) continue;
      if (u->kind == TypeKind::Struct) {
        for (Var* f : static_cast<Struct*>(u)->fields) {
          if (!f || !f->embedded) continue;
          Type* ft = f->type;
          bool ind = en.indirect;
          if (ft && ft->kind == TypeKind::Pointer) {
            ft = static_cast<Pointer*>(ft)->elem;
            ind = true;
          }
          next.push_back({ft, ind});
        }
      } else if (u->kind == TypeKind::Interface && depth > 0) {
        for (Func* m : static_cast<Interface*>(u)->all_methods)
          if (m && m->name == name) {
            if (in_value_set) *in_value_set = true;
            return m;
          }
      }
    }
    level = std::move(next);
  }
  return nullptr;
}

namespace {
struct SideEffects : Visitor {
  bool found = false;
  bool expr(Expr* e) override {
    if (found) return false;
    if (e->kind == ExprKind::Call) {
      auto* c = static_cast<CallExpr*>(e);
      if (!c->fun || c->fun->tv.mode != Mode::TypeExpr) {
        found = true;
        return false;
      }
    } else if (e->kind == ExprKind::Unary && static_cast<UnaryExpr*>(e)->op == Tok::Arrow) {
      found = true;
      return false;
    }
    return true;
  }
};
}  // namespace

bool has_side_effects(const Expr* e) {
  SideEffects v;
  walk_expr(const_cast<Expr*>(e), v);
  return v.found;
}

bool is_constant(const Expr* e) { return e && e->tv.mode == Mode::Constant; }

}  // namespace gort::lang::vet
