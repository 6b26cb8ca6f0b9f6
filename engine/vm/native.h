// engine/vm/native.h — how bytecode calls native (C++) functions: stdlib bindings and the
// builtins the compiler lowers to calls. CALL_NATIVE a f runs Module::natives[f] with its
// arguments in R[a].. and writes results back to R[a]..
//
// A native that blocks follows the runtime's park protocol: the VM has already saved pc (past
// the CALL_NATIVE); the native sets ctx.gs.resume/resume_slot if a wake result must land in a
// register, calls the primitive and returns Park if the primitive did.
#pragma once
#include <cstdint>
#include <string_view>

#include "runtime/runtime.h"
#include "vm/gstate.h"

namespace gort::vm {

enum class NativeStatus : uint8_t { Done, Park, Yield, Panic };

struct NativeCtx {
  rt::G* g;        // null only in tests without a runtime
  GState& gs;
  Value* args;     // R[a]: arguments in, results out
  uint32_t base;   // absolute slot of args[0] (for gs.resume_slot)
};

using NativeFn = NativeStatus (*)(NativeCtx&);

// Program output for natives (fmt, print): one call = one host output event tagged with the
// writing goroutine. Set by the engine before a run.
using OutputFn = void (*)(int64_t goid, int stream, std::string_view bytes);
void set_output(OutputFn fn);
void write_output(const rt::G* g, int stream, std::string_view bytes);

}  // namespace gort::vm
