// engine/stdlib/util.cpp — see util.h.
#include "stdlib/util.h"

#include <cstdlib>
#include <cstring>

#include "vm/proto.h"

namespace gort::stdlib {

std::string bytes_of(const Obj* byte_slice) {
  std::string tmp;
  return std::string(vm::slice_byte_view(byte_slice, &tmp));
}

namespace {
thread_local bool t_pinned_allocs = false;
const rt::Layout kPinned{rt::LayoutKind::Bytes, 0, 0, nullptr, nullptr, "pinned"};
}  // namespace

NoPAllocs::NoPAllocs(bool active) : prev_(t_pinned_allocs) { t_pinned_allocs = t_pinned_allocs || active; }
NoPAllocs::~NoPAllocs() { t_pinned_allocs = prev_; }

bool pinned_allocs_active() { return t_pinned_allocs; }

Obj* pinned_object(size_t bytes) {
  auto* o = static_cast<Obj*>(std::calloc(1, sizeof(Obj) + bytes));
  if (!o) GORT_THROW("stdlib: out of memory");
  o->layout = &kPinned;  // never traced: whatever it points to is pinned too
  o->bytes = static_cast<uint32_t>(bytes);
  o->mark = 1;           // the tracer skips marked objects; no sweep list holds it
  return o;
}

Obj* new_string(std::string_view s) {
  if (!t_pinned_allocs) return vm::str_new(s);
  Obj* o = pinned_object(sizeof(int64_t) + s.size());
  auto* so = static_cast<vm::StrObj*>(rt::obj_data(o));
  so->len = static_cast<int64_t>(s.size());
  if (!s.empty()) std::memcpy(so->bytes, s.data(), s.size());
  return o;
}

Obj* make_bytes(std::string_view b) {
  if (t_pinned_allocs) {
    int64_t n = static_cast<int64_t>(b.size());
    Obj* arr = pinned_object(b.size());   // a compact byte array, as vm::bytes_new makes
    arr->owner_bits |= vm::kCompactBytes;
    if (!b.empty()) std::memcpy(rt::obj_data(arr), b.data(), b.size());
    Obj* hdr = pinned_object(sizeof(vm::SliceObj));
    *static_cast<vm::SliceObj*>(rt::obj_data(hdr)) = vm::SliceObj{arr, 0, n, n};
    return hdr;
  }
  return vm::bytes_new(b.data(), static_cast<int64_t>(b.size()));
}

Obj* make_string_slice(const std::vector<std::string>& v) {
  int64_t n = static_cast<int64_t>(v.size());
  Obj* arr = vm::array_new(vm::basic_type(vm::Kind::String), n);
  // Allocation never collects synchronously (heap.h), so arr stays valid while we fill it.
  for (int64_t i = 0; i < n; ++i) rt::obj_slots(arr)[i].o = vm::str_new(v[i]);
  return vm::slice_from_array(arr, 0, n, n);
}

Obj* make_int_slice(const std::vector<int64_t>& v) {
  int64_t n = static_cast<int64_t>(v.size());
  Obj* arr = vm::array_new(vm::basic_type(vm::Kind::Int), n);
  for (int64_t i = 0; i < n; ++i) rt::obj_slots(arr)[i].i = v[i];
  return vm::slice_from_array(arr, 0, n, n);
}

Value* ref_slot(Obj* ref) {
  if (!ref) return nullptr;
  auto* r = static_cast<vm::RefObj*>(rt::obj_data(ref));
  if (vm::array_compact(r->container)) return nullptr;   // a byte: use vm::ref_load/ref_store
  return rt::obj_slots(r->container) + r->index;
}

NativeStatus ret_appended(NativeCtx& c, std::string_view s) {
  Obj* tmp = vm::str_new(s);
  c.args[0] = Value::from_obj(vm::slice_append_str(c.args[0].o, tmp));
  return NativeStatus::Done;
}

NativeStatus panic_string(NativeCtx& c, std::string msg) {
  vm::Fault f;
  f.msg = std::move(msg);
  f.runtime_error = false;
  return vm::native_panic_fault(c, f);
}

NativeStatus panic_runtime(NativeCtx& c, std::string msg) {
  vm::Fault f;
  f.msg = std::move(msg);
  f.runtime_error = true;
  return vm::native_panic_fault(c, f);
}

// Runs a native with its own argument window (a method or func value implemented in C++) —
// only without a running program (unit tests: no module, no frames). In a run, natives go
// through vm::call_*_sync, which put the window on the goroutine's stack: a window in C++
// memory would break when the callee makes a nested call (the VM re-points ctx.args at
// stack + base after it).
static bool run_native(NativeCtx& c, vm::NativeFn fn, const Value* args, int nargs, Value* results,
                       int nresults, std::string* panic_text) {
  Value window[8] = {};
  for (int i = 0; i < nargs && i < 8; ++i) window[i] = args[i];
  NativeCtx sub{c.g, c.gs, window, c.base, c.module};
  NativeStatus st = fn(sub);
  if (st != NativeStatus::Done) {
    if (panic_text) *panic_text = "native method did not complete";
    return false;
  }
  for (int i = 0; i < nresults && i < 8; ++i) results[i] = window[i];
  return true;
}

// A nested call may grow (move) the goroutine's stack; the native's argument window lives
// there at c.base, so c.args must be re-derived before the native writes its results.
static void refresh_args(NativeCtx& c) {
  if (c.module) c.args = c.gs.stack.data() + c.base;
}

bool call_method(NativeCtx& c, const TypeDesc* t, Value v, std::string_view name, const Value* args,
                 int nargs, Value* results, int nresults, std::string* panic_text) {
  const vm::MethodDesc* m = t ? vm::find_method(t, name) : nullptr;
  if (!m) return false;
  Value recv = v;
  if (t->kind == vm::Kind::Pointer && !m->ptr_recv) {
    // A value method through a pointer: the receiver is a copy of the pointee.
    if (!v.o) {
      if (panic_text) *panic_text = "value method called using nil pointer";
      return false;
    }
    if (t->elem->is_aggregate()) {
      recv = vm::copy_value(t->elem, v);
    } else {
      vm::Fault f;
      if (!vm::ref_load(v.o, &recv, f)) {
        if (panic_text) *panic_text = f.msg;
        return false;
      }
    }
  } else if (t->is_aggregate() && !m->ptr_recv) {
    recv = vm::copy_value(t, v);
  }
  Value full[8];
  full[0] = recv;
  for (int i = 0; i < nargs && i < 7; ++i) full[i + 1] = args[i];
  if (m->native && !c.module) return run_native(c, m->native, full, nargs + 1, results, nresults, panic_text);
  vm::Fault f;
  bool ok = vm::call_method_sync(c, *m, recv, args, nargs, results, nresults, f);
  refresh_args(c);
  if (!ok) {
    if (panic_text) *panic_text = f.msg;
    return false;
  }
  return true;
}

bool call_method0(NativeCtx& c, const TypeDesc* t, Value v, std::string_view name, MethodResult* r) {
  const vm::MethodDesc* m = t ? vm::find_method(t, name) : nullptr;
  if (!m) return false;
  *r = MethodResult{};
  if (t->kind == vm::Kind::Pointer && !v.o && !m->ptr_recv) {
    r->nil_recv = true;
    return true;
  }
  r->ok = call_method(c, t, v, name, nullptr, 0, &r->value, 1, &r->panic_text);
  if (!r->ok && t->kind == vm::Kind::Pointer && !v.o) r->nil_recv = true;
  return true;
}

bool call_func(NativeCtx& c, Obj* closure, const Value* args, int nargs, Value* results,
               int nresults, std::string* panic_text) {
  if (!closure) {
    if (panic_text) *panic_text = "runtime error: invalid memory address or nil pointer dereference";
    return false;
  }
  if (!c.module) {
    if (panic_text) *panic_text = "calling a func value needs a running program";
    return false;
  }
  vm::Fault f;
  bool ok = vm::call_func_sync(c, closure, args, nargs, results, nresults, f);
  refresh_args(c);
  if (!ok) {
    if (panic_text) *panic_text = f.msg;
    return false;
  }
  return true;
}

}  // namespace gort::stdlib
