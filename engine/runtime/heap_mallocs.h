// engine/runtime/heap_mallocs.h — the heap's cumulative allocation count (runtime.MemStats'
// Mallocs, which b.ReportAllocs reads). Apart from heap.h (included nearly everywhere) so that
// adding it rebuilds two files, not the engine.
#pragma once

#include <cstdint>

namespace gort::rt {

// Objects allocated since the run began (never decreases within a run).
uint64_t total_mallocs();

}  // namespace gort::rt
