// engine/vm/interp_support.cpp — the slow paths of the dispatch loop: panic values and Go's
// printed form of them, natives' statuses (park, yield, panic, Call continuations), nested
// synchronous calls of Go code from natives (call_func_sync), new goroutines for natives, the
// builtin print, and the output sink.
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

#include "vm/cstack.h"
#include "vm/hooks.h"
#include "vm/interp_detail.h"
#include "vm/race.h"

namespace gort::vm {
namespace {

OutputFn g_output = nullptr;

std::string fmt_float_print(double f) {
  // The builtin print's float format (Go's runtime.printfloat): +1.500000e+000.
  if (f != f) return "NaN";
  if (f > 1.7976931348623157e308) return "+Inf";
  if (f < -1.7976931348623157e308) return "-Inf";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%+.6e", f);
  // C prints at least two exponent digits; Go prints three.
  std::string s = buf;
  size_t e = s.find('e');
  if (e != std::string::npos) {
    std::string mant = s.substr(0, e + 2);  // includes sign of exponent
    std::string digits = s.substr(e + 2);
    while (digits.size() < 3) digits = "0" + digits;
    s = mant + digits;
  }
  return s;
}

// Runs method `name` (no arguments, one string result) of the value in iface through a
// nested call; false if absent or it failed.
bool call_string_method(GState& gs, const Module& m, const rt::G* g, Obj* iface, const char* name,
                        std::string* out) {
  const TypeDesc* t = iface_type(iface);
  const MethodDesc* md = find_method(t, name);
  if (!md) return false;
  if (gs.frames.empty()) return false;
  const Frame& top = gs.frames.back();
  uint32_t base = top.base + m.protos[top.proto].nregs;
  NativeCtx ctx{const_cast<rt::G*>(g), gs, gs.stack.data() + base, base, &m};
  Value recv = iface_data(iface);
  if (!md->ptr_recv && t->is_aggregate()) recv = copy_value(t, recv);
  Value res;
  Fault f;
  if (!call_method_sync(ctx, *md, recv, nullptr, 0, &res, 1, f)) return false;
  *out = std::string(str_view(res));
  return true;
}

constexpr const char* kSigsegvLine = "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]";

// A panic's value as Go prints it. A nil dereference's runtime error is followed by the signal
// line Go prints (dopanic_m, gp.sig): here at once, or — with nil_deref — said through it, so
// that panic_message puts the line after the whole chain of panics, where Go has it.
std::string panic_value_text(GState& gs, const Module& m, const rt::G* g, Obj* v, bool* nil_deref = nullptr) {
  if (!v) return "nil";
  const TypeDesc* t = iface_type(v);
  Value d = iface_data(v);
  std::string s;
  if (call_string_method(gs, m, g, v, "Error", &s)) {
    if (find_method(t, "RuntimeError") && s.find("nil pointer dereference") != std::string::npos) {
      if (nil_deref) *nil_deref = true;
      else s += std::string("\n") + kSigsegvLine;
    }
    return s;
  }
  if (call_string_method(gs, m, g, v, "String", &s)) return s;
  std::string body;
  switch (t->kind) {
    case Kind::Bool: body = d.i ? "true" : "false"; break;
    case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64:
      body = std::to_string(d.i); break;
    case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64:
    case Kind::Uintptr:
      body = std::to_string(d.u); break;
    case Kind::Float32: case Kind::Float64: body = fmt_float_print(d.f); break;
    case Kind::Complex64: case Kind::Complex128:   // printpanicval: print's "(re+imi)", main.K(re+imi)
      body = fmt_float_print(cplx_re(d.o)) + fmt_float_print(cplx_im(d.o)) + "i";
      if (t == basic_type(t->kind)) return "(" + body + ")";
      break;
    case Kind::String:
      if (t == basic_type(Kind::String)) return std::string(str_view(d));
      return t->str + "(\"" + std::string(str_view(d)) + "\")";
    default: {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(d.o));
      return "(" + t->str + ") " + buf;
    }
  }
  if (t != basic_type(t->kind)) return t->str + "(" + body + ")";
  return body;
}

}  // namespace

// ---- panic values ----
Obj* runtime_error_value(const std::string& msg) {
  Fault f;
  f.msg = msg;
  f.runtime_error = true;
  return fault_value(f);
}

Obj* take_native_panic(GState& gs) {
  Obj* v = gs.native_panic;
  gs.native_panic = nullptr;
  if (!v && !gs.panic_msg.empty()) {
    Fault f;
    f.msg = std::move(gs.panic_msg);
    gs.panic_msg.clear();
    f.runtime_error = f.msg.rfind("runtime error:", 0) == 0;
    v = fault_value(f);
  }
  return v;
}

NativeStatus native_panic(NativeCtx& ctx, Obj* iface_value) {
  ctx.gs.native_panic = iface_value;
  ctx.gs.panic_msg.clear();
  if (!iface_value) ctx.gs.panic_msg.clear();
  return NativeStatus::Panic;
}

NativeStatus native_panic_fault(NativeCtx& ctx, const Fault& f) {
  return native_panic(ctx, fault_value(f));
}

bool native_status(GState& gs, const Module& m, const rt::G* g, NativeCtx& ctx, NativeStatus st,
                   Exec* e, Obj** panic) {
  *panic = nullptr;
  // The program ended while the native ran (in a callback it made, say): run no more Go code
  // here, not even deferred calls that a panic would run. A native that parked g has queued it
  // and holds the wait queue's lock until the park is committed (its unlock function): it must
  // leave as Parked, or the lock stays held and the run's teardown (sync_reset) waits on it
  // forever — Go's panic printed, the process never exiting.
  if (st != NativeStatus::Done && g && rt::program_ending()) {
    *e = st == NativeStatus::Park ? Exec::Parked : Exec::Yielded;
    return true;
  }
  switch (st) {
    case NativeStatus::Done: return false;
    case NativeStatus::Park:
      // In Go code a native called: with threads the native has queued the G and execute()
      // parks it on its M (RETURN_EXEC); without, the primitives refused already (no_park).
      if (gs.sync_calls && (!g || g->no_park)) {
        *panic = runtime_error_value(kNestedBlock);
        return false;
      }
      *e = Exec::Parked;
      return true;
    case NativeStatus::Yield:
      if (gs.sync_calls) return false;
      if (g) const_cast<rt::G*>(g)->gosched = true;  // a voluntary yield (scheduler events)
      *e = Exec::Yielded;
      return true;
    case NativeStatus::NoP: *e = Exec::NoP; return true;
    case NativeStatus::Panic:
      gs.resume = Resume::None;
      *panic = take_native_panic(gs);
      if (!*panic) *panic = runtime_error_value("panic in native function");
      return false;
    case NativeStatus::Call: {
      // Run ctx.call_closure() as a normal Go call on this G; its RET calls call_then.
      gs.rare().thens.emplace_back(ctx.call_then, ctx.base);
      NativeStatus ns;
      if (!push_call(gs, m, g, ctx.call_closure, nullptr, 0, kFrameThen, &ns)) {
        *e = Exec::StackOverflow;
        return true;
      }
      return false;
    }
  }
  return false;
}

std::string panic_message(GState& gs, const Module& m, const rt::G* g) {
  size_t from = gs.innermost_sync_floor().second;
  std::string out;
  // Text first (String/Error calls push frames), then compose.
  std::vector<std::string> parts;
  bool nil_deref = false;
  for (size_t i = from; i < gs.panics.size(); ++i) {
    if (gs.panics[i].goexit) continue;
    std::string s = panic_value_text(gs, m, g, gs.panics[i].value, &nil_deref);
    if (gs.panics[i].recovered) s += " [recovered]";
    parts.push_back(std::move(s));
  }
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += "\n\tpanic: ";
    out += parts[i];
  }
  if (nil_deref) out += std::string("\n") + kSigsegvLine;
  return out;
}

// gc's printpointer/printslice/printeface: hex addresses with 0x0 for nil (never "(nil)").
std::string print_value(const TypeDesc* t, Value v) {
  auto hex = [](const Obj* o) {
    char buf[32];
    auto p = o ? reinterpret_cast<uintptr_t>(rt::obj_data(const_cast<Obj*>(o))) : uintptr_t(0);
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(p));
    return std::string(buf);
  };
  switch (t->kind) {
    case Kind::Bool: return v.i ? "true" : "false";
    case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64:
      return std::to_string(v.i);
    case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64:
    case Kind::Uintptr:
      return std::to_string(v.u);
    case Kind::Float32: case Kind::Float64: return fmt_float_print(v.f);
    case Kind::Complex64: case Kind::Complex128:
      return "(" + fmt_float_print(cplx_re(v.o)) + fmt_float_print(cplx_im(v.o)) + "i)";
    case Kind::String: return std::string(str_view(v));
    case Kind::Interface: {
      if (!v.o) return "(0x0,0x0)";
      char buf[32];
      std::snprintf(buf, sizeof buf, "(0x%llx,", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(iface_type(v.o))));
      return buf + hex(iface_data(v.o).o) + ")";
    }
    case Kind::Slice:
    {
      // The address of the first element, as gc prints the slice's array pointer.
      std::string a = hex(nullptr);
      if (v.o) {
        const auto* h = static_cast<const SliceObj*>(rt::obj_data(v.o));
        char buf[32];
        auto p = h->array ? reinterpret_cast<uintptr_t>(rt::obj_slots(h->array) + h->off) : uintptr_t(0);
        std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(p));
        a = buf;
      }
      return "[" + std::to_string(slice_len(v.o)) + "/" + std::to_string(slice_cap(v.o)) + "]" + a;
    }
    default: return hex(v.o);
  }
}

// ---- nested synchronous calls ----
namespace {

// C++ stack kept free below a nested call: what one more level (dispatch loop, fmt natives)
// and the fatal error's printing need. A level takes ~3 KiB natively.
constexpr size_t kCStackReserve = 256 * 1024;

// A Go stack overflow inside a nested call, or a recursion through natives deeper than the
// C++ stack allows: Go's fatal "stack overflow" (not a panic the native could report).
bool nested_overflow(NativeCtx& ctx, Fault& f) {
  if (ctx.g) fatal_stack_overflow(*ctx.g, ctx.gs);
  f.msg = "stack overflow";
  return false;
}

// A native called directly by a native (no frame of its own) whose host call (a stdin read)
// came back without a P: the G needs one before any more code runs here (wait_for_p_on_m).
// Yield: the program ended meanwhile.
NativeStatus settle_direct(NativeCtx& ctx, NativeStatus st) {
  if (st == NativeStatus::NoP && ctx.g)
    return rt::wait_for_p_on_m(*ctx.g) ? NativeStatus::Done : NativeStatus::Yield;
  return st;
}

bool call_sync(NativeCtx& ctx, int64_t fn, Obj* clo, const Value* args, int nargs, Value* results,
               int nresults, Fault& f) {
  GState& gs = ctx.gs;
  const Module& m = *ctx.module;
  if (gs.frames.empty()) {
    f.msg = "gort: nested call without a running goroutine";
    return false;
  }
  if (c_stack_left() < kCStackReserve) return nested_overflow(ctx, f);
  const Frame& top = gs.frames.back();
  uint32_t base = top.base + m.protos[top.proto].nregs;
  // The native's own argument window may extend past its frame's registers: stay above it.
  if (ctx.base >= base) base = ctx.base + 16;
  uint64_t max_slots = gs.max_stack_bytes / sizeof(Value);
  if (fn < 0) {
    if (!gs.stack.ensure(uint64_t{base} + nargs + nresults + 16, max_slots)) {
      f.msg = "stack overflow";
      return false;
    }
    ctx.args = gs.stack.data() + ctx.base;  // ensure() may have moved the stack
    Value* w = gs.stack.data() + base;
    for (int i = 0; i < nargs; ++i) w[i] = args[i];
    NativeCtx c2{ctx.g, gs, w, base, &m};
    c2.closure = clo;
    NativeStatus st = settle_direct(ctx, m.natives[static_cast<size_t>(-fn - 1)](c2));
    ctx.args = gs.stack.data() + ctx.base;
    if (st != NativeStatus::Done) {
      Obj* p = st == NativeStatus::Panic ? take_native_panic(gs) : nullptr;
      f.msg = p ? panic_value_text(gs, m, ctx.g, p) : kNestedBlock;
      return false;
    }
    for (int i = 0; i < nresults; ++i) results[i] = gs.stack.data()[base + i];
    return true;
  }
  const Proto& callee = m.protos[static_cast<size_t>(fn)];
  if (!gs.stack.ensure(uint64_t{base} + callee.nregs + 1, max_slots)) {
    f.msg = "stack overflow";
    return false;
  }
  ctx.args = gs.stack.data() + ctx.base;  // ensure() may have moved the stack
  Value* R = gs.stack.data() + base;
  std::memset(static_cast<void*>(R), 0, sizeof(Value) * callee.nregs);
  for (int i = 0; i < nargs && i < callee.nparams; ++i) R[i] = args[i];
  if (clo && callee.ncaptures > 0) R[callee.nparams - 1] = Value::from_obj(clo);
  uint32_t depth_before = static_cast<uint32_t>(gs.frames.size());
  gs.frames.push_back(Frame{static_cast<uint32_t>(fn), 0, base, kFrameSync});
  uint32_t saved_used = gs.used_slots;
  gs.used_slots = base + callee.nregs;
  gs.sync_calls++;
  if (ctx.g) {
    ctx.g->in_callback = true;
    ctx.g->no_park = !rt::callbacks_can_park();  // with threads it parks on its M instead
  }
  gs.rare().sync_floors.emplace_back(static_cast<uint32_t>(gs.frames.size()),
                              static_cast<uint32_t>(gs.panics.size()));
  Resume saved_resume = gs.resume;
  gs.resume = Resume::None;
  Exec e = execute(gs, m, ctx.g);
  // The nested call may have grown (moved) the stack: the calling native's argument window
  // pointer must follow it.
  ctx.args = gs.stack.data() + ctx.base;
  uint32_t panics_before = gs.innermost_sync_floor().second;
  gs.rare().sync_floors.pop_back();
  gs.sync_calls--;
  if (ctx.g) {
    ctx.g->in_callback = gs.sync_calls > 0;
    ctx.g->no_park = ctx.g->in_callback && !rt::callbacks_can_park();
  }
  gs.resume = saved_resume;
  gs.used_slots = saved_used;
  if (e == Exec::Returned) {
    const Value* S = gs.stack.data() + base;
    for (int i = 0; i < nresults; ++i) results[i] = S[i];
    return true;
  }
  // Failed (a panic nobody in the callee recovered, a stack overflow, or the program ending
  // in a deeper nested call): drop its state.
  if (e == Exec::StackOverflow) nested_overflow(ctx, f);
  if (e == Exec::Panicked) f.msg = gs.panic_msg;
  else if (e == Exec::StackOverflow) f.msg = "stack overflow";
  else f.msg = "gort: the program ended during a call from a native function";  // (Yielded)
  f.runtime_error = false;
  gs.panic_msg.clear();
  gs.frames.resize(depth_before);
  while (!gs.defers.empty() && gs.defers.back().depth > depth_before) gs.defers.pop_back();
  gs.panics.resize(panics_before);
  return false;
}

}  // namespace

bool call_func_sync(NativeCtx& ctx, Obj* closure, const Value* args, int nargs, Value* results,
                    int nresults, Fault& f) {
  if (!closure) {
    f.msg = kNilDeref;
    return false;
  }
  return call_sync(ctx, closure_of(closure)->fn, closure, args, nargs, results, nresults, f);
}

bool call_method_sync(NativeCtx& ctx, const MethodDesc& md, Value recv, const Value* args,
                      int nargs, Value* results, int nresults, Fault& f) {
  Value all[16];
  if (nargs > 15) {
    f.msg = "gort: too many arguments";
    return false;
  }
  all[0] = recv;
  for (int i = 0; i < nargs; ++i) all[i + 1] = args[i];
  if (md.native) {
    GState& gs = ctx.gs;
    const Module& m = *ctx.module;
    const Frame& top = gs.frames.back();
    uint32_t base = top.base + m.protos[top.proto].nregs;
    if (ctx.base >= base) base = ctx.base + 16;
    if (!gs.stack.ensure(uint64_t{base} + nargs + nresults + 17, gs.max_stack_bytes / sizeof(Value))) {
      f.msg = "stack overflow";
      return false;
    }
    ctx.args = gs.stack.data() + ctx.base;  // ensure() may have moved the stack
    Value* w = gs.stack.data() + base;
    for (int i = 0; i <= nargs; ++i) w[i] = all[i];
    NativeCtx c2{ctx.g, gs, w, base, &m};
    NativeStatus st = settle_direct(ctx, md.native(c2));
    ctx.args = gs.stack.data() + ctx.base;
    if (st != NativeStatus::Done) {
      Obj* p = st == NativeStatus::Panic ? take_native_panic(gs) : nullptr;
      f.msg = p ? panic_value_text(gs, m, ctx.g, p) : kNestedBlock;
      return false;
    }
    for (int i = 0; i < nresults; ++i) results[i] = gs.stack.data()[base + i];
    return true;
  }
  return call_sync(ctx, md.proto, nullptr, all, nargs + 1, results, nresults, f);
}

rt::G* make_goroutine(NativeCtx& ctx, Obj* closure) {
  const Module& m = *ctx.module;
  int64_t fn = closure_of(closure)->fn;
  if (fn < 0) return nullptr;
  rt::G* ng = rt::gnew();
  GState* ngs = static_cast<GState*>(ng->vm);
  std::unique_ptr<GState> fresh;
  if (!ngs) {
    fresh = std::make_unique<GState>();
    ngs = fresh.get();
  }
  ngs->max_stack_bytes = ctx.gs.max_stack_bytes;
  ngs->resume = Resume::None;
  Value arg = Value::from_obj(closure);
  const Proto& p = m.protos[static_cast<size_t>(fn)];
  start(*ngs, m, static_cast<uint32_t>(fn), &arg, p.ncaptures > 0 ? 1 : 0);
  // The race detector: what the creator did before (time.AfterFunc) happens before f runs.
  if (race::on()) race::on_go(ctx.gs, ctx.g, *ngs, ng->goid.load());
  if (fresh) ng->vm = fresh.release();
  return ng;
}

namespace {
std::mutex g_capture_mu;
bool g_capturing = false;
std::string g_captured;
}  // namespace

void set_output(OutputFn fn) {
  g_output = fn;
  std::lock_guard<std::mutex> lock(g_capture_mu);  // a new run: no capture left from the last
  g_capturing = false;
  g_captured.clear();
}

std::string set_stdout_capture(bool on) {
  std::lock_guard<std::mutex> lock(g_capture_mu);
  g_capturing = on;
  return on ? (g_captured.clear(), std::string()) : std::exchange(g_captured, std::string());
}

void write_output(const rt::G* g, int stream, std::string_view bytes) {
  // Once the program is ending (a fatal error deep in nested calls, another goroutine's
  // panic) Go code that still finishes a Print must not add output after the fatal message;
  // nor from the moment the end is claimed (Go's freezetheworld), while it is being reported.
  if (g && (rt::program_ending() || rt::end_claimed())) return;
  if (stream == 1) {
    std::lock_guard<std::mutex> lock(g_capture_mu);
    if (g_capturing) {
      g_captured.append(bytes);
      return;
    }
  }
  if (g_output) g_output(g ? g->goid.load(std::memory_order_relaxed) : 0, stream, bytes);
}

}  // namespace gort::vm
