// engine/lang/check_generic.cpp — generics: type parameter lists, constraints (type sets of
// unions with ~, comparable, methods), substitution, instantiation and argument type inference.
//
// Strategy (monomorphization in the checker): a generic function's body is checked once with its
// type parameters as TypeParam types (errors are reported there, in types2's wording). Each
// distinct list of concrete type arguments then gets an *instance*: the function's text is parsed
// again (parse_func_decl_at) into a fresh AST and checked with the type parameter names bound to
// the type arguments (alias TypeNames in the instance's scope). The instance is an ordinary
// function to the compiler (Program::instances), so values of T are copied, compared, hashed and
// printed by T's real type. Instances of generic types are Named types (origin + targs) whose
// underlying type is substituted and whose methods are instantiated the same way. Inside generic
// bodies, instantiations whose arguments mention type parameters only substitute signatures.
#include <algorithm>

#include "lang/checker.h"
#include "lang/parser.h"
#include "lang/type_preds.h"

namespace gort::lang {

namespace {
constexpr size_t kMaxInstances = 2000;  // an instantiation cycle (F[T] calls F[[]T]) stops here
constexpr int kMaxInstanceDepth = 48;   // instances made while checking instances made while ...

Type* lookup_map(const Checker::TParamMap& m, TypeParam* tp) {
  for (auto& [k, v] : m)
    if (k == tp) return v;
  return nullptr;
}

bool same_targs(const std::vector<Type*>& a, const std::vector<Type*>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); i++)
    if (!identical(a[i], b[i])) return false;
  return true;
}

Expr* unparen_expr(Expr* e) {
  while (e && e->kind == ExprKind::Paren) e = static_cast<ParenExpr*>(e)->x;
  return e;
}

// "[T any, U comparable]" as types2 prints a generic type's parameters (equal constraints grouped).
std::string tparams_string(const std::vector<TypeParam*>& tps) {
  std::string s = "[";
  for (size_t i = 0; i < tps.size(); i++) {
    s += tps[i]->obj->name;
    if (i + 1 < tps.size() && tps[i + 1]->constraint == tps[i]->constraint) {
      s += ", ";
      continue;
    }
    std::string c = tps[i]->constraint ? type_string(tps[i]->constraint) : "any";
    if (c == "interface{}") c = "any";
    s += " " + c;
    if (i + 1 < tps.size()) s += ", ";
  }
  return s + "]";
}
}  // namespace

std::string generic_type_string(Named* n) { return n->obj->name + tparams_string(n->tparams); }
std::string generic_alias_string(TypeName* tn) { return tn->name + tparams_string(tn->alias_tparams); }

// ---- declarations --------------------------------------------------------------------------

std::vector<TypeParam*> Checker::declare_tparams(std::vector<Field*>& fields, Scope* s) {
  std::vector<TypeParam*> tps;
  // Names first: constraints may mention any of the list's parameters ([S ~[]E, E any]).
  for (Field* f : fields) {
    for (Ident* id : f->names) {
      TypeName* tn = ctx_.make_obj<TypeName>(id->name);
      tn->line = id->pos.line;
      tn->col = id->pos.col;
      tn->pkg = pkg_;
      TypeParam* tp = ctx_.make_type<TypeParam>();
      tp->obj = tn;
      tp->index = int(tps.size());
      tn->type = tp;
      id->obj = tn;
      if (id->name != "_") {
        if (Object* prev = s->lookup_local(id->name)) redeclared(id->pos, id->name, prev);
        else s->names[id->name] = tn;
      }
      tps.push_back(tp);
    }
  }
  Scope* saved = scope_;
  bool saved_ic = in_constraint_;
  scope_ = s;
  in_constraint_ = true;
  size_t k = 0;
  for (Field* f : fields) {
    Type* c = constraint_type(f->type);
    for (size_t i = 0; i < f->names.size(); i++) tps[k++]->constraint = c;
  }
  scope_ = saved;
  in_constraint_ = saved_ic;
  return tps;
}

void Checker::collect_terms(Expr* e, std::vector<Term>& out) {
  e = unparen_expr(e);
  if (e->kind == ExprKind::Binary && static_cast<BinaryExpr*>(e)->op == Tok::Or) {
    collect_terms(static_cast<BinaryExpr*>(e)->x, out);
    collect_terms(static_cast<BinaryExpr*>(e)->y, out);
    return;
  }
  Term t;
  if (e->kind == ExprKind::Unary && static_cast<UnaryExpr*>(e)->op == Tok::Tilde) {
    t.tilde = true;
    Expr* x = static_cast<UnaryExpr*>(e)->x;
    t.type = type_expr(x);
    if (!is_invalid_type(t.type) && !identical(underlying(t.type), t.type)) {
      error(e->pos, "invalid use of ~ (underlying type of " + type_string(t.type) + " is " +
                        type_string(underlying(t.type)) + ")");
      t.type = ctx_.basic(BasicKind::Invalid);
    }
  } else {
    // A union's terms may be type-set interfaces (Number | ~string): a constraint position.
    bool saved_ic = in_constraint_;
    in_constraint_ = true;
    t.type = type_expr(e);
    in_constraint_ = saved_ic;
  }
  if (t.type->kind == TypeKind::TypeParam) {
    error(e->pos, "term cannot be a type parameter");
    return;
  }
  if (is_interface(t.type) && !is_invalid_type(t.type)) {
    Interface* it = static_cast<Interface*>(underlying(t.type));
    if (!it->all_methods.empty() || it->is_comparable) {
      error(e->pos, "cannot use " + type_string(t.type) + " in union (" + type_string(t.type) +
                        " contains methods)");
      return;
    }
    if (it->has_terms) {
      // An interface term stands for its type set: Number | ~string is ~int | ... | ~string.
      out.insert(out.end(), it->terms.begin(), it->terms.end());
      return;
    }
  }
  out.push_back(t);
}

Type* Checker::constraint_type(Expr* e) {
  Expr* u = unparen_expr(e);
  bool is_union = (u->kind == ExprKind::Binary && static_cast<BinaryExpr*>(u)->op == Tok::Or) ||
                  (u->kind == ExprKind::Unary && static_cast<UnaryExpr*>(u)->op == Tok::Tilde);
  if (!is_union) {
    Type* t = type_expr(e);
    if (is_invalid_type(t) || is_interface(t)) return t;
    if (t->kind == TypeKind::TypeParam) {
      error(e->pos, "cannot use a type parameter as constraint");
      return ctx_.basic(BasicKind::Invalid);
    }
  }
  // [T int | string], [T ~int], [T []byte]: an implicit interface with that type set.
  Interface* it = ctx_.make_type<Interface>();
  it->implicit = true;
  collect_terms(e, it->terms);
  it->has_terms = true;
  complete_interface(it);
  return it;
}

// ---- substitution --------------------------------------------------------------------------

// Does t mention one of tps (the type parameters being inferred)?
static bool mentions(Type* t, const std::vector<TypeParam*>& tps) {
  if (!t) return false;
  switch (t->kind) {
    case TypeKind::TypeParam:
      return std::find(tps.begin(), tps.end(), static_cast<TypeParam*>(t)) != tps.end();
    case TypeKind::Named:
      for (Type* a : static_cast<Named*>(t)->targs)
        if (mentions(a, tps)) return true;
      return false;
    case TypeKind::Pointer: return mentions(static_cast<Pointer*>(t)->elem, tps);
    case TypeKind::Slice: return mentions(static_cast<Slice*>(t)->elem, tps);
    case TypeKind::Array: return mentions(static_cast<Array*>(t)->elem, tps);
    case TypeKind::Chan: return mentions(static_cast<Chan*>(t)->elem, tps);
    case TypeKind::Map: return mentions(static_cast<Map*>(t)->key, tps) || mentions(static_cast<Map*>(t)->elem, tps);
    case TypeKind::Struct:
      for (Var* f : static_cast<Struct*>(t)->fields)
        if (mentions(f->type, tps)) return true;
      return false;
    case TypeKind::Tuple:
      for (Var* v : static_cast<Tuple*>(t)->vars)
        if (mentions(v->type, tps)) return true;
      return false;
    case TypeKind::Signature:
      return mentions(static_cast<Signature*>(t)->params, tps) || mentions(static_cast<Signature*>(t)->results, tps);
    default: return false;
  }
}

bool Checker::has_tparam(Type* t) {
  if (!t) return false;
  switch (t->kind) {
    case TypeKind::TypeParam: return true;
    case TypeKind::Named: {
      auto* n = static_cast<Named*>(t);
      if (!n->tparams.empty()) return true;  // G inside its own declaration: G[T]
      for (Type* a : n->targs)
        if (has_tparam(a)) return true;
      return false;
    }
    case TypeKind::Pointer: return has_tparam(static_cast<Pointer*>(t)->elem);
    case TypeKind::Slice: return has_tparam(static_cast<Slice*>(t)->elem);
    case TypeKind::Array: return has_tparam(static_cast<Array*>(t)->elem);
    case TypeKind::Map: return has_tparam(static_cast<Map*>(t)->key) || has_tparam(static_cast<Map*>(t)->elem);
    case TypeKind::Chan: return has_tparam(static_cast<Chan*>(t)->elem);
    case TypeKind::Struct:
      for (Var* f : static_cast<Struct*>(t)->fields)
        if (has_tparam(f->type)) return true;
      return false;
    case TypeKind::Tuple:
      for (Var* v : static_cast<Tuple*>(t)->vars)
        if (has_tparam(v->type)) return true;
      return false;
    case TypeKind::Signature: {
      auto* s = static_cast<Signature*>(t);
      return has_tparam(s->params) || has_tparam(s->results);
    }
    case TypeKind::Interface: {
      auto* it = static_cast<Interface*>(t);
      for (Func* m : it->all_methods)
        if (has_tparam(m->type)) return true;
      for (const Term& term : it->all_terms)
        if (has_tparam(term.type)) return true;
      return false;
    }
    default: return false;
  }
}

Signature* Checker::subst_sig(Signature* s, const TParamMap& m) {
  Signature* r = ctx_.make_type<Signature>();
  r->variadic = s->variadic;
  auto tuple = [&](Tuple* t) {
    Tuple* o = ctx_.make_type<Tuple>();
    if (!t) return o;
    for (Var* v : t->vars) {
      Var* nv = ctx_.make_obj<Var>(v->name);
      nv->type = subst(v->type, m);
      nv->is_param = v->is_param;
      nv->line = v->line;
      nv->col = v->col;
      nv->pkg = v->pkg;
      o->vars.push_back(nv);
    }
    return o;
  };
  r->params = tuple(s->params);
  r->results = tuple(s->results);
  r->recv = s->recv;
  return r;
}

Type* Checker::subst(Type* t, const TParamMap& m) {
  if (!t || m.empty()) return t;
  switch (t->kind) {
    case TypeKind::TypeParam: {
      Type* r = lookup_map(m, static_cast<TypeParam*>(t));
      return r ? r : t;
    }
    case TypeKind::Named: {
      Named* n = static_cast<Named*>(t);
      if (!n->tparams.empty()) {  // the generic type inside its own declaration: G[T]
        std::vector<Type*> args;
        for (TypeParam* tp : n->tparams) args.push_back(subst(tp, m));
        Named* r = instantiate_named(n, args, Pos{});
        return r ? r : t;
      }
      if (!n->origin || !has_tparam(n)) return t;
      std::vector<Type*> args;
      for (Type* a : n->targs) args.push_back(subst(a, m));
      Named* r = instantiate_named(n->origin, args, Pos{});
      return r ? r : t;
    }
    case TypeKind::Pointer: {
      Type* e = subst(static_cast<Pointer*>(t)->elem, m);
      return e == static_cast<Pointer*>(t)->elem ? t : ctx_.make_type<Pointer>(e);
    }
    case TypeKind::Slice: {
      Type* e = subst(static_cast<Slice*>(t)->elem, m);
      return e == static_cast<Slice*>(t)->elem ? t : ctx_.make_type<Slice>(e);
    }
    case TypeKind::Array: {
      auto* a = static_cast<Array*>(t);
      Type* e = subst(a->elem, m);
      return e == a->elem ? t : ctx_.make_type<Array>(e, a->len);
    }
    case TypeKind::Map: {
      auto* mp = static_cast<Map*>(t);
      Type* k = subst(mp->key, m);
      Type* v = subst(mp->elem, m);
      return k == mp->key && v == mp->elem ? t : ctx_.make_type<Map>(k, v);
    }
    case TypeKind::Chan: {
      auto* c = static_cast<Chan*>(t);
      Type* e = subst(c->elem, m);
      return e == c->elem ? t : ctx_.make_type<Chan>(c->dir, e);
    }
    case TypeKind::Struct: {
      auto* st = static_cast<Struct*>(t);
      if (!has_tparam(st)) return t;
      Struct* r = ctx_.make_type<Struct>();
      for (size_t i = 0; i < st->fields.size(); i++) {
        Var* f = st->fields[i];
        Var* nf = ctx_.make_obj<Var>(f->name);
        nf->type = subst(f->type, m);
        nf->is_field = true;
        nf->embedded = f->embedded;
        nf->line = f->line;
        nf->col = f->col;
        nf->pkg = f->pkg;
        r->fields.push_back(nf);
        r->tags.push_back(st->tags[i]);
      }
      return r;
    }
    case TypeKind::Signature: {
      auto* s = static_cast<Signature*>(t);
      return has_tparam(s) ? subst_sig(s, m) : t;
    }
    case TypeKind::Tuple: {
      auto* tu = static_cast<Tuple*>(t);
      if (!has_tparam(tu)) return t;
      Tuple* r = ctx_.make_type<Tuple>();
      for (Var* v : tu->vars) {
        Var* nv = ctx_.make_obj<Var>(v->name);
        nv->type = subst(v->type, m);
        nv->line = v->line;
        nv->col = v->col;
        nv->pkg = v->pkg;
        r->vars.push_back(nv);
      }
      return r;
    }
    case TypeKind::Interface: {
      auto* it = static_cast<Interface*>(t);
      if (!has_tparam(it)) return t;
      Interface* r = ctx_.make_type<Interface>();
      r->implicit = it->implicit;
      r->is_comparable = it->is_comparable;
      r->has_terms = it->has_terms;
      for (Func* f : it->all_methods) {
        Func* nf = ctx_.make_obj<Func>(f->name);
        nf->line = f->line;
        nf->col = f->col;
        nf->pkg = f->pkg;
        nf->type = subst(f->type, m);
        r->methods.push_back(nf);
      }
      for (const Term& term : it->all_terms) r->terms.push_back(Term{term.tilde, subst(term.type, m)});
      complete_interface(r);
      return r;
    }
    default: return t;
  }
}

// ---- constraint satisfaction ---------------------------------------------------------------

std::string Checker::unsatisfied(Type* t, TypeParam* tp, const TParamMap& m) {
  Type* c = subst(tp->constraint, m);
  if (!c || is_invalid_type(c) || is_invalid_type(t)) return "";
  Type* cu = underlying(c);
  if (!cu || cu->kind != TypeKind::Interface) return "";
  Interface* it = static_cast<Interface*>(cu);
  std::string cname = type_string(c);
  if (it->has_terms) {
    // Every type of t's type set must be in the constraint's.
    std::vector<Type*> types;
    if (t->kind == TypeKind::TypeParam) {
      Type* tu = underlying(t);
      auto* ti = tu && tu->kind == TypeKind::Interface ? static_cast<Interface*>(tu) : nullptr;
      if (!ti || !ti->has_terms) return type_string(t) + " does not satisfy " + cname;
      for (const Term& term : ti->all_terms) types.push_back(term.type);
    } else {
      types.push_back(t);
    }
    for (Type* x : types) {
      bool in = false;
      for (const Term& term : it->all_terms) {
        if (term.tilde ? identical(underlying(x), underlying(term.type)) : identical(x, term.type)) in = true;
      }
      if (!in) {
        std::string terms;
        for (size_t i = 0; i < it->all_terms.size(); i++)
          terms += (i ? " | " : "") + std::string(it->all_terms[i].tilde ? "~" : "") +
                   type_string(it->all_terms[i].type);
        if (t->kind == TypeKind::TypeParam) return type_string(t) + " does not satisfy " + cname;
        return type_string(t) + " does not satisfy " + cname + " (" + type_string(x) + " missing in " + terms + ")";
      }
    }
  }
  if (!it->all_methods.empty()) {
    std::string why;
    if (!implements(t, it, &why)) return type_string(t) + " does not satisfy " + cname + " " + why;
  }
  if (it->is_comparable) {
    bool ok;
    if (t->kind == TypeKind::TypeParam) {
      Type* tu = underlying(t);
      auto* ti = tu && tu->kind == TypeKind::Interface ? static_cast<Interface*>(tu) : nullptr;
      ok = ti && (ti->is_comparable || (ti->has_terms && comparable(t)));
    } else {
      ok = comparable(t);
    }
    if (!ok) return type_string(t) + " does not satisfy comparable";
  }
  return "";
}

bool Checker::verify_targs(const std::vector<TypeParam*>& tps, const std::vector<Type*>& targs,
                           const std::vector<Pos>& at) {
  TParamMap m;
  for (size_t i = 0; i < tps.size() && i < targs.size(); i++) m.push_back({tps[i], targs[i]});
  for (size_t i = 0; i < tps.size() && i < targs.size(); i++) {
    std::string msg = unsatisfied(targs[i], tps[i], m);
    if (!msg.empty()) {
      error(i < at.size() ? at[i] : (at.empty() ? Pos{} : at.back()), msg);
      return false;
    }
  }
  return true;
}

// ---- instantiation -------------------------------------------------------------------------

Named* Checker::instantiate_named(Named* gen, const std::vector<Type*>& targs, Pos at) {
  if (gen->obj) resolve(gen->obj);
  if (targs.size() != gen->tparams.size()) {
    if (at.valid())
      error(at, std::string(targs.size() < gen->tparams.size() ? "not enough" : "too many") +
                    " type arguments for type " + gen->obj->name + ": have " + std::to_string(targs.size()) +
                    ", want " + std::to_string(gen->tparams.size()));
    return nullptr;
  }
  bool self = true;
  for (size_t i = 0; i < targs.size(); i++)
    if (targs[i] != gen->tparams[i]) self = false;
  if (self) return gen;  // G[T] inside G's own declaration and methods
  for (Named* n : gen->instances)
    if (same_targs(n->targs, targs)) return n;
  if (named_depth_ > 32) {  // type L[T any] struct{ next *L[[]T] } expands forever
    TypeName* at = gen->tparams.empty() ? gen->obj : gen->tparams[0]->obj;
    if (!cycle_reported_) error(Pos{at->line, at->col}, "instantiation cycle");
    cycle_reported_ = true;
    return nullptr;
  }
  struct DepthGuard {
    int& d;
    explicit DepthGuard(int& x) : d(x) { d++; }
    ~DepthGuard() { d--; }
  } guard(named_depth_);
  Named* inst = ctx_.make_type<Named>();
  TypeName* tn = ctx_.make_obj<TypeName>(gen->obj->name);
  tn->line = gen->obj->line;
  tn->col = gen->obj->col;
  tn->pkg = gen->obj->pkg;
  tn->type = inst;
  inst->obj = tn;
  inst->origin = gen;
  inst->targs = targs;
  inst->concrete = true;
  for (Type* a : targs)
    if (has_tparam(a)) inst->concrete = false;
  gen->instances.push_back(inst);  // before the underlying type: it may refer to the instance
  TParamMap m;
  for (size_t i = 0; i < targs.size(); i++) m.push_back({gen->tparams[i], targs[i]});
  inst->underlying = gen->underlying ? subst(gen->underlying, m) : ctx_.basic(BasicKind::Invalid);
  if (inst->underlying && inst->underlying->kind == TypeKind::Named)
    inst->underlying = underlying(inst->underlying);
  named_instances_.push_back(inst);
  if (methods_collected_) instantiate_methods(inst);
  return inst;
}

void Checker::instantiate_methods(Named* inst) {
  Named* gen = inst->origin;
  if (!gen || !inst->methods.empty()) return;
  TParamMap m;
  for (size_t i = 0; i < inst->targs.size(); i++) m.push_back({gen->tparams[i], inst->targs[i]});
  for (Func* gm : gen->methods) {
    Func* f = nullptr;
    if (inst->concrete) {
      f = instantiate_decl(gm, inst->targs, inst);
    } else {
      // Inside generic code: only the signature matters.
      resolve(gm);
      f = ctx_.make_obj<Func>(gm->name);
      f->line = gm->line;
      f->col = gm->col;
      f->pkg = gm->pkg;
      f->origin = gm;
      f->targs = inst->targs;
      f->recv_named = inst;
      f->ptr_recv = gm->ptr_recv;
      f->type = gm->sig() ? subst_sig(gm->sig(), m) : nullptr;
    }
    if (f) inst->methods.push_back(f);
  }
}

Func* Checker::instantiate_func(Func* gen, const std::vector<Type*>& targs) {
  for (Func* f : gen->instances)
    if (same_targs(f->targs, targs)) return f;
  return instantiate_decl(gen, targs, nullptr);
}

// A fresh parse of gen's declaration, checked with its type parameter names bound to targs.
Func* Checker::instantiate_decl(Func* gen, const std::vector<Type*>& targs, Named* recv_inst) {
  if (!gen->decl || !gen->decl->body) return nullptr;
  // Generic code of a std package written in Go is re-parsed from that package's text and
  // checked in its scope, by its own checker, whichever package asks for the instance.
  if (gen->pkg && gen->pkg != pkg_) {
    auto owner = ctx_.std_checkers.find(gen->pkg);
    if (owner != ctx_.std_checkers.end() && owner->second != this) {
      Func* f = owner->second->instantiate_decl(gen, targs, recv_inst);
      owner->second->check_instances();
      if (f && cur_decl_) cur_decl_->deps.insert(f);
      return f;
    }
  }
  // F[T] whose body instantiates F[[]T]: every instance makes a deeper one (gc: "instantiation
  // cycle", at the type parameter).
  if (instances_.size() >= kMaxInstances || inst_depth_ >= kMaxInstanceDepth) {
    Pos at = gen->decl->name->pos;
    if (!gen->decl->tparams.empty() && !gen->decl->tparams[0]->names.empty()) at = gen->decl->tparams[0]->names[0]->pos;
    if (!cycle_reported_) error(at, "instantiation cycle");
    cycle_reported_ = true;
    return nullptr;
  }
  std::vector<Diagnostic> perr;
  std::string_view gsrc = src_;
  int gbase = 0;
  if (sources_) {  // a package of several files: the file that declares gen
    if (const SourceFile* sf = locate_line(*sources_, gen->decl->pos.line, nullptr)) {
      gsrc = sf->text;
      gbase = sf->line_base;
    }
  }
  std::unique_ptr<File> file = parse_func_decl_at(gsrc, gen->decl->pos, file_.filename, perr, gbase);
  if (file->decls.empty() || !perr.empty()) {
    error(gen->decl->pos, "gort: internal error: cannot re-parse generic function " + gen->name);
    return nullptr;
  }
  FuncDecl* d = static_cast<FuncDecl*>(file->decls[0]);
  ctx_.std_files.push_back(std::move(file));  // the context owns the instance's AST
  Func* f = ctx_.make_obj<Func>(gen->name);
  f->line = gen->line;
  f->col = gen->col;
  f->pkg = gen->pkg;
  f->decl = d;
  f->has_body = true;
  f->origin = gen;
  f->targs = targs;
  d->obj = f;
  if (d->name) d->name->obj = f;
  if (!recv_inst) gen->instances.push_back(f);
  // The type parameter names, bound to the type arguments.
  std::vector<Ident*> names;
  if (recv_inst) {
    Expr* rt = d->recv ? unparen_expr(d->recv->type) : nullptr;
    if (rt && rt->kind == ExprKind::Star) rt = unparen_expr(static_cast<StarExpr*>(rt)->x);
    if (rt && rt->kind == ExprKind::Index) {
      auto* ix = static_cast<IndexExpr*>(rt);
      std::vector<Expr*> xs{ix->index};
      xs.insert(xs.end(), ix->extra.begin(), ix->extra.end());
      for (Expr* x : xs)
        if (x->kind == ExprKind::Ident) names.push_back(static_cast<Ident*>(x));
    }
  } else {
    for (Field* fl : d->tparams)
      for (Ident* id : fl->names) names.push_back(id);
  }
  Scope* s = ctx_.make_scope(file_scope(d->pos.line));
  for (size_t i = 0; i < names.size() && i < targs.size(); i++) {
    TypeName* tn = ctx_.make_obj<TypeName>(names[i]->name);
    tn->line = names[i]->pos.line;
    tn->col = names[i]->pos.col;
    tn->pkg = pkg_;
    tn->type = targs[i];
    tn->is_alias = true;
    names[i]->obj = tn;
    if (names[i]->name != "_") s->names[names[i]->name] = tn;
  }
  f->tscope = s;
  inst_depths_[f] = inst_depth_ + 1;
  DeclInfo& di = decls_[f];
  di.obj = f;
  di.fdecl = d;
  di.color = 2;
  // The signature, in the instance's scope with no enclosing function.
  Scope* saved_scope = scope_;
  auto saved_funcs = std::move(funcs_);
  funcs_.clear();
  DeclInfo* saved_decl = cur_decl_;
  int saved_iota = iota_;
  auto* saved_out = out_;
  std::vector<Diagnostic> side;
  out_ = &side;  // errors were reported on the generic declaration
  scope_ = s;
  cur_decl_ = &di;
  iota_ = -1;
  f->type = func_signature(d->type, d->recv, s, nullptr);
  if (recv_inst) {
    f->recv_named = recv_inst;
    f->ptr_recv = gen->ptr_recv;
  }
  out_ = saved_out;
  scope_ = saved_scope;
  funcs_ = std::move(saved_funcs);
  cur_decl_ = saved_decl;
  iota_ = saved_iota;
  if (cur_decl_) cur_decl_->deps.insert(f);
  instance_queue_.push_back(f);
  instances_.push_back(f);
  return f;
}

// Instance bodies (which may instantiate more). Their errors go to a side list: the generic
// body was checked and reported already; one that only shows with concrete types (a limit of
// this checker's generic rules) is reported once, at its position, so nothing unchecked runs.
void Checker::check_instances() {
  while (!instance_queue_.empty()) {
    Func* f = instance_queue_.front();
    instance_queue_.erase(instance_queue_.begin());
    std::vector<Diagnostic> side;
    auto* saved_out = out_;
    out_ = &side;
    auto saved_labels = std::move(labels_);
    auto saved_used = std::move(used_labels_);
    inst_depth_ = inst_depths_[f];
    func_body(f, f->decl);
    inst_depth_ = 0;
    labels_ = std::move(saved_labels);
    used_labels_ = std::move(saved_used);
    out_ = saved_out;
    for (Diagnostic& d : side) {
      bool dup = false;
      for (Diagnostic& x : *out_)
        if (x.pos == d.pos) dup = true;
      if (!dup) out_->push_back(d);
    }
  }
}

std::vector<Type*> Checker::type_list(IndexExpr* e, std::vector<Pos>* pos) {
  std::vector<Type*> ts;
  std::vector<Expr*> xs{e->index};
  xs.insert(xs.end(), e->extra.begin(), e->extra.end());
  for (Expr* x : xs) {
    Type* t = type_expr_or_null(x);
    if (!t) return {};
    ts.push_back(t);
    if (pos) pos->push_back(x->pos);
  }
  return ts;
}

// The name a generic function is used by: an identifier, or a qualified identifier (cmp.Compare,
// slices.Sort) of a std package written in Go. Binding an instance rebinds that name, so the
// compiler calls the instance.
static Object* generic_name_obj(Expr* e) {
  if (e->kind == ExprKind::Ident) return static_cast<Ident*>(e)->obj;
  if (e->kind == ExprKind::Selector) {
    auto* se = static_cast<SelectorExpr*>(e);
    if (se->selection.kind == Selection::Qualified) return se->selection.obj ? se->selection.obj : se->sel->obj;
  }
  return nullptr;
}

void Checker::bind_instance(Expr* name, Func* inst) {
  name = unparen_expr(name);
  if (name->kind == ExprKind::Ident) {
    static_cast<Ident*>(name)->obj = inst;
  } else if (name->kind == ExprKind::Selector) {
    auto* se = static_cast<SelectorExpr*>(name);
    se->selection.obj = inst;
    se->sel->obj = inst;
  }
}

Func* Checker::generic_func_of(Expr* e) {
  e = unparen_expr(e);
  if (e->kind == ExprKind::Index) e = unparen_expr(static_cast<IndexExpr*>(e)->x);
  Object* o = generic_name_obj(e);
  if (!o || o->kind != ObjKind::Func) return nullptr;
  Func* f = static_cast<Func*>(o);
  return f->sig() && !f->sig()->tparams.empty() ? f : nullptr;
}

bool Checker::instantiate_index(IndexExpr* e) {
  Expr* x = e->x;
  Object* xo = x->tv.mode == Mode::TypeExpr ? generic_name_obj(x) : nullptr;
  if (xo && xo->kind == ObjKind::TypeName && !static_cast<TypeName*>(xo)->alias_tparams.empty()) {
    // A[int] of a generic alias: its right-hand side with the arguments substituted.
    TypeName* tn = static_cast<TypeName*>(xo);
    std::vector<Pos> pos;
    std::vector<Type*> targs = type_list(e, &pos);
    if (targs.size() != 1 + e->extra.size()) return invalidate(e), true;
    if (targs.size() != tn->alias_tparams.size()) {
      error(x->pos, std::string(targs.size() < tn->alias_tparams.size() ? "not enough" : "too many") +
                        " type arguments for type " + tn->name + ": have " + std::to_string(targs.size()) +
                        ", want " + std::to_string(tn->alias_tparams.size()));
      return invalidate(e), true;
    }
    if (!verify_targs(tn->alias_tparams, targs, pos)) return invalidate(e), true;
    TParamMap m;
    for (size_t i = 0; i < targs.size(); i++) m.push_back({tn->alias_tparams[i], targs[i]});
    e->tv.mode = Mode::TypeExpr;
    e->tv.type = subst(tn->type, m);
    return true;
  }
  if (x->tv.mode == Mode::TypeExpr) {
    Type* t = x->tv.type;
    if (t->kind != TypeKind::Named || static_cast<Named*>(t)->tparams.empty()) {
      error(x->pos, type_string(t) + " is not a generic type");
      invalidate(e);
      return true;
    }
    std::vector<Pos> pos;
    std::vector<Type*> targs = type_list(e, &pos);
    if (targs.size() != 1 + e->extra.size()) return invalidate(e), true;
    Named* gen = static_cast<Named*>(t);
    if (targs.size() == gen->tparams.size() && !verify_targs(gen->tparams, targs, pos)) return invalidate(e), true;
    Named* inst = instantiate_named(gen, targs, x->pos);
    if (!inst) return invalidate(e), true;
    e->tv.mode = Mode::TypeExpr;
    e->tv.type = inst;
    return true;
  }
  Func* gen = x->tv.mode == Mode::Value ? generic_func_of(x) : nullptr;
  if (!gen) {
    if (!e->extra.empty()) {
      error(e->extra[0]->pos, "invalid operation: more than one index");
      invalidate(e);
      return true;
    }
    return false;
  }
  std::vector<Pos> pos;
  std::vector<Type*> targs = type_list(e, &pos);
  if (targs.size() != 1 + e->extra.size()) return invalidate(e), true;
  auto& tps = gen->sig()->tparams;
  if (targs.size() > tps.size()) {
    error(pos[tps.size()], "got " + std::to_string(targs.size()) + " type arguments but want " +
                               std::to_string(tps.size()));
    return invalidate(e), true;
  }
  e->tv.mode = Mode::Value;
  if (targs.size() < tps.size()) {
    // Partial: the rest is inferred in a call (call() finds the explicit ones here).
    e->tv.type = gen->sig();
    return true;
  }
  if (!verify_targs(tps, targs, pos)) return invalidate(e), true;
  bool concrete = true;
  for (Type* a : targs)
    if (has_tparam(a)) concrete = false;
  if (!concrete) {
    TParamMap m;
    for (size_t i = 0; i < tps.size(); i++) m.push_back({tps[i], targs[i]});
    e->tv.type = subst_sig(gen->sig(), m);
    return true;
  }
  Func* inst = instantiate_func(gen, targs);
  if (!inst) return invalidate(e), true;
  bind_instance(x, inst);
  e->is_inst = true;
  e->tv.type = inst->type;
  for (Expr* p = x;; p = static_cast<ParenExpr*>(p)->x) {  // the compiler reads x as the callee
    p->tv.type = inst->type;
    if (p->kind != ExprKind::Paren) break;
  }
  return true;
}

// ---- inference -----------------------------------------------------------------------------

// Unifies parameter type p (mentioning the type parameters bound in m) with argument type a.
bool Checker::unify(Type* p, Type* a, TParamMap& m) {
  if (!p || !a) return false;
  if (p->kind == TypeKind::TypeParam) {
    for (auto& [k, v] : m) {
      if (k != p) continue;
      if (!v) {
        v = a;
        return true;
      }
      return identical(v, a) || (v->kind != TypeKind::Named && identical(v, underlying(a))) ||
             (a->kind != TypeKind::Named && identical(underlying(v), a));
    }
    return identical(p, a);
  }
  if (!has_tparam(p)) return true;  // nothing to infer; assignability is checked later
  if (p->kind == TypeKind::Named) {
    auto* pn = static_cast<Named*>(p);
    if (a->kind != TypeKind::Named || static_cast<Named*>(a)->origin != pn->origin) return false;
    auto* an = static_cast<Named*>(a);
    for (size_t i = 0; i < pn->targs.size() && i < an->targs.size(); i++)
      if (!unify(pn->targs[i], an->targs[i], m)) return false;
    return true;
  }
  // Inexact unification: a named argument matches a type literal by its underlying type.
  if (a->kind == TypeKind::Named) a = underlying(a);
  if (p->kind != a->kind) return false;
  switch (p->kind) {
    case TypeKind::Pointer: return unify(static_cast<Pointer*>(p)->elem, static_cast<Pointer*>(a)->elem, m);
    case TypeKind::Slice: return unify(static_cast<Slice*>(p)->elem, static_cast<Slice*>(a)->elem, m);
    case TypeKind::Array:
      return static_cast<Array*>(p)->len == static_cast<Array*>(a)->len &&
             unify(static_cast<Array*>(p)->elem, static_cast<Array*>(a)->elem, m);
    case TypeKind::Map:
      return unify(static_cast<Map*>(p)->key, static_cast<Map*>(a)->key, m) &&
             unify(static_cast<Map*>(p)->elem, static_cast<Map*>(a)->elem, m);
    case TypeKind::Chan: return unify(static_cast<Chan*>(p)->elem, static_cast<Chan*>(a)->elem, m);
    case TypeKind::Signature: {
      auto* ps = static_cast<Signature*>(p);
      auto* as = static_cast<Signature*>(a);
      if (ps->params->vars.size() != as->params->vars.size() ||
          ps->results->vars.size() != as->results->vars.size() || ps->variadic != as->variadic)
        return false;
      for (size_t i = 0; i < ps->params->vars.size(); i++)
        if (!unify(ps->params->vars[i]->type, as->params->vars[i]->type, m)) return false;
      for (size_t i = 0; i < ps->results->vars.size(); i++)
        if (!unify(ps->results->vars[i]->type, as->results->vars[i]->type, m)) return false;
      return true;
    }
    case TypeKind::Struct: {
      auto* ps = static_cast<Struct*>(p);
      auto* as = static_cast<Struct*>(a);
      if (ps->fields.size() != as->fields.size()) return false;
      for (size_t i = 0; i < ps->fields.size(); i++)
        if (!unify(ps->fields[i]->type, as->fields[i]->type, m)) return false;
      return true;
    }
    default: return true;
  }
}

// A call of a generic function: arguments are checked first, type arguments inferred from
// them (typed arguments, then untyped constants by their default type, then core types of
// constraints), the function instantiated, and the call checked against the instance.
bool Checker::generic_call(CallExpr* e, Func* gen, Expr* fun_ident, std::vector<Type*> targs,
                           const std::vector<Pos>& targ_pos) {
  Signature* gs = gen->sig();
  auto& tps = gs->tparams;
  TParamMap m;
  std::vector<Pos> at(tps.size(), e->lparen.valid() ? e->lparen : e->pos);
  for (size_t i = 0; i < tps.size(); i++) {
    m.push_back({tps[i], i < targs.size() ? targs[i] : nullptr});
    if (i < targ_pos.size()) at[i] = targ_pos[i];
  }
  // Evaluate the arguments.
  std::vector<Type*> types;
  std::vector<Expr*> arg_of;  // the argument expression for each type (tuple: the call)
  if (e->args.size() == 1 && !e->has_ellipsis) {
    multi_expr(e->args[0]);
    if (e->args[0]->tv.mode == Mode::Invalid) return invalidate(e), true;
    Type* t = e->args[0]->tv.type;
    if (t && t->kind == TypeKind::Tuple) {
      for (Var* v : static_cast<Tuple*>(t)->vars) {
        types.push_back(v->type);
        arg_of.push_back(e->args[0]);
      }
    } else {
      types.push_back(t);
      arg_of.push_back(e->args[0]);
    }
  } else {
    bool bad = false;
    for (Expr* a : e->args) {
      expr(a);
      if (a->tv.mode == Mode::Invalid) bad = true;
      types.push_back(a->tv.type);
      arg_of.push_back(a);
    }
    if (bad) return invalidate(e), true;
  }
  size_t np = gs->params->vars.size();
  auto param_type = [&](size_t i) -> Type* {
    if (gs->variadic && i + 1 >= np && np > 0) {
      Type* last = gs->params->vars[np - 1]->type;
      return e->has_ellipsis ? last : static_cast<Slice*>(last)->elem;
    }
    return i < np ? gs->params->vars[i]->type : nullptr;
  };
  auto bound = [&](TypeParam* tp) { return lookup_map(m, tp); };
  // 1. typed arguments
  for (size_t i = 0; i < types.size(); i++) {
    Type* pt = param_type(i);
    if (!pt || !types[i] || is_untyped(types[i])) continue;
    std::vector<Type*> before;
    for (auto& kv : m) before.push_back(kv.second);
    unify(pt, types[i], m);  // a mismatch shows as an argument error against the instance
  }
  // 2. untyped constants for parameters typed exactly T: the largest default kind
  for (size_t k = 0; k < tps.size(); k++) {
    if (m[k].second) continue;
    Basic* best = nullptr;
    for (size_t i = 0; i < types.size(); i++) {
      Type* pt = param_type(i);
      if (pt != tps[k] || !is_untyped(types[i]) || is_nil_type(types[i])) continue;
      Basic* b = static_cast<Basic*>(types[i]);
      if (!best || (is_numeric_or_complex(b) && is_numeric_or_complex(best) && b->bkind > best->bkind)) best = b;
    }
    if (best) m[k].second = default_type(best);
  }
  // 3. core types of constraints: [S ~[]E, E any] infers E from S
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t k = 0; k < tps.size(); k++) {
      Type* c = underlying(tps[k]);
      auto* it = c && c->kind == TypeKind::Interface ? static_cast<Interface*>(c) : nullptr;
      if (!it || !it->has_terms || it->all_terms.size() != 1) continue;
      const Term& term = it->all_terms[0];
      if (!has_tparam(term.type)) {
        if (!m[k].second && !term.tilde) {
          m[k].second = term.type;
          changed = true;
        }
        continue;
      }
      if (!m[k].second) {
        // [T any, PT interface{ *T; M() }]: PT is *T once T is known.
        if (term.tilde) continue;
        Type* t = subst(term.type, m);
        if (mentions(t, tps)) continue;
        m[k].second = t;
        changed = true;
        continue;
      }
      std::vector<Type*> before;
      for (auto& kv : m) before.push_back(kv.second);
      unify(term.type, term.tilde ? underlying(m[k].second) : m[k].second, m);
      for (size_t j = 0; j < m.size(); j++)
        if (!before[j] && m[j].second) changed = true;
    }
  }
  for (size_t k = 0; k < tps.size(); k++) {
    if (m[k].second) continue;
    error(e->lparen.valid() ? e->lparen : e->pos,
          "in call to " + expr_string(e->fun) + ", cannot infer " + tps[k]->obj->name + " (declared at " +
              file_.filename + ":" + std::to_string(tps[k]->obj->line) + ":" + std::to_string(tps[k]->obj->col) + ")");
    return invalidate(e), true;
  }
  // Type parameters inferred as other type parameters' types stay in terms of the latter.
  for (auto& kv : m) kv.second = subst(kv.second, m);
  std::vector<Type*> all;
  for (auto& kv : m) all.push_back(kv.second);
  (void)bound;
  if (!verify_targs(tps, all, at)) return invalidate(e), true;
  bool concrete = true;
  for (Type* a : all)
    if (has_tparam(a)) concrete = false;
  Signature* sig;
  if (concrete) {
    Func* inst = instantiate_func(gen, all);
    if (!inst) return invalidate(e), true;
    bind_instance(fun_ident, inst);
    sig = inst->sig();
    Expr* fu = unparen_expr(e->fun);
    if (fu->kind == ExprKind::Index) static_cast<IndexExpr*>(fu)->is_inst = true;
  } else {
    sig = subst_sig(gs, m);
  }
  e->fun->tv.mode = Mode::Value;
  e->fun->tv.type = sig;
  for (Expr* p = e->fun; p->kind == ExprKind::Paren;) {
    p = static_cast<ParenExpr*>(p)->x;
    p->tv = e->fun->tv;
  }
  fun_ident->tv.type = sig;
  e->call_kind = CallKind::Func;
  arguments(e, sig, expr_string(e->fun), true);
  size_t nr = sig->results ? sig->results->vars.size() : 0;
  if (nr == 0) {
    e->tv.mode = Mode::NoValue;
    e->tv.type = nullptr;
  } else {
    e->tv.mode = Mode::Value;
    e->tv.type = nr == 1 ? sig->results->vars[0]->type : sig->results;
  }
  return true;
}

}  // namespace gort::lang
