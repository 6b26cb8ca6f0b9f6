// engine/vm/race.h — the data race detector (`gort run --race`): happens-before detection in
// the style of ThreadSanitizer/FastTrack. Each goroutine carries a vector clock (GState::
// race_vc, indexed by a race thread id); every memory slot the compiled program touches under
// --race (the compiler puts a RACE instruction before each load/store of a variable box,
// global, field, array/slice element, pointer target or map) has a shadow cell holding the last
// write's epoch and the reads since it. A new access that is not ordered after a conflicting
// one is reported once per pair of source locations, in Go's -race format, and the run then
// ends with "Found N data race(s)" and exit status 66.
//
// Synchronisation (Go's memory model) is a release/acquire on a clock keyed by the sync
// object's address: `go` (parent's clock → child), channel operations (every operation both
// releases before and acquires after, which is Go's rule for unbuffered channels and orders a
// buffered channel's k-th receive before the (k+C)-th send), Mutex/RWMutex, WaitGroup, Once,
// Cond and sync/atomic operations.
//
// Off by default: `on()` is false unless the module was compiled with race checks, and then
// nothing here is called (the normal dispatch loop has no RACE instructions to run).
// Thread safety: shadow and sync clocks live in lock-striped hash maps; a goroutine's own clock
// is touched only by the M running it (or, while it is parked, by nobody).
#pragma once
#include <atomic>
#include <cstdint>
#include <string>

#include "runtime/runtime.h"
#include "runtime/value.h"
#include "vm/opcodes.h"

namespace gort::rt { struct G; }

namespace gort::vm {
struct GState;
struct Module;

namespace race {

namespace detail {
inline std::atomic<bool> enabled{false};   // set by start_run, cleared by finish_run
}
// Inline: every Mutex.Lock/Unlock and channel operation asks (a call into race.cpp and its
// State's guarded static showed up as ~1.5% of a Lock/Unlock loop under Node).
inline bool on() { return detail::enabled.load(std::memory_order_relaxed); }
// Arms the detector for one run of `m` (clears every clock, cell and report).
void start_run(const Module& m, bool enabled);
// The run is over: the number of races reported (0 when off).
int finish_run();

// One checked access of the slot at `addr` by instruction `pc` of the top frame.
void access(GState& gs, const rt::G* g, uint32_t pc, const void* addr, bool write);
// `go` statement: the child's clock starts as the parent's; the parent then ticks.
void on_go(GState& parent, const rt::G* parent_g, GState& child, int64_t child_goid);
void acquire(GState& gs, const rt::G* g, const void* sync_addr);
void release(GState& gs, const rt::G* g, const void* sync_addr);
// An acquire deferred until the goroutine runs again (the operation parked).
void acquire_later(GState& gs, const void* sync_addr);
// rt::chan_sync_hook while a --race run is on: a channel operation's synchronisation, as Go's
// race runtime does it (per buffer slot for buffered channels, pairwise for unbuffered ones).
void chan_sync(rt::G* self, rt::G* peer, const void* key, rt::ChanSync kind);
// The slot the load/store `x` is about to touch (null: none — a nil object or an index out
// of range, which the instruction itself then reports); *write says whether it stores.
const void* target(const Instr& x, const Value* R, Value* G, bool* write);
// The element ranges that copy/append (COPY, COPY_STR, APPEND, APPEND_SLICE, APPEND_STR, about
// to run as `x`) read and write, checked element by element as Go's slicecopy and growslice do:
// copy reads the source's first n and writes the destination's; append writes the elements it
// adds in place, or reads the old ones when it grows (copies) the array. Other ops: nothing.
void access_range(GState& gs, const rt::G* g, uint32_t pc, const Instr& x, const Value* R);
// An access by a native std function (strings.Builder's methods, sort's) to `addr`, reported
// at the Go line that called it.
void access_from_native(GState& gs, const rt::G* g, const void* addr, bool write);
void run_pending(GState& gs, const rt::G* g);
// The goroutine ended ("(finished)" in reports); its GState may be reused.
void g_finished(GState& gs);
// The GC freed [data, data+bytes): forget its shadow cells (a new object may reuse it).
void forget(const void* data, uint64_t bytes);

}  // namespace race
}  // namespace gort::vm
