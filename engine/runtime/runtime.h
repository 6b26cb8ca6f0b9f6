// engine/runtime/runtime.h — the public API of the M:P:G runtime (see docs/runtime.md).
// The runtime knows nothing of Go syntax: it runs Gs by calling the VM's run_g hook, parks and
// readies them on wait queues (channels, select, semaphores, timers), and ends the program.
//
// Threading contract: every blocking primitive below takes the *current* G (the one whose
// run_g call is on this thread's stack) and must be called from that G's M while it holds a P.
//
// Park protocol (Go's gopark): the VM saves its resume state in its own G state *before*
// calling a primitive. The primitive returns
//   Op::Done  — finished; any result is in g.wake_value / g.wake_ok / g.wake_index;
//   Op::Panic — the VM raises a Go panic with the message in g.panic_msg;
//   Op::Park  — the G is queued as a waiter; the VM must return RunStatus::Parked at once
//               without touching the G again. When another G (or a timer) wakes it, run_g is
//               called again and the results are in the wake fields.
#pragma once
#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/events.h"
#include "runtime/heap.h"
#include "runtime/value.h"

namespace gort::rt {

struct M;
struct P;
struct Sudog;
struct Timer;
struct MutexState;

enum class RunStatus : uint8_t {
  Yielded,  // preempted or Gosched: the scheduler puts the G back on a run queue
  Parked,   // a primitive returned Op::Park
  Exited,   // the goroutine finished (goid 1: the program ends with status 0)
  NoP,      // after exitsyscall() returned false: G goes to the global queue, the M stops
};

enum class Op : uint8_t { Done, Park, Panic };

struct G;
inline constexpr const char* kCannotParkMsg =
    "gort: a blocking operation inside a String/Error method or callback called by a native "
    "function is not supported";
// For a G with no_park set, in place of parking: g.panic_msg = kCannotParkMsg, Op::Panic.
Op cannot_park(G& g);
// For a G with no_park set: polls ready() on this thread for up to half a second of real
// time; true once it held.
bool wait_on_thread(bool (*ready)(void*), void* arg);
template <class F>
bool wait_on_thread(F& ready) {
  return wait_on_thread([](void* f) { return (*static_cast<F*>(f))(); }, &ready);
}

enum class GStatus : uint8_t { Idle, Runnable, Running, Waiting, Syscall, Dead };

// Field order: by size (8-byte fields, then pointers and 4-byte ones, the bytes last), so no
// padding sits between them — every goroutine has a G, and under wasm32 the order they were
// first written in made it 128 bytes where these fields need 104 (a parked goroutine's memory
// is one of the benchmarks' targets: bench/go/park.go).
struct G {
  // ---- 8-byte fields
  std::atomic<int64_t> goid{0};      // 1 = main (atomic: sysmon reads it while a P recycles the G)
  // Results delivered by primitives / wakers; read by the VM after Done or after resuming.
  Value wake_value{};
  // runtime-private (as is everything below but vm, wait_reason, wake_*, panic_msg, preempt,
  // slice_polls, no_park, in_callback and gosched):
  uint64_t episode = 0;              // incremented each time the G queues itself as a waiter
  std::atomic<uint64_t> claimed{0};  // last episode a waker claimed (first waker wins)
  int64_t mutex_wait_start = 0;      // sync.Mutex: when it began waiting (starvation mode)

  // ---- pointers and 4-byte fields
  void* vm = nullptr;                // VM state; kept when the G is recycled (see gnew)
  const char* wait_reason = "";      // Go's strings: "chan send", "sleep", ...
  int wake_index = -1;               // select: chosen case, -1 = default
  const char* panic_msg = nullptr;   // set when a primitive returns Op::Panic
  std::atomic<uint32_t> preempt{0};  // set by sysmon after 10 ms on CPU
  mutable uint32_t slice_polls = 0;  // faketime: polls left in this slice (only its M touches it)
  M* m = nullptr;
  G* schedlink = nullptr;            // global queue / gfree list link
  Sudog* waiting = nullptr;          // sudogs this G is queued with (select: several)
  void* park_lock = nullptr;         // released (by park_unlockf) after the G is marked Waiting
  void (*park_unlockf)(G*) = nullptr;
  Timer* sleep_timer = nullptr;
  // sync.Mutex (sync.cpp): a waiter woken in normal mode must still win the mutex, which it
  // tries when a P is about to run it (mutex_acquire_before_run).
  MutexState* mutex_retry = nullptr;
  // park_on_m: the M sleeping with this G's native frames; whoever schedules the G hands that
  // M its P instead of running the G (Go's lockedm).
  M* locked_m = nullptr;

  // ---- bytes
  std::atomic<GStatus> status{GStatus::Idle};
  bool wake_ok = false;
  bool wake_ptr = false;             // wake_value holds an Obj* the GC must keep alive (set by
                                     // the runtime when a pointer channel delivers; the VM may
                                     // clear it once it has copied wake_value to a scanned slot)
  // Running Go code that a native called (the VM's call_func_sync: a String or Write method fmt
  // calls): this G is on the native's C++ stack and cannot park. A primitive that would park
  // waits on the thread a little instead (a lock's holder is most often about to release it),
  // then returns Op::Panic with kCannotParkMsg — before changing anything, so no wait queue
  // keeps a lock held or a sudog of a G that never parked.
  bool no_park = false;
  // Go code that a native called is running on this G (set by the VM with no_park). With
  // threads such a G does park: park_on_m keeps its M (which holds the native's C++ frames).
  bool in_callback = false;
  bool gosched = false;              // set by the VM when it yields for runtime.Gosched (events)
};

// What each blocked goroutine waits on, and who could wake it (waitgraph.cpp).
struct WaitGraph {
  struct Node {
    int64_t g = 0;
    const char* reason = "";   // Go's wait reason
    uint64_t pos = 0;          // Hooks::g_pos tokens: where it blocked, its function
    uint64_t fn = 0;
    int obj = -1;              // index into objs, -1 none
  };
  struct Object {
    const char* kind = "";     // "chan", "mutex", "rwmutex", "waitgroup", "cond", "once",
                               // "select", "sleep", "stdin", "sema", "forever"
    uintptr_t addr = 0;        // identity (0: none)
    uint64_t make_pos = 0;     // chan: Hooks::g_pos token of its make
    std::vector<int64_t> wakers;  // goroutines that could wake it (e.g. the mutex holder)
    std::string note;          // what is known beyond wakers ("held by goroutine 5", ...)
  };
  std::vector<Node> gs;
  std::vector<Object> objs;
};

// VM hooks, registered once per run.
struct Hooks {
  RunStatus (*run_g)(G&) = nullptr;                         // run until yield/park/exit
  void (*scan_g)(G&, Tracer&) = nullptr;                    // mark a G's stack roots
  void (*scan_globals)(Tracer&) = nullptr;                  // mark package globals
  void (*traceback)(G&, std::string& out) = nullptr;        // "main.main()\n\tprog.go:5 +0x0\n"
  void (*release_g)(G&) = nullptr;                          // a G died; free/reset g.vm if wanted
  void (*write)(int stream, std::string_view bytes) = nullptr;  // runtime's own fatal output (stream 2)
  // Scheduler events (events.h), when Config::events: a batch in time order, from the
  // drainer's thread, holding no runtime lock. g_pos gives a SchedEvent::pos/fn token of a G
  // (what: 0 where it is now — blocked or running; 1 its function; 2 its go statement), 0 if
  // unknown; the host turns tokens into "prog.go:12" / "main.worker".
  void (*events)(const SchedEvent* evs, size_t n) = nullptr;
  uint64_t (*g_pos)(G& g, int what) = nullptr;
  // Config::wait_graph: called once, after Go's deadlock report, holding no runtime lock.
  void (*wait_graph)(const WaitGraph& graph) = nullptr;
  void (*free_vm)(void* vm) = nullptr;   // at run end: for every G (dead or not) with vm != null
  // Called once, on whichever thread ends the program (never holding sched.lock), as soon as
  // the end is decided. Returns true if the host has now made every blocking host call
  // (a stdin read) return: run_main then joins the Ms in such calls instead of leaving them
  // behind, so a long-lived engine (Node, the page) keeps nothing of the run. Null or false:
  // those Ms are left behind (the native CLI, whose read(2) cannot be interrupted, exits).
  bool (*ending)() = nullptr;
};

// Limits a host sets on a run (0 = none). Exceeding one ends the program (first end wins) and
// run_main returns the status given to end_for_limit; limit_hit() says which one.
enum class Limit : uint8_t { None, Time, Memory, Output, Goroutines };

struct Config {
  int gomaxprocs = 0;       // 0 = NumCPU
  bool faketime = false;    // playground time, starts 2009-11-10 23:00:00 UTC
  uint64_t seed = 0;        // 0 = random
  bool events = false;      // record scheduler events (events.h) and drain them to Hooks::events
  // Build a wait-for graph (Hooks::wait_graph) at a deadlock, or when a stopped program's
  // goroutines were all blocked; channels then remember where they were made.
  bool wait_graph = false;
  int gogc = 100;
  // false: no threads at all (the WebAssembly build for pages that are not cross-origin
  // isolated). The one M runs on the caller's thread, GOMAXPROCS is 1, there is no sysmon:
  // time slices are counted in polls (as under fake time) and an idle M waiting for a timer
  // sleeps on the caller's thread.
  bool threads = true;
  int64_t time_limit_ns = 0;    // wall time from run start (sysmon checks it; fake time too)
  uint64_t memory_limit = 0;    // bytes of Go heap objects (live after a GC, plus new ones)
  int64_t max_goroutines = 0;   // goroutines alive at once, main included
  int limit_status = 124;       // run_main's status when a limit ended the program
};

// Run a program: creates the main G (goid 1) with the given VM state, runs Ms until the program
// ends and returns the exit status: 0 when main returns, os.Exit's code, 2 after a fatal panic
// or error (deadlock), 130 after request_stop(). One run at a time per process.
int run_main(const Config& cfg, const Hooks& hooks, void* main_vm);

// Ask the running program to stop (any thread). run_main then returns 130.
void request_stop();

// End the running program because the host's limit `which` was exceeded (any thread; no-op
// if the program is already ending). run_main then returns cfg.limit_status.
void end_for_limit(Limit which);
// The limit that ended the current (or last) run, Limit::None if none did.
Limit limit_hit();
// Threads left behind for good by runs so far (an M that hit out-of-memory parks forever, see
// abandon_current_m). Each holds a thread (a Worker under wasm): a host may start a fresh
// engine once there are too many.
int abandoned_threads();

// ---- goroutines ----
// gnew: a fresh or recycled G (status Idle, new goid). g->vm is the VM state of a dead G if
// one was recycled (reuse it), else null (allocate one). Fill g->vm, then gstart() makes it
// runnable on the current P: in runnext, as Go's newproc does (the creator keeps running; the
// new G runs next on this P, before older queued Gs).
G* gnew();
void gstart(G& creator, G& newg);
G* current_g();          // the G running on this thread, or null
int64_t num_goroutine(); // Gs not dead

// Cheap preemption poll for loop back-edges and calls: true when sysmon asks this G to yield,
// the world must stop (GC, GOMAXPROCS) or the program is ending. Then the VM saves its state
// and returns RunStatus::Yielded.
//
// Under fake time a slice is not 10 ms of wall time but a fixed number of polls: then where a
// G is preempted depends on the program alone, not on the machine's load, and a run with
// GOMAXPROCS=1 and fake time prints the same thing every time (as the Go playground does).
namespace detail {
extern std::atomic<uint32_t> global_yield;
extern bool slices_by_polls;                     // set at startup when time is fake
inline constexpr uint32_t kPollsPerSlice = 1u << 16;  // calls of should_yield (~1M back-edges)
}
inline bool should_yield(const G& g) {
  if (detail::slices_by_polls && --g.slice_polls == 0) {
    g.slice_polls = detail::kPollsPerSlice;
    return true;
  }
  return (g.preempt.load(std::memory_order_relaxed) |
          detail::global_yield.load(std::memory_order_relaxed)) != 0;
}
// should_yield for Go code that a native called (a String method fmt calls): it runs on the
// native's C++ stack, so it cannot yield, but it stops when the program ends. With no sysmon
// (the single-threaded build) a slice's worth of polls also checks the time limit, as the
// scheduler does between slices: else an endless loop there would outlive --time-limit.
bool nested_slice_end(const G& g);
bool program_ending();
inline bool nested_should_stop(const G& g) {
  if (detail::slices_by_polls && --g.slice_polls == 0) return nested_slice_end(g);
  return program_ending();
}

// ---- channels (a Chan lives in a GC object: Value::o of the result) ----
struct Chan;
Obj* chan_make(int64_t cap, bool elem_is_ptr);   // cap < 0: caller panics "makechan: size out of range"
Chan* chan_of(Obj* o);                            // null for a nil channel (o == null)
// After a *parked* send resumes, wake_ok == false means the channel was closed meanwhile:
// the VM raises "send on closed channel" (same for a select's send case).
Op chan_send(G& g, Obj* ch, Value v);             // Panic: "send on closed channel"
Op chan_recv(G& g, Obj* ch);                      // result: wake_value, wake_ok (false = closed)
Op chan_close(G& g, Obj* ch);                     // Panic: "close of closed channel" / "close of nil channel"
int64_t chan_len(Obj* ch);
int64_t chan_cap(Obj* ch);
// Sudogs linked in the channel's send and receive queues (live waiters and any left-over
// select cases); for tests.
int64_t chan_queued(Obj* ch);
// Non-G contexts (timer callbacks): send without blocking; returns false if it would block.
bool chan_trysend(Obj* ch, Value v);
// Non-G contexts too: close; false if ch is nil or already closed (the caller decides).
bool chan_tryclose(Obj* ch);

// Channel synchronisation as Go's memory model defines it, for a happens-before observer (the
// VM's race detector; null unless a run asks for it). Called with the channel locked, at the
// moment an operation completes, so the order of calls is the order of the operations:
//  - Slot: a value went through buffer slot `key` (a buffered channel's k-th send and k-th
//    receive use the same slot, and so do the k-th receive and the (k+cap)-th send): `self`
//    and, when not null, the parked `peer` it completed each acquire the slot, then release it.
//  - Pair: an unbuffered send met its receive: self and peer synchronise both ways via `key`.
//  - Acquire: who = peer ? peer : self acquires `key` (a receive that saw the close).
// `key` is a slot's address or, for Pair and close, the channel's. self may be null (a timer
// callback that sends or closes).
enum class ChanSync : uint8_t { Slot, Pair, Acquire };
extern void (*chan_sync_hook)(G* self, G* peer, const void* key, ChanSync kind);

struct SelectCase {
  Obj* ch = nullptr;     // nil channel: never ready
  bool is_send = false;
  Value send_value{};
};
// Random choice among ready cases (per-P PRNG). has_default and none ready: Done with
// wake_index = -1. n == 0 and no default: blocks forever ("select (no cases)").
// Result: wake_index = chosen case; for a receive also wake_value / wake_ok.
Op select(G& g, SelectCase* cases, int n, bool has_default);

// Block forever with the given wait reason (e.g. "select (no cases)").
Op block_forever(G& g, const char* reason);

// ---- time ----
int64_t nanotime();   // program clock, ns since run start (fake or real)
int64_t walltime();   // Unix ns (fake: starts at 2009-11-10 23:00:00 UTC)
Op sleep(G& g, int64_t ns);   // ns <= 0: Done (acts like Gosched only if the VM yields)

struct Timer;
// A runtime timer. f runs on the M that fires it, holding a P but no G: it may call
// chan_trysend, gnew/gstart_from_timer, but must not block. arg is kept alive by the GC when
// arg_is_ptr. period > 0 re-arms (time.Tick).
Timer* timer_new(void (*f)(Value arg, int64_t now), Value arg, bool arg_is_ptr);
void timer_start(Timer* t, int64_t when, int64_t period);   // when: nanotime() deadline
bool timer_stop(Timer* t);                                  // true if it was pending
void timer_free(Timer* t);                                  // stops it first
void gstart_from_timer(G& newg);                            // time.AfterFunc

// ---- semaphores and sync ----
// Go's semacquire/semrelease, keyed by address. semacquire parks when *addr == 0.
Op semacquire(G& g, uint32_t* addr, const char* reason);
void semrelease(uint32_t* addr);

// sync.Mutex: embed in a heap object (zero value = unlocked). Go's algorithm (sync/mutex.go):
// in normal mode Unlock wakes one waiter but the mutex is free at once, so a running G can take
// it again without a goroutine switch; a waiter that lost for over 1 ms turns on starvation
// mode, where Unlock hands ownership to the first waiter. lock: Done or Park (woken owning it).
// owner: goid of the G holding it (0: none / unknown) — for the wait-for graph of a deadlock.
struct MutexState { std::atomic<int32_t> state{0}; uint32_t sema = 0; std::atomic<int64_t> owner{0}; };
Op mutex_lock(G& g, MutexState* m);
bool mutex_trylock(MutexState* m);
// Lock's and Unlock's uncontended cases only (the VM's fast path, vm/native.h): Lock of a mutex
// nobody holds or waits for, Unlock of one nobody waits for. false: nothing was done.
bool mutex_lock_fast(MutexState* m, const G* g);
bool mutex_unlock_fast(MutexState* m);
void mutex_unlock(MutexState* m);   // unlocked: fatal "sync: unlock of unlocked mutex" (exit 2)

// sync.RWMutex (writer-preferring, handed off like MutexState).
struct RWMutexState { std::atomic<int32_t> readers{0}; int32_t writer = 0; int32_t wwait = 0; int32_t rwait = 0; };
Op rw_rlock(G& g, RWMutexState* m);
void rw_runlock(RWMutexState* m);   // fatal "sync: RUnlock of unlocked RWMutex"
Op rw_lock(G& g, RWMutexState* m);
bool rw_trylock(RWMutexState* m);   // TryLock: never parks
bool rw_tryrlock(RWMutexState* m);  // TryRLock: never parks
void rw_unlock(RWMutexState* m);    // fatal "sync: Unlock of unlocked RWMutex"

// sync.WaitGroup.
struct WaitGroupState { std::atomic<int64_t> counter{0}; uint32_t waiters = 0; };
Op wg_add(G& g, WaitGroupState* w, int64_t delta);   // Panic "sync: negative WaitGroup counter"
// Add when the counter stays above zero (nobody to wake, nothing to report), without the
// bucket lock: the VM's fast path (vm/native.h). false: nothing was done.
bool wg_add_fast(WaitGroupState* w, int64_t delta);
Op wg_wait(G& g, WaitGroupState* w);

// sync.Cond's waiters (Go's notifyList, runtime/sema.go): Wait takes a ticket before it
// unlocks L and then sleeps until that ticket is notified; Signal notifies the oldest ticket not
// yet notified, Broadcast every ticket taken so far. A wake-up can never go to a goroutine that
// began waiting after the Signal (with a counting semaphore it could: the goroutine that had
// been waiting then slept on and the program deadlocked, as qa_sync_prims.go once did).
struct NotifyList { std::atomic<uint32_t> wait{0}; std::atomic<uint32_t> notify{0}; };
uint32_t notify_list_add(NotifyList* l);
Op notify_list_wait(G& g, NotifyList* l, uint32_t ticket);   // Done: already notified; or Park
void notify_list_notify_one(NotifyList* l);
void notify_list_notify_all(NotifyList* l);

// sync.Once: the VM runs f itself: once_begin returns Done with wake_ok=true if this G must
// run f (then call once_end), wake_ok=false if f already ran; Park while another G runs f
// (resumed with wake_ok=false once it has finished).
struct OnceState { std::atomic<uint32_t> state{0}; };   // 0 new, 1 running f, 2 done
Op once_begin(G& g, OnceState* o);
void once_end(OnceState* o);

// ---- syscalls ----
// entersyscall: the G keeps this M for a blocking host call; the P is released to "syscall"
// state and sysmon hands it to another M after ~20 µs. The VM must have saved its state
// (GC may scan the G meanwhile). exitsyscall: true = the M holds a P again, continue;
// false = no P: return RunStatus::NoP (the runtime then queues the G and this M stops; the VM
// may still store the call's result into its G state before returning NoP).
void entersyscall(G& g);
bool exitsyscall(G& g);

// ---- Go code called by a native (a String, Write or Read method; a sort.Slice less) ----
// Such code runs on the native's C++ stack, so its G cannot go back to the scheduler when it
// blocks. With threads it need not: the VM lets the primitive queue the G as usual (Op::Park)
// and calls park_on_m, which gives the P to another M and sleeps this M until the G is
// scheduled again — then that M's P comes here and the G carries on, its native frames intact.
// False: the program ended meanwhile (the VM unwinds without running more Go code). No
// garbage collection starts while a G is parked so (the natives' C++ locals are no GC roots).
// The VM asks callbacks_can_park() when such code starts (G::no_park = !it): without threads
// (one M, nothing else could run) or with too many Gs parked so already, primitives keep
// no_park's wait-a-little-then-refuse.
bool callbacks_can_park();
bool park_on_m(G& g);
// The same for a G in such code whose host call came back without a P (exitsyscall false): it
// queues the G as runnable and sleeps the M until the G is scheduled.
bool wait_for_p_on_m(G& g);

// ---- program control ----
int gomaxprocs();                 // current value
Op set_gomaxprocs(G& g, int n);   // returns previous in wake_value.i; may Park until resized
int num_cpu();
Op gc_collect(G& g);              // runtime.GC(): Park until a full cycle has finished
void exit(int code);              // os.Exit: ends the program (first fatal/exit event wins)
// True once the program is ending (main returned, os.Exit, fatal error): a VM stops running
// Go code at once (e.g. after a native hit a fatal "sync: unlock of unlocked mutex").
bool program_ending();
// The end of the program has been decided (a fatal panic or error is being reported, os.Exit,
// a limit, Stop) though other Ms may still run Go code until program_ending(): Go freezes the
// world at that point, so their output is dropped from here on.
bool end_claimed();
inline void os_exit(int code) { exit(code); }   // same; unambiguous under `using namespace`
// Uncaught panic: prints "panic: <message>\n\ngoroutine N [running]:\n<traceback>\n",
// ends the program with status 2. The VM then returns RunStatus::Exited.
void fatal_panic(G& g, std::string_view message);
// "fatal error: <msg>" + the G's traceback, status 2 (e.g. stack overflow).
void fatal_error(G* g, std::string_view msg);
// After a fatal error found where the caller cannot return (the heap is exhausted inside an
// allocation): this M stops for good — run_main leaves its thread behind (parked forever, its
// M kept alive outside the run) and still frees the whole run (heap, Gs, timers), so the
// program ends with the status already set and the engine (the page's, Node's) runs the next
// program with its full heap. Without threads there is nothing to leave behind: abort.
[[noreturn]] void abandon_current_m();

// Named invariant check: "fatal error: gort internal error: <what>" with the G's traceback,
// status 2, the engine left usable for the next run (see sched.cpp for when it must abort).
[[noreturn]] void throw_(const char* what);
#define GORT_THROW(msg) ::gort::rt::throw_(msg)

// For a host's crash handler: "goroutine N [running]:" and the Go traceback of the G running
// on this thread, or "" when none is. Not async-signal-safe; only for a process that is ending.
std::string crash_traceback();

}  // namespace gort::rt
