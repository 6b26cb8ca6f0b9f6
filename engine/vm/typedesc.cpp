// engine/vm/typedesc.cpp — the predeclared type descriptors, layout computation for aggregate
// types, run-time type identity, method lookup, interface satisfaction and comparability
// (contract: typedesc.h). Also Go's sizes of types (obj_internal.h) used by append's growth.
#include <algorithm>
#include <mutex>
#include <unordered_map>

#include "vm/obj_internal.h"
#include "vm/typedesc.h"

namespace gort::vm {

namespace {

struct Basics {
  TypeDesc t[size_t(Kind::UnsafePointer) + 1];
  TypeDesc any, error;
  Basics() {
    static const char* const names[] = {
        "invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
        "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "string", "", "", "", "", "", "",
        "", "", "unsafe.Pointer"};
    static_assert(sizeof(names) / sizeof(names[0]) == size_t(Kind::UnsafePointer) + 1);
    for (size_t k = 0; k <= size_t(Kind::UnsafePointer); ++k) {
      t[k].kind = Kind(k);
      t[k].str = names[k];
      // Predeclared types are defined (named) types in Go; `named` also lets a descriptor
      // built elsewhere for "int" compare equal by name.
      t[k].named = true;
    }
    any.kind = Kind::Interface;
    any.str = "interface {}";
    error.kind = Kind::Interface;
    error.str = "error";
    error.named = true;
    MethodDesc m;
    m.name = "Error";
    error.methods.push_back(m);
  }
};
const Basics& basics() {
  static const Basics b;   // thread-safe static init; immutable afterwards
  return b;
}

// Structs with more than 64 fields mixing pointers and scalars cannot be described by a
// Values ptrmask; their layout is Custom and the tracer finds the TypeDesc through this
// registry (keyed by the layout's address, which lives inside the TypeDesc).
std::mutex wide_mu;
std::unordered_map<const rt::Layout*, const TypeDesc*>& wide_types() {
  static std::unordered_map<const rt::Layout*, const TypeDesc*> m;
  return m;
}
void trace_wide_struct(void* data, rt::Tracer& tr) {
  Obj* o = obj_from_data(data);
  const TypeDesc* t;
  {
    // Only the GC (stop-the-world, one thread) reads this while tracing; the lock guards
    // against a compiler registering types of another program concurrently (tests).
    std::lock_guard<std::mutex> lk(wide_mu);
    t = wide_types().at(o->layout);
  }
  Value* s = obj_slots(o);
  for (size_t i = 0; i < t->fields.size(); ++i)
    if (t->fields[i].type->holds_ptr()) tr.mark(s[i].o);
}

}  // namespace

const TypeDesc* basic_type(Kind k) {
  if (size_t(k) > size_t(Kind::UnsafePointer)) return &basics().t[0];
  return &basics().t[size_t(k)];
}
const TypeDesc* any_type() { return &basics().any; }
const TypeDesc* error_type() { return &basics().error; }

void finish_type(TypeDesc& t) {
  // Method sets must be sorted for find_method's binary search.
  std::sort(t.methods.begin(), t.methods.end(),
            [](const MethodDesc& a, const MethodDesc& b) { return a.name < b.name; });
  if (t.kind == Kind::Array) {
    t.layout = t.elem && t.elem->holds_ptr() ? objlib::kArrayPtrLayout : objlib::kArrayScalarLayout;
    t.layout.name = "array";
    return;
  }
  if (t.kind != Kind::Struct) return;
  size_t n = t.fields.size();
  size_t nptr = 0;
  uint64_t mask = 0;
  for (size_t i = 0; i < n; ++i) {
    if (!t.fields[i].type->holds_ptr()) continue;
    ++nptr;
    if (i < 64) mask |= uint64_t(1) << i;
  }
  rt::Layout l;
  l.name = "struct";
  if (nptr == 0) {
    l.kind = rt::LayoutKind::Bytes;
  } else if (nptr == n) {
    l.kind = rt::LayoutKind::AllPtrs;
  } else if (n <= 64) {
    l.kind = rt::LayoutKind::Values;
    l.stride = uint32_t(n);
    l.ptrmask = mask;
  } else {
    l.kind = rt::LayoutKind::Custom;
    l.trace = trace_wide_struct;
    std::lock_guard<std::mutex> lk(wide_mu);
    wide_types()[&t.layout] = &t;
  }
  t.layout = l;
}

bool same_type(const TypeDesc* a, const TypeDesc* b) {
  if (a == b) return true;
  if (!a || !b) return false;
  // *T made by a native's descriptor (std_types: *strconv.NumError, *time.ParseError) and *T
  // of the compiler's: distinct pointer descriptors of one named type.
  if (a->kind == Kind::Pointer && b->kind == Kind::Pointer && !a->named && !b->named)
    return same_type(a->elem, b->elem);
  // Func types are identical by structure: a native method's signature (std_types' "func()
  // string") and the compiler's descriptor of the same signature are distinct objects.
  if (a->kind == Kind::Func && b->kind == Kind::Func && !a->named && !b->named) return a->str == b->str;
  return a->named && b->named && a->str == b->str;
}

const MethodDesc* find_method(const TypeDesc* t, std::string_view name) {
  if (!t) return nullptr;
  const auto& ms = t->methods;
  // Small sets: a linear scan is as fast and tolerates a descriptor whose methods were
  // never sorted by finish_type (e.g. a named non-aggregate type built by hand).
  if (ms.size() <= 8) {
    for (const MethodDesc& m : ms)
      if (m.name == name) return &m;
    return nullptr;
  }
  auto it = std::lower_bound(ms.begin(), ms.end(), name,
                             [](const MethodDesc& m, std::string_view n) { return m.name < n; });
  if (it != ms.end() && it->name == name) return &*it;
  return nullptr;
}

bool implements(const TypeDesc* t, const TypeDesc* iface) {
  if (!t || !iface) return false;
  for (const MethodDesc& m : iface->methods) {
    const MethodDesc* have = find_method(t, m.name);
    if (!have || have->pkg != m.pkg) return false;
    if (m.sig && have->sig && !same_type(m.sig, have->sig)) return false;
  }
  return true;
}

bool comparable(const TypeDesc* t) {
  if (!t) return true;
  switch (t->kind) {
    case Kind::Slice:
    case Kind::Map:
    case Kind::Func:
      return false;
    case Kind::Array:
      return comparable(t->elem);
    case Kind::Struct:
      for (const FieldDesc& f : t->fields)
        if (!comparable(f.type)) return false;
      return true;
    default:
      return true;
  }
}

namespace objlib {

int64_t go_alignof(const TypeDesc* t) {
  switch (t->kind) {
    case Kind::Bool: case Kind::Int8: case Kind::Uint8: return 1;
    case Kind::Int16: case Kind::Uint16: return 2;
    case Kind::Int32: case Kind::Uint32: case Kind::Float32: case Kind::Complex64: return 4;
    case Kind::Array: return go_alignof(t->elem);
    case Kind::Struct: {
      int64_t a = 1;
      for (const FieldDesc& f : t->fields) a = std::max(a, go_alignof(f.type));
      return a;
    }
    default: return 8;
  }
}

int64_t go_sizeof(const TypeDesc* t) {
  switch (t->kind) {
    case Kind::Bool: case Kind::Int8: case Kind::Uint8: return 1;
    case Kind::Int16: case Kind::Uint16: return 2;
    case Kind::Int32: case Kind::Uint32: case Kind::Float32: return 4;
    case Kind::Complex64: return 8;
    case Kind::String: case Kind::Interface: case Kind::Complex128: return 16;
    case Kind::Slice: return 24;
    case Kind::Array: return t->len * go_sizeof(t->elem);
    case Kind::Struct: {
      int64_t off = 0;
      int64_t last_size = -1;
      for (const FieldDesc& f : t->fields) {
        int64_t a = go_alignof(f.type);
        off = (off + a - 1) / a * a;
        last_size = go_sizeof(f.type);
        off += last_size;
      }
      // gc pads a struct ending in a zero-size field so &s.last stays inside the object.
      if (last_size == 0 && off > 0) off += 1;
      int64_t a = go_alignof(t);
      return (off + a - 1) / a * a;
    }
    default: return 8;
  }
}

}  // namespace objlib
}  // namespace gort::vm
