// engine/lang/check_types.cpp — evaluating type expressions: names, pointers, slices, arrays,
// maps, channels, functions, structs (embedded fields, tags) and interfaces (embedded
// interfaces, complete method sets).
#include <algorithm>

#include "lang/checker.h"
#include "lang/type_size.h"

namespace gort::lang {

Type* Checker::type_expr(Expr* e) {
  Type* t = type_expr_or_null(e);
  if (t && !in_constraint_ && t->kind != TypeKind::TypeParam &&
      (e->kind == ExprKind::Ident || e->kind == ExprKind::Selector)) {
    // Constraint interfaces (type sets, comparable) are not types of values.
    Type* u = underlying(t);
    if (u && u->kind == TypeKind::Interface && static_cast<Interface*>(u)->is_constraint()) {
      error(e->pos, "cannot use type " + type_string(t) + " outside a type constraint: " +
                        (static_cast<Interface*>(u)->has_terms ? "interface contains type constraints"
                                                               : "interface is (or embeds) comparable"));
      return ctx_.basic(BasicKind::Invalid);
    }
  }
  return t ? t : ctx_.basic(BasicKind::Invalid);
}

Type* Checker::type_expr_or_null(Expr* e) {
  if (!e) return nullptr;
  Type* t = nullptr;
  switch (e->kind) {
    case ExprKind::Ident:
    case ExprKind::Selector:
    case ExprKind::Index: {
      expr_or_type(e);
      if (e->tv.mode == Mode::Invalid) return nullptr;
      if (e->tv.mode != Mode::TypeExpr) {
        error(e->pos, expr_string(e) + " is not a type");
        return nullptr;
      }
      Type* gt = e->tv.type;
      Object* go = e->kind == ExprKind::Ident ? static_cast<Ident*>(e)->obj
                   : e->kind == ExprKind::Selector ? static_cast<SelectorExpr*>(e)->sel->obj
                                                   : nullptr;
      if (go && go->kind == ObjKind::TypeName && !static_cast<TypeName*>(go)->alias_tparams.empty()) {
        extern std::string generic_alias_string(TypeName*);
        error(e->pos, "cannot use generic type " + generic_alias_string(static_cast<TypeName*>(go)) +
                          " without instantiation");
        return nullptr;
      }
      if (gt && gt->kind == TypeKind::Named && !static_cast<Named*>(gt)->tparams.empty() &&
          e->kind != ExprKind::Index) {
        extern std::string generic_type_string(Named*);
        error(e->pos, "cannot use generic type " + generic_type_string(static_cast<Named*>(gt)) +
                          " without instantiation");
        return nullptr;
      }
      return e->tv.type;
    }
    case ExprKind::Paren: t = type_expr_or_null(static_cast<ParenExpr*>(e)->x); break;
    case ExprKind::Star: {
      Type* el = type_expr_or_null(static_cast<StarExpr*>(e)->x);
      if (!el) return nullptr;
      t = ctx_.make_type<Pointer>(el);
      break;
    }
    case ExprKind::ArrayType: {
      ArrayType* a = static_cast<ArrayType*>(e);
      if (!a->len) {
        Type* el = type_expr_or_null(a->elem);
        if (!el) return nullptr;
        t = ctx_.make_type<Slice>(el);
      } else if (a->len->kind == ExprKind::Ellipsis) {
        error(a->len->pos, "invalid use of [...] array (outside a composite literal)");
        return nullptr;
      } else {
        int64_t n = array_length(a->len);
        Type* el = type_expr_or_null(a->elem);
        if (!el || n < 0) return nullptr;
        t = sized_array(a->pos, el, n);
      }
      break;
    }
    case ExprKind::MapType: {
      MapType* m = static_cast<MapType*>(e);
      Type* k = type_expr_or_null(m->key);
      Type* v = type_expr_or_null(m->value);
      if (!k || !v) return nullptr;
      Type* ku = underlying(k);
      // Comparability of a named key whose underlying is not known yet is checked later by gc;
      // here we check what we can.
      // A type parameter's constraint may not be set yet (func F[M ~map[K]V, K comparable]):
      // instantiation checks the actual key type.
      if (ku && k->kind != TypeKind::TypeParam && !comparable(k) && ku->kind != TypeKind::Basic) {
        error(m->key->pos, "invalid map key type " + type_string(k));
        return nullptr;
      }
      t = ctx_.make_type<Map>(k, v);
      break;
    }
    case ExprKind::ChanType: {
      ChanType* c = static_cast<ChanType*>(e);
      Type* el = type_expr_or_null(c->value);
      if (!el) return nullptr;
      ChanDirT d = c->dir == ChanDir::Send ? ChanDirT::Send : c->dir == ChanDir::Recv ? ChanDirT::Recv : ChanDirT::Both;
      t = ctx_.make_type<Chan>(d, el);
      break;
    }
    case ExprKind::FuncType: {
      Scope* s = ctx_.make_scope(scope_);
      t = func_signature(static_cast<FuncType*>(e), nullptr, s, nullptr);
      break;
    }
    case ExprKind::StructType: t = struct_type(static_cast<StructType*>(e)); break;
    case ExprKind::InterfaceType: t = interface_type(static_cast<InterfaceType*>(e)); break;
    case ExprKind::Ellipsis:
      error(e->pos, "invalid use of ...");
      return nullptr;
    default:
      expr(e);
      if (e->tv.mode != Mode::Invalid) error(e->pos, expr_string(e) + " is not a type");
      return nullptr;
  }
  if (t) {
    e->tv.mode = Mode::TypeExpr;
    e->tv.type = t;
  }
  return t;
}

Type* Checker::sized_array(Pos p, Type* el, int64_t n) {
  Type* t = ctx_.make_type<Array>(el, n);
  int64_t es = type_size(el);
  // gc (types/size.go): no array of more than MaxWidth bytes; such a program never runs here.
  if (es > 0 && n > (kMaxWidth - 1) / es) error(p, "type " + type_string(t) + " larger than address space");
  return t;
}

int64_t Checker::array_length(Expr* e) {
  // types2: a name that is not a constant is an "invalid array length" (and is not a use).
  if (e->kind == ExprKind::Ident) {
    Object* o = scope_->lookup(static_cast<Ident*>(e)->name);
    if (o && o->kind != ObjKind::Const) {
      error(e->pos, "invalid array length " + static_cast<Ident*>(e)->name);
      return -1;
    }
  }
  expr(e);
  if (e->tv.mode == Mode::Invalid) return -1;
  if (e->tv.mode != Mode::Constant) {
    if (e->tv.mode == Mode::TypeExpr) error(e->pos, "invalid array length " + expr_string(e));
    else error(e->pos, "array length " + operand_string(e) + " must be constant");
    return -1;
  }
  Type* u = underlying(e->tv.type);
  bool intish = e->tv.val.kind == ConstValue::Int ||
                (e->tv.val.kind == ConstValue::Float && e->tv.val.re.is_int() &&
                 is_untyped(e->tv.type));
  if (!intish || (u->kind == TypeKind::Basic && !is_untyped(u) &&
                  (static_cast<Basic*>(u)->bkind < BasicKind::Int || static_cast<Basic*>(u)->bkind > BasicKind::Uintptr))) {
    error(e->pos, "array length " + operand_string(e) + " must be integer");
    return -1;
  }
  __int128 n = e->tv.val.i;   // saturated: huge lengths are reported below
  if (n < 0) {
    error(e->pos, "invalid array length " + operand_string(e));
    return -1;
  }
  if (n > (__int128)INT64_MAX) {   // types2: not representable as an int
    error(e->pos, "array length " + operand_string(e) + " must be integer");
    return -1;
  }
  if (is_untyped(e->tv.type)) set_type_rec(e, ctx_.basic(BasicKind::Int));
  return int64_t(n);
}

Signature* Checker::func_signature(FuncType* ft, Field* recv, Scope* scope, std::vector<Var*>*) {
  Signature* sig = ctx_.make_type<Signature>();
  sig->params = ctx_.make_type<Tuple>();
  sig->results = ctx_.make_type<Tuple>();
  sig->variadic = ft->variadic;
  auto fields = [&](std::vector<Field*>& fs, Tuple* out, bool params) {
    for (size_t fi = 0; fi < fs.size(); fi++) {
      Field* f = fs[fi];
      Expr* te = f->type;
      Type* t;
      if (te->kind == ExprKind::Ellipsis) {
        Type* el = type_expr(static_cast<EllipsisExpr*>(te)->elt);
        t = ctx_.make_type<Slice>(el);
        te->tv.mode = Mode::TypeExpr;
        te->tv.type = t;
      } else {
        t = type_expr(te);
      }
      if (f->names.empty()) {
        Var* v = ctx_.make_obj<Var>("");
        v->type = t;
        v->is_param = true;
        v->line = f->pos.line;
        v->col = f->pos.col;
        v->pkg = pkg_;
        out->vars.push_back(v);
      } else {
        for (Ident* id : f->names) {
          Var* v = ctx_.make_obj<Var>(id->name);
          v->type = t;
          v->is_param = true;
          v->line = id->pos.line;
          v->col = id->pos.col;
          v->pkg = pkg_;
          id->obj = v;
          out->vars.push_back(v);
        }
      }
    }
    (void)params;
  };
  if (recv) {
    Tuple tmp;
    std::vector<Field*> rf{recv};
    Tuple* rt = ctx_.make_type<Tuple>();
    fields(rf, rt, true);
    if (!rt->vars.empty()) sig->recv = rt->vars[0];
  }
  fields(ft->params, sig->params, true);
  fields(ft->results, sig->results, false);
  (void)scope;
  return sig;
}

Struct* Checker::struct_type(StructType* st) {
  Struct* s = ctx_.make_type<Struct>();
  std::set<std::string> seen;
  for (Field* f : st->fields) {
    Type* t = type_expr(f->type);
    auto add = [&](const std::string& name, Pos p, bool embedded) {
      Var* v = ctx_.make_obj<Var>(name);
      v->type = t;
      v->is_field = true;
      v->embedded = embedded;
      v->line = p.line;
      v->col = p.col;
      v->pkg = pkg_;
      if (name != "_" && !seen.insert(name).second) {
        error(p, name + " redeclared");
      }
      s->fields.push_back(v);
      s->tags.push_back(f->tag);
      return v;
    };
    if (f->names.empty()) {
      // Embedded field: its name is the type name (without package and *).
      Expr* te = f->type;
      if (te->kind == ExprKind::Star) te = static_cast<StarExpr*>(te)->x;
      std::string name;
      if (te->kind == ExprKind::Ident) name = static_cast<Ident*>(te)->name;
      else if (te->kind == ExprKind::Selector) name = static_cast<SelectorExpr*>(te)->sel->name;
      Type* bt = t->kind == TypeKind::Pointer ? static_cast<Pointer*>(t)->elem : t;
      if (bt->kind == TypeKind::TypeParam) {
        error(f->type->pos, "embedded field type cannot be a (pointer to a) type parameter");
      }
      if (t->kind == TypeKind::Pointer && (underlying(bt)->kind == TypeKind::Pointer ||
                                           underlying(bt)->kind == TypeKind::Interface)) {
        error(f->type->pos, "embedded field type cannot be a pointer to an interface");
      }
      Var* v = add(name, f->type->pos, true);
      if (Ident* id = te->kind == ExprKind::Ident ? static_cast<Ident*>(te) : nullptr) (void)id;
      (void)v;
    } else {
      for (Ident* id : f->names) id->obj = add(id->name, id->pos, false);
    }
  }
  return s;
}

Interface* Checker::interface_type(InterfaceType* it) {
  Interface* iface = ctx_.make_type<Interface>();
  for (Field* f : it->methods) {
    if (!f->names.empty()) {
      Func* m = ctx_.make_obj<Func>(f->names[0]->name);
      m->line = f->names[0]->pos.line;
      m->col = f->names[0]->pos.col;
      m->pkg = pkg_;
      Scope* s = ctx_.make_scope(scope_);
      m->type = func_signature(static_cast<FuncType*>(f->type), nullptr, s, nullptr);
      f->names[0]->obj = m;
      iface->methods.push_back(m);
    } else {
      Expr* te = f->type;
      while (te->kind == ExprKind::Paren) te = static_cast<ParenExpr*>(te)->x;
      bool is_union = (te->kind == ExprKind::Binary && static_cast<BinaryExpr*>(te)->op == Tok::Or) ||
                      (te->kind == ExprKind::Unary && static_cast<UnaryExpr*>(te)->op == Tok::Tilde);
      if (is_union) {
        // A type set element: ~int | ~float64. Several unions intersect (complete_interface).
        std::vector<Term> terms;
        collect_terms(te, terms);
        Interface* u = ctx_.make_type<Interface>();
        u->terms = terms;
        u->has_terms = true;
        u->implicit = true;
        complete_interface(u);
        iface->embeddeds.push_back(u);
        iface->terms.insert(iface->terms.end(), terms.begin(), terms.end());
        continue;
      }
      bool saved_ic = in_constraint_;
      in_constraint_ = true;  // interface{ Number; comparable } embeds constraints
      Type* t = type_expr(f->type);
      in_constraint_ = saved_ic;
      if (t->kind == TypeKind::Basic && static_cast<Basic*>(t)->bkind == BasicKind::Invalid) continue;
      if (!is_interface(t)) {
        if (t->kind == TypeKind::TypeParam) {
          error(f->type->pos, "term cannot be a type parameter");
          continue;
        }
        // A single-type element: interface{ int } or interface{ []byte }.
        Interface* u = ctx_.make_type<Interface>();
        u->terms.push_back(Term{false, t});
        u->has_terms = true;
        u->implicit = true;
        complete_interface(u);
        iface->embeddeds.push_back(u);
        iface->terms.push_back(Term{false, t});
        continue;
      }
      iface->embeddeds.push_back(t);
    }
  }
  complete_interface(iface);
  return iface;
}

// Intersection of two term lists (types2's type set intersection, for the common cases: equal
// terms, or T in ~U when T's underlying type is U).
static std::vector<Term> intersect_terms(const std::vector<Term>& a, const std::vector<Term>& b) {
  std::vector<Term> r;
  for (const Term& x : a) {
    for (const Term& y : b) {
      if (x.tilde && y.tilde && identical(x.type, y.type)) r.push_back(x);
      else if (!x.tilde && (y.tilde ? identical(underlying(x.type), y.type) : identical(x.type, y.type))) r.push_back(x);
      else if (x.tilde && !y.tilde && identical(underlying(y.type), x.type)) r.push_back(y);
    }
  }
  return r;
}

void Checker::complete_interface(Interface* it) {
  std::vector<Func*> all = it->methods;
  if (it->implicit || (!it->terms.empty() && it->embeddeds.empty())) {
    it->has_terms = it->has_terms || !it->terms.empty();
    it->all_terms = it->terms;
  }
  for (Type* e : it->embeddeds) {
    Type* u = underlying(e);
    if (!u || u->kind != TypeKind::Interface) continue;
    Interface* ei = static_cast<Interface*>(u);
    if (ei->is_comparable) it->is_comparable = true;
    if (ei->has_terms) {
      it->all_terms = it->has_terms ? intersect_terms(it->all_terms, ei->all_terms) : ei->all_terms;
      it->has_terms = true;
    }
    if (ei->all_methods.empty() && !ei->methods.empty()) complete_interface(ei);
    for (Func* m : ei->all_methods) {
      bool dup = false;
      for (Func* x : all) {
        if (x->name == m->name) {
          dup = true;
          if (!identical(x->type, m->type)) error(Pos{m->line, m->col}, "duplicate method " + m->name);
        }
      }
      if (!dup) all.push_back(m);
    }
  }
  std::sort(all.begin(), all.end(), [](Func* a, Func* b) { return a->name < b->name; });
  it->all_methods = all;
}

}  // namespace gort::lang
