// engine/stdlib/time_timers.cpp — time.Sleep and the timer side of package time (After, Tick,
// NewTimer, AfterFunc, NewTicker, Stop/Reset) on rt::timer_* (fake time obeys --faketime
// because rt::nanotime/walltime do). A Timer/Ticker object is its runtime timer's argument:
// the timer keeps it alive, and its callback sends Now() on C or starts the AfterFunc
// goroutine prepared when it was armed.
#include "stdlib/natives.h"
#include "stdlib/std_types.h"
#include "stdlib/time_core.h"
#include "stdlib/util.h"

namespace gort::stdlib {

namespace {

// ---- sleeping and timers ----
NativeStatus t_sleep(NativeCtx& c) {
  if (!c.g) GORT_THROW("stdlib: time.Sleep without a runtime G");
  return rt::sleep(*c.g, c.args[0].i) == rt::Op::Park ? NativeStatus::Park : NativeStatus::Done;
}

// Fields of time.Timer and time.Ticker (both declare all four; timer_fire reads f and g).
enum TimerField { kC = 0, kR = 1, kF = 2, kG = 3 };

// Runs on the M that fires the timer, holding a P but no G (runtime.h): may allocate and
// trysend, must not block.
void timer_fire(Value arg, int64_t now) {
  Value* f = rt::obj_slots(arg.o);
  if (f[kF].o) {
    auto* g = static_cast<rt::G*>(f[kG].p);
    f[kG].p = nullptr;
    if (g) rt::gstart_from_timer(*g);
    return;
  }
  Obj* t = timepkg::time_obj(timepkg::from_clock(rt::walltime(), now + 1));  // Go sends Now()
  rt::chan_trysend(f[kC].o, Value::from_obj(t));
}

Obj* new_timer_obj(const TypeDesc* type, int64_t d, int64_t period, Obj* fn, NativeCtx& c) {
  Obj* o = vm::agg_new(type);
  Value* f = rt::obj_slots(o);
  if (fn) {
    f[kF].o = fn;
    f[kG].p = vm::make_goroutine(c, fn);
  } else {
    f[kC].o = rt::chan_make(1, true);
  }
  rt::Timer* t = rt::timer_new(timer_fire, Value::from_obj(o), true);
  f[kR].p = t;
  rt::timer_start(t, rt::nanotime() + (d > 0 ? d : 0), period);
  return o;
}

NativeStatus t_after_chan(NativeCtx& c) {
  Obj* o = new_timer_obj(time_timer(), c.args[0].i, 0, nullptr, c);
  c.args[0] = rt::obj_slots(o)[kC];
  return NativeStatus::Done;
}
NativeStatus t_tick(NativeCtx& c) {
  int64_t d = c.args[0].i;
  if (d <= 0) { c.args[0] = Value::zero(); return NativeStatus::Done; }
  Obj* o = new_timer_obj(time_ticker(), d, d, nullptr, c);
  c.args[0] = rt::obj_slots(o)[kC];
  return NativeStatus::Done;
}
NativeStatus t_new_timer(NativeCtx& c) {
  c.args[0] = Value::from_obj(new_timer_obj(time_timer(), c.args[0].i, 0, nullptr, c));
  return NativeStatus::Done;
}
NativeStatus t_after_func(NativeCtx& c) {
  c.args[0] = Value::from_obj(new_timer_obj(time_timer(), c.args[0].i, 0, c.args[1].o, c));
  return NativeStatus::Done;
}
NativeStatus timer_stop_native(NativeCtx& c) {
  if (!c.args[0].o) return panic_runtime(c, "runtime error: invalid memory address or nil pointer dereference");
  auto* t = static_cast<rt::Timer*>(rt::obj_slots(c.args[0].o)[kR].p);
  if (!t) return panic_string(c, "time: Stop called on uninitialized Timer");
  c.args[0] = bool_val(rt::timer_stop(t));
  return NativeStatus::Done;
}
NativeStatus timer_reset(NativeCtx& c) {
  if (!c.args[0].o) return panic_runtime(c, "runtime error: invalid memory address or nil pointer dereference");
  Value* f = rt::obj_slots(c.args[0].o);
  auto* t = static_cast<rt::Timer*>(f[kR].p);
  if (!t) return panic_string(c, "time: Reset called on uninitialized Timer");
  bool was = rt::timer_stop(t);
  if (f[kF].o && !f[kG].p) f[kG].p = vm::make_goroutine(c, f[kF].o);  // fired already: a new goroutine
  int64_t d = c.args[1].i;
  rt::timer_start(t, rt::nanotime() + (d > 0 ? d : 0), 0);
  c.args[0] = bool_val(was);
  return NativeStatus::Done;
}
NativeStatus t_new_ticker(NativeCtx& c) {
  int64_t d = c.args[0].i;
  if (d <= 0) return vm::native_panic(c, new_error("non-positive interval for NewTicker"));  // an error, as Go's
  c.args[0] = Value::from_obj(new_timer_obj(time_ticker(), d, d, nullptr, c));
  return NativeStatus::Done;
}
NativeStatus ticker_stop(NativeCtx& c) {
  if (!c.args[0].o) return panic_runtime(c, "runtime error: invalid memory address or nil pointer dereference");
  auto* t = static_cast<rt::Timer*>(rt::obj_slots(c.args[0].o)[kR].p);
  if (t) rt::timer_stop(t);
  return NativeStatus::Done;
}
NativeStatus ticker_reset(NativeCtx& c) {
  if (!c.args[0].o) return panic_runtime(c, "runtime error: invalid memory address or nil pointer dereference");
  auto* t = static_cast<rt::Timer*>(rt::obj_slots(c.args[0].o)[kR].p);
  int64_t d = c.args[1].i;
  if (d <= 0) return panic_string(c, "non-positive interval for Ticker.Reset");
  if (!t) return panic_string(c, "time: Reset called on uninitialized Ticker");
  rt::timer_stop(t);
  rt::timer_start(t, rt::nanotime() + d, d);
  return NativeStatus::Done;
}


}  // namespace

void add_timer_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"time.Sleep", t_sleep}, {"time.After", t_after_chan}, {"time.Tick", t_tick},
      {"time.NewTimer", t_new_timer}, {"time.AfterFunc", t_after_func},
      {"(*time.Timer).Stop", timer_stop_native}, {"(*time.Timer).Reset", timer_reset},
      {"time.NewTicker", t_new_ticker}, {"(*time.Ticker).Stop", ticker_stop},
      {"(*time.Ticker).Reset", ticker_reset},
  });
}

}  // namespace gort::stdlib
