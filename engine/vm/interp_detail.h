// engine/vm/interp_detail.h — helpers shared by the dispatch loop (interp.cpp) and its support
// code (interp_support.cpp: panic values and messages, native statuses, nested calls, builtin
// print). Internal to engine/vm.
#pragma once
#include <string>

#include "vm/interp.h"
#include "vm/native.h"
#include "vm/object.h"

namespace gort::vm {

inline constexpr const char* kNilDeref =
    "runtime error: invalid memory address or nil pointer dereference";
inline constexpr const char* kNestedBlock = rt::kCannotParkMsg;  // (rt::G::no_park)

// Interface values for panics raised by the VM itself.
Obj* runtime_error_value(const std::string& msg);   // a runtime.Error
inline Obj* nil_panic_value() { return nullptr; }    // Go 1.19: panic(nil) is a nil value

// The value a native raised (native_panic / native_panic_fault / legacy gs.panic_msg).
Obj* take_native_panic(GState& gs);

// Maps a native's non-Done status. Returns true when execute() must return *e now; otherwise
// *panic is set (raise it) or nothing (a Call was set up: reload the frame and continue).
bool native_status(GState& gs, const Module& m, const rt::G* g, NativeCtx& ctx, NativeStatus st,
                   Exec* e, Obj** panic);

// Pushes a frame (or runs a native) for func value fn above the top frame.
bool push_call(GState& gs, const Module& m, const rt::G* g, Obj* fn, const Value* args, int nargs,
               uint32_t flags, NativeStatus* native);

// The lowest defer depth the current (possibly nested) execution may run.
inline uint32_t sync_floor(const GState& gs) {
  return gs.innermost_sync_floor().first;
}

// "panic: " text of the panics in progress (Go's printpanics), without the "panic: " prefix of
// the first one: "boom", "first [recovered]\n\tpanic: second".
std::string panic_message(GState& gs, const Module& m, const rt::G* g);

// How the builtin print/println shows a value of type t.
std::string print_value(const TypeDesc* t, Value v);

}  // namespace gort::vm
