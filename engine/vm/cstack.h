// engine/vm/cstack.h — how much of the current thread's C++ stack is left. Go code runs on
// the G's own stack (GStack), but a native calling back into Go (fmt calling String/Error,
// sort.Slice's less) nests the dispatch loop on the M's C++ stack; a Go recursion through such
// calls (an Error method that Sprints itself) would overflow it and crash the process. The
// nested-call path checks this first and reports Go's stack overflow instead.
#pragma once
#include <cstddef>

namespace gort::vm {

// Bytes left below the current frame on this thread's C++ stack; SIZE_MAX if unknown.
size_t c_stack_left();

}  // namespace gort::vm
