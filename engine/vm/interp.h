// engine/vm/interp.h — the dispatch loop. execute() runs one G until it returns from its
// outermost frame, must yield (preemption poll at back-edges and calls, or Gosched), panics,
// or overflows its stack. Switching goroutines is returning from here: the G's state is fully
// saved in its GState, and calling execute() again resumes it.
#pragma once
#include <string>

#include "runtime/runtime.h"
#include "vm/gstate.h"
#include "vm/proto.h"

namespace gort::vm {

enum class Exec : uint8_t { Returned, Yielded, Parked, Panicked, StackOverflow, NoP };

// Prepares gs to run protos[entry] from its first instruction with the given arguments.
// Returns false if the frame does not fit in the stack limit.
bool start(GState& gs, const Module& m, uint32_t entry, const Value* args, int nargs);

// g: the runtime G being run, polled for preemption (null in tests that run without a runtime).
Exec execute(GState& gs, const Module& m, const rt::G* g);

// Results of the outermost function after Exec::Returned: R[0..nresults) at slot 0.
inline Value result(const GState& gs, int i) { return gs.stack.data()[i]; }

// Go-style traceback of gs's frames, innermost first:
//   main.f(...)\n\t/tmp/prog.go:7 +0x18\nmain.main()\n\t/tmp/prog.go:12 +0x30\n
std::string traceback(const GState& gs, const Module& m);
// Go's spelling of a method in tracebacks: "(*main.T).M" → "main.(*T).M".
std::string go_func_name(const std::string& n);

// Marks the heap pointers in gs's live frames using each Proto's pointer mask (exact roots).
void scan(const GState& gs, const Module& m, rt::Tracer& t);

// Marks the package variables that hold pointers (Module::global_ptrmask).
void scan_globals(const Module& m, rt::Tracer& t);

}  // namespace gort::vm
