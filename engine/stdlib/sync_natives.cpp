// engine/stdlib/sync_natives.cpp — package sync on the runtime's primitives (runtime.h):
// Mutex/RWMutex/WaitGroup/Once keep the runtime's state structs inside their own objects
// (the unexported scalar fields declared in std_decls.cpp give them the room; static_asserts
// below), so the zero value works and objects never move (the GC is non-moving).
// Once.Do runs f with NativeStatus::Call. Cond, Map and Pool are built on the same pieces.
#include <array>
#include <mutex>
#include <unordered_map>

#include "runtime/futex.h"
#include "stdlib/natives.h"
#include "stdlib/std_types.h"
#include "stdlib/util.h"
#include "vm/race.h"

namespace gort::stdlib {
namespace {

using rt::Op;

static_assert(sizeof(rt::MutexState) <= 2 * sizeof(Value), "sync.Mutex has two slots");
static_assert(sizeof(rt::RWMutexState) <= 2 * sizeof(Value), "sync.RWMutex has two slots");
static_assert(sizeof(rt::WaitGroupState) <= 2 * sizeof(Value), "sync.WaitGroup has two slots");
static_assert(sizeof(rt::OnceState) <= sizeof(Value), "sync.Once has one slot");

template <class T>
T* state_of(Value recv) {
  return reinterpret_cast<T*>(rt::obj_data(recv.o));
}

NativeStatus op_status(NativeCtx& c, Op op) {
  switch (op) {
    case Op::Done: return NativeStatus::Done;
    case Op::Park: return NativeStatus::Park;
    case Op::Panic: return panic_string(c, c.g && c.g->panic_msg ? c.g->panic_msg : "sync: panic");
  }
  return NativeStatus::Done;
}

// The race detector (vm/race.h, --race only): an unlock-like operation releases the sync
// object's clock now; a lock-like one acquires it once it has completed (the VM runs the
// acquire after the native returns Done, or when the goroutine resumes from a park).
void race_release(NativeCtx& c, const void* obj) {
  if (vm::race::on()) vm::race::release(c.gs, c.g, obj);
}
void race_acquire(NativeCtx& c, const void* obj) {
  if (vm::race::on()) vm::race::acquire_later(c.gs, obj);
}

NativeStatus nil_check(NativeCtx& c) {
  return panic_runtime(c, "runtime error: invalid memory address or nil pointer dereference");
}

// ---- Mutex ----
NativeStatus mutex_lock(NativeCtx& c) {
  if (!c.args[0].o) return nil_check(c);
  race_acquire(c, c.args[0].o);
  return op_status(c, rt::mutex_lock(*c.g, state_of<rt::MutexState>(c.args[0])));
}
NativeStatus mutex_unlock(NativeCtx& c) {
  if (!c.args[0].o) return nil_check(c);
  race_release(c, c.args[0].o);
  rt::mutex_unlock(state_of<rt::MutexState>(c.args[0]));
  return NativeStatus::Done;
}
// Fast paths (vm/native.h): the uncontended Lock and Unlock, without the race detector (whose
// clocks need the G's state); anything else falls through to the natives above.
bool mutex_lock_fast(Value* args, const rt::G* g) {
  return fast_path_open(args) && rt::mutex_lock_fast(state_of<rt::MutexState>(args[0]), g);
}
bool mutex_unlock_fast(Value* args, const rt::G*) {
  return fast_path_open(args) && rt::mutex_unlock_fast(state_of<rt::MutexState>(args[0]));
}
NativeStatus mutex_trylock(NativeCtx& c) {
  if (!c.args[0].o) return nil_check(c);
  bool ok = rt::mutex_trylock(state_of<rt::MutexState>(c.args[0]));
  if (ok) race_acquire(c, c.args[0].o);
  c.args[0] = bool_val(ok);
  return NativeStatus::Done;
}

// ---- RWMutex ----
NativeStatus rw_lock(NativeCtx& c) {
  if (!c.args[0].o) return nil_check(c);
  race_acquire(c, c.args[0].o);
  return op_status(c, rt::rw_lock(*c.g, state_of<rt::RWMutexState>(c.args[0])));
}
NativeStatus rw_unlock(NativeCtx& c) {
  if (!c.args[0].o) return nil_check(c);
  race_release(c, c.args[0].o);
  rt::rw_unlock(state_of<rt::RWMutexState>(c.args[0]));
  return NativeStatus::Done;
}
NativeStatus rw_rlock(NativeCtx& c) {
  if (!c.args[0].o) return nil_check(c);
  race_acquire(c, c.args[0].o);
  return op_status(c, rt::rw_rlock(*c.g, state_of<rt::RWMutexState>(c.args[0])));
}
NativeStatus rw_runlock(NativeCtx& c) {
  if (!c.args[0].o) return nil_check(c);
  race_release(c, c.args[0].o);
  rt::rw_runlock(state_of<rt::RWMutexState>(c.args[0]));
  return NativeStatus::Done;
}
// TryLock/TryRLock: succeed only when uncontended (no waiting needed).
NativeStatus rw_trylock(NativeCtx& c) {
  if (!c.args[0].o) return nil_check(c);
  bool ok = rt::rw_trylock(state_of<rt::RWMutexState>(c.args[0]));
  if (ok) race_acquire(c, c.args[0].o);
  c.args[0] = bool_val(ok);
  return NativeStatus::Done;
}
NativeStatus rw_tryrlock(NativeCtx& c) {
  if (!c.args[0].o) return nil_check(c);
  bool ok = rt::rw_tryrlock(state_of<rt::RWMutexState>(c.args[0]));
  if (ok) race_acquire(c, c.args[0].o);
  c.args[0] = bool_val(ok);
  return NativeStatus::Done;
}

// RLocker: a Locker whose Lock/Unlock are RLock/RUnlock of the same RWMutex object.
const TypeDesc* rlocker_ptr() {
  static const TypeDesc* t = [] {
    auto* s = new TypeDesc();
    s->kind = vm::Kind::Struct;
    s->str = "sync.rlocker";
    s->named = true;
    vm::FieldDesc f1, f2;
    f1.name = "state1"; f1.type = vm::basic_type(vm::Kind::Int64);
    f2.name = "state2"; f2.type = vm::basic_type(vm::Kind::Int64);
    s->fields = {f1, f2};
    vm::finish_type(*s);
    auto* p = new TypeDesc();
    p->kind = vm::Kind::Pointer;
    p->str = "*sync.rlocker";
    p->elem = s;
    vm::MethodDesc l, u;
    l.name = "Lock"; l.native = rw_rlock; l.ptr_recv = true;
    u.name = "Unlock"; u.native = rw_runlock; u.ptr_recv = true;
    p->methods = {l, u};
    vm::finish_type(*p);
    return p;
  }();
  return t;
}
NativeStatus rw_rlocker(NativeCtx& c) {
  c.args[0] = Value::from_obj(vm::iface_new(rlocker_ptr(), c.args[0]));
  return NativeStatus::Done;
}

// ---- WaitGroup ----
NativeStatus wg_add(NativeCtx& c) {
  if (!c.args[0].o) return nil_check(c);
  race_release(c, c.args[0].o);
  return op_status(c, rt::wg_add(*c.g, state_of<rt::WaitGroupState>(c.args[0]), c.args[1].i));
}
NativeStatus wg_done(NativeCtx& c) {
  if (!c.args[0].o) return nil_check(c);
  race_release(c, c.args[0].o);
  return op_status(c, rt::wg_add(*c.g, state_of<rt::WaitGroupState>(c.args[0]), -1));
}
// Fast paths (vm/native.h): an Add or Done that leaves the counter above zero, without --race.
bool wg_add_fast(Value* args, const rt::G*) {
  return fast_path_open(args) && rt::wg_add_fast(state_of<rt::WaitGroupState>(args[0]), args[1].i);
}
bool wg_done_fast(Value* args, const rt::G*) {
  return fast_path_open(args) && rt::wg_add_fast(state_of<rt::WaitGroupState>(args[0]), -1);
}
NativeStatus wg_wait(NativeCtx& c) {
  if (!c.args[0].o) return nil_check(c);
  race_acquire(c, c.args[0].o);
  return op_status(c, rt::wg_wait(*c.g, state_of<rt::WaitGroupState>(c.args[0])));
}

// ---- Once ----
NativeStatus once_then(NativeCtx& c) {
  race_release(c, c.args[0].o);
  rt::once_end(state_of<rt::OnceState>(c.args[0]));
  return NativeStatus::Done;
}
NativeStatus once_do(NativeCtx& c) {
  if (!c.args[0].o) return nil_check(c);
  auto* o = state_of<rt::OnceState>(c.args[0]);
  race_acquire(c, c.args[0].o);
  Op op = rt::once_begin(*c.g, o);
  if (op == Op::Park) return NativeStatus::Park;
  if (!c.g->wake_ok) return NativeStatus::Done;
  c.call_closure = c.args[1].o;
  c.call_then = once_then;
  return NativeStatus::Call;
}

// ---- Cond {L Locker; n int64} ----
// The `n` slot holds the Cond's notify list (rt::NotifyList: tickets taken and notified): Wait
// takes a ticket, unlocks L and sleeps until its ticket is notified. Wait must re-lock L after waking, but a
// native cannot run code after its G resumes — so a Wait that parked re-executes itself: it
// moves its frame's saved pc back onto the call (the VM resumes at frames.back().pc) and
// records in `g_rewaking` that this goroutine is in the second half of Wait, which only locks.
rt::NotifyList* cond_list(Obj* c) { return reinterpret_cast<rt::NotifyList*>(&rt::obj_slots(c)[1]); }
static_assert(sizeof(rt::NotifyList) <= sizeof(Value), "Cond keeps its notify list in one slot");

std::mutex g_rewake_mu;
std::unordered_map<int64_t, const Obj*>& rewaking() {
  static std::unordered_map<int64_t, const Obj*> m;
  return m;
}

NativeStatus cond_new(NativeCtx& c) {
  static const TypeDesc* cond_t = [] {
    auto* s = new TypeDesc();
    s->kind = vm::Kind::Struct;
    s->str = "sync.Cond";
    s->named = true;
    auto* locker = new TypeDesc();
    locker->kind = vm::Kind::Interface;
    locker->str = "sync.Locker";
    locker->named = true;
    vm::FieldDesc f1, f2;
    f1.name = "L"; f1.type = locker; f1.exported = true;
    f2.name = "n"; f2.type = vm::basic_type(vm::Kind::Int64);
    s->fields = {f1, f2};
    vm::finish_type(*s);
    return s;
  }();
  Obj* o = vm::agg_new(cond_t);
  rt::obj_slots(o)[0] = c.args[0];
  c.args[0] = Value::from_obj(o);
  return NativeStatus::Done;
}

// L.Lock()/L.Unlock(): *sync.Mutex and *sync.RWMutex directly (Lock may park: ownership is
// handed over on wake, so Park is a complete Lock); other Lockers through their methods.
NativeStatus locker_call(NativeCtx& c, Obj* l, bool lock) {
  const TypeDesc* t = vm::iface_type(l);
  if (!t) return panic_runtime(c, "runtime error: invalid memory address or nil pointer dereference");
  Value d = vm::iface_data(l);
  if (t->kind == vm::Kind::Pointer && d.o && t->elem->str == "sync.Mutex") {
    auto* m = state_of<rt::MutexState>(d);
    if (!lock) { race_release(c, d.o); rt::mutex_unlock(m); return NativeStatus::Done; }
    race_acquire(c, d.o);
    return op_status(c, rt::mutex_lock(*c.g, m));
  }
  if (t->kind == vm::Kind::Pointer && d.o && t->elem->str == "sync.RWMutex") {
    auto* m = state_of<rt::RWMutexState>(d);
    if (!lock) { race_release(c, d.o); rt::rw_unlock(m); return NativeStatus::Done; }
    race_acquire(c, d.o);
    return op_status(c, rt::rw_lock(*c.g, m));
  }
  std::string pt;
  if (!call_method(c, t, d, lock ? "Lock" : "Unlock", nullptr, 0, nullptr, 0, &pt))
    return panic_string(c, pt.empty() ? "sync: Cond.L has no Lock/Unlock" : pt);
  return NativeStatus::Done;
}

NativeStatus cond_wait(NativeCtx& c) {
  Obj* cond = c.args[0].o;
  if (!cond) return panic_runtime(c, "runtime error: invalid memory address or nil pointer dereference");
  Obj* l = rt::obj_slots(cond)[0].o;
  int64_t goid = c.g ? c.g->goid.load(std::memory_order_relaxed) : 0;
  {
    std::lock_guard<std::mutex> lk(g_rewake_mu);
    auto it = rewaking().find(goid);
    if (it != rewaking().end() && it->second == cond) {
      rewaking().erase(it);
      race_acquire(c, cond);
      return locker_call(c, l, true);  // second half: woken by Signal/Broadcast
    }
  }
  // Waiting always parks; inside Go code a native called (no_park) refuse before L is
  // unlocked or a ticket taken.
  if (c.g && c.g->no_park) return panic_string(c, rt::kCannotParkMsg);
  uint32_t ticket = rt::notify_list_add(cond_list(cond));
  NativeStatus st = locker_call(c, l, false);
  if (st != NativeStatus::Done) return st;
  // Prepared before parking: once semacquire has queued us, another M may resume this G, so
  // neither its frame nor the map may be touched after a Park.
  {
    std::lock_guard<std::mutex> lk(g_rewake_mu);
    rewaking()[goid] = cond;
  }
  c.gs.frames.back().pc -= 1;  // resume by re-running this call (see top)
  if (rt::notify_list_wait(*c.g, cond_list(cond), ticket) == rt::Op::Park) return NativeStatus::Park;
  c.gs.frames.back().pc += 1;  // already notified: no re-run
  {
    std::lock_guard<std::mutex> lk(g_rewake_mu);
    rewaking().erase(goid);
  }
  return locker_call(c, l, true);
}
NativeStatus cond_signal(NativeCtx& c) {
  Obj* cond = c.args[0].o;
  if (cond) race_release(c, cond);
  if (!cond) return panic_runtime(c, "runtime error: invalid memory address or nil pointer dereference");
  rt::notify_list_notify_one(cond_list(cond));
  return NativeStatus::Done;
}
NativeStatus cond_broadcast(NativeCtx& c) {
  Obj* cond = c.args[0].o;
  if (cond) race_release(c, cond);
  if (!cond) return panic_runtime(c, "runtime error: invalid memory address or nil pointer dereference");
  rt::notify_list_notify_all(cond_list(cond));
  return NativeStatus::Done;
}

// ---- Map {m map[any]any} ----
const TypeDesc* any_map_type() {
  static const TypeDesc* t = [] {
    auto* m = new TypeDesc();
    m->kind = vm::Kind::Map;
    m->str = "map[interface {}]interface {}";
    m->key = vm::any_type();
    m->elem = vm::any_type();
    return m;
  }();
  return t;
}
Value* smap_slot(NativeCtx& c) { return &rt::obj_slots(c.args[0].o)[0]; }
NativeStatus smap_fault(NativeCtx& c, const vm::Fault& f) { return vm::native_panic_fault(c, f); }
// sync.Map is used from goroutines running in parallel on several Ms, and its one slot holds a
// plain Go map: every operation holds a lock. The object has no room for one, so a lock is
// picked from a striped table by the (non-moving) object's address. The lock never parks a G:
// map operations neither block nor call Go code (hashing `any` keys only reads them).
// sync.Pool's item slice gets the same treatment.
rt::Lock& striped_lock(const Obj* o) {
  static rt::Lock stripes[64];
  return stripes[(reinterpret_cast<uintptr_t>(o) >> 4) % 64];
}
rt::Lock& smap_lock(NativeCtx& c) { return striped_lock(c.args[0].o); }
NativeStatus smap_load(NativeCtx& c) {
  Value out{};
  bool found = false;
  vm::Fault f;
  {
    rt::LockGuard lk(smap_lock(c));
    Value* m = smap_slot(c);
    if (!vm::map_get(m->o, c.args[1], &out, &found, f)) return smap_fault(c, f);
  }
  c.args[0] = found ? out : Value::zero();
  c.args[1] = bool_val(found);
  return NativeStatus::Done;
}
NativeStatus smap_store(NativeCtx& c) {
  vm::Fault f;
  bool ok;
  {
    rt::LockGuard lk(smap_lock(c));
    Value* m = smap_slot(c);
    if (!m->o) m->o = vm::map_make(any_map_type(), 0);
    ok = vm::map_set(m->o, c.args[1], c.args[2], f);
  }
  if (!ok) return smap_fault(c, f);
  return NativeStatus::Done;
}
NativeStatus smap_load_or_store(NativeCtx& c) {
  Value out{};
  bool found = false;
  vm::Fault f;
  bool ok;
  {
    rt::LockGuard lk(smap_lock(c));
    Value* m = smap_slot(c);
    if (!m->o) m->o = vm::map_make(any_map_type(), 0);
    ok = vm::map_get(m->o, c.args[1], &out, &found, f);
    if (ok && !found) ok = vm::map_set(m->o, c.args[1], c.args[2], f);
  }
  if (!ok) return smap_fault(c, f);
  c.args[0] = found ? out : c.args[2];
  c.args[1] = bool_val(found);
  return NativeStatus::Done;
}
NativeStatus smap_delete(NativeCtx& c) {
  vm::Fault f;
  bool ok = true;
  {
    rt::LockGuard lk(smap_lock(c));
    Value* m = smap_slot(c);
    if (m->o) ok = vm::map_delete(m->o, c.args[1], f);
  }
  if (!ok) return smap_fault(c, f);
  return NativeStatus::Done;
}
NativeStatus smap_load_and_delete(NativeCtx& c) {
  Value out{};
  bool found = false;
  vm::Fault f;
  bool ok = true;
  {
    rt::LockGuard lk(smap_lock(c));
    Value* m = smap_slot(c);
    if (m->o) {
      ok = vm::map_get(m->o, c.args[1], &out, &found, f);
      if (ok && found) ok = vm::map_delete(m->o, c.args[1], f);
    }
  }
  if (!ok) return smap_fault(c, f);
  c.args[0] = found ? out : Value::zero();
  c.args[1] = bool_val(found);
  return NativeStatus::Done;
}
NativeStatus smap_range(NativeCtx& c) {
  Obj* fn = c.args[1].o;
  // Snapshot the entries under the lock, then call f without it (f may use the Map; Go's Range
  // need not be a consistent snapshot either). No GC can run while the values sit in this C++
  // vector: call_func runs f to completion without safepoints (native.h).
  std::vector<std::array<Value, 2>> entries;
  {
    rt::LockGuard lk(smap_lock(c));
    Value* m = smap_slot(c);
    if (!m->o) return NativeStatus::Done;
    Obj* it = vm::map_iter_new(m->o);
    Value kv[2];
    while (vm::map_iter_next(it, &kv[0], &kv[1])) entries.push_back({kv[0], kv[1]});
  }
  for (auto& kv : entries) {
    Value res{};
    std::string pt;
    if (!call_func(c, fn, kv.data(), 2, &res, 1, &pt)) return panic_string(c, pt);
    if (!res.i) break;
  }
  return NativeStatus::Done;
}

// ---- Pool {New func() any; items []any} ----
NativeStatus pool_get(NativeCtx& c) {
  Value* f = rt::obj_slots(c.args[0].o);
  {
    rt::LockGuard lk(striped_lock(c.args[0].o));
    int64_t n = vm::slice_len(f[1].o);
    if (n > 0) {
      int64_t len;
      Value* d = slice_data(f[1].o, &len);
      Value v = d[len - 1];
      d[len - 1] = Value::zero();  // the pool no longer keeps it alive
      vm::Fault fault;
      Obj* shorter;
      vm::slice_slice(f[1].o, 0, len - 1, vm::kNoSliceMax, &shorter, fault);
      f[1].o = shorter;
      c.args[0] = v;
      return NativeStatus::Done;
    }
  }
  // Empty: New runs without the lock (it is Go code and may use the pool).
  if (!f[0].o) { c.args[0] = Value::zero(); return NativeStatus::Done; }
  Value res{};
  std::string pt;
  if (!call_func(c, f[0].o, nullptr, 0, &res, 1, &pt)) return panic_string(c, pt);
  c.args[0] = res;
  return NativeStatus::Done;
}
NativeStatus pool_put(NativeCtx& c) {
  if (!c.args[1].o) return NativeStatus::Done;
  Value* f = rt::obj_slots(c.args[0].o);
  rt::LockGuard lk(striped_lock(c.args[0].o));
  f[1].o = vm::slice_append(vm::any_type(), f[1].o, &c.args[1], 1);
  return NativeStatus::Done;
}

}  // namespace

void reset_sync_state() {
  std::lock_guard<std::mutex> lk(g_rewake_mu);
  rewaking().clear();
}

void add_sync_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"(*sync.Mutex).Lock", mutex_lock, mutex_lock_fast},
      {"(*sync.Mutex).Unlock", mutex_unlock, mutex_unlock_fast},
      {"(*sync.Mutex).TryLock", mutex_trylock},
      {"(*sync.RWMutex).Lock", rw_lock}, {"(*sync.RWMutex).Unlock", rw_unlock},
      {"(*sync.RWMutex).RLock", rw_rlock}, {"(*sync.RWMutex).RUnlock", rw_runlock},
      {"(*sync.RWMutex).TryLock", rw_trylock}, {"(*sync.RWMutex).TryRLock", rw_tryrlock},
      {"(*sync.RWMutex).RLocker", rw_rlocker},
      {"(*sync.WaitGroup).Add", wg_add, wg_add_fast}, {"(*sync.WaitGroup).Done", wg_done, wg_done_fast},
      {"(*sync.WaitGroup).Wait", wg_wait}, {"(*sync.Once).Do", once_do},
      {"sync.NewCond", cond_new}, {"(*sync.Cond).Wait", cond_wait},
      {"(*sync.Cond).Signal", cond_signal}, {"(*sync.Cond).Broadcast", cond_broadcast},
      {"(*sync.Map).Load", smap_load}, {"(*sync.Map).Store", smap_store},
      {"(*sync.Map).LoadOrStore", smap_load_or_store}, {"(*sync.Map).Delete", smap_delete},
      {"(*sync.Map).LoadAndDelete", smap_load_and_delete},
      {"(*sync.Map).Range", smap_range},
      {"(*sync.Pool).Get", pool_get}, {"(*sync.Pool).Put", pool_put},
  });
}

}  // namespace gort::stdlib
