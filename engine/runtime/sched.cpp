// engine/runtime/sched.cpp — the scheduler: run_main, the M loop (schedule/findrunnable/
// execute), waking and parking Ms, stealing, syscalls and hand-off, stop-the-world, program
// end and deadlock detection. Design notes: docs/runtime.md.
#include "runtime/sched.h"

#include <algorithm>
#include <chrono>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace gort::rt {

namespace detail {
std::atomic<uint32_t> global_yield{0};
bool slices_by_polls = false;
void (*before_thread_create)() = nullptr;
}
Sched* sched = nullptr;
thread_local M* tls_m = nullptr;
static std::atomic<Sched*> g_active{nullptr};
// Held by request_stop (another thread: the host's Stop) while it uses the active run, and by
// run_main while it retires the run, so a Stop that races with the program's own end never
// touches a Sched that is being freed.
static Lock g_stop_lock;
static std::atomic<Limit> g_limit_hit{Limit::None};
// Ms parked for good by abandon_current_m, kept alive (their threads sleep on m->park) after
// their run has been freed. Process lifetime: a thread that never returns cannot be joined.
static Lock g_graveyard_lock;
// Raw, never-deleted Ms on purpose: their threads still sleep on m->park when the process
// exits, so not even static destruction may free them (ThreadSanitizer saw exactly that race).
static std::vector<M*> g_graveyard;
static std::atomic<int> g_abandoned{0};

// An engine invariant failed (a bug in gort, not in the program). While a program runs on an
// M, and no runtime lock is held here, it ends like any Go fatal error — "fatal error: gort
// internal error: ..." with the goroutine's Go traceback, status 2 — and this M is left
// behind as after out of memory, so the page or Node process runs the next program. With a
// runtime lock held, reporting through the scheduler could deadlock on that lock: say so
// plainly and abort (the wasm hosts then replace the engine instance).
[[noreturn]] void throw_(const char* what) {
  if (sched && tls_m && sched->cfg.threads && tls_locks_held == 0) {
    fatal_error(current_g(), std::string("gort internal error: ") + what);
    abandon_current_m();
  }
  std::fprintf(stderr, "fatal error: gort internal error: %s\n", what);
  std::fflush(stderr);
  std::abort();
}

void write_stderr(std::string_view s) {
  if (sched && sched->hooks.write) sched->hooks.write(2, s);
  else std::fwrite(s.data(), 1, s.size(), stderr);
}

static int64_t real_now() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch()).count();
}

// ---------------------------------------------------------------- program end

// The first end event (main returned, os.Exit, fatal panic/error, request_stop) wins.
static bool claim_end() {
  bool f = false;
  return sched->fatal_claimed.compare_exchange_strong(f, true);
}

bool program_ending() { return sched && sched->exiting.load(std::memory_order_relaxed); }
bool end_claimed() { return sched && sched->fatal_claimed.load(std::memory_order_relaxed); }

// No G is started once the end is claimed: finish_end wakes a host call (hooks.ending) before
// it sets `exiting`, so an M whose stdin read a Stop cancelled could otherwise run the reader on
// — to main's return — in between (the run then ended 130 with main dead and no wait-for graph;
// a busy machine's scheduling made it 1 run in 4 under Node).
static bool end_decided() { return sched->exiting.load() || sched->fatal_claimed.load(); }

// Ends run s with code. s, not the global `sched`: request_stop calls this from a thread that
// is not the run's, where reading `sched` races with run_main setting it. wake_idle: wake the
// idle Ms here (under s->lock); without it sysmon, woken here, leaves its loop and run_main
// wakes every M.
static void finish_end(Sched* s, int code, bool wake_idle = true) {
  s->exit_code.store(code);
  // Before `exiting`: an M blocked in a host call must see its call return only once the
  // end is decided, and run_main must know whether to wait for it.
  if (s->hooks.ending && s->hooks.ending()) s->host_calls_return.store(true);
  s->exiting.store(true);
  detail::global_yield.store(1);
  if (wake_idle) {
    LockGuard lk(s->lock);
    for (M* m = s->midle; m; m = m->link) m->park.wake();
  }
  s->sysmon_note.wake();
}

void abandon_current_m() {
  M* m = tls_m;
  if (!m || !sched || !sched->cfg.threads) std::abort();
  // run_main waits for every M's fate before it frees the run: from here on nothing of the
  // run (not even `sched`) may be touched by this thread.
  m->fate.store(M::kAbandoned, std::memory_order_release);
  futex_wake(&m->fate, 1);
  for (;;) m->park.sleep(-1);
}

void end_for_limit(Limit which) {
  Sched* s = g_active.load();
  if (!s) return;
  bool f = false;
  if (s->fatal_claimed.compare_exchange_strong(f, true)) {
    g_limit_hit.store(which);
    finish_end(s, s->cfg.limit_status);
  }
}

Limit limit_hit() { return g_limit_hit.load(); }
int abandoned_threads() { return g_abandoned.load(); }

static void check_time_limit() {
  if (sched->cfg.time_limit_ns > 0 && !sched->exiting.load(std::memory_order_relaxed) &&
      real_now() - sched->start_real >= sched->cfg.time_limit_ns)
    end_for_limit(Limit::Time);
}

bool nested_slice_end(const G& g) {
  g.slice_polls = detail::kPollsPerSlice;
  if (!sched->cfg.threads) check_time_limit();
  return program_ending();
}

void exit(int code) {
  if (claim_end()) finish_end(sched, code);
}

void request_stop() {
  LockGuard lk(g_stop_lock);
  Sched* s = g_active.load();
  if (!s) return;
  bool f = false;
  // Never s->lock here when Ms are threads. The host's Stop runs on the page's (or Node's)
  // main thread, and an M holds s->lock while it starts a thread (startm_locked), which
  // Emscripten 3.1.6 does by a *synchronous* call to that main thread. Node's main thread
  // waits in a real Atomics.wait, so the two waited for each other for good: a Stop during a
  // hand-off hung the Node API (tests/node/api.test.mjs, ~1 run in 25 under load). Sysmon,
  // woken by finish_end, sees `exiting` and run_main wakes every M. Without threads no thread is
  // ever started, and the one M may be idle on a timer: wake it under the lock as before.
  if (s->fatal_claimed.compare_exchange_strong(f, true)) finish_end(s, 130, !s->cfg.threads);
}

static std::string g_header(G& g, const char* status) {
  return "goroutine " + std::to_string(g.goid) + " [" + status + "]:\n";
}

static std::string traceback_of(G& g) {
  std::string tb;
  if (sched->hooks.traceback) sched->hooks.traceback(g, tb);
  return tb;
}

std::string crash_traceback() {
  G* g = current_g();
  if (!g || !sched) return "";
  return g_header(*g, "running") + traceback_of(*g);
}

void fatal_panic(G& g, std::string_view message) {
  if (!claim_end()) return;
  std::string out = "panic: ";
  out.append(message);
  out += "\n\n";
  out += g_header(g, "running");
  out += traceback_of(g);
  write_stderr(out);
  finish_end(sched, 2);
}

void fatal_error(G* g, std::string_view msg) {
  if (!claim_end()) return;
  std::string out = "fatal error: ";
  out.append(msg);
  out += "\n";
  if (g) {
    out += '\n';
    out += g_header(*g, "running");
    out += traceback_of(*g);
  }
  write_stderr(out);
  finish_end(sched, 2);
}

// Called with sched.lock held, every P idle, nothing in a syscall, no timers: no G can ever run
// again. Prints Go's message and every blocked goroutine.
static void deadlock_locked() {
  if (!claim_end()) return;
  std::vector<G*> gs;
  for (G* g : sched->allgs)
    if (g->status.load() == GStatus::Waiting) gs.push_back(g);
  std::sort(gs.begin(), gs.end(), [](G* a, G* b) { return a->goid < b->goid; });
  // main called runtime.Goexit (the VM parks it with this reason) and every other goroutine
  // has exited: Go's own message, with no goroutines to show.
  if (gs.size() == 1 && gs[0]->goid == 1 &&
      std::string_view(gs[0]->wait_reason) == "main called runtime.Goexit") {
    sched->lock.unlock();
    write_stderr("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
    finish_end(sched, 2);
    sched->lock.lock();
    return;
  }
  std::string out = "fatal error: all goroutines are asleep - deadlock!\n";
  for (G* g : gs) {
    out += '\n';
    out += g_header(*g, g->wait_reason);
    out += traceback_of(*g);
  }
  // Built while the world is still quiescent; handed over after Go's own report.
  bool explain = sched->cfg.wait_graph && sched->hooks.wait_graph;
  WaitGraph graph;
  if (explain) graph = build_wait_graph(false);
  sched->lock.unlock();
  write_stderr(out);
  if (explain) sched->hooks.wait_graph(graph);
  finish_end(sched, 2);
  sched->lock.lock();
}

// ---------------------------------------------------------------- queues

void globrunqput_locked(G* g) {
  g->schedlink = nullptr;
  if (sched->runq_tail) sched->runq_tail->schedlink = g;
  else sched->runq_head = g;
  sched->runq_tail = g;
  sched->runq_size++;
}

static G* globrunqget_locked(P* p, int max) {
  if (sched->runq_size == 0) return nullptr;
  int n = sched->runq_size / sched->nprocs + 1;
  n = std::min({n, int(sched->runq_size.load()), max, int(RunQ::kSize / 2)});
  G* first = sched->runq_head;
  sched->runq_head = first->schedlink;
  for (int i = 1; i < n; ++i) {
    G* g = sched->runq_head;
    sched->runq_head = g->schedlink;
    p->runq.put_tail(g);  // at most kSize/2, the local ring has room after runq was empty-ish
  }
  sched->runq_size -= n;
  if (!sched->runq_head) sched->runq_tail = nullptr;
  return first;
}

// Put g at the tail of p's ring; on overflow move half the ring (+g) to the global queue.
static void runqput_tail(P* p, G* g) {
  if (p->runq.put_tail(g)) return;
  G* batch[RunQ::kSize / 2 + 1];
  uint32_t n = p->runq.grab_half_for_overflow(batch);
  LockGuard lk(sched->lock);
  for (uint32_t i = 0; i < n; ++i) globrunqput_locked(batch[i]);
  globrunqput_locked(g);
}

static P* pidleget_locked() {
  if (sched->stw_pending.load()) return nullptr;  // the world is stopping: no new owners
  P* p = sched->pidle;
  if (!p) return nullptr;
  sched->pidle = p->link;
  sched->npidle.fetch_sub(1);
  p->link = nullptr;
  p->status = PStatus::Running;
  return p;
}

static void pidleput_locked(P* p) {
  p->status = PStatus::Idle;
  p->m = nullptr;
  p->link = sched->pidle;
  sched->pidle = p;
  sched->npidle.fetch_add(1);
}

// ---------------------------------------------------------------- Ms

static void mstart(M* m);

// Hand p (or an idle P if null) to an idle or new M, with sched.lock held. Returns the idle M
// to wake (after unlocking), or null (none needed, or a fresh thread was started).
static M* startm_locked(P* p, bool spinning) {
  // The program is ending: run_main joins the Ms it finds in allm under this lock once
  // `exiting` is set, so a thread started now would never be joined (std::terminate when the
  // scheduler is freed). An M still unwinding Go code after a fatal error got here.
  if (sched->exiting.load()) {
    if (spinning) sched->nmspinning.fetch_sub(1);
    if (p) pidleput_locked(p);
    return nullptr;
  }
  if (!p) p = pidleget_locked();
  if (!p) {
    if (spinning) sched->nmspinning.fetch_sub(1);
    return nullptr;
  }
  p->status = PStatus::Running;
  M* m;
  bool fresh = false;
  if (sched->midle) {
    m = sched->midle;
    sched->midle = m->link;
    sched->nmidle--;
    m->link = nullptr;
  } else {
    sched->allm.push_back(std::make_unique<M>());
    m = sched->allm.back().get();
    m->id = int(sched->allm.size()) - 1;
    if (detail::events_on) m->ring = std::make_unique<EventRing>();
    fresh = true;
  }
  m->nextp = p;
  p->m = m;
  m->spinning = spinning;
  if (fresh) {
    if (!sched->cfg.threads) {
      // Without threads run_main itself runs the one M (there is one P, so only one M).
      if (sched->caller_m) GORT_THROW("startm: a second M without threads");
      sched->caller_m = m;
      return nullptr;
    }
    if (detail::before_thread_create) detail::before_thread_create();
    m->thread = std::thread(mstart, m);  // under the lock so allm/thread stay consistent
    return nullptr;
  }
  return m;
}

// Hand p (or an idle P if null) to an idle or new M. spinning: the M looks for work to steal.
static void startm(P* p, bool spinning) {
  M* m;
  {
    LockGuard lk(sched->lock);
    m = startm_locked(p, spinning);
  }
  if (m) m->park.wake();
}

// Start a spinning M if there is an idle P and nobody is spinning already (Go's wakep).
void wakep() {
  if (sched->npidle.load() == 0) return;
  int z = 0;
  if (!sched->nmspinning.compare_exchange_strong(z, 1)) return;
  startm(nullptr, true);
}

// Park this M (no P) until startm hands it one, the program ends, or timeout_ns passes.
static void stopm(M* m, int64_t timeout_ns) {
  {
    LockGuard lk(sched->lock);
    if (sched->exiting.load()) return;
    m->link = sched->midle;
    sched->midle = m;
    sched->nmidle++;
  }
  m->park.sleep(timeout_ns);
  LockGuard lk(sched->lock);
  // Timed out or woken for exit: take ourselves off the idle list if still there.
  M** pp = &sched->midle;
  while (*pp && *pp != m) pp = &(*pp)->link;
  if (*pp) { *pp = m->link; sched->nmidle--; m->link = nullptr; }
  m->p = m->nextp;
  m->nextp = nullptr;
  if (m->p) {
    m->p->m = m;
    ev(EvKind::ProcWake, 0, m->p->id);
  }
}

static void resetspinning(M* m) {
  ev(EvKind::MSpinEnd, 0, m->p ? m->p->id : -1);
  m->spinning = false;
  if (sched->nmspinning.fetch_sub(1) < 1) GORT_THROW("findrunnable: negative nmspinning");
  // We were the spinning M and found work: there may be more, wake another spinner.
  wakep();
}

static M* startm_locked(P* p, bool spinning);
static void gfpurge_locked(P* p);

// ---------------------------------------------------------------- stop-the-world

// Called with sched.lock held by the M that just stopped its P (or found all stopped). Returns
// true if every P is now stopped/idle and this M must act as the coordinator.
static bool stw_all_stopped_locked() {
  for (int i = 0; i < sched->nprocs; ++i) {
    P* p = sched->allp[i].get();
    if (p->status == PStatus::Syscall) {  // take it: exitsyscall will find no P and queue its G
      p->status = PStatus::Stopped;
      p->m = nullptr;
    }
    if (p->status == PStatus::Running) return false;
  }
  return !sched->stw_active;
}

static void procresize_locked(int n) {
  while (int(sched->allp.size()) < n) {
    auto p = std::make_unique<P>();
    p->id = int(sched->allp.size());
    p->rng = sched->allp[0]->rng * 6364136223846793005ULL + uint64_t(p->id) * 1442695040888963407ULL + 1;
    p->status = PStatus::Stopped;
    if (detail::events_on) p->ring = std::make_unique<EventRing>();
    sched->allp.push_back(std::move(p));
  }
  // Ps beyond n give their Gs (runnable and dead) to the global lists and stay stopped.
  for (size_t i = size_t(n); i < sched->allp.size(); ++i) {
    P* p = sched->allp[i].get();
    bool inh;
    while (G* g = p->runq.get(&inh)) globrunqput_locked(g);
    gfpurge_locked(p);
  }
  sched->nprocs = n;
}

// The coordinator: every P is stopped, no G runs. Do the requested work, restart the world.
static void stw_run(M* m) {
  sched->stw_active = true;
  bool gc = sched->stw_gc_req;
  int newprocs = sched->stw_newprocs;
  sched->stw_gc_req = false;
  sched->stw_newprocs = 0;
  sched->lock.unlock();
  if (gc) heap_collect_stw();
  sched->lock.lock();
  if (newprocs > 0) procresize_locked(newprocs);
  // Restart: every active P goes idle, waiters of this STW become runnable.
  sched->pidle = nullptr;
  sched->npidle.store(0);
  std::vector<P*> with_work;
  for (int i = sched->nprocs - 1; i >= 0; --i) {
    P* p = sched->allp[i].get();
    if (p->status == PStatus::Syscall) continue;
    pidleput_locked(p);
    if (!p->runq.empty()) with_work.push_back(p);
  }
  while (G* g = sched->stw_waiters) {
    sched->stw_waiters = g->schedlink;
    g->status.store(GStatus::Runnable);
    globrunqput_locked(g);
  }
  sched->stw_active = false;
  sched->stw_pending.store(false);
  if (!sched->exiting.load()) detail::global_yield.store(0);
  // Start the world: a P that still has Gs in its local queue must get an M now (Go's
  // startTheWorld), or its Gs could sit in an idle P that nobody steals from. The coordinator
  // itself takes a P at the top of findrunnable.
  std::vector<M*> wake;
  for (P* p : with_work) {
    // take p off the idle list
    P** pp = &sched->pidle;
    while (*pp && *pp != p) pp = &(*pp)->link;
    if (!*pp) continue;
    *pp = p->link;
    p->link = nullptr;
    sched->npidle.fetch_sub(1);
    if (M* w = startm_locked(p, false)) wake.push_back(w);
  }
  sched->lock.unlock();
  for (M* w : wake) w->park.wake();
  sched->lock.lock();
  (void)m;
}

// Request a stop-the-world (GC and/or GOMAXPROCS). Runs at the next schedule() of every M.
static void stw_request_locked(bool gc, int newprocs) {
  if (gc) sched->stw_gc_req = true;
  if (newprocs > 0) sched->stw_newprocs = newprocs;
  sched->stw_pending.store(true);
  detail::global_yield.store(1);
}

// M holding p sees stw_pending: stop p; the last M to stop runs the STW work.
static void stw_stop_p(M* m) {
  LockGuard lk(sched->lock);
  if (!sched->stw_pending.load()) return;
  P* p = m->p;
  p->status = PStatus::Stopped;
  p->m = nullptr;
  m->p = nullptr;
  // Idle Ps are already stopped as far as the world is concerned.
  if (stw_all_stopped_locked()) stw_run(m);
}

// ---------------------------------------------------------------- finding work

// Go's runqsteal backs off before taking a victim's runnext: the G that readied it usually
// blocks a moment later (a channel hand-off) and the victim then runs it itself, on the P
// where it was readied; a thief that takes it at once splits a producer/consumer pair over
// two Ps, so every later hand-off wakes a thread. Under wasm the window is wider (the
// interpreter is slower and a thread's wake-up costs more). Like Go's usleep(3), a short
// timed wait: it costs no CPU, and the kernel's timer slack makes it tens of microseconds.
constexpr int64_t kRunnextBackoffNs = 3000;
static void runnext_backoff() {
  std::atomic<uint32_t> never{0};
  futex_wait(&never, 0, kRunnextBackoffNs);
}

static G* steal_work(M* m, P* p) {
  int n = sched->nprocs;
  G* batch[RunQ::kSize / 2 + 1];
  for (int round = 0; round < 4; ++round) {
    uint32_t start = p->fastrand();
    for (int k = 0; k < n; ++k) {
      P* v = sched->allp[(start + uint32_t(k)) % uint32_t(n)].get();
      if (v == p) continue;
      uint32_t got = v->runq.grab(batch, false);
      if (got == 0 && round == 3 && v->runq.runnext.load(std::memory_order_relaxed)) {
        runnext_backoff();
        got = v->runq.grab(batch, true);
      }
      if (got == 0) continue;
      for (uint32_t i = 1; i < got; ++i) p->runq.put_tail(batch[i]);
      if (events_on()) {
        SchedEvent e;
        e.kind = EvKind::Steal;
        e.g = batch[0]->goid;
        e.p = int16_t(p->id);
        e.arg = v->id;
        e.n = int32_t(got);
        ev_record(e);
      }
      return batch[0];
    }
  }
  return nullptr;
}

static bool any_local_work() {
  for (int i = 0; i < sched->nprocs; ++i)
    if (!sched->allp[i]->runq.empty()) return true;
  return false;
}

// Returns a G to run with m->p set, or null when the program is ending.
static G* findrunnable(M* m, bool* inherit) {
  for (;;) {
    *inherit = false;
    if (!sched->cfg.threads) {
      check_time_limit();  // no sysmon: once per schedule
      // ... and the events go out when a ring is half full (the one M drains its own).
      if (detail::events_on && m->p && m->p->ring->used() > EventRing::kSize / 2) events_drain();
    }
    if (end_decided()) return nullptr;
    if (!m->p) {
      {
        LockGuard lk(sched->lock);
        P* p = pidleget_locked();
        if (p) { m->p = p; p->m = m; }
      }
      if (!m->p) { stopm(m, -1); continue; }
      ev(EvKind::ProcWake, 0, m->p->id);
    }
    P* p = m->p;
    if (heap_gc_wanted() && !sched->stw_pending.load()) {
      if (sched->ncallback_parked.load() == 0) {
        LockGuard lk(sched->lock);
        if (!sched->stw_pending.load()) stw_request_locked(true, 0);
      } else {
        // Not while a G is parked in a callback (park_on_m): its native's C++ locals are no
        // roots. The last one to resume asks again; meanwhile Gs need not stop at every poll.
        detail::global_yield.store(0);
        if (sched->stw_pending.load() || sched->exiting.load()) detail::global_yield.store(1);
      }
    }
    if (sched->stw_pending.load()) { stw_stop_p(m); continue; }
    // Read the clock only when a timer is pending (Go's checkTimers): under wasm a clock read
    // is a call out to JS (clock_gettime -> process.hrtime) and cost ~45% of a channel
    // hand-off's time when done on every schedule.
    if (int64_t next = timers_next(); next != INT64_MAX) {
      int64_t now = nanotime();
      if (next <= now) timers_run(now);
    }

    p->schedtick++;
    if (p->schedtick % 61 == 0 && sched->runq_size > 0) {
      LockGuard lk(sched->lock);
      if (G* g = globrunqget_locked(p, 1)) return g;
    }
    if (p->slice_over) {
      // The runnext chain's slice is over: its next G queues globally, behind the Gs it kept
      // from this P (Go sends a preempted G there too), and the ring's head runs instead.
      p->slice_over = false;
      G* next = p->runq.runnext.load(std::memory_order_relaxed);
      if (next && p->runq.runnext.compare_exchange_strong(next, nullptr, std::memory_order_acq_rel)) {
        LockGuard lk(sched->lock);
        globrunqput_locked(next);
      }
    }
    if (G* g = p->runq.get(inherit)) {
      if (m->spinning) resetspinning(m);
      return g;
    }
    if (sched->runq_size > 0) {
      G* g;
      {
        LockGuard lk(sched->lock);
        g = globrunqget_locked(p, INT_MAX);
      }
      // resetspinning may wakep -> startm, which takes sched->lock: call it unlocked (doing it
      // under the guard self-deadlocked every M once GOMAXPROCS >= 3 let a spinner reach here).
      if (g) {
        if (m->spinning) resetspinning(m);
        return g;
      }
    }
    // Steal, as a spinning M (at most half the busy Ps' worth of spinners).
    int busy = sched->nprocs - sched->npidle.load();
    if (!m->spinning && 2 * sched->nmspinning.load() < busy) {
      m->spinning = true;
      sched->nmspinning.fetch_add(1);
      ev(EvKind::MSpin, 0, p->id);
    }
    if (m->spinning) {
      if (G* g = steal_work(m, p)) { resetspinning(m); return g; }
    }
    // Nothing to do: give the P back.
    bool was_spinning = m->spinning;
    {
      LockGuard lk(sched->lock);
      if (sched->stw_pending.load() || sched->exiting.load()) continue;
      if (sched->runq_size > 0) {
        G* g = globrunqget_locked(p, INT_MAX);
        if (was_spinning) { m->spinning = false; sched->nmspinning.fetch_sub(1); }
        return g;
      }
      ev(EvKind::ProcIdle, 0, p->id);
      pidleput_locked(p);
      m->p = nullptr;
    }
    if (was_spinning) {
      ev(EvKind::MSpinEnd, 0, -1);
      m->spinning = false;
      if (sched->nmspinning.fetch_sub(1) < 1) GORT_THROW("findrunnable: negative nmspinning");
    }
    // A producer may have queued work after we looked but before we dropped nmspinning (and
    // seen us spinning, so it did not wake anyone): look again (Go's recheck). Done by every
    // M about to sleep, spinning or not: it is one pass over nprocs rings.
    if (any_local_work()) {
      LockGuard lk(sched->lock);
      if (P* np = pidleget_locked()) {
        m->p = np; np->m = m;
        m->spinning = true;
        sched->nmspinning.fetch_add(1);
        continue;
      }
    }
    // Idle: deadlock? timers? Decide under the lock whether to sleep and for how long.
    int64_t timeout = -1;
    {
      LockGuard lk(sched->lock);
      bool all_idle = sched->npidle.load() == sched->nprocs && sched->nsyscall == 0 &&
                      sched->runq_size == 0 && !sched->stw_pending.load() && !any_local_work();
      int64_t next = timers_next();
      if (all_idle && !sched->exiting.load()) {
        if (next == INT64_MAX) {
          if (sched->stw_waiters == nullptr) { deadlock_locked(); continue; }
        } else if (faketime()) {
          faketime_advance_to(next);
          continue;  // take a P at the top and run the timer
        }
      }
      if (next != INT64_MAX && !faketime()) {
        if (!sched->timer_sleeper || sched->timer_sleeper == m) {
          sched->timer_sleeper = m;
          timeout = std::max<int64_t>(next - nanotime(), 0);
        }
      }
    }
    if (timeout == 0) { // due now: take a P and run timers
      continue;
    }
    stopm(m, timeout);
    {
      LockGuard lk(sched->lock);
      if (sched->timer_sleeper == m) sched->timer_sleeper = nullptr;
    }
  }
}

// A new timer may be earlier than what the sleeping M waits for: wake it (or start an M).
void timers_changed() {
  M* s = nullptr;
  {
    LockGuard lk(sched->lock);
    s = sched->timer_sleeper;
  }
  if (s) s->park.wake();
  else wakep();
}

// Dead Gs are reused. Each P keeps its own list (no lock: spawning and exiting goroutines on
// several Ps must not serialize on sched.lock) and trades batches with the global list when
// it has too many or none (Go's gfput/gfget).
constexpr int kGfreeMax = 64, kGfreeBatch = 32;

static void gfree_global_put_locked(G* g) {
  g->schedlink = sched->gfree;
  sched->gfree = g;
  sched->ngfree_hint.store(++sched->ngfree, std::memory_order_relaxed);
}

static G* gfree_global_get_locked() {
  G* g = sched->gfree;
  if (g) {
    sched->gfree = g->schedlink;
    sched->ngfree_hint.store(--sched->ngfree, std::memory_order_relaxed);
  }
  return g;
}

// Moves p's dead Gs to the global list until `keep` are left.
static void gfree_spill_locked(P* p, int keep) {
  while (p->ngfree > keep) {
    G* g = p->gfree;
    p->gfree = g->schedlink;
    p->ngfree--;
    gfree_global_put_locked(g);
  }
}

static void gfput(P* p, G* g) {
  if (!p) {
    LockGuard lk(sched->lock);
    gfree_global_put_locked(g);
    return;
  }
  g->schedlink = p->gfree;
  p->gfree = g;
  if (++p->ngfree < kGfreeMax) return;
  LockGuard lk(sched->lock);
  gfree_spill_locked(p, kGfreeBatch);
}

static G* gfget(P* p) {
  if (!p) {
    LockGuard lk(sched->lock);
    return gfree_global_get_locked();
  }
  if (!p->gfree && sched->ngfree_hint.load(std::memory_order_relaxed) > 0) {
    LockGuard lk(sched->lock);
    while (p->ngfree < kGfreeBatch) {
      G* g = gfree_global_get_locked();
      if (!g) break;
      g->schedlink = p->gfree;
      p->gfree = g;
      p->ngfree++;
    }
  }
  G* g = p->gfree;
  if (g) {
    p->gfree = g->schedlink;
    p->ngfree--;
  }
  return g;
}

// A P going away (GOMAXPROCS lowered) hands its dead Gs to the global list.
static void gfpurge_locked(P* p) { gfree_spill_locked(p, 0); }

static void gdestroy(M* m, G* g) {
  g->status.store(GStatus::Dead);
  if (sched->hooks.release_g) sched->hooks.release_g(*g);
  sched->ngoroutines.fetch_sub(1);
  gfput(m->p, g);
}

// g waits in park_on_m on its own M (it is inside a native's callback): that M gets this M's
// P and runs g; this M looks for another P or sleeps (Go's startlockedm).
static void startlockedm(M* m, G* g) {
  M* lm = g->locked_m;
  {
    LockGuard lk(sched->lock);
    P* p = m->p;
    m->p = nullptr;
    p->m = lm;
    lm->nextp = p;
  }
  lm->park.wake();
}

// The start of a run of g on m with m's P, shared by execute() and a G resuming on its own M.
static void begin_running(M* m, G& g, uint32_t slice_polls, bool new_slice) {
  P* p = m->p;
  g.status.store(GStatus::Running);
  g.m = m;
  m->curg = &g;
  p->curg.store(&g, std::memory_order_relaxed);
  if (new_slice) p->ticks.fetch_add(1, std::memory_order_relaxed);
  g.slice_polls = slice_polls;
  ev(EvKind::GoStart, g.goid, p->id);
}

// The park protocol's last steps for a G that stopped running (execute()'s Parked case, or
// park_on_m): it becomes Waiting, then its unlock function lets wakers in. After this a waker
// on another M may run g at once: the caller touches nothing of g afterwards.
static void commit_park(G& g, P* p) {
  void (*unlockf)(G*) = g.park_unlockf;
  g.park_unlockf = nullptr;
  if (events_on() && p) {
    SchedEvent e;
    e.kind = EvKind::GoBlock;
    e.g = g.goid;
    e.p = int16_t(p->id);
    e.reason = g.wait_reason;
    e.pos = sched->hooks.g_pos && ev_room() ? sched->hooks.g_pos(g, 0) : 0;
    ev_record(e);
  }
  g.status.store(GStatus::Waiting);
  if (unlockf) unlockf(&g);
}

// g left a syscall and found no P (RunStatus::NoP, or wait_for_p_on_m): it is queued globally,
// and nsyscall is released together with that (see exitsyscall).
static void queue_after_syscall(G& g) {
  LockGuard lk(sched->lock);
  g.status.store(GStatus::Runnable);
  sched->nsyscall--;
  globrunqput_locked(&g);
}

// A G that parks or exits hands its P on, often to the G it just readied, through runnext, and
// that G inherits the slice. Two Gs waking each other this way (`go f(); wg.Wait()` in a loop)
// never poll long enough to see the slice end, and the Gs queued behind them on this P would
// never run (with one P, main starved forever). So a hand-off ends the chain's slice when sysmon
// asked a G that then left to yield, or — slices counted in polls — after kHandoffPolls are
// charged per hand-off; findrunnable then moves the chain's next G to the global queue.
constexpr uint32_t kHandoffPolls = 16;
static void charge_handoff(P* p, G& g) {
  if (g.preempt.load(std::memory_order_relaxed)) {
    g.preempt.store(0, std::memory_order_relaxed);
    p->slice_over = true;
    return;
  }
  if (!detail::slices_by_polls) return;
  p->slice_polls = p->slice_polls > kHandoffPolls ? p->slice_polls - kHandoffPolls : 0;
  if (p->slice_polls == 0) p->slice_over = true;
}

static void execute(M* m, G* g, bool inherit) {
  if (g->locked_m) {
    startlockedm(m, g);
    return;
  }
  if (g->mutex_retry && !mutex_acquire_before_run(g)) return;
  // A G taken from runnext inherits the rest of the slice (Go's inheritTime), also when slices
  // are counted in polls: Gs handing work back and forth cannot keep the P from the others.
  P* p = m->p;
  begin_running(m, *g, inherit && p->slice_polls ? p->slice_polls : detail::kPollsPerSlice,
                !inherit);
  RunStatus st = sched->hooks.run_g(*g);
  m->curg = nullptr;
  // The program ended while g was parked in a callback (park_on_m returned false): this M
  // holds no P any more, and nothing of g matters now — but a park still commits, for its
  // unlock function releases the lock the parking primitive holds (teardown takes it).
  if (!m->p && st != RunStatus::NoP) {
    if (st == RunStatus::Parked && g->park_unlockf) commit_park(*g, nullptr);
    return;
  }
  if (m->p) {
    m->p->curg.store(nullptr, std::memory_order_relaxed);
    m->p->slice_polls = g->slice_polls;
    if (st == RunStatus::Parked || st == RunStatus::Exited) charge_handoff(m->p, *g);
  }
  switch (st) {
    case RunStatus::Yielded: {
      g->preempt.store(0, std::memory_order_relaxed);
      g->status.store(GStatus::Runnable);
      // runtime.Gosched (the VM says so) or a preemption (sysmon, a slice of polls, STW).
      ev(g->gosched ? EvKind::GoSched : EvKind::GoPreempt, g->goid, m->p->id, 0, -1);
      g->gosched = false;
      // Preempted (or Gosched) Gs go to the global queue, as Go's goschedImpl does: behind
      // everything already waiting, not just this P's 256-entry ring. A G that keeps spawning
      // (`for { go f() }`) therefore waits for the backlog it made instead of growing it without
      // bound (1M spawned Gs held 746 MB with GOMAXPROCS=1 when it went to the local tail).
      {
        LockGuard lk(sched->lock);
        globrunqput_locked(g);
      }
      wakep();
      break;
    }
    case RunStatus::Parked:
      commit_park(*g, m->p);   // touch nothing of g below
      break;
    case RunStatus::Exited: {
      ev(EvKind::GoEnd, g->goid, m->p ? m->p->id : -1);
      bool is_main = g->goid == 1;
      gdestroy(m, g);
      if (is_main) exit(0);
      break;
    }
    case RunStatus::NoP:
      queue_after_syscall(*g);
      break;
  }
}

static void mstart(M* m) {
  tls_m = m;
  // startm handed us a P before creating the thread.
  {
    LockGuard lk(sched->lock);
    m->p = m->nextp;
    m->nextp = nullptr;
    if (m->p) ev(EvKind::ProcWake, 0, m->p->id);
  }
  bool inherit = false;
  while (G* g = findrunnable(m, &inherit)) {
    if (end_decided()) {
      break;
    }
    execute(m, g, inherit);
  }
  tls_m = nullptr;
  m->fate.store(M::kExited, std::memory_order_release);
  futex_wake(&m->fate, 1);
}

// ---------------------------------------------------------------- sysmon

constexpr int64_t kEventsDrainNs = 5000000;

static void sysmon_loop() {
  int64_t delay = 20000;
  while (!sched->exiting.load()) {
    sched->sysmon_note.sleep(delay);
    if (sched->exiting.load()) break;
    check_time_limit();
    int64_t now = real_now();
    bool busy = false;
    std::vector<M*> wake;
    {
      LockGuard lk(sched->lock);
      for (int i = 0; i < sched->nprocs; ++i) {
        P* p = sched->allp[i].get();
        uint32_t t = p->ticks.load(std::memory_order_relaxed) + p->syscalltick.load(std::memory_order_relaxed);
        if (t != p->sysmon_tick || p->status != p->sysmon_status) {
          p->sysmon_tick = t;
          p->sysmon_status = p->status;
          p->sysmon_when = now;
          continue;
        }
        if (p->status == PStatus::Running && now - p->sysmon_when >= 10000000 &&
            !detail::slices_by_polls) {
          if (G* g = p->curg.load(std::memory_order_relaxed)) {
            g->preempt.store(1, std::memory_order_relaxed);
            p->sysmon_when = now;
            busy = true;
          }
        } else if (p->status == PStatus::Syscall && !sched->stw_pending.load()) {
          busy = true;
          if (now - p->sysmon_when >= 20000) {
            // Retake it (handoffp). Decided and done under one lock hold, so the M returning
            // from the syscall never sees the P in limbo.
            p->m = nullptr;
            bool work = !p->runq.empty() || sched->runq_size.load() > 0 || timers_next() != INT64_MAX;
            if (work) {
              if (M* m = startm_locked(p, false)) wake.push_back(m);
            } else {
              pidleput_locked(p);
            }
            ev(EvKind::Handoff, 0, p->id, p->m ? p->m->id : -1);
          }
        }
      }
    }
    for (M* m : wake) m->park.wake();
    // Scheduler events reach the host every few ms (the page draws them as they come).
    if (detail::events_on && now - sched->events_drained_at >= kEventsDrainNs) {
      sched->events_drained_at = now;
      events_drain();
    }
    // Real-time timers due while every P is busy running or idle: make sure an M looks.
    if (!faketime() && timers_next() <= nanotime()) wakep();
    delay = busy ? 20000 : std::min<int64_t>(delay * 2, 10000000);
  }
}

// ---------------------------------------------------------------- public API

G* gnew() {
  if (heap_out_of_memory()) out_of_memory();  // a fork bomb ends here, before sched.lock
  // The goroutine is still made (the caller needs one); the program ends at the next poll.
  if (sched->cfg.max_goroutines > 0 && num_goroutine() >= sched->cfg.max_goroutines)
    end_for_limit(Limit::Goroutines);
  M* m = tls_m;
  G* g = gfget(m ? m->p : nullptr);
  if (!g) {
    LockGuard lk(sched->lock);
    sched->allgs_store.push_back(std::make_unique<G>());
    g = sched->allgs_store.back().get();
    sched->allgs.push_back(g);
  }
  g->goid = sched->next_goid.fetch_add(1, std::memory_order_relaxed);
  g->schedlink = nullptr;
  g->status.store(GStatus::Idle);
  g->wait_reason = "";
  g->wake_value = Value::zero();
  g->wake_ptr = false;
  g->wake_ok = false;
  g->wake_index = -1;
  g->panic_msg = nullptr;
  g->preempt.store(0);
  g->m = nullptr;
  g->waiting = nullptr;
  g->mutex_retry = nullptr;
  g->mutex_wait_start = 0;
  g->locked_m = nullptr;
  g->in_callback = false;
  return g;
}

void gstart(G& creator, G& newg) {
  newg.status.store(GStatus::Runnable);
  sched->ngoroutines.fetch_add(1);
  M* m = tls_m;
  if (events_on()) {
    SchedEvent e;
    e.kind = EvKind::GoCreate;
    e.g = newg.goid;
    e.arg = &creator == &newg ? 0 : creator.goid.load(std::memory_order_relaxed);
    e.p = int16_t(m && m->p ? m->p->id : -1);
    e.q = e.p;
    e.next = m && m->p;
    if (sched->hooks.g_pos && ev_room()) {
      e.pos = sched->hooks.g_pos(newg, 2);
      e.fn = sched->hooks.g_pos(newg, 1);
    }
    ev_record(e);
  }
  if (m && m->p) {
    // Go's newproc puts the new G in runnext (it runs next on this P, before older queued Gs;
    // with GOMAXPROCS=1 `for i := range 5 { go f(i) }` then runs f(4) first, as in Go).
    G* old = m->p->runq.runnext.exchange(&newg, std::memory_order_acq_rel);
    if (old) runqput_tail(m->p, old);
  } else {
    LockGuard lk(sched->lock);
    globrunqput_locked(&newg);
  }
  wakep();
}

void gstart_from_timer(G& newg) { gstart(newg, newg); }

void ready(G* g, const char*) {
  g->status.store(GStatus::Runnable);
  M* m = tls_m;
  P* p = m ? m->p : nullptr;
  if (events_on()) {
    SchedEvent e;
    e.kind = EvKind::GoUnblock;
    e.g = g->goid;
    e.arg = m && m->curg ? m->curg->goid.load(std::memory_order_relaxed) : 0;
    e.p = int16_t(p ? p->id : -1);
    e.q = e.p;
    e.next = p != nullptr;
    ev_record(e);
  }
  if (p) {
    G* old = p->runq.runnext.exchange(g, std::memory_order_acq_rel);
    if (old) runqput_tail(p, old);
  } else {
    LockGuard lk(sched->lock);
    globrunqput_locked(g);
  }
  wakep();
}

G* current_g() { return tls_m ? tls_m->curg : nullptr; }
int64_t num_goroutine() { return sched->ngoroutines.load(); }
int gomaxprocs() { return sched->nprocs; }
int num_cpu() {
  unsigned n = std::thread::hardware_concurrency();
  return n ? int(n) : 1;
}

static void unlock_sched(G*) { sched->lock.unlock(); }

Op set_gomaxprocs(G& g, int n) {
  g.wake_value = Value::from_int(sched->nprocs);
  if (!sched->cfg.threads) return Op::Done;  // one thread: GOMAXPROCS stays 1
  if (n <= 0 || n == sched->nprocs) return Op::Done;
  if (g.no_park) return cannot_park(g);
  if (n > 256) n = 256;
  sched->lock.lock();
  stw_request_locked(false, n);
  g.schedlink = sched->stw_waiters;
  sched->stw_waiters = &g;
  g.wait_reason = "GOMAXPROCS";
  g.park_unlockf = unlock_sched;
  return Op::Park;  // sched.lock stays held until g is marked Waiting
}

Op gc_collect(G& g) {
  // runtime.GC() inside a callback, or while a G is parked in one: its native's C++ locals
  // are no GC roots. The next cycle will do.
  if (g.no_park || g.in_callback || sched->ncallback_parked.load() > 0) return Op::Done;
  sched->lock.lock();
  stw_request_locked(true, 0);
  g.schedlink = sched->stw_waiters;
  sched->stw_waiters = &g;
  g.wait_reason = "garbage collection";
  g.park_unlockf = unlock_sched;
  return Op::Park;
}

void entersyscall(G& g) {
  M* m = tls_m;
  LockGuard lk(sched->lock);
  P* p = m->p;
  p->syscalltick.fetch_add(1, std::memory_order_relaxed);
  p->status = PStatus::Syscall;
  p->curg.store(nullptr, std::memory_order_relaxed);
  m->oldp = p;
  m->p = nullptr;
  m->in_syscall = true;
  g.status.store(GStatus::Syscall);
  g.wait_reason = "syscall";
  sched->nsyscall++;
  ev(EvKind::SyscallEnter, g.goid, p->id);
}

bool exitsyscall(G& g) {
  M* m = tls_m;
  LockGuard lk(sched->lock);
  m->in_syscall = false;
  P* old = m->oldp;
  m->oldp = nullptr;
  struct Exit {  // SyscallExit, with the P it got (-1: none, the G goes to the global queue)
    G& g; M* m;
    ~Exit() { ev(EvKind::SyscallExit, g.goid, m->p ? m->p->id : -1); }
  } exit_ev{g, m};
  // On failure nsyscall stays counted until execute() has queued the G (RunStatus::NoP):
  // otherwise an idle M could see no runnable G and no syscall in between and call it a
  // deadlock.
  // fatal_claimed too: finish_end wakes a host call (hooks.ending) before it sets `exiting`,
  // so a G whose stdin read was cancelled by Stop could otherwise run on — print, return from
  // main — after the end was decided (and leave no wait-for graph of the stopped program).
  if (end_decided()) return false;
  P* p = nullptr;
  if (old && old->status == PStatus::Syscall && old->m == m) {
    p = old;
    p->status = PStatus::Running;
  } else {
    p = pidleget_locked();
  }
  if (!p) return false;
  sched->nsyscall--;
  p->syscalltick.fetch_add(1, std::memory_order_relaxed);
  p->m = m;
  m->p = p;
  p->curg.store(&g, std::memory_order_relaxed);
  g.status.store(GStatus::Running);
  return true;
}

// ---------------------------------------------------------------- callbacks that block

// Each G parked in a callback holds a thread — under wasm a Worker, costly to start and to
// keep — so their number is bounded. Checked when a callback starts; a callback started
// while the bound is reached keeps no_park's wait-a-little-then-refuse.
#if defined(__EMSCRIPTEN__)
constexpr int kMaxCallbackParked = 32;
#else
constexpr int kMaxCallbackParked = 256;
#endif

bool callbacks_can_park() {
  return sched && sched->cfg.threads &&
         sched->ncallback_parked.load(std::memory_order_relaxed) < kMaxCallbackParked;
}

// m gives its P to an idle or new M (which runs the P's Gs and timers, or finds the program
// deadlocked) before it sleeps in park_on_m.
static void release_p_for_callback(M* m) {
  P* p;
  {
    LockGuard lk(sched->lock);
    p = m->p;
    m->p = nullptr;
  }
  if (!p) return;
  p->curg.store(nullptr, std::memory_order_relaxed);
  startm(p, false);
}

// Sleeps m until the M that schedules g hands it a P (startlockedm), then g runs on m again.
// False: the program ended first. g.locked_m and ncallback_parked are set by the caller.
static bool wait_for_handoff(M* m, G& g) {
  for (;;) {
    release_p_for_callback(m);
    bool have_p = false;
    for (;;) {
      m->park.sleep(-1);
      LockGuard lk(sched->lock);
      if (m->nextp) {
        m->p = m->nextp;
        m->nextp = nullptr;
        m->p->m = m;
        have_p = true;
        break;
      }
      if (end_decided()) break;
    }
    if (!have_p) {
      sched->ncallback_parked.fetch_sub(1);
      return false;
    }
    ev(EvKind::ProcWake, 0, m->p->id);
    // Woken by a normal-mode Unlock: take the mutex now, or wait again (queued, Waiting).
    if (g.mutex_retry && !mutex_acquire_before_run(&g)) continue;
    break;
  }
  // The last G to leave: a collection deferred meanwhile may start (see findrunnable).
  if (sched->ncallback_parked.fetch_sub(1) == 1 && heap_gc_wanted()) detail::global_yield.store(1);
  g.locked_m = nullptr;
  begin_running(m, g, detail::kPollsPerSlice, true);
  return true;
}

bool park_on_m(G& g) {
  M* m = tls_m;
  if (!m || !sched->cfg.threads) GORT_THROW("park_on_m: no threads");
  m->curg = nullptr;
  if (m->p) m->p->slice_polls = g.slice_polls;
  g.locked_m = m;
  sched->ncallback_parked.fetch_add(1);
  // From here a waker may ready g; the M that then picks it hands us its P (startlockedm),
  // possibly before we have given ours away (the note remembers the wake-up).
  commit_park(g, m->p);
  return wait_for_handoff(m, g);
}

bool wait_for_p_on_m(G& g) {
  M* m = tls_m;
  if (!m || !sched->cfg.threads) GORT_THROW("wait_for_p_on_m: no threads");
  m->curg = nullptr;
  g.locked_m = m;
  sched->ncallback_parked.fetch_add(1);
  queue_after_syscall(g);
  wakep();
  return wait_for_handoff(m, g);
}

int run_main(const Config& cfg, const Hooks& hooks, void* main_vm) {
  auto owned = std::make_unique<Sched>();
  sched = owned.get();
  sched->cfg = cfg;
  detail::slices_by_polls = cfg.faketime || !cfg.threads;
  detail::events_on = cfg.events && hooks.events;
  detail::track_waits = cfg.wait_graph && hooks.wait_graph;
  if (detail::events_on) sched->sysmon_ring = std::make_unique<EventRing>();
  sched->hooks = hooks;
  int n = cfg.gomaxprocs > 0 ? cfg.gomaxprocs : num_cpu();
  if (n > 256) n = 256;
  if (!cfg.threads) n = 1;
  uint64_t seed = cfg.seed ? cfg.seed : uint64_t(real_now()) ^ 0x9E3779B97F4A7C15ULL;
  sched->allp.push_back(std::make_unique<P>());
  sched->allp[0]->rng = seed | 1;
  sched->allp[0]->status = PStatus::Stopped;
  if (detail::events_on) sched->allp[0]->ring = std::make_unique<EventRing>();
  procresize_locked(n);
  for (int i = n - 1; i >= 0; --i) pidleput_locked(sched->allp[i].get());
  detail::global_yield.store(0);
  timers_init();
  heap_init(cfg.gogc, cfg.memory_limit);
  g_limit_hit.store(Limit::None);
  sched->start_real = real_now();
  g_active.store(sched);

  G* mg = gnew();
  mg->vm = main_vm;
  if (events_on()) {
    SchedEvent e;
    e.kind = EvKind::GoCreate;
    e.g = mg->goid;
    e.q = -1;
    e.fn = hooks.g_pos ? hooks.g_pos(*mg, 1) : 0;
    ev_record(e);
  }
  mg->status.store(GStatus::Runnable);
  sched->ngoroutines.fetch_add(1);
  {
    LockGuard lk(sched->lock);
    globrunqput_locked(mg);
  }
  startm(nullptr, false);
  if (cfg.threads) {
    // The caller is sysmon: it would only wait for the end here, and a thread fewer matters
    // under wasm, where every thread is a Worker that Node bootstraps at start-up (the empty
    // program now needs 2 pooled Workers instead of 3). finish_end wakes sysmon_note.
    sysmon_loop();
  } else {
    mstart(sched->caller_m);  // returns when the program ends
  }
  bool abandoned = false;
  std::vector<M*> ms;
  {
    LockGuard lk(sched->lock);
    for (auto& m : sched->allm) {
      m->park.wake();
      ms.push_back(m.get());
    }
  }
  bool calls_return = sched->host_calls_return.load();
  for (M* m : ms) {
    if (!m->thread.joinable()) continue;  // the caller's own M (no threads)
    bool sys;
    {
      LockGuard lk(sched->lock);
      sys = m->in_syscall;
    }
    if (sys && !calls_return) {
      m->thread.detach();  // blocked in a host call nobody can interrupt: left behind
      abandoned = true;
      continue;
    }
    // Wait until the M has left its loop or stopped for good (out of memory inside an
    // allocation, abandon_current_m): joining the latter would never return.
    uint32_t f;
    while ((f = m->fate.load(std::memory_order_acquire)) == M::kRunning) futex_wait(&m->fate, f, -1);
    if (f == M::kAbandoned) {
      m->thread.detach();  // parked forever on m->park: m moves to the graveyard below
      m->abandoned = true;
    } else {
      m->thread.join();
    }
  }
  // The last events (the Ms have stopped, or are blocked in a host call for good).
  events_drain();
  int code = sched->exit_code.load();
  // Stopped while every goroutine was blocked (a program waiting for input that will not
  // come, or stuck with a timer somewhere): what each one waited on. The Ms have stopped.
  if (code == 130 && !abandoned && detail::track_waits && limit_hit() == Limit::None) {
    int64_t live = 0;
    for (G* g : sched->allgs) {
      GStatus st = g->status.load();
      if (st != GStatus::Dead && st != GStatus::Idle) live++;
    }
    WaitGraph graph = build_wait_graph(true);
    if (live > 0 && int64_t(graph.gs.size()) == live) hooks.wait_graph(graph);
  }
  detail::track_waits = false;
  {
    LockGuard lk(g_stop_lock);   // a Stop in flight finishes with this run before it goes
    g_active.store(nullptr);
  }
  {
    LockGuard lk(g_graveyard_lock);
    for (auto& m : sched->allm) {
      if (!m->abandoned) continue;
      g_graveyard.push_back(m.release());
      g_abandoned.fetch_add(1);
    }
  }
  if (abandoned) {
    // An M is still blocked in a host call and will touch the scheduler when it returns
    // (exitsyscall sees `exiting` and stops). Keep everything alive: a bounded leak per run.
    owned.release();
    detail::events_on = false;
    return code;
  }
  for (size_t i = 0; i < sched->allp.size(); ++i) sudog_flush(sched->allp[i].get());
  if (hooks.free_vm)
    for (G* g : sched->allgs)
      if (g->vm) { hooks.free_vm(g->vm); g->vm = nullptr; }
  sync_reset();
  timers_shutdown();
  heap_shutdown();
  detail::events_on = false;
  sched = nullptr;
  return code;
}

}  // namespace gort::rt
