// engine/lang/context.h — TypeContext (owner of every Type, Object, Scope and Package) and Scope.
// Owns: allocation of checker entities (RAII arenas, no raw new/delete) and the universe
// scope (predeclared types, constants, nil, builtins).
#pragma once
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "lang/types.h"

namespace gort::lang {

struct Scope {
  Scope* parent = nullptr;
  std::map<std::string, Object*> names;
  bool func_scope = false;  // outermost scope of a function body (params live here)
  Object* lookup_local(const std::string& n) const {
    auto it = names.find(n);
    return it == names.end() ? nullptr : it->second;
  }
  Object* lookup(const std::string& n) const {
    for (const Scope* s = this; s; s = s->parent)
      if (Object* o = s->lookup_local(n)) return o;
    return nullptr;
  }
};

class TypeContext {
 public:
  TypeContext();
  ~TypeContext();  // defined where File is complete
  template <class T, class... A>
  T* make_type(A&&... a) {
    auto p = std::make_unique<T>(std::forward<A>(a)...);
    T* r = p.get();
    types_.push_back(std::move(p));
    return r;
  }
  template <class T>
  T* make_obj(std::string name) {
    auto p = std::make_unique<T>();
    p->name = std::move(name);
    T* r = p.get();
    objs_.push_back(std::move(p));
    return r;
  }
  Scope* make_scope(Scope* parent) {
    scopes_.push_back(std::make_unique<Scope>());
    scopes_.back()->parent = parent;
    return scopes_.back().get();
  }
  Package* make_package(std::string path, std::string name) {
    pkgs_.push_back(std::make_unique<Package>());
    Package* p = pkgs_.back().get();
    p->path = std::move(path);
    p->name = std::move(name);
    p->scope = make_scope(universe);
    return p;
  }
  Basic* basic(BasicKind k) const { return basics_[static_cast<int>(k)]; }
  Type* error_type() const { return error_; }
  Type* any_type() const { return any_; }
  Basic* byte_type() const { return byte_; }
  Basic* rune_type() const { return rune_; }
  Scope* universe = nullptr;

  // std packages already loaded, by path (filled by the checker on import)
  std::map<std::string, Package*> std_pkgs;
  // ASTs of std packages (their FuncDecls are referenced by Func objects)
  std::vector<std::unique_ptr<struct File>> std_files;
  // The checker of each std package written in Go, kept for the whole check: a generic
  // function of such a package is instantiated (re-parsed and checked) by its own package's
  // checker, whoever calls it. std_go_order lists those packages dependencies first.
  std::map<const Package*, class Checker*> std_checkers;
  std::vector<Package*> std_go_order;
  std::vector<std::shared_ptr<void>> std_owned;  // the checkers and what they reference

 private:
  std::vector<std::unique_ptr<Type>> types_;
  std::vector<std::unique_ptr<Object>> objs_;
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::vector<std::unique_ptr<Package>> pkgs_;
  std::vector<Basic*> basics_;
  Type* error_ = nullptr;
  Type* any_ = nullptr;
  Basic* byte_ = nullptr;
  Basic* rune_ = nullptr;
};

}  // namespace gort::lang
