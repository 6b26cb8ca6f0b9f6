// engine/runtime/sched.h — runtime-internal structures: M (OS thread), P (processor), the
// global scheduler state. Not part of the public API (runtime.h is).
//
// Locking: sched.lock guards the global run queue, the idle P and idle M lists, every P's
// status, the gfree list, allgs and the counters below it. P run queues are lock-free. A
// channel's lock may be taken while holding nothing else, or (select) several channels' locks
// in address order; sched.lock is never held while taking a channel lock.
#pragma once
#include <atomic>
#include <cstdint>
#include <deque>
#include <memory>
#include <random>
#include <thread>
#include <vector>

#include "runtime/futex.h"
#include "runtime/heap.h"
#include "runtime/runq.h"
#include "runtime/runtime.h"

namespace gort::rt {

enum class PStatus : uint8_t { Idle, Running, Syscall, Stopped };

struct P {
  int id = 0;
  PStatus status = PStatus::Idle;   // under sched.lock
  M* m = nullptr;
  P* link = nullptr;                // idle list
  RunQ runq;
  uint32_t schedtick = 0;           // owner only: global-queue fairness (1 in 61)
  uint32_t slice_polls = 0;         // owner only: polls left in the slice a runnext G inherits
  bool slice_over = false;          // owner only: a runnext chain used up its slice (charge_handoff)
  G* gfree = nullptr;               // owner only: dead Gs to reuse (Go's p.gFree), via schedlink
  int ngfree = 0;
  // owner only: free sudogs (Go's p.sudogcache), traded in halves with the global pool, so a
  // channel hand-off takes no global lock (chan.cpp)
  static constexpr int kSudogCache = 128;
  Sudog* sudogcache[kSudogCache];
  int nsudog = 0;
  std::atomic<uint32_t> ticks{0};   // schedules of a fresh slice (sysmon sees progress)
  std::atomic<G*> curg{nullptr};    // G running on this P (sysmon preempts it)
  PStatus sysmon_status = PStatus::Idle;
  uint64_t rng = 0;                 // xorshift state: select choice, steal order
  // sysmon bookkeeping (sysmon thread only)
  uint32_t sysmon_tick = 0;
  int64_t sysmon_when = 0;
  std::atomic<uint32_t> syscalltick{0};
  // heap: objects allocated by this P since the last sweep (owner M only; GC in STW)
  std::vector<Obj*> objs;
  SmallCache small;                 // freed small objects to reuse (heap.cpp; owner M only)
  std::unique_ptr<EventRing> ring;  // scheduler events recorded by the owner (Config::events)

  uint32_t fastrand() {
    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
    return uint32_t(rng >> 32);
  }
};

struct M {
  int id = 0;
  P* p = nullptr;          // P held while running Gs
  P* oldp = nullptr;       // P released by entersyscall (reacquired by exitsyscall if free)
  P* nextp = nullptr;      // P handed over by startm (under sched.lock)
  G* curg = nullptr;
  M* link = nullptr;       // idle list
  bool spinning = false;
  bool in_syscall = false; // blocked in a host call: abandoned at exit
  bool abandoned = false;  // parked for good (abandon_current_m): kept alive after the run
  // What became of the thread, for run_main: still in its loop, left mstart, or parked for good.
  static constexpr uint32_t kRunning = 0, kExited = 1, kAbandoned = 2;
  std::atomic<uint32_t> fate{kRunning};
  Note park;
  std::thread thread;
  std::unique_ptr<EventRing> ring;  // events of this M while it holds no P (Config::events)
};

struct Sched {
  Lock lock;
  Config cfg;
  Hooks hooks;
  std::atomic<int> nprocs{1};
  // Fixed table: Ps are created by procresize (during STW) and never freed or moved, so Ms
  // may read allp[i] for i < nprocs without the lock.
  struct AllP {
    std::unique_ptr<P> ps[256];
    int n = 0;
    size_t size() const { return size_t(n); }
    std::unique_ptr<P>& operator[](size_t i) { return ps[i]; }
    void push_back(std::unique_ptr<P> p) { ps[n++] = std::move(p); }
  } allp;
  std::vector<std::unique_ptr<M>> allm;
  std::deque<std::unique_ptr<G>> allgs_store;   // Gs are never freed during a run
  std::vector<G*> allgs;
  G* gfree = nullptr;                   // dead Gs beyond the Ps' own lists (under lock)
  int ngfree = 0;
  std::atomic<int> ngfree_hint{0};      // ngfree, readable without the lock
  std::atomic<int64_t> next_goid{1};
  // global run queue (FIFO through G::schedlink)
  G* runq_head = nullptr;
  G* runq_tail = nullptr;
  std::atomic<int32_t> runq_size{0};
  P* pidle = nullptr;
  std::atomic<int> npidle{0};
  M* midle = nullptr;
  int nmidle = 0;
  std::atomic<int> nmspinning{0};
  int nsyscall = 0;          // Gs in a host call
  std::atomic<int> ncallback_parked{0};   // Gs in park_on_m: no GC cycle starts meanwhile
  std::atomic<int64_t> ngoroutines{0};
  // program end
  std::atomic<bool> exiting{false};
  std::atomic<int> exit_code{0};
  std::atomic<bool> fatal_claimed{false};
  std::atomic<bool> host_calls_return{false};   // hooks.ending promised blocked calls return
  int64_t start_real = 0;                       // real clock at run start (time limit)
  // stop-the-world (GC, GOMAXPROCS): requests are served in schedule() when all Ps stopped
  std::atomic<bool> stw_pending{false};
  bool stw_active = false;
  bool stw_gc_req = false;
  int stw_newprocs = 0;
  M* caller_m = nullptr;        // threads == false: the one M, run by run_main's caller
  M* timer_sleeper = nullptr;   // the idle M sleeping until the next timer (real clock)
  G* stw_waiters = nullptr;   // Gs parked in gc_collect / set_gomaxprocs (schedlink list)
  int nstopped = 0;
  // sysmon (run_main's caller runs it)
  Note sysmon_note;
  // scheduler events (events.cpp): sysmon's own ring, the drainer's lock and buffer
  std::unique_ptr<EventRing> sysmon_ring;
  Lock events_lock;
  std::vector<SchedEvent> events_buf;
  int64_t events_drained_at = 0;   // sysmon only
};

extern Sched* sched;
extern thread_local M* tls_m;

namespace detail {
extern bool track_waits;   // Config::wait_graph: channels record their make site
// Tests only: called by an M (or run_main) under sched.lock right before it starts an M's
// thread. It stands in for what Emscripten does there: a synchronous call to the main thread,
// which the host's calls (request_stop) must therefore never keep waiting.
extern void (*before_thread_create)();
}
// waitgraph.cpp: what every blocked G waits on (world quiescent: all Ps idle, or the run over)
WaitGraph build_wait_graph(bool include_syscall);
uint64_t chan_make_pos(const void* chan);   // chan.cpp

// internal scheduler entry points used by chan/sync/timer code
void ready(G* g, const char* why = nullptr);      // Waiting -> Runnable on the caller's P (runnext)
void globrunqput_locked(G* g);
void wakep();
// events.cpp: false when this thread's ring is full (the event would only be counted as
// dropped: skip work such as looking up positions).
bool ev_room();
// Record a scheduler event (events.h) when recording is on: one predictable branch when off.
inline void ev(EvKind k, int64_t g, int p, int64_t arg = 0, int q = -2) {
  if (__builtin_expect(detail::events_on, 0)) {
    SchedEvent e;
    e.kind = k; e.g = g; e.p = int16_t(p); e.arg = arg; e.q = int16_t(q);
    ev_record(e);
  }
}
void write_stderr(std::string_view s);

// timers (timer.cpp)
void timers_init();
void timers_shutdown();
int64_t timers_next();                 // earliest deadline or INT64_MAX
bool timers_run(int64_t now);          // runs due timers; true if any ran
bool timers_empty();
void timers_changed();                 // sched.cpp: an earlier timer was added
void faketime_advance_to(int64_t when);
bool faketime();
void timers_mark(Tracer& t);

// heap (heap.cpp)
void heap_init(int gogc, uint64_t memory_limit);
void heap_collect_stw();               // all Ps stopped
bool heap_gc_wanted();
bool heap_out_of_memory();             // a `new` failed and used up the reserve (see heap.cpp)
[[noreturn]] void out_of_memory();     // Go's "fatal error: runtime: out of memory"; never returns
void heap_shutdown();

// sync.cpp: g was woken by a normal-mode Mutex.Unlock (g->mutex_retry): take the mutex before
// g runs. False: another G has it, g is queued again (Waiting) and must not run.
bool mutex_acquire_before_run(G* g);

// chan.cpp: give p's cached sudogs back to the process-wide pool (end of a run)
void sudog_flush(P* p);

// chan/sync: GC roots in sudogs of waiting Gs
void sudogs_mark(G& g, Tracer& t);
void sync_reset();                     // end of run: drop waiters left in sync buckets

}  // namespace gort::rt
