// engine/vm/native.h — how bytecode calls native (C++) functions: stdlib bindings and the
// builtins the compiler lowers to calls. CALL_NATIVE a f runs Module::natives[f] with its
// arguments in R[a].. and writes results back to R[a]..
//
// A native that blocks follows the runtime's park protocol: the VM has already saved pc (past
// the CALL_NATIVE); the native sets ctx.gs.resume/resume_slot if a wake result must land in a
// register, calls the primitive and returns Park if the primitive did.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/runtime.h"
#include "vm/gstate.h"

namespace gort::vm {

struct Module;
struct Fault;
struct MethodDesc;

// Done: results are in args[]. Park/Yield: see top. Panic: raised with native_panic*().
// Call: run ctx.call_closure (a func() value) as a normal Go call on this G (it may block),
// then invoke ctx.call_then with the same argument window (for sync.Once.Do) — also when the
// call panics: the continuation then runs as the panic unwinds the call, like a deferred call,
// and must return Done.
// NoP: the native did entersyscall and exitsyscall() returned false (results already stored;
// the VM returns rt::RunStatus::NoP).
enum class NativeStatus : uint8_t { Done, Park, Yield, Panic, Call, NoP };

struct NativeCtx {
  rt::G* g;        // null only in tests without a runtime
  GState& gs;
  Value* args;     // R[a]: arguments in, results out
  uint32_t base;   // absolute slot of args[0] (for gs.resume_slot)
  const Module* module = nullptr;   // the running program (types, protos)
  Obj* call_closure = nullptr;             // NativeStatus::Call
  NativeStatus (*call_then)(NativeCtx&) = nullptr;
  // The func value this native was called through (CALL_CLOSURE, a deferred func value,
  // call_func_sync), else null: a native can make func values of itself that carry state
  // in their captures (context's CancelFunc).
  Obj* closure = nullptr;
};

using NativeFn = NativeStatus (*)(NativeCtx&);

// A native's fast path, tried first by CALL_NATIVE (Module::fast_natives): true = done, results
// in args; false = not here, the native itself runs (and must give the same result when called
// after a false). It sees only the argument window and the G: it may not allocate, park, panic,
// call Go or touch the G's frames, which is why the VM can skip the bookkeeping a native needs
// (the frames made current, pc saved, a NativeCtx, the after-call checks). For the uncontended
// Lock and Unlock of sync.Mutex: ~40% of the instructions of a Lock/count++/Unlock loop.
using FastNativeFn = bool (*)(Value* args, const rt::G* g);

// ---- raising Go panics from natives (implemented by the interpreter) ----
// panic(v) with v an interface value (IfaceObj*, may be null for panic(nil)).
NativeStatus native_panic(NativeCtx& ctx, Obj* iface_value);
// A runtime error (Fault::runtime_error) or a plain string panic (Go's panic("...") from the
// std library, e.g. "sync: negative WaitGroup counter").
NativeStatus native_panic_fault(NativeCtx& ctx, const Fault& f);

// ---- calling Go code from natives (implemented by the interpreter) ----
// Synchronous nested call on the current G's stack (fmt calling String()/Error(), sort.Slice's
// less). The callee runs to completion: preemption polls are ignored, and if it tries to block
// (channel op, Sleep, Lock) the call fails with a Fault saying so. A Go panic inside the callee
// that it does not recover also fails the call: f.msg = the panic's printed value (fmt turns
// it into "%!v(PANIC=String method: boom)").
// The nested call may grow (move) the goroutine's stack: these functions update ctx.args, so
// re-read ctx.args afterwards — never keep a copy of the pointer across them.
bool call_func_sync(NativeCtx& ctx, Obj* closure, const Value* args, int nargs, Value* results,
                    int nresults, Fault& f);
bool call_method_sync(NativeCtx& ctx, const MethodDesc& m, Value recv, const Value* args,
                      int nargs, Value* results, int nresults, Fault& f);

// A new goroutine that will run closure() (a func() value), ready to be started by the caller
// with rt::gstart / rt::gstart_from_timer (time.AfterFunc).
rt::G* make_goroutine(NativeCtx& ctx, Obj* closure);

// Program output for natives (fmt, print): one call = one host output event tagged with the
// writing goroutine. Set by the engine before a run.
using OutputFn = void (*)(int64_t goid, int stream, std::string_view bytes);
void set_output(OutputFn fn);
void write_output(const rt::G* g, int stream, std::string_view bytes);
// While on, stdout writes are kept instead of sent (package testing runs an example and
// compares what it printed). Turning it off returns what was kept; set_output turns it off.
std::string set_stdout_capture(bool on);

}  // namespace gort::vm
