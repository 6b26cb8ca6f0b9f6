// engine/runtime/value.h — the VM slot.
// A goroutine's stack, a channel's buffer and a heap object's fields are arrays of Value.
// A slot is 8 bytes and untyped: whoever reads it knows (statically) what it holds. The GC
// knows which slots hold heap pointers from pointer maps (frames) and object layouts.
#pragma once
#include <cstdint>

namespace gort {

struct Obj;  // a GC-managed heap object (runtime/heap.h)

union Value {
  int64_t i;
  uint64_t u;
  double f;
  Obj* o;
  void* p;

  static Value from_int(int64_t v) { Value x; x.i = v; return x; }
  static Value from_float(double v) { Value x; x.f = v; return x; }
  static Value from_obj(Obj* v) { Value x; x.u = 0; x.o = v; return x; }
  static Value zero() { Value x; x.u = 0; return x; }
};
static_assert(sizeof(Value) == 8, "a VM slot is one 64-bit word");

}  // namespace gort
