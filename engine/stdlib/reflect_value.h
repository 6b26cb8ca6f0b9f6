// engine/stdlib/reflect_value.h — what the reflect natives share with fmt and encoding/json:
// the layout of a reflect.Value (engine/lang/std/go/reflect/reflect.go: typ, ptr, idx, flag)
// and descriptors the program may not have compiled (*T, []T) found or made at run time.
#pragma once
#include <cstdint>

#ifdef __EMSCRIPTEN__
#include <emscripten/stack.h>
#endif

#include "stdlib/util.h"

namespace gort::stdlib {

// A decoded reflect.Value: the slot obj_slots(ptr)[idx] holds a value of type t, or for an
// aggregate t (idx < 0) ptr is the value's own object. t null: the zero Value.
struct RValue {
  const TypeDesc* t = nullptr;
  Obj* ptr = nullptr;
  int64_t idx = -1;
  uint64_t flag = 0;
};
inline constexpr uint64_t kFlagAddr = 1, kFlagRO = 2;
// A method value (Value.Method): t is the method's signature, ptr an interface object holding
// the receiver (its type and value), idx the method's index in that type's method set.
inline constexpr uint64_t kFlagMethod = 4;
// With kFlagMethod: Type.Method(i).Func, the method as a func whose first argument is the
// receiver (t has it as its first parameter; ptr's interface holds a zero receiver for its type).
inline constexpr uint64_t kFlagMethodExpr = 8;

// Reads a reflect.Value aggregate object (null → the zero Value). Never trusts the object
// beyond its size.
RValue rvalue_read(const Obj* value_obj);
// The Go value an RValue names (Value::zero() for the zero Value or a bad slot).
Value rvalue_load(const RValue& v);
// Is t the descriptor of reflect.Value?
inline bool is_reflect_value_type(const TypeDesc* t) {
  return t && t->kind == vm::Kind::Struct && t->named && t->str == "reflect.Value";
}

// The descriptor of *t / []t: the program's own when it has one (so method sets are right),
// else one made now and kept for the process (no methods).
const TypeDesc* pointer_type_to(const NativeCtx& c, const TypeDesc* t);
const TypeDesc* slice_type_of(const NativeCtx& c, const TypeDesc* t);

// Recursive walks over values (encoding/json, DeepEqual) stop before the C stack runs out:
// natively within a budget below the 8 MiB of an M's thread, in wasm (2 MiB pthread
// stacks) while emscripten says enough is left. Made where the walk starts.
class StackGuard {
 public:
  StackGuard() : base_(reinterpret_cast<uintptr_t>(__builtin_frame_address(0))) {}
  bool room() const {
#ifdef __EMSCRIPTEN__
    return emscripten_stack_get_free() > 24 * 1024;
#else
    uintptr_t here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
    return here > base_ || base_ - here < kBudget;   // stacks grow down
#endif
  }

 private:
  static constexpr uintptr_t kBudget = 6 * 1024 * 1024;
  uintptr_t base_;
};

// Go's reflect.Kind number of a descriptor, and Kind.String() of it ("ptr", "struct", ...).
int go_kind(const TypeDesc* t);
const char* go_kind_name(int k);

}  // namespace gort::stdlib
