// engine/vm/hooks.h — connects the VM to the runtime: the rt::Hooks that run, scan, trace back
// and free goroutines whose g.vm is a vm::GState. One module runs at a time per process (as
// rt::run_main allows one run at a time).
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "runtime/runtime.h"
#include "vm/gstate.h"
#include "vm/proto.h"

namespace gort::vm {

// Hooks for running `m`; write is the host's output for the runtime's own fatal messages.
// m must outlive the run.
rt::Hooks make_hooks(const Module& m, void (*write)(int stream, std::string_view bytes));

// Go's "runtime: goroutine stack exceeds N-byte limit" + "fatal error: stack overflow" with
// g's traceback, status 2 (also for an overflow inside a nested call from a native).
void fatal_stack_overflow(rt::G& g, const GState& gs);

// A GState ready to run protos[entry] (args copied), to pass as rt::run_main's main_vm or
// to put in a new G's g.vm. Ownership passes to the runtime (freed by the free_vm hook).
void* new_g_state(const Module& m, uint32_t entry, const Value* args, int nargs,
                  uint64_t max_stack_bytes = kDefaultMaxStackBytes);

// Decodes a scheduler-event position token (rt::Hooks::g_pos): the function ("main.worker")
// and "prog.go:12". False for 0 or a token of another module.
bool describe_pos(const Module& m, uint64_t token, std::string* func, std::string* file_line);

}  // namespace gort::vm
