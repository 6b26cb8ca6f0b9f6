// engine/stdlib/context_natives.cpp — package context (Go 1.21's semantics, Go 1.19's
// printing): Background/TODO, WithCancel[Cause], WithDeadline/WithTimeout, WithValue,
// WithoutCancel, AfterFunc, Cause, and the Canceled / DeadlineExceeded errors.
//
// Contexts are objects of descriptors built here (%T as Go: *context.emptyCtx,
// *context.cancelCtx, *context.timerCtx, *context.valueCtx, context.withoutCancelCtx,
// *context.afterFuncCtx) whose methods are natives. The cancellable ones share one layout
// (enum Slot): every field the GC must see (parent, done channel, errors, children, the
// AfterFunc func) is a pointer-typed slot, so the tracer follows them like Go's struct fields.
// A parent links its children in an intrusive doubly linked list (head/prev/next) instead of
// Go's map: O(1) removal when a child is cancelled, no map descriptor needed.
//
// Threads: each cancellable context has an rt::Lock in a slot (the runtime's lock for short
// critical sections, the one channels use). It never parks a G, so cancel() also runs from
// a timer callback on an M without a G (the deadline firing), where the Done channel is
// closed with rt::chan_tryclose. Lock order is parent before child, as in Go.
//
// CancelFunc values: a func value whose fn is the creating native itself (WithCancel, ...)
// with the context in its one capture; called through the value (NativeCtx::closure set) the
// native cancels instead of creating. No compiler support is needed for that.
#include <atomic>
#include <vector>

#include "runtime/futex.h"
#include "vm/proto.h"
#include "vm/race.h"
#include "stdlib/format.h"
#include "stdlib/natives.h"
#include "stdlib/std_types.h"
#include "stdlib/time_core.h"
#include "stdlib/util.h"

namespace gort::stdlib {
namespace {

using vm::FieldDesc;
using vm::Kind;
using vm::MethodDesc;

// ---- layout of cancellable contexts ----
enum Slot : int {
  kParent,   // Context (interface) this one derives from
  kMu,       // rt::Lock
  kDone,     // chan struct{}, made on the first Done()
  kErr,      // error: nil until cancelled
  kCause,    // error: WithCancelCause's cause (or kErr)
  kHead,     // first child (linked while this one is not cancelled)
  kPrev,     // siblings in the parent's list (guarded by the owner's lock)
  kNext,
  kOwner,    // the cancellable ancestor whose list holds this one (immutable once set)
  kLinked,   // 1 while in kOwner's list (guarded by the owner's lock)
  kTimer,    // rt::Timer* (timerCtx), freed once it fired or was stopped
  kWall,     // timerCtx: deadline (time.Time's wall, ext, loc: time_core.h)
  kExt,
  kLoc,
  kFn,       // afterFuncCtx: f
  kG,        // afterFuncCtx: the goroutine prepared to run f (rt::G*)
  kOnce,     // afterFuncCtx: 1 once f was started or stop() won
  kNumSlots
};
static_assert(sizeof(rt::Lock) <= sizeof(Value), "context's lock lives in one slot");

enum class CtxKind : int { Empty, Cancel, Timer, AfterFunc, Value, WithoutCancel, Foreign };

using namespace desc;

const TypeDesc* simple(Kind k, const char* str) {
  auto* t = new TypeDesc();
  t->kind = k;
  t->str = str;
  return t;
}

template <CtxKind K>
std::vector<MethodDesc> methods_of();

const TypeDesc* cancel_struct(const char* name) {
  const TypeDesc* i64 = vm::basic_type(Kind::Int64);
  const TypeDesc* ptr = vm::basic_type(Kind::UnsafePointer);
  return make_struct(name, {F("Context", vm::any_type()), F("mu", i64),
                            F("done", simple(Kind::Chan, "chan struct {}")),
                            F("err", vm::error_type()), F("cause", vm::error_type()),
                            F("head", ptr), F("prev", ptr), F("next", ptr), F("owner", ptr),
                            F("linked", i64), F("timer", i64), F("wall", i64), F("ext", i64), F("loc", ptr),
                            F("f", simple(Kind::Func, "func()")), F("g", i64), F("once", i64)});
}

const TypeDesc* empty_ptr() {
  static const TypeDesc* t = make_ptr(make_struct("context.emptyCtx", {F("v", vm::basic_type(Kind::Int))}),
                                      methods_of<CtxKind::Empty>());
  return t;
}
const TypeDesc* cancel_ptr() {
  static const TypeDesc* t = make_ptr(cancel_struct("context.cancelCtx"), methods_of<CtxKind::Cancel>());
  return t;
}
const TypeDesc* timer_ptr() {
  static const TypeDesc* t = make_ptr(cancel_struct("context.timerCtx"), methods_of<CtxKind::Timer>());
  return t;
}
const TypeDesc* afterfunc_ptr() {
  static const TypeDesc* t = make_ptr(cancel_struct("context.afterFuncCtx"), methods_of<CtxKind::AfterFunc>());
  return t;
}
const TypeDesc* value_ptr() {
  static const TypeDesc* t = make_ptr(
      make_struct("context.valueCtx", {F("Context", vm::any_type()), F("key", vm::any_type()),
                                       F("val", vm::any_type())}),
      methods_of<CtxKind::Value>());
  return t;
}
const TypeDesc* without_cancel() {
  static const TypeDesc* t = [] {
    TypeDesc* d = make_struct("context.withoutCancelCtx", {F("c", vm::any_type())});
    d->methods = methods_of<CtxKind::WithoutCancel>();
    vm::finish_type(*d);
    return d;
  }();
  return t;
}

NativeStatus dl_error(NativeCtx& c) {
  c.args[0] = str_val("context deadline exceeded");
  return NativeStatus::Done;
}
NativeStatus dl_true(NativeCtx& c) {
  c.args[0] = bool_val(true);
  return NativeStatus::Done;
}
const TypeDesc* deadline_error_type() {
  static const TypeDesc* t = [] {
    TypeDesc* d = make_struct("context.deadlineExceededError", {});
    d->methods = {M("Error", dl_error, false, sig_string()), M("Temporary", dl_true, false, sig_bool()),
                  M("Timeout", dl_true, false, sig_bool())};
    vm::finish_type(*d);
    return d;
  }();
  return t;
}

// Permanent interface values (one identity per process, like Go's package variables).
Obj* permanent_iface(const TypeDesc* t, Obj* data) {
  Obj* i = pinned_object(sizeof(vm::IfaceObj));
  auto* io = static_cast<vm::IfaceObj*>(rt::obj_data(i));
  io->type = t;
  io->data.o = data;
  return i;
}
Obj* canceled_err() {
  static Obj* e = permanent_error("context canceled");
  return e;
}
Obj* deadline_err() {
  static Obj* e = permanent_iface(deadline_error_type(), pinned_object(0));
  return e;
}
// &cancelCtxKey: the key a cancellable context answers Value() with itself (how a user type
// embedding a Context leads parentCancelCtx to the cancelCtx beneath it).
Obj* cancel_key() {
  static Obj* k = permanent_iface(make_ptr(make_struct("context.cancelCtxKey", {}), {}), pinned_object(0));
  return k;
}
Obj* background_obj() {
  static Obj* o = pinned_object(sizeof(Value));
  return o;
}
Obj* todo_obj() {
  static Obj* o = pinned_object(sizeof(Value));
  return o;
}

CtxKind kind_of(const TypeDesc* t) {
  if (t == empty_ptr()) return CtxKind::Empty;
  if (t == cancel_ptr()) return CtxKind::Cancel;
  if (t == timer_ptr()) return CtxKind::Timer;
  if (t == afterfunc_ptr()) return CtxKind::AfterFunc;
  if (t == value_ptr()) return CtxKind::Value;
  if (t == without_cancel()) return CtxKind::WithoutCancel;
  return CtxKind::Foreign;
}
bool cancellable(CtxKind k) { return k == CtxKind::Cancel || k == CtxKind::Timer || k == CtxKind::AfterFunc; }

Value* S(Obj* o) { return rt::obj_slots(o); }
rt::Lock& mu(Obj* o) { return *reinterpret_cast<rt::Lock*>(&S(o)[kMu]); }

// ---- calling methods of contexts implemented by the program ----
// A failed call (the method panicked or blocked) is reported as a Go panic by the caller.
struct CallErr {
  bool failed = false;
  bool runtime_error = false;   // a runtime.Error (comparing uncomparable keys), else a text
  std::string text;
};
bool call_ctx(NativeCtx& c, Obj* iface, const char* name, const Value* args, int nargs, Value* res,
              int nres, CallErr& e) {
  std::string panic_text;
  if (!call_method(c, vm::iface_type(iface), vm::iface_data(iface), name, args, nargs, res, nres,
                   &panic_text)) {
    e.failed = true;
    e.text = panic_text.empty() ? std::string("context: ") + name + " method missing" : panic_text;
    return false;
  }
  if (!panic_text.empty()) {
    e.failed = true;
    e.text = panic_text;
    return false;
  }
  return true;
}

// ---- the Context operations on any context ----
// A context as (dynamic type, data): the walkers below step from a context to its parent
// without making interface values (methods get only their receiver's data).
struct Ctx {
  const TypeDesc* t = nullptr;  // null: a nil Context
  Obj* d = nullptr;
  Obj* iface = nullptr;         // the interface value, when there is one (foreign methods)
};
Ctx of(Obj* iface) { return Ctx{vm::iface_type(iface), vm::iface_data(iface).o, iface}; }
Obj* parent_of(const Ctx& x) { return S(x.d)[0].o; }   // slot 0 of every context of ours

Obj* own_done(Obj* o) {
  rt::LockGuard lk(mu(o));
  if (!S(o)[kDone].o) {
    S(o)[kDone].o = rt::chan_make(0, false);
    if (S(o)[kErr].o) rt::chan_tryclose(S(o)[kDone].o);
  }
  return S(o)[kDone].o;
}

// --race: Done() and Err() read what cancel() wrote under the context's mutex in Go.
void race_acquire(NativeCtx& c, Obj* ctx) {
  if (c.g && vm::race::on()) vm::race::acquire(c.gs, c.g, ctx);
}

Obj* done_of(NativeCtx& c, Ctx x, CallErr& e) {
  for (;;) {
    if (!x.t) return nullptr;
    switch (kind_of(x.t)) {
      case CtxKind::Empty: case CtxKind::WithoutCancel: return nullptr;
      case CtxKind::Cancel: case CtxKind::Timer: case CtxKind::AfterFunc:
        race_acquire(c, x.d);
        return own_done(x.d);
      case CtxKind::Value: x = of(parent_of(x)); continue;
      case CtxKind::Foreign: {
        Value r{};
        if (!call_ctx(c, x.iface, "Done", nullptr, 0, &r, 1, e)) return nullptr;
        return r.o;
      }
    }
  }
}

Obj* err_of(NativeCtx& c, Ctx x, CallErr& e) {
  for (;;) {
    if (!x.t) return nullptr;
    switch (kind_of(x.t)) {
      case CtxKind::Empty: case CtxKind::WithoutCancel: return nullptr;
      case CtxKind::Cancel: case CtxKind::Timer: case CtxKind::AfterFunc: {
        race_acquire(c, x.d);
        rt::LockGuard lk(mu(x.d));
        return S(x.d)[kErr].o;
      }
      case CtxKind::Value: x = of(parent_of(x)); continue;
      case CtxKind::Foreign: {
        Value r{};
        if (!call_ctx(c, x.iface, "Err", nullptr, 0, &r, 1, e)) return nullptr;
        return r.o;
      }
    }
  }
}

// Go's value(c, key): walks the chain; a foreign context answers through its own method.
// A cancellable context answers cancel_key() with itself: *self_iface (made on demand).
bool value_of(NativeCtx& c, Ctx x, Value key, Value* out, CallErr& e) {
  *out = Value::zero();
  for (;;) {
    if (!x.t) return true;
    switch (kind_of(x.t)) {
      case CtxKind::Empty: return true;
      case CtxKind::Cancel: case CtxKind::Timer: case CtxKind::AfterFunc:
        if (key.o == cancel_key()) {
          out->o = x.iface ? x.iface : vm::iface_new(x.t, Value::from_obj(x.d));
          return true;
        }
        x = of(parent_of(x));
        continue;
      case CtxKind::WithoutCancel:
        if (key.o == cancel_key()) return true;
        x = of(parent_of(x));
        continue;
      case CtxKind::Value: {
        bool eq = false;
        vm::Fault f;
        if (!vm::values_equal(vm::any_type(), S(x.d)[1], key, &eq, f)) {
          e.failed = true;
          e.runtime_error = f.runtime_error;
          e.text = f.msg;
          return false;
        }
        if (eq) {
          *out = S(x.d)[2];
          return true;
        }
        x = of(parent_of(x));
        continue;
      }
      case CtxKind::Foreign: {
        Value r{};
        if (!call_ctx(c, x.iface, "Value", &key, 1, &r, 1, e)) return false;
        *out = r;
        return true;
      }
    }
  }
}

timepkg::Time deadline_in(Obj* d) {
  return timepkg::Time{static_cast<uint64_t>(S(d)[kWall].i), S(d)[kExt].i, S(d)[kLoc].o};
}

bool deadline_of(NativeCtx& c, Ctx x, timepkg::Time* dl, bool* ok, CallErr& e) {
  *ok = false;
  for (;;) {
    if (!x.t) return true;
    switch (kind_of(x.t)) {
      case CtxKind::Empty: case CtxKind::WithoutCancel: return true;
      case CtxKind::Timer:
        *dl = deadline_in(x.d);
        *ok = true;
        return true;
      case CtxKind::Cancel: case CtxKind::AfterFunc: case CtxKind::Value:
        x = of(parent_of(x));
        continue;
      case CtxKind::Foreign: {
        Value r[2]{};
        if (!call_ctx(c, x.iface, "Deadline", nullptr, 0, r, 2, e)) return false;
        *ok = r[1].i != 0;
        if (*ok) *dl = timepkg::time_read(r[0]);
        return true;
      }
    }
  }
}

// The cancellable context x's Value(&cancelCtxKey) leads to, or null (Cause, parentCancelCtx).
Obj* cancel_ctx_of(NativeCtx& c, Ctx x, CallErr& e) {
  Value r{};
  if (!value_of(c, x, Value::from_obj(cancel_key()), &r, e) || !r.o) return nullptr;
  if (!cancellable(kind_of(vm::iface_type(r.o)))) return nullptr;
  return vm::iface_data(r.o).o;
}

// ---- printing (Go 1.19's String methods, contextName, stringify) ----
// time.Until(d): by the monotonic clock when d has a reading, as Go does.
int64_t until(const timepkg::Time& d) {
  if (d.has_mono()) return timepkg::sub(d, timepkg::Time{timepkg::kHasMonotonic, timepkg::runtime_mono(), nullptr});
  return timepkg::sub(d, timepkg::now());
}

std::string stringify(NativeCtx& c, Obj* v) {
  if (!v) return "<not Stringer>";
  const TypeDesc* t = vm::iface_type(v);
  MethodResult r;
  if (vm::find_method(t, "String") && call_method0(c, t, vm::iface_data(v), "String", &r) && r.ok)
    return std::string(sv(r.value));
  if (t->kind == Kind::String) return std::string(sv(vm::iface_data(v)));
  return "<not Stringer>";
}

std::string name_of(NativeCtx& c, Ctx x) {
  if (!x.t) return "<nil>";
  Obj* d = x.d;
  switch (kind_of(x.t)) {
    case CtxKind::Empty: return d == background_obj() ? "context.Background" : "context.TODO";
    case CtxKind::Cancel: case CtxKind::AfterFunc: return name_of(c, of(parent_of(x))) + ".WithCancel";
    case CtxKind::Timer:
      return name_of(c, of(parent_of(x))) + ".WithDeadline(" + timepkg::time_string(deadline_in(d)) +
             " [" + duration_string(until(deadline_in(d))) + "])";
    case CtxKind::Value:
      return name_of(c, of(parent_of(x))) + ".WithValue(type " + vm::iface_type(S(d)[1].o)->str +
             ", val " + stringify(c, S(d)[2].o) + ")";
    case CtxKind::WithoutCancel: return name_of(c, of(parent_of(x))) + ".WithoutCancel";
    case CtxKind::Foreign: {
      MethodResult r;
      if (vm::find_method(x.t, "String") && call_method0(c, x.t, vm::iface_data(x.iface), "String", &r) && r.ok)
        return std::string(sv(r.value));
      return x.t->str;
    }
  }
  return x.t->str;
}

// ---- cancellation ----
void start_afterfunc(NativeCtx* c, Obj* o) {
  auto* once = reinterpret_cast<std::atomic<int64_t>*>(&S(o)[kOnce].i);
  if (once->exchange(1) != 0) return;
  auto* g = static_cast<rt::G*>(S(o)[kG].p);
  S(o)[kG].p = nullptr;
  if (!g) return;
  if (c && c->g) rt::gstart(*c->g, *g);
  else rt::gstart_from_timer(*g);
}

// Go's cancelCtx.cancel (+ timerCtx's and afterFuncCtx's): c is null on a timer callback.
void cancel(NativeCtx* c, Obj* o, bool remove, Obj* err, Obj* cause) {
  std::vector<Obj*> kids;
  rt::Timer* timer = nullptr;
  {
    rt::LockGuard lk(mu(o));
    if (S(o)[kErr].o) return;  // already cancelled
    S(o)[kErr].o = err;
    S(o)[kCause].o = cause ? cause : err;
    // --race: what the canceller did happens before Done()/Err() see the cancellation (Go's
    // cancelCtx does it through its mutex) and before a receive from Done returns.
    if (c && c->g && vm::race::on()) {
      vm::race::release(c->gs, c->g, o);
      if (S(o)[kDone].o) vm::race::release(c->gs, c->g, rt::chan_of(S(o)[kDone].o));
    }
    if (S(o)[kDone].o) rt::chan_tryclose(S(o)[kDone].o);
    for (Obj* k = static_cast<Obj*>(S(o)[kHead].p); k;) {
      Obj* next = static_cast<Obj*>(S(k)[kNext].p);
      S(k)[kPrev].p = S(k)[kNext].p = nullptr;
      S(k)[kLinked].i = 0;
      kids.push_back(k);
      k = next;
    }
    S(o)[kHead].p = nullptr;
    timer = static_cast<rt::Timer*>(S(o)[kTimer].p);
    S(o)[kTimer].p = nullptr;
  }
  // Children after the unlock: a child registering meanwhile sees kErr and cancels itself.
  for (Obj* k : kids) cancel(c, k, false, err, cause);
  if (timer) rt::timer_free(timer);  // stops it if still pending
  if (remove) {
    if (Obj* owner = static_cast<Obj*>(S(o)[kOwner].p)) {
      rt::LockGuard lk(mu(owner));
      if (S(o)[kLinked].i) {
        Obj* prev = static_cast<Obj*>(S(o)[kPrev].p);
        Obj* next = static_cast<Obj*>(S(o)[kNext].p);
        if (prev) S(prev)[kNext].p = next;
        else S(owner)[kHead].p = next;
        if (next) S(next)[kPrev].p = prev;
        S(o)[kPrev].p = S(o)[kNext].p = nullptr;
        S(o)[kLinked].i = 0;
      }
    }
  }
  if (S(o)[kFn].o) start_afterfunc(c, o);   // afterFuncCtx: go f() (once)
}

void timer_fired(Value arg, int64_t) { cancel(nullptr, arg.o, true, deadline_err(), nullptr); }

// Go's propagateCancel: child is cancelled with parent. false + e on a failed method call.
bool propagate(NativeCtx& c, Obj* parent, Obj* child, CallErr& e) {
  S(child)[kParent].o = parent;
  Ctx px = of(parent);
  Obj* done = done_of(c, px, e);
  if (e.failed) return false;
  if (!done) return true;  // never cancelled
  Obj* perr = err_of(c, px, e);
  if (e.failed) return false;
  if (perr) {  // done already: cancelled with parent's Err and Cause
    Obj* cause = perr;
    if (Obj* p = cancel_ctx_of(c, px, e)) {
      rt::LockGuard lk(mu(p));
      cause = S(p)[kCause].o;
    }
    if (e.failed) return false;
    cancel(&c, child, false, perr, cause);
    return true;
  }
  // Go's parentCancelCtx: the cancellable context beneath, if parent's Done is its channel.
  Obj* p = cancel_ctx_of(c, px, e);
  if (e.failed) return false;
  if (p) {
    rt::LockGuard lk(mu(p));
    if (S(p)[kDone].o != done) p = nullptr;
  }
  if (!p) return true;  // gap: a program's own Done channel is not watched (Go starts a goroutine)
  Obj* err = nullptr;
  Obj* cause = nullptr;
  {
    rt::LockGuard lk(mu(p));
    if (S(p)[kErr].o) {
      err = S(p)[kErr].o;
      cause = S(p)[kCause].o;
    } else {
      Obj* head = static_cast<Obj*>(S(p)[kHead].p);
      S(child)[kNext].p = head;
      S(child)[kPrev].p = nullptr;
      if (head) S(head)[kPrev].p = child;
      S(p)[kHead].p = child;
      S(child)[kOwner].p = p;
      S(child)[kLinked].i = 1;
    }
  }
  if (err) cancel(&c, child, false, err, cause);
  return true;
}

// ---- func values of natives (see top) ----
// The closure this native was called through, if it carries a context (a CancelFunc).
Obj* bound_ctx(NativeCtx& c) {
  if (!c.closure || vm::closure_ncaptures(c.closure) < 1) return nullptr;
  return vm::closure_of(c.closure)->captures[0];
}
Obj* func_value(NativeCtx& c, vm::NativeFn self, Obj* o) {
  const auto& nat = c.module->natives;
  for (size_t i = 0; i < nat.size(); ++i) {
    if (nat[i] != self) continue;
    Obj* f = vm::closure_new(-static_cast<int64_t>(i) - 1, 1);
    vm::closure_of(f)->captures[0] = o;
    return f;
  }
  return nullptr;  // not reachable: a running native called by CALL_NATIVE is in the table
}

NativeStatus failed(NativeCtx& c, const CallErr& e) {
  if (!e.runtime_error) return panic_string(c, e.text);
  vm::Fault f;
  f.msg = e.text;
  return vm::native_panic_fault(c, f);
}

// ---- the package's functions ----
NativeStatus ctx_background(NativeCtx& c) {
  c.args[0] = Value::from_obj(vm::iface_new(empty_ptr(), Value::from_obj(background_obj())));
  return NativeStatus::Done;
}
NativeStatus ctx_todo(NativeCtx& c) {
  c.args[0] = Value::from_obj(vm::iface_new(empty_ptr(), Value::from_obj(todo_obj())));
  return NativeStatus::Done;
}
NativeStatus ctx_canceled(NativeCtx& c) {
  c.args[0] = Value::from_obj(canceled_err());
  return NativeStatus::Done;
}
NativeStatus ctx_deadline_exceeded(NativeCtx& c) {
  c.args[0] = Value::from_obj(deadline_err());
  return NativeStatus::Done;
}

// A new cancellable context of descriptor t under parent (args[0]); null + status on panic.
Obj* new_cancel(NativeCtx& c, const TypeDesc* t, NativeStatus* st) {
  Obj* parent = c.args[0].o;
  if (!parent) {
    *st = panic_string(c, "cannot create context from nil parent");
    return nullptr;
  }
  Obj* o = vm::agg_new(t->elem);
  CallErr e;
  if (!propagate(c, parent, o, e)) {
    *st = failed(c, e);
    return nullptr;
  }
  return o;
}

NativeStatus with_cancel(NativeCtx& c) {
  if (Obj* o = bound_ctx(c)) {  // the CancelFunc
    cancel(&c, o, true, canceled_err(), nullptr);
    return NativeStatus::Done;
  }
  NativeStatus st = NativeStatus::Done;
  Obj* o = new_cancel(c, cancel_ptr(), &st);
  if (!o) return st;
  Obj* f = func_value(c, with_cancel, o);
  c.args[0] = Value::from_obj(vm::iface_new(cancel_ptr(), Value::from_obj(o)));
  c.args[1] = Value::from_obj(f);
  return NativeStatus::Done;
}

NativeStatus with_cancel_cause(NativeCtx& c) {
  if (Obj* o = bound_ctx(c)) {  // the CancelCauseFunc(cause)
    cancel(&c, o, true, canceled_err(), c.args[0].o);
    return NativeStatus::Done;
  }
  NativeStatus st = NativeStatus::Done;
  Obj* o = new_cancel(c, cancel_ptr(), &st);
  if (!o) return st;
  Obj* f = func_value(c, with_cancel_cause, o);
  c.args[0] = Value::from_obj(vm::iface_new(cancel_ptr(), Value::from_obj(o)));
  c.args[1] = Value::from_obj(f);
  return NativeStatus::Done;
}

// WithDeadline's body for a deadline; `self` makes the CancelFunc.
NativeStatus deadline_ctx(NativeCtx& c, vm::NativeFn self, const timepkg::Time& dl) {
  Obj* parent = c.args[0].o;
  if (!parent) return panic_string(c, "cannot create context from nil parent");
  CallErr e;
  timepkg::Time cur;
  bool ok = false;
  if (!deadline_of(c, of(parent), &cur, &ok, e)) return failed(c, e);
  bool earlier = ok && timepkg::before(cur, dl);
  if (earlier) {
    NativeStatus st = NativeStatus::Done;
    Obj* o = new_cancel(c, cancel_ptr(), &st);
    if (!o) return st;
    c.args[0] = Value::from_obj(vm::iface_new(cancel_ptr(), Value::from_obj(o)));
    c.args[1] = Value::from_obj(func_value(c, self, o));
    return NativeStatus::Done;
  }
  Obj* o = vm::agg_new(timer_ptr()->elem);
  S(o)[kWall].i = static_cast<int64_t>(dl.wall);
  S(o)[kExt].i = dl.ext;
  S(o)[kLoc].o = dl.loc;
  if (!propagate(c, parent, o, e)) return failed(c, e);
  int64_t dur = until(dl);
  if (dur <= 0) {
    cancel(&c, o, true, deadline_err(), nullptr);
  } else {
    rt::LockGuard lk(mu(o));
    if (!S(o)[kErr].o) {
      // The timer keeps o alive while pending (timers_mark); the deadline uses the program
      // clock, so --faketime jumps straight to it.
      rt::Timer* t = rt::timer_new(timer_fired, Value::from_obj(o), true);
      S(o)[kTimer].p = t;
      rt::timer_start(t, rt::nanotime() + dur, 0);
    }
  }
  c.args[0] = Value::from_obj(vm::iface_new(timer_ptr(), Value::from_obj(o)));
  c.args[1] = Value::from_obj(func_value(c, self, o));
  return NativeStatus::Done;
}

NativeStatus with_deadline(NativeCtx& c) {
  if (Obj* o = bound_ctx(c)) {
    cancel(&c, o, true, canceled_err(), nullptr);
    return NativeStatus::Done;
  }
  return deadline_ctx(c, with_deadline, timepkg::time_read(c.args[1]));
}

NativeStatus with_timeout(NativeCtx& c) {
  if (Obj* o = bound_ctx(c)) {
    cancel(&c, o, true, canceled_err(), nullptr);
    return NativeStatus::Done;
  }
  int64_t d = c.args[1].i;  // time.Now().Add(timeout)
  return deadline_ctx(c, with_timeout, timepkg::add(timepkg::now(), d));
}

NativeStatus with_value(NativeCtx& c) {
  Obj* parent = c.args[0].o;
  if (!parent) return panic_string(c, "cannot create context from nil parent");
  Obj* key = c.args[1].o;
  if (!key) return panic_string(c, "nil key");
  if (!vm::comparable(vm::iface_type(key))) return panic_string(c, "key is not comparable");
  Obj* o = vm::agg_new(value_ptr()->elem);
  S(o)[0].o = parent;
  S(o)[1].o = key;
  S(o)[2].o = c.args[2].o;
  c.args[0] = Value::from_obj(vm::iface_new(value_ptr(), Value::from_obj(o)));
  return NativeStatus::Done;
}

NativeStatus without_cancel_native(NativeCtx& c) {
  Obj* parent = c.args[0].o;
  if (!parent) return panic_string(c, "cannot create context from nil parent");
  Obj* o = vm::agg_new(without_cancel());
  S(o)[0].o = parent;
  c.args[0] = Value::from_obj(vm::iface_new(without_cancel(), Value::from_obj(o)));
  return NativeStatus::Done;
}

NativeStatus cause_native(NativeCtx& c) {
  Obj* ctx = c.args[0].o;
  if (!ctx) return panic_runtime(c, "runtime error: invalid memory address or nil pointer dereference");
  CallErr e;
  Obj* p = cancel_ctx_of(c, of(ctx), e);
  if (e.failed) return failed(c, e);
  if (p) {
    rt::LockGuard lk(mu(p));
    c.args[0].o = S(p)[kCause].o;
    return NativeStatus::Done;
  }
  Obj* err = err_of(c, of(ctx), e);  // Go 1.21: no cancellable context → c.Err()
  if (e.failed) return failed(c, e);
  c.args[0].o = err;
  return NativeStatus::Done;
}

NativeStatus after_func(NativeCtx& c) {
  if (Obj* o = bound_ctx(c)) {  // stop() bool
    auto* once = reinterpret_cast<std::atomic<int64_t>*>(&S(o)[kOnce].i);
    bool stopped = once->exchange(1) == 0;
    if (stopped) cancel(&c, o, true, canceled_err(), nullptr);
    c.args[0] = bool_val(stopped);
    return NativeStatus::Done;
  }
  Obj* parent = c.args[0].o;
  Obj* fn = c.args[1].o;
  if (!parent) return panic_runtime(c, "runtime error: invalid memory address or nil pointer dereference");
  if (!fn) return panic_runtime(c, "runtime error: invalid memory address or nil pointer dereference");
  rt::G* g = vm::make_goroutine(c, fn);
  if (!g) return panic_string(c, "gort: context.AfterFunc of a native func value is not supported");
  Obj* o = vm::agg_new(afterfunc_ptr()->elem);
  S(o)[kFn].o = fn;
  S(o)[kG].p = g;
  Obj* stop = func_value(c, after_func, o);  // before propagate: it may start f already
  CallErr e;
  if (!propagate(c, parent, o, e)) return failed(c, e);
  c.args[0] = Value::from_obj(stop);
  return NativeStatus::Done;
}

// ---- methods (receiver: the context object; withoutCancelCtx by value) ----
// One instance per kind: a method native gets its receiver's data but not its type.
const TypeDesc* desc_of(CtxKind k) {
  switch (k) {
    case CtxKind::Empty: return empty_ptr();
    case CtxKind::Cancel: return cancel_ptr();
    case CtxKind::Timer: return timer_ptr();
    case CtxKind::AfterFunc: return afterfunc_ptr();
    case CtxKind::Value: return value_ptr();
    case CtxKind::WithoutCancel: return without_cancel();
    case CtxKind::Foreign: break;
  }
  return nullptr;
}

template <CtxKind K>
Ctx recv(NativeCtx& c) { return Ctx{desc_of(K), c.args[0].o, nullptr}; }

NativeStatus nil_recv(NativeCtx& c) {
  return panic_runtime(c, "runtime error: invalid memory address or nil pointer dereference");
}

template <CtxKind K>
NativeStatus m_deadline(NativeCtx& c) {
  if (!c.args[0].o) return nil_recv(c);
  timepkg::Time dl;
  bool ok = false;
  CallErr e;
  if (!deadline_of(c, recv<K>(c), &dl, &ok, e)) return failed(c, e);
  Obj* tm = timepkg::time_obj(ok ? dl : timepkg::Time{});
  c.args[0] = Value::from_obj(tm);
  c.args[1] = bool_val(ok);
  return NativeStatus::Done;
}
template <CtxKind K>
NativeStatus m_done(NativeCtx& c) {
  if (!c.args[0].o) return nil_recv(c);
  CallErr e;
  Obj* d = done_of(c, recv<K>(c), e);
  if (e.failed) return failed(c, e);
  c.args[0].o = d;
  return NativeStatus::Done;
}
template <CtxKind K>
NativeStatus m_err(NativeCtx& c) {
  if (!c.args[0].o) return nil_recv(c);
  CallErr e;
  Obj* err = err_of(c, recv<K>(c), e);
  if (e.failed) return failed(c, e);
  c.args[0].o = err;
  return NativeStatus::Done;
}
template <CtxKind K>
NativeStatus m_value(NativeCtx& c) {
  if (!c.args[0].o) return nil_recv(c);
  CallErr e;
  Value r{};
  if (!value_of(c, recv<K>(c), c.args[1], &r, e)) return failed(c, e);
  c.args[0] = r;
  return NativeStatus::Done;
}
template <CtxKind K>
NativeStatus m_string(NativeCtx& c) {
  if (!c.args[0].o) return nil_recv(c);
  c.args[0] = str_val(name_of(c, recv<K>(c)));
  return NativeStatus::Done;
}

template <CtxKind K>
std::vector<MethodDesc> methods_of() {
  bool ptr = K != CtxKind::WithoutCancel;
  return {M("Deadline", m_deadline<K>, ptr), M("Done", m_done<K>, ptr), M("Err", m_err<K>, ptr, sig_error()),
          M("String", m_string<K>, ptr, sig_string()), M("Value", m_value<K>, ptr)};
}

}  // namespace

void add_context_natives(std::vector<NativeEntry>& out) {
  out.insert(out.end(), {
      {"context.Background", ctx_background}, {"context.TODO", ctx_todo},
      {"context.Canceled", ctx_canceled}, {"context.DeadlineExceeded", ctx_deadline_exceeded},
      {"context.WithCancel", with_cancel}, {"context.WithCancelCause", with_cancel_cause},
      {"context.WithDeadline", with_deadline}, {"context.WithTimeout", with_timeout},
      {"context.WithValue", with_value}, {"context.WithoutCancel", without_cancel_native},
      {"context.Cause", cause_native}, {"context.AfterFunc", after_func},
  });
}

}  // namespace gort::stdlib
