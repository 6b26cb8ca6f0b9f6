// engine/stdlib/atomic_natives.cpp — sync/atomic on VM slots: the address is a RefObj naming a
// slot (box, struct field or slice element) or, for atomic.Int64 & co., slot 0 of the struct
// object. Narrow types live sign/zero-extended in 64-bit slots, so 32-bit operations are CAS
// loops that wrap the result the way Go's 32-bit arithmetic does.
#include "stdlib/natives.h"
#include "stdlib/util.h"
#include "vm/race.h"

namespace gort::stdlib {
namespace {

// Every atomic operation is both a release and an acquire of its address for the race
// detector (--race), as in Go's race runtime; sync/atomic accesses themselves are never races.
int64_t* addr_of(NativeCtx& c, bool field) {
  Obj* o = c.args[0].o;
  if (!o) return nullptr;
  int64_t* p = field ? &rt::obj_slots(o)[0].i : &ref_slot(o)->i;
  if (vm::race::on()) {
    // Release before the operation, acquire after it (the VM runs the acquire when the
    // native returns): a load that sees a store's value then has the storer's clock.
    vm::race::release(c.gs, c.g, p);
    vm::race::acquire_later(c.gs, p);
  }
  return p;
}

template <class Wrap>
int64_t atomic_add(int64_t* p, int64_t delta, Wrap wrap) {
  int64_t old = __atomic_load_n(p, __ATOMIC_SEQ_CST);
  int64_t nv;
  do {
    nv = wrap(old + delta);
  } while (!__atomic_compare_exchange_n(p, &old, nv, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST));
  return nv;
}

int64_t w32(int64_t v) { return static_cast<int32_t>(v); }
int64_t wu32(int64_t v) { return static_cast<uint32_t>(v); }
int64_t w64(int64_t v) { return v; }

NativeStatus nilp(NativeCtx& c) {
  return panic_runtime(c, "runtime error: invalid memory address or nil pointer dereference");
}

// Each operation is written once, on its slot p with the argument window a (results in a[0]),
// and made both a native (race clocks, the nil-pointer panic) and its fast path (vm/native.h:
// a non-nil address without --race, where the VM skips a native's bookkeeping).
using SlotOp = void (*)(Value* a, int64_t* p);
template <bool Field, SlotOp Op>
NativeStatus slot_native(NativeCtx& c) {
  int64_t* p = addr_of(c, Field);
  if (!p) return nilp(c);
  Op(c.args, p);
  return NativeStatus::Done;
}
template <bool Field, SlotOp Op>
bool slot_fast(Value* a, const rt::G*) {
  if (!fast_path_open(a)) return false;
  Op(a, Field ? &rt::obj_slots(a[0].o)[0].i : &ref_slot(a[0].o)->i);
  return true;
}

#define ATOMIC_OP(NAME, FIELD, OP, BODY)                                                  \
  [[maybe_unused]] void NAME##_##OP##_op(Value* a, int64_t* p) { BODY; }                  \
  [[maybe_unused]] constexpr vm::NativeFn NAME##_##OP = slot_native<FIELD, NAME##_##OP##_op>; \
  [[maybe_unused]] constexpr vm::FastNativeFn NAME##_##OP##_fast = slot_fast<FIELD, NAME##_##OP##_op>;
#define ATOMIC_FAMILY(NAME, FIELD, WRAP)                                                  \
  ATOMIC_OP(NAME, FIELD, add, a[0].i = atomic_add(p, a[1].i, WRAP))                       \
  ATOMIC_OP(NAME, FIELD, load, a[0].i = __atomic_load_n(p, __ATOMIC_SEQ_CST))             \
  ATOMIC_OP(NAME, FIELD, store, __atomic_store_n(p, WRAP(a[1].i), __ATOMIC_SEQ_CST))      \
  ATOMIC_OP(NAME, FIELD, swap, a[0].i = __atomic_exchange_n(p, WRAP(a[1].i), __ATOMIC_SEQ_CST)) \
  ATOMIC_OP(NAME, FIELD, cas,                                                             \
            int64_t expected = WRAP(a[1].i);                                              \
            a[0] = bool_val(__atomic_compare_exchange_n(p, &expected, WRAP(a[2].i), false, \
                                                        __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)))

ATOMIC_FAMILY(i32, false, w32)
ATOMIC_FAMILY(i64, false, w64)
ATOMIC_FAMILY(u32, false, wu32)
ATOMIC_FAMILY(u64, false, w64)
ATOMIC_FAMILY(ti32, true, w32)
ATOMIC_FAMILY(ti64, true, w64)
ATOMIC_FAMILY(tu64, true, w64)
ATOMIC_FAMILY(tbool, true, w64)
ATOMIC_FAMILY(tu32, true, wu32)
ATOMIC_FAMILY(uptr, false, w64)   // uintptr is 64-bit
ATOMIC_FAMILY(tuptr, true, w64)

// atomic.Value {v any}: Store panics on nil or on a value of another type than the first.
NativeStatus value_load(NativeCtx& c) {
  if (!c.args[0].o) return nilp(c);
  Value* s = rt::obj_slots(c.args[0].o);
  c.args[0].o = static_cast<Obj*>(__atomic_load_n(&s[0].p, __ATOMIC_SEQ_CST));
  return NativeStatus::Done;
}
NativeStatus value_store(NativeCtx& c) {
  if (!c.args[0].o) return nilp(c);
  Obj* v = c.args[1].o;
  if (!v) return panic_string(c, "sync/atomic: store of nil value into Value");
  Value* s = rt::obj_slots(c.args[0].o);
  Obj* old = static_cast<Obj*>(__atomic_load_n(&s[0].p, __ATOMIC_SEQ_CST));
  if (old && !vm::same_type(vm::iface_type(old), vm::iface_type(v)))
    return panic_string(c, "sync/atomic: store of inconsistently typed value into Value");
  __atomic_store_n(&s[0].p, static_cast<void*>(v), __ATOMIC_SEQ_CST);
  return NativeStatus::Done;
}

// Value.Swap: like Store, returning the previous value (nil if none).
NativeStatus value_swap(NativeCtx& c) {
  if (!c.args[0].o) return nilp(c);
  Obj* v = c.args[1].o;
  if (!v) return panic_string(c, "sync/atomic: swap of nil value into Value");
  Value* s = rt::obj_slots(c.args[0].o);
  void* old = __atomic_load_n(&s[0].p, __ATOMIC_SEQ_CST);
  do {
    if (old && !vm::same_type(vm::iface_type(static_cast<Obj*>(old)), vm::iface_type(v)))
      return panic_string(c, "sync/atomic: swap of inconsistently typed value into Value");
  } while (!__atomic_compare_exchange_n(&s[0].p, &old, static_cast<void*>(v), false, __ATOMIC_SEQ_CST,
                                        __ATOMIC_SEQ_CST));
  c.args[0].o = static_cast<Obj*>(old);
  return NativeStatus::Done;
}

// Value.CompareAndSwap(old, new): the current value must equal old (==, as Go compares the
// interfaces) and the slot still hold the box that was compared.
NativeStatus value_cas(NativeCtx& c) {
  if (!c.args[0].o) return nilp(c);
  Obj* want = c.args[1].o;
  Obj* v = c.args[2].o;
  if (!v) return panic_string(c, "sync/atomic: compare and swap of nil value into Value");
  if (want && !vm::same_type(vm::iface_type(want), vm::iface_type(v)))
    return panic_string(c, "sync/atomic: compare and swap of inconsistently typed values");
  Value* s = rt::obj_slots(c.args[0].o);
  for (;;) {
    void* cur = __atomic_load_n(&s[0].p, __ATOMIC_SEQ_CST);
    if (!cur) {
      if (want) {
        c.args[0] = bool_val(false);
        return NativeStatus::Done;
      }
    } else {
      Obj* co = static_cast<Obj*>(cur);
      if (!vm::same_type(vm::iface_type(co), vm::iface_type(v)))
        return panic_string(c, "sync/atomic: compare and swap of inconsistently typed value into Value");
      bool eq = false;
      vm::Fault f;
      if (!vm::values_equal(vm::any_type(), Value::from_obj(co), Value::from_obj(want), &eq, f))
        return panic_runtime(c, "runtime error: comparing uncomparable type " + vm::iface_type(co)->str);
      if (!eq) {
        c.args[0] = bool_val(false);
        return NativeStatus::Done;
      }
    }
    if (__atomic_compare_exchange_n(&s[0].p, &cur, static_cast<void*>(v), false, __ATOMIC_SEQ_CST,
                                    __ATOMIC_SEQ_CST)) {
      c.args[0] = bool_val(true);
      return NativeStatus::Done;
    }
  }
}

}  // namespace

void add_sync_atomic_natives(std::vector<NativeEntry>& v);
void add_sync_atomic_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"sync/atomic.AddInt32", i32_add, i32_add_fast}, {"sync/atomic.AddInt64", i64_add, i64_add_fast}, {"sync/atomic.AddUint32", u32_add, u32_add_fast},
      {"sync/atomic.AddUint64", u64_add, u64_add_fast}, {"sync/atomic.LoadInt32", i32_load, i32_load_fast}, {"sync/atomic.LoadInt64", i64_load, i64_load_fast},
      {"sync/atomic.LoadUint32", u32_load, u32_load_fast}, {"sync/atomic.LoadUint64", u64_load, u64_load_fast},
      {"sync/atomic.StoreInt32", i32_store, i32_store_fast}, {"sync/atomic.StoreInt64", i64_store, i64_store_fast},
      {"sync/atomic.StoreUint32", u32_store, u32_store_fast}, {"sync/atomic.StoreUint64", u64_store, u64_store_fast},
      {"sync/atomic.SwapInt32", i32_swap, i32_swap_fast}, {"sync/atomic.SwapInt64", i64_swap, i64_swap_fast},
      {"sync/atomic.CompareAndSwapInt32", i32_cas, i32_cas_fast}, {"sync/atomic.CompareAndSwapInt64", i64_cas, i64_cas_fast},
      {"(*sync/atomic.Int32).Load", ti32_load, ti32_load_fast}, {"(*sync/atomic.Int32).Store", ti32_store, ti32_store_fast},
      {"(*sync/atomic.Int32).Add", ti32_add, ti32_add_fast}, {"(*sync/atomic.Int32).Swap", ti32_swap, ti32_swap_fast},
      {"(*sync/atomic.Int32).CompareAndSwap", ti32_cas, ti32_cas_fast},
      {"(*sync/atomic.Int64).Load", ti64_load, ti64_load_fast}, {"(*sync/atomic.Int64).Store", ti64_store, ti64_store_fast},
      {"(*sync/atomic.Int64).Add", ti64_add, ti64_add_fast}, {"(*sync/atomic.Int64).Swap", ti64_swap, ti64_swap_fast},
      {"(*sync/atomic.Int64).CompareAndSwap", ti64_cas, ti64_cas_fast},
      {"(*sync/atomic.Uint64).Load", tu64_load, tu64_load_fast}, {"(*sync/atomic.Uint64).Store", tu64_store, tu64_store_fast},
      {"(*sync/atomic.Uint64).Add", tu64_add, tu64_add_fast},
      {"(*sync/atomic.Bool).Load", tbool_load, tbool_load_fast}, {"(*sync/atomic.Bool).Store", tbool_store, tbool_store_fast},
      {"(*sync/atomic.Bool).Swap", tbool_swap, tbool_swap_fast}, {"(*sync/atomic.Bool).CompareAndSwap", tbool_cas, tbool_cas_fast},
      {"(*sync/atomic.Uint32).Load", tu32_load, tu32_load_fast}, {"(*sync/atomic.Uint32).Store", tu32_store, tu32_store_fast},
      {"(*sync/atomic.Uint32).Add", tu32_add, tu32_add_fast}, {"(*sync/atomic.Uint32).Swap", tu32_swap, tu32_swap_fast},
      {"(*sync/atomic.Uint32).CompareAndSwap", tu32_cas, tu32_cas_fast},
      {"(*sync/atomic.Value).Load", value_load}, {"(*sync/atomic.Value).Store", value_store},
      {"(*sync/atomic.Value).Swap", value_swap}, {"(*sync/atomic.Value).CompareAndSwap", value_cas},
      {"sync/atomic.SwapUint32", u32_swap, u32_swap_fast}, {"sync/atomic.SwapUint64", u64_swap, u64_swap_fast},
      {"sync/atomic.CompareAndSwapUint32", u32_cas, u32_cas_fast}, {"sync/atomic.CompareAndSwapUint64", u64_cas, u64_cas_fast},
      {"(*sync/atomic.Uint64).Swap", tu64_swap, tu64_swap_fast}, {"(*sync/atomic.Uint64).CompareAndSwap", tu64_cas, tu64_cas_fast},
      {"sync/atomic.AddUintptr", uptr_add, uptr_add_fast}, {"sync/atomic.LoadUintptr", uptr_load, uptr_load_fast},
      {"sync/atomic.StoreUintptr", uptr_store, uptr_store_fast}, {"sync/atomic.SwapUintptr", uptr_swap, uptr_swap_fast},
      {"sync/atomic.CompareAndSwapUintptr", uptr_cas, uptr_cas_fast},
      {"(*sync/atomic.Uintptr).Load", tuptr_load, tuptr_load_fast}, {"(*sync/atomic.Uintptr).Store", tuptr_store, tuptr_store_fast},
      {"(*sync/atomic.Uintptr).Add", tuptr_add, tuptr_add_fast}, {"(*sync/atomic.Uintptr).Swap", tuptr_swap, tuptr_swap_fast},
      {"(*sync/atomic.Uintptr).CompareAndSwap", tuptr_cas, tuptr_cas_fast},
  });
}

}  // namespace gort::stdlib
