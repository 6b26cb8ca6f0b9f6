// engine/lang/vet/copylock.cpp — the copylocks analyzer (Go 1.19 x/tools passes/copylock):
// a value whose type contains a lock (a struct T with *T a sync.Locker and T not one, or
// sync's noCopy) passed, assigned, returned, put in a literal, ranged over or received by
// value. gort's own sync types are leaner than Go's, so the path go vet prints for them
// (sync.WaitGroup contains sync.noCopy, sync.Once contains sync.Mutex, ...) comes from a
// table of Go 1.19's layouts rather than from gort's declarations.
#include <set>

#include "lang/vet/analyzers.h"

namespace gort::lang::vet {
namespace {

using Path = std::vector<std::string>;  // innermost type first, as x/tools' typePath

// What Go 1.19's std types contain that makes them locks ("" when gort's declaration already
// tells: sync.Mutex and sync.RWMutex have pointer Lock/Unlock methods).
const char* go_lock_field(const Named* n) {
  if (!n->obj || !n->obj->pkg) return nullptr;
  const std::string& p = n->obj->pkg->path;
  const std::string& name = n->obj->name;
  if (p == "sync") {
    if (name == "WaitGroup" || name == "Cond" || name == "Pool") return "sync.noCopy";
    if (name == "Once" || name == "Map") return "sync.Mutex";
  }
  if (p == "sync/atomic") {
    static const std::set<std::string> k = {"Bool", "Int32", "Int64", "Uint32", "Uint64", "Uintptr", "Pointer"};
    if (k.count(name)) return "sync/atomic.noCopy";
  }
  return nullptr;
}

bool is_locker(Type* t, bool pointer) {
  bool v1 = false, v2 = false;
  Func* lock = find_method(t, "Lock", &v1);
  Func* unlock = find_method(t, "Unlock", &v2);
  auto nullary = [](Func* f) {
    if (!f || !f->type || f->type->kind != TypeKind::Signature) return false;
    Signature* s = f->sig();
    return (!s->params || s->params->vars.empty()) && (!s->results || s->results->vars.empty());
  };
  if (!nullary(lock) || !nullary(unlock)) return false;
  return pointer || (v1 && v2);
}

Path lock_path(Type* typ, std::set<const Type*>& seen, int depth = 0) {
  if (!typ || depth > 32) return {};
  if (typ->kind == TypeKind::TypeParam) {
    if (!seen.insert(typ).second) return {};
    const std::vector<Term>* terms = nullptr;
    Type* c = static_cast<TypeParam*>(typ)->constraint;
    Type* cu = c ? underlying(c) : nullptr;
    if (cu && cu->kind == TypeKind::Interface) terms = &static_cast<Interface*>(cu)->all_terms;
    if (!terms) return {};
    for (const Term& term : *terms) {
      Path sub = lock_path(term.type, seen, depth + 1);
      if (!sub.empty()) {
        if (term.tilde) sub.back() = "~" + sub.back();
        sub.push_back(types_string(typ));
        return sub;
      }
    }
    return {};
  }
  for (int i = 0; i < 64; i++) {
    Type* u = underlying(typ);
    if (!u || u->kind != TypeKind::Array) break;
    typ = static_cast<Array*>(u)->elem;
    if (!typ) return {};
  }
  if (typ->kind == TypeKind::Tuple) {
    for (Var* v : static_cast<Tuple*>(typ)->vars) {
      Path sub = v ? lock_path(v->type, seen, depth + 1) : Path{};
      if (!sub.empty()) {
        sub.push_back(types_string(typ));
        return sub;
      }
    }
    return {};
  }
  Type* u = underlying(typ);
  if (!u || u->kind != TypeKind::Struct) return {};
  if (typ->kind == TypeKind::Named) {
    if (const char* inner = go_lock_field(static_cast<Named*>(typ))) return {inner, types_string(typ)};
  }
  if (is_locker(typ, true) && !is_locker(typ, false)) return {types_string(typ)};
  if (!seen.insert(typ).second) return {};
  for (Var* f : static_cast<Struct*>(u)->fields) {
    Path sub = f ? lock_path(f->type, seen, depth + 1) : Path{};
    if (!sub.empty()) {
      sub.push_back(types_string(typ));
      return sub;
    }
  }
  return {};
}

Path lock_path(Type* t) {
  std::set<const Type*> seen;
  return lock_path(t, seen);
}

std::string path_string(const Path& p) {
  std::string s;
  for (size_t i = p.size(); i-- > 0;) {
    s += p[i];
    if (i) s += " contains ";
  }
  return s;
}

// lockPathRhs: a composite literal or call result is a fresh value, not a copy.
Path lock_path_rhs(Expr* x) {
  if (!x) return {};
  if (x->kind == ExprKind::CompositeLit || x->kind == ExprKind::Call) return {};
  if (x->kind == ExprKind::Star && static_cast<StarExpr*>(x)->x && static_cast<StarExpr*>(x)->x->kind == ExprKind::Call)
    return {};
  if (x->tv.mode == Mode::TypeExpr) return {};
  return lock_path(x->tv.type);
}

Type* field_type(Field* f) {
  if (!f || !f->type) return nullptr;
  if (f->type->tv.type) return f->type->tv.type;
  if (!f->names.empty() && f->names[0]->obj) return f->names[0]->obj->type;
  return nullptr;
}

struct CopyLocks : Visitor {
  Pass& pass;
  explicit CopyLocks(Pass& p) : pass(p) {}

  void check_func(const std::string& name, Field* recv, FuncType* type) {
    if (recv && recv->type) {
      Path p = lock_path(field_type(recv));
      if (!p.empty()) pass.report(recv->type->pos, name + " passes lock by value: " + path_string(p));
    }
    if (!type) return;
    for (Field* f : type->params) {
      if (!f || !f->type) continue;
      Path p = lock_path(field_type(f));
      if (!p.empty()) pass.report(f->type->pos, name + " passes lock by value: " + path_string(p));
    }
  }

  bool func_decl(FuncDecl* fd) override {
    if (fd->name) check_func(fd->name->name, fd->recv, fd->type);
    return true;
  }

  void gen_decl(GenDecl* g) override {
    if (g->tok != Tok::Var) return;
    for (Spec* sp : g->specs) {
      if (!sp || sp->kind != SpecKind::Value) continue;
      auto* vs = static_cast<ValueSpec*>(sp);
      for (size_t i = 0; i < vs->values.size(); i++) {
        Path p = lock_path_rhs(vs->values[i]);
        if (!p.empty() && i < vs->names.size())
          pass.report(vs->values[i]->pos, "variable declaration copies lock value to " + vs->names[i]->name + ": " + path_string(p));
      }
    }
  }

  void range_var(Tok tok, Expr* e) {
    if (!e) return;
    bool is_id = e->kind == ExprKind::Ident;
    if (is_id && static_cast<Ident*>(e)->name == "_") return;
    Type* typ = nullptr;
    if (tok == Tok::Define) {
      if (!is_id || !static_cast<Ident*>(e)->obj) return;
      typ = static_cast<Ident*>(e)->obj->type;
    } else {
      typ = e->tv.type;
    }
    Path p = lock_path(typ);
    if (!p.empty()) pass.report(e->pos, "range var " + format_expr(e) + " copies lock: " + path_string(p));
  }

  bool stmt(Stmt* s) override {
    switch (s->kind) {
      case StmtKind::Range: {
        auto* r = static_cast<RangeStmt*>(s);
        range_var(r->tok, r->key);
        range_var(r->tok, r->value);
        break;
      }
      case StmtKind::Assign: {
        auto* a = static_cast<AssignStmt*>(s);
        for (size_t i = 0; i < a->rhs.size(); i++) {
          Path p = lock_path_rhs(a->rhs[i]);
          if (!p.empty() && i < a->lhs.size())
            pass.report(a->rhs[i]->pos, "assignment copies lock value to " + format_expr(a->lhs[i]) + ": " + path_string(p));
        }
        break;
      }
      case StmtKind::Return:
        for (Expr* x : static_cast<ReturnStmt*>(s)->results) {
          Path p = lock_path_rhs(x);
          if (!p.empty()) pass.report(x->pos, "return copies lock value: " + path_string(p));
        }
        break;
      default: break;
    }
    return true;
  }

  bool expr(Expr* e) override {
    if (e->kind == ExprKind::FuncLit) {
      check_func("func", nullptr, static_cast<FuncLit*>(e)->type);
    } else if (e->kind == ExprKind::CompositeLit) {
      for (Expr* x : static_cast<CompositeLit*>(e)->elts) {
        if (x && x->kind == ExprKind::KeyValue) x = static_cast<KeyValueExpr*>(x)->value;
        Path p = lock_path_rhs(x);
        if (!p.empty()) pass.report(x->pos, "literal copies lock value from " + format_expr(x) + ": " + path_string(p));
      }
    } else if (e->kind == ExprKind::Call) {
      auto* c = static_cast<CallExpr*>(e);
      if (c->call_kind == CallKind::Builtin &&
          (c->builtin == BuiltinId::New || c->builtin == BuiltinId::Len || c->builtin == BuiltinId::Cap))
        return true;
      for (Expr* x : c->args) {
        Path p = lock_path_rhs(x);
        if (!p.empty()) pass.report(x->pos, "call of " + format_expr(c->fun) + " copies lock value: " + path_string(p));
      }
    }
    return true;
  }
};

}  // namespace

void run_copylocks(Pass& pass) {
  CopyLocks v(pass);
  walk_file(pass.prog.file.get(), v);
}

}  // namespace gort::lang::vet
