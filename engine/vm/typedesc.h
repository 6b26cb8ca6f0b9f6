// engine/vm/typedesc.h — run-time type descriptors: what the VM, the object library and the
// stdlib (fmt's %v/%T, type switches, interface method calls, map hashing, equality) know
// about a Go type at run time. The compiler builds one TypeDesc per distinct lang type used by
// the program and keeps them in Module::types; the stdlib has static ones for its own hidden
// types (e.g. *errors.errorString) and every basic type comes from basic_type() so that
// identity by pointer works across the compiler and natives.
//
// Contract (binding for compiler, object library and stdlib):
//  - Type identity at run time: same pointer, or both `named` with equal `str` (lets a
//    native-made descriptor match the compiler's for the same std type).
//  - `str` is exactly what Go's %T prints: "int", "main.Point", "[]string",
//    "map[string]int", "*main.Node", "func(int) string", "chan<- int", "struct { X int }",
//    "interface {}", "error".
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/heap.h"

namespace gort::vm {

enum class Kind : uint8_t {
  Invalid,
  Bool,
  Int, Int8, Int16, Int32, Int64,
  Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64,
  Complex64, Complex128,  // Obj* → CplxObj {re, im} (immutable, like a string); null = 0
  String,
  Pointer,    // to an aggregate: the pointee object itself; to anything else: a RefObj
  Slice,
  Array,      // aggregate (value semantics)
  Struct,     // aggregate (value semantics)
  Map,
  Chan,
  Func,
  Interface,
  UnsafePointer,
};

enum class ChanDir : uint8_t { Both, Send, Recv };

struct NativeCtx;
enum class NativeStatus : uint8_t;
using NativeFn = NativeStatus (*)(NativeCtx&);

struct TypeDesc;

struct FieldDesc {
  std::string name;
  const TypeDesc* type = nullptr;
  bool embedded = false;
  bool exported = false;
  std::string tag;       // the struct tag, decoded (reflect.StructTag, encoding/json)
  std::string pkgpath;   // unexported fields: the declaring package's path (reflect's PkgPath)
};

// One method of a type's method set. Exactly one of proto / native is set. The receiver is the
// first argument: for ptr_recv methods a pointer (for an aggregate: its object), otherwise the
// receiver value (an aggregate receiver is passed as a fresh copy — the caller copies).
struct MethodDesc {
  std::string name;
  int32_t proto = -1;          // Module::protos index
  NativeFn native = nullptr;   // stdlib method (e.g. "time.Duration.String")
  bool ptr_recv = false;
  // The method's signature without the receiver (a Func descriptor), when known: implements()
  // then also requires identical signatures (interface{ M() int } vs a method M() string).
  const TypeDesc* sig = nullptr;
  // An unexported method's package path ("" when exported): Go qualifies unexported names by
  // package, so main's writeTo never satisfies parse.Node's writeTo (implements()).
  std::string pkg;
};

struct TypeDesc {
  Kind kind = Kind::Invalid;
  std::string str;                  // %T text (see top)
  bool named = false;               // a defined type (main.Point, time.Duration, error)
  const TypeDesc* elem = nullptr;   // Pointer, Slice, Array, Chan: element; Map: value
  const TypeDesc* key = nullptr;    // Map
  int64_t len = 0;                  // Array
  ChanDir dir = ChanDir::Both;      // Chan
  std::vector<FieldDesc> fields;    // Struct, in declaration order
  // The method set of this type (for a *T descriptor: T's value methods + pointer methods),
  // sorted by name. Interface descriptors: the required methods (only `name` set), sorted.
  std::vector<MethodDesc> methods;
  // Func: parameter/result types (fmt prints func values as addresses; kept for %T and
  // for natives that call callbacks).
  std::vector<const TypeDesc*> params, results;
  bool variadic = false;
  // Layout of a heap object holding a value of this aggregate type (Struct: one slot per
  // field; Array: one slot per element) — set by finish_type().
  rt::Layout layout;
  uint32_t id = 0;                  // index in Module::types (0 for static descriptors)

  // A Value of this type holds an Obj* (or null): complex, string, pointer, slice, array,
  // struct, map, chan, func, interface, unsafe.Pointer. Everything else is a scalar in the slot.
  bool holds_ptr() const {
    return kind >= Kind::Complex64 && kind <= Kind::UnsafePointer;
  }
  // Value semantics over a heap object: assignment copies (copy_value in object.h).
  bool is_aggregate() const { return kind == Kind::Struct || kind == Kind::Array; }
  bool is_integer() const { return kind >= Kind::Int && kind <= Kind::Uintptr; }
  bool is_unsigned() const { return kind >= Kind::Uint && kind <= Kind::Uintptr; }
  bool is_float() const { return kind == Kind::Float32 || kind == Kind::Float64; }
  bool is_complex() const { return kind == Kind::Complex64 || kind == Kind::Complex128; }
};

// Shared descriptors for the predeclared types: Bool..Float64, String, UnsafePointer, plus
// "interface {}" (Kind::Interface, no methods) and "error" (Kind::Interface, named, method Error).
// Use these pointers, never your own copies, for predeclared types.
const TypeDesc* basic_type(Kind k);
const TypeDesc* any_type();
const TypeDesc* error_type();

// Computes `layout` for an aggregate (and anything else derived) once all of its fields /
// elem are known. The compiler calls it for every Struct/Array descriptor it builds.
void finish_type(TypeDesc& t);

// Type identity at run time (see top).
bool same_type(const TypeDesc* a, const TypeDesc* b);

// Method lookup in t's method set by name (binary search); null if absent.
const MethodDesc* find_method(const TypeDesc* t, std::string_view name);

// Does concrete type t implement interface type iface (every method of iface in t's set)?
bool implements(const TypeDesc* t, const TypeDesc* iface);

// Comparable at run time (== on interfaces panics otherwise): not slice, map or func, and
// aggregates only of comparable parts.
bool comparable(const TypeDesc* t);

}  // namespace gort::vm
