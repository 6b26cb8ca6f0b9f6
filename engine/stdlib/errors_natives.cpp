// engine/stdlib/errors_natives.cpp — package errors: New, Unwrap, Is, As, following Go 1.20's
// errors/wrap.go (Unwrap methods may be Go methods, called synchronously; Unwrap() []error
// makes a tree). Join is written in Go: engine/lang/std/go/errors/errors.go.
#include "stdlib/natives.h"
#include "stdlib/std_types.h"
#include "stdlib/util.h"

namespace gort::stdlib {
namespace {

using vm::Kind;

NativeStatus errors_new(NativeCtx& c) {
  c.args[0] = Value::from_obj(new_error(sv(c.args[0])));
  return NativeStatus::Done;
}

// err.Unwrap() if err has that method (returns error); null otherwise. For an Unwrap() []error
// method (errors.Join's joinError) the wrapped list is returned in *list.
Obj* unwrap(NativeCtx& c, Obj* err, Obj** list, bool* failed) {
  *list = nullptr;
  *failed = false;
  const TypeDesc* t = vm::iface_type(err);
  if (!t) return nullptr;
  Value res{};
  std::string pt;
  const vm::MethodDesc* m = vm::find_method(t, "Unwrap");
  if (!m) return nullptr;
  // Go 1.20: an Unwrap() []error method makes err a node of an error tree (Is/As walk it,
  // errors.Unwrap returns nil); any other Unwrap signature but Unwrap() error is ignored.
  bool many = false;
  if (m->sig) {
    if (!m->sig->params.empty() || m->sig->results.size() != 1) return nullptr;
    const vm::TypeDesc* r = m->sig->results[0];
    if (r->kind == Kind::Slice) many = true;
    else if (r->kind != Kind::Interface) return nullptr;
  }
  if (!call_method(c, t, vm::iface_data(err), "Unwrap", nullptr, 0, &res, 1, &pt)) {
    *failed = true;
    return nullptr;
  }
  if (many) {
    *list = res.o;
    return nullptr;
  }
  return res.o;
}

NativeStatus errors_unwrap(NativeCtx& c) {
  Obj* list;
  bool failed;
  Obj* u = unwrap(c, c.args[0].o, &list, &failed);
  c.args[0] = Value::from_obj(u);
  return NativeStatus::Done;
}

bool is_rec(NativeCtx& c, Obj* err, Obj* target, bool comparable_target, int depth) {
  for (; err && depth < 100; ++depth) {
    if (comparable_target) {
      bool eq = false;
      vm::Fault f;
      if (vm::values_equal(vm::any_type(), Value::from_obj(err), Value::from_obj(target), &eq, f) && eq)
        return true;
    }
    const TypeDesc* t = vm::iface_type(err);
    if (vm::find_method(t, "Is")) {
      Value arg = Value::from_obj(target), res{};
      std::string pt;
      if (call_method(c, t, vm::iface_data(err), "Is", &arg, 1, &res, 1, &pt) && res.i) return true;
    }
    Obj* list;
    bool failed;
    Obj* next = unwrap(c, err, &list, &failed);
    if (list) {
      int64_t n;
      Value* es = slice_data(list, &n);
      for (int64_t i = 0; i < n; ++i)
        if (is_rec(c, es[i].o, target, comparable_target, depth + 1)) return true;
      return false;
    }
    err = next;
  }
  return false;
}

NativeStatus errors_is(NativeCtx& c) {
  Obj* err = c.args[0].o;
  Obj* target = c.args[1].o;
  if (!err || !target) {
    c.args[0] = bool_val(err == target);
    return NativeStatus::Done;
  }
  c.args[0] = bool_val(is_rec(c, err, target, vm::comparable(vm::iface_type(target)), 0));
  return NativeStatus::Done;
}

// Stores err's dynamic value into *target (target type *T): T an interface → the interface
// value itself; T an aggregate → copy into the pointee object; otherwise through the RefObj.
void as_store(const TypeDesc* ptr_t, Value target, Obj* err) {
  const TypeDesc* e = ptr_t->elem;
  if (e->kind == Kind::Interface) {
    vm::Fault f;
    vm::ref_store(target.o, Value::from_obj(err), f);
  } else if (e->is_aggregate()) {
    vm::agg_assign(e, target.o, vm::iface_data(err).o);
  } else {
    vm::Fault f;
    vm::ref_store(target.o, vm::iface_data(err), f);
  }
}

bool as_rec(NativeCtx& c, Obj* err, const TypeDesc* ptr_t, Value target, int depth) {
  const TypeDesc* want = ptr_t->elem;
  for (; err && depth < 100; ++depth) {
    const TypeDesc* t = vm::iface_type(err);
    bool match = want->kind == Kind::Interface ? vm::implements(t, want) : vm::same_type(t, want);
    if (!match && want->kind != Kind::Interface && t->str == want->str) match = true;
    if (match) {
      as_store(ptr_t, target, err);
      return true;
    }
    if (vm::find_method(t, "As")) {
      Value arg = Value::from_obj(vm::iface_new(ptr_t, target)), res{};
      std::string pt;
      if (call_method(c, t, vm::iface_data(err), "As", &arg, 1, &res, 1, &pt) && res.i) return true;
    }
    Obj* list;
    bool failed;
    Obj* next = unwrap(c, err, &list, &failed);
    if (list) {
      int64_t n;
      Value* es = slice_data(list, &n);
      for (int64_t i = 0; i < n; ++i)
        if (as_rec(c, es[i].o, ptr_t, target, depth + 1)) return true;
      return false;
    }
    err = next;
  }
  return false;
}

NativeStatus errors_as(NativeCtx& c) {
  Obj* err = c.args[0].o;
  Obj* target = c.args[1].o;
  const TypeDesc* tt = vm::iface_type(target);
  if (!tt) return panic_string(c, "errors: target cannot be nil");
  Value tv = vm::iface_data(target);
  if (tt->kind != Kind::Pointer || !tv.o) return panic_string(c, "errors: target must be a non-nil pointer");
  const TypeDesc* e = tt->elem;
  if (e->kind != Kind::Interface && !vm::implements(e, vm::error_type()))
    return panic_string(c, "errors: *target must be interface or implement error");
  c.args[0] = bool_val(as_rec(c, err, tt, tv, 0));
  return NativeStatus::Done;
}

}  // namespace

void add_errors_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"errors.New", errors_new}, {"errors.Unwrap", errors_unwrap}, {"errors.Is", errors_is},
      {"errors.As", errors_as},
  });
}

}  // namespace gort::stdlib
