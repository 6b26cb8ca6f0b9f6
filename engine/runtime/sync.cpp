// engine/runtime/sync.cpp — semaphores keyed by address (Go's sema.go), the sync.Mutex, RWMutex,
// WaitGroup and Once state machines and sync.Cond's notify list, which the VM embeds in heap
// objects. Waiters queue in one of 251 buckets hashed by address; the bucket lock is held until
// the parking G is marked Waiting. Mutex follows Go's normal/starvation modes (see below);
// RWMutex hands ownership directly to the first waiter (FIFO, no barging once someone waits).
#include <chrono>
#include <cstdint>
#include <thread>

#include "runtime/sudog.h"

namespace gort::rt {

namespace {
struct Bucket {
  Lock lock;
  WaitQ q;
};
Bucket buckets[251];
Bucket& bucket_of(const void* a) { return buckets[(reinterpret_cast<uintptr_t>(a) >> 3) % 251]; }

void unlock_bucket(G* g) { static_cast<Bucket*>(g->park_lock)->lock.unlock(); }

// Queue g on b for address a and return Park (b.lock stays held until g is Waiting).
// Wait reasons are Go 1.19's: every sync primitive parks as "semacquire" (the specific
// "sync.Mutex.Lock"-style reasons arrived in Go 1.20).
Op park_on(G& g, Bucket& b, void* a, const char* reason, bool kind, const char* what) {
  Sudog* s = sudog_get();
  s->g = &g;
  s->what = what;
  s->episode = begin_episode(g);
  s->obj = a;
  s->is_send = kind;
  g.waiting = s;
  b.q.push(s);
  g.wait_reason = reason;
  g.park_lock = &b;
  g.park_unlockf = unlock_bucket;
  return Op::Park;
}

// First waiter for a that `match` accepts, dequeued and claimed. Lock held.
template <class Match>
Sudog* take_waiter_if(Bucket& b, void* a, Match match) {
  for (Sudog* s = b.q.first; s; s = s->next) {
    if (s->obj != a || !match(s)) continue;
    b.q.remove(s);
    if (!sudog_claim(s)) GORT_THROW("sync: waiter claimed twice");
    return s;
  }
  return nullptr;
}
// First waiter for a (any kind, or only kind == want if filter). Lock held.
Sudog* take_waiter(Bucket& b, void* a, bool filter = false, bool want = false) {
  return take_waiter_if(b, a, [&](const Sudog* s) { return !filter || s->is_send == want; });
}

G* wake_one(Sudog* s) {
  G* g = s->g;
  g->wake_ok = true;
  sudog_put(s);
  return g;
}

bool cas_dec(uint32_t* addr) {
  uint32_t v = __atomic_load_n(addr, __ATOMIC_ACQUIRE);
  while (v > 0)
    if (__atomic_compare_exchange_n(addr, &v, v - 1, true, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) return true;
  return false;
}
}  // namespace

// The buckets outlive a run; Gs still queued when a program ends (e.g. main returned while
// others waited on a WaitGroup) must not be seen by the next run.
Op cannot_park(G& g) {
  g.panic_msg = kCannotParkMsg;
  return Op::Panic;
}

// Real time, not the run's clock: under --faketime that clock does not move while we poll.
bool wait_on_thread(bool (*ready)(void*), void* arg) {
  // Long enough to outlast the OS descheduling the holder's thread on a busy machine (a
  // holder inside a callback cannot be preempted by gort; see G::no_park).
  constexpr auto kPatience = std::chrono::milliseconds(500);
  auto deadline = std::chrono::steady_clock::now() + kPatience;
  for (int i = 0;; ++i) {
    if (ready(arg)) return true;
    if (i < 64) { cpu_relax(); continue; }
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::yield();
  }
}

// A G that cannot park (G::no_park): wait on the thread for ready(), else refuse.
template <class F>
Op wait_or_refuse(G& g, F ready) {
  return wait_on_thread(ready) ? Op::Done : cannot_park(g);
}

void sync_reset() {
  for (Bucket& b : buckets) {
    LockGuard lk(b.lock);
    while (Sudog* s = b.q.first) { b.q.remove(s); sudog_put(s); }
  }
}

Op semacquire(G& g, uint32_t* addr, const char* reason) {
  if (cas_dec(addr)) return Op::Done;
  Bucket& b = bucket_of(addr);
  b.lock.lock();
  if (cas_dec(addr)) { b.lock.unlock(); return Op::Done; }
  if (g.no_park) {
    b.lock.unlock();
    return wait_or_refuse(g, [&] { return cas_dec(addr); });
  }
  return park_on(g, b, addr, reason, false, "sema");
}

void semrelease(uint32_t* addr) {
  Bucket& b = bucket_of(addr);
  b.lock.lock();
  __atomic_fetch_add(addr, 1, __ATOMIC_ACQ_REL);
  G* w = nullptr;
  for (Sudog* s = b.q.first; s; s = s->next) {
    if (s->obj != addr) continue;
    if (cas_dec(addr)) {   // hand the count to the first waiter
      b.q.remove(s);
      if (!sudog_claim(s)) GORT_THROW("semrelease: waiter claimed twice");
      w = wake_one(s);
    }
    break;
  }
  b.lock.unlock();
  if (w) ready(w);
}

// ---- sync.Mutex: Go's sync/mutex.go state word ----
// bit 0 locked, bit 1 woken (a waiter was woken and has not retried yet: Unlock wakes no
// other), bit 2 starving (Unlock hands ownership to the first waiter, newcomers queue),
// state >> 3 = number of queued waiters. Waiters are counted and queued under the bucket lock,
// so a waker that counted one out always finds its sudog.
//
// Normal mode is what makes a contended mutex cheap: Unlock only wakes a waiter, and the
// unlocking G may lock again without a goroutine switch (with FIFO hand-off, 4 goroutines
// × 100k Lock/Unlock made nearly every Lock a switch: a convoy). The woken waiter retries when
// a P is about to run it (mutex_acquire_before_run: the VM resumes a parked Lock as done, so
// the retry cannot happen inside Lock) and, if it loses, queues again at the front.
namespace {
constexpr int32_t kLocked = 1, kWoken = 2, kStarving = 4, kWaiterShift = 3, kWaiter = 1 << 3;
constexpr int64_t kStarvationNs = 1000000;   // Go's starvationThresholdNs

// The holder's goid is only read for the wait-for graph (Config::wait_graph). Written only
// then: under wasm every atomic store is a seq_cst exchange, and the two per Lock/Unlock
// pair cost ~15% of an uncontended Lock/Unlock loop's CPU under Node.
inline void set_owner(MutexState* m, int64_t goid) {
  if (detail::track_waits) m->owner.store(goid, std::memory_order_relaxed);
}

// Lock's slow path, also the retry of a woken waiter (awoke). Returns Done (g owns m) or Park
// (g queued: front if it waited before; b.lock held until g is Waiting).
Op mutex_lock_slow(G& g, MutexState* m, bool awoke) {
  Bucket& b = bucket_of(m);
  b.lock.lock();
  // A waiter that has waited over 1 ms and loses again switches the mutex to starvation mode.
  bool starving = awoke && g.mutex_wait_start != 0 &&
                  nanotime() - g.mutex_wait_start > kStarvationNs;
  int32_t old = m->state.load(std::memory_order_relaxed);
  for (;;) {
    int32_t nw = old;
    if (!(old & kStarving)) nw |= kLocked;            // a starving mutex goes to the waiters
    if (old & (kLocked | kStarving)) nw += kWaiter;
    if (starving && (old & kLocked)) nw |= kStarving;
    if (awoke) nw &= ~kWoken;                         // our wake-up is used, lost or not
    if (m->state.compare_exchange_weak(old, nw, std::memory_order_acquire,
                                       std::memory_order_relaxed)) {
      if (!(old & (kLocked | kStarving))) {
        b.lock.unlock();
        g.mutex_wait_start = 0;
        set_owner(m, g.goid.load(std::memory_order_relaxed));
        return Op::Done;
      }
      bool lifo = g.mutex_wait_start != 0;
      if (!lifo) g.mutex_wait_start = nanotime();
      Sudog* s = sudog_get();
      s->g = &g;
      s->episode = begin_episode(g);
      s->obj = m;
      s->what = "mutex";
      g.waiting = s;
      if (lifo) b.q.push_front(s); else b.q.push(s);
      g.wait_reason = "semacquire";
      g.park_lock = &b;
      g.park_unlockf = unlock_bucket;
      return Op::Park;
    }
  }
}
}  // namespace

bool mutex_trylock(MutexState* m) {
  int32_t old = m->state.load(std::memory_order_relaxed);
  if (old & (kLocked | kStarving)) return false;
  if (!m->state.compare_exchange_strong(old, old | kLocked, std::memory_order_acquire,
                                       std::memory_order_relaxed))
    return false;
  if (detail::track_waits)
    if (G* g = current_g()) set_owner(m, g->goid.load(std::memory_order_relaxed));
  return true;
}

// Go's sync_runtime_canSpin: a few rounds, only while some other P is running (the holder
// is likely on it and about to unlock) and our own P has nothing else to run. Parking and
// being woken costs a bucket lock, a sudog and two goroutine switches; a critical section of
// a few instructions is over long before that.
constexpr int kSpinRounds = 4;
// State loads per round (Go: 30 PAUSEs), also under wasm, where there is no PAUSE and a round
// is over sooner. Spinning longer there (300 loads) was measured to lose: with 4 goroutines
// × 2.5M Lock/Unlock on 2 Ps under Node, 1.47 s wall / 2.31 s CPU against 1.14 s / 1.60 s with
// 30 (medians of 11, interleaved), 8 goroutines 1.71 s against 1.38 s, 2 goroutines 0.98 against
// 0.92; a critical section of 20 loop iterations was even (1.02 against 1.05). A spinner that
// wins takes the mutex's cache line to the other core, and the holder, which would have
// re-locked at once, spins or parks in turn: fewer, longer runs of one owner are cheaper.
constexpr int kSpinChecks = 30;
static bool can_spin(int round) {
  if (round >= kSpinRounds || !sched) return false;
  int np = sched->nprocs.load(std::memory_order_relaxed);
  if (np <= 1 || np <= sched->npidle.load(std::memory_order_relaxed) +
                          sched->nmspinning.load(std::memory_order_relaxed) + 1)
    return false;
  M* mm = tls_m;
  return mm && mm->p && mm->p->runq.empty();
}


Op mutex_lock(G& g, MutexState* m) {
  int32_t z = 0;
  if (m->state.compare_exchange_strong(z, kLocked, std::memory_order_acquire,
                                       std::memory_order_relaxed)) {
    set_owner(m, g.goid.load(std::memory_order_relaxed));
    return Op::Done;
  }
  if (g.no_park) {
    return wait_or_refuse(g, [&] { return mutex_trylock(m); });
  }
  // Spin before queueing (normal mode only: a starving mutex belongs to its waiters).
  for (int round = 0; can_spin(round); ++round) {
    for (int k = 0; k < kSpinChecks; ++k) {
      int32_t old = m->state.load(std::memory_order_relaxed);
      if (old & kStarving) goto slow;
      if (!(old & kLocked) &&
          m->state.compare_exchange_weak(old, old | kLocked, std::memory_order_acquire,
                                         std::memory_order_relaxed)) {
        set_owner(m, g.goid.load(std::memory_order_relaxed));
        return Op::Done;
      }
      cpu_relax();
    }
  }
slow:
  g.mutex_wait_start = 0;
  return mutex_lock_slow(g, m, false);
}

bool mutex_lock_fast(MutexState* m, const G* g) {
  int32_t z = 0;
  if (!m->state.compare_exchange_strong(z, kLocked, std::memory_order_acquire,
                                       std::memory_order_relaxed))
    return false;
  if (g) set_owner(m, g->goid.load(std::memory_order_relaxed));
  return true;
}

bool mutex_unlock_fast(MutexState* m) {
  // Only a mutex that is locked and nothing more (no waiter, not woken, not starving): the
  // rest — waking a waiter, the fatal error of an unlocked mutex — is mutex_unlock's.
  if (m->state.load(std::memory_order_relaxed) != kLocked) return false;
  set_owner(m, 0);
  int32_t l = kLocked;
  return m->state.compare_exchange_strong(l, 0, std::memory_order_release, std::memory_order_relaxed);
}

bool mutex_acquire_before_run(G* g) {
  MutexState* m = g->mutex_retry;
  g->mutex_retry = nullptr;
  if (mutex_lock_slow(*g, m, true) == Op::Done) return true;
  // Lost to a G that locked it meanwhile: back to waiting (the park protocol's last steps,
  // as execute() does for a G returning Parked).
  void (*f)(G*) = g->park_unlockf;
  g->park_unlockf = nullptr;
  g->status.store(GStatus::Waiting);
  f(g);
  return false;
}

void mutex_unlock(MutexState* m) {
  set_owner(m, 0);   // before the release: the next owner's store wins
  int32_t nw = m->state.fetch_sub(kLocked, std::memory_order_release) - kLocked;
  if (nw == 0) return;
  if (!((nw + kLocked) & kLocked)) {
    fatal_error(current_g(), "sync: unlock of unlocked mutex");
    return;
  }
  Bucket& b = bucket_of(m);
  G* w = nullptr;
  b.lock.lock();
  if (!(nw & kStarving)) {
    // Normal mode: wake one waiter unless there is none, one is awake already, or someone
    // (a barging G, or a starving hand-off we did not see) has the mutex.
    //
    // Except for a waiter parked inside a callback on its own thread (park_on_m): it gets the
    // mutex at once. A retry of its own would cost two thread hand-offs, and a G that keeps
    // re-locking (the unlocker, most often) would win nearly every time, so the waiter's
    // thread would churn until starvation mode (4 Gs x 500 contended Lock/Unlock: minutes).
    int32_t old = m->state.load(std::memory_order_relaxed);
    for (;;) {
      if ((old >> kWaiterShift) == 0 || (old & (kLocked | kWoken | kStarving))) break;
      const Sudog* first = b.q.first;
      while (first && first->obj != m) first = first->next;
      bool direct = first && first->g->locked_m;   // set before it queued (we hold b.lock)
      int32_t want = (old - kWaiter) | (direct ? kLocked : kWoken);
      if (m->state.compare_exchange_weak(old, want, std::memory_order_acq_rel,
                                         std::memory_order_relaxed)) {
        Sudog* sg = take_waiter(b, m);
        if (!sg) GORT_THROW("sync: mutex waiter count without a waiter");
        w = wake_one(sg);
        if (direct) {
          w->mutex_retry = nullptr;
          w->mutex_wait_start = 0;
          set_owner(m, w->goid.load(std::memory_order_relaxed));
        } else {
          w->mutex_retry = m;
        }
        break;
      }
    }
  } else {
    // Starvation mode: ownership goes to the first waiter. It leaves starvation mode if it is
    // the last waiter or did not wait long (Go's lockSlow, done here by the unlocker).
    Sudog* sg = take_waiter(b, m);
    if (!sg) GORT_THROW("sync: starving mutex without a waiter");
    w = wake_one(sg);
    int32_t old = m->state.load(std::memory_order_relaxed);
    int32_t delta = kLocked - kWaiter;
    if ((old >> kWaiterShift) == 1 || nanotime() - w->mutex_wait_start <= kStarvationNs)
      delta -= kStarving;
    m->state.fetch_add(delta, std::memory_order_relaxed);
    w->mutex_retry = nullptr;
    w->mutex_wait_start = 0;
    set_owner(m, w->goid.load(std::memory_order_relaxed));
  }
  b.lock.unlock();
  if (w) ready(w);
}

// ---- sync.RWMutex (all under the bucket lock; writers preferred once waiting) ----

Op rw_rlock(G& g, RWMutexState* m) {
  Bucket& b = bucket_of(m);
  b.lock.lock();
  if (!m->writer && m->wwait == 0) {
    m->readers.fetch_add(1);
    b.lock.unlock();
    return Op::Done;
  }
  if (g.no_park) {
    b.lock.unlock();
    return wait_or_refuse(g, [&] { return rw_tryrlock(m); });
  }
  m->rwait++;
  return park_on(g, b, m, "semacquire", false, "rwmutex");
}

// Lock held. Hand the lock on after a writer left or the last reader left.
static void rw_handoff(Bucket& b, RWMutexState* m, std::vector<G*>& wake) {
  if (m->writer || m->readers.load() > 0) return;
  if (m->wwait > 0) {
    Sudog* s = take_waiter(b, m, true, true);
    if (!s) GORT_THROW("sync: rwmutex writer count without a waiter");
    m->wwait--;
    m->writer = 1;
    wake.push_back(wake_one(s));
    return;
  }
  while (m->rwait > 0) {
    Sudog* s = take_waiter(b, m, true, false);
    if (!s) GORT_THROW("sync: rwmutex reader count without a waiter");
    m->rwait--;
    m->readers.fetch_add(1);
    wake.push_back(wake_one(s));
  }
}

void rw_runlock(RWMutexState* m) {
  Bucket& b = bucket_of(m);
  std::vector<G*> wake;
  b.lock.lock();
  if (m->readers.load() <= 0) {
    b.lock.unlock();
    fatal_error(current_g(), "sync: RUnlock of unlocked RWMutex");
    return;
  }
  m->readers.fetch_sub(1);
  rw_handoff(b, m, wake);
  b.lock.unlock();
  for (G* w : wake) ready(w);
}

Op rw_lock(G& g, RWMutexState* m) {
  Bucket& b = bucket_of(m);
  b.lock.lock();
  if (!m->writer && m->readers.load() == 0) {
    m->writer = 1;
    b.lock.unlock();
    return Op::Done;
  }
  if (g.no_park) {
    b.lock.unlock();
    return wait_or_refuse(g, [&] { return rw_trylock(m); });
  }
  m->wwait++;
  return park_on(g, b, m, "semacquire", true, "rwmutex");
}

// The uncontended cases of rw_lock/rw_rlock, decided under the bucket lock (a check outside it
// could pass, then the lock park).
bool rw_trylock(RWMutexState* m) {
  Bucket& b = bucket_of(m);
  LockGuard lk(b.lock);
  if (m->writer || m->readers.load() != 0 || m->wwait != 0) return false;
  m->writer = 1;
  return true;
}
bool rw_tryrlock(RWMutexState* m) {
  Bucket& b = bucket_of(m);
  LockGuard lk(b.lock);
  if (m->writer || m->wwait != 0) return false;
  m->readers.fetch_add(1);
  return true;
}

void rw_unlock(RWMutexState* m) {
  Bucket& b = bucket_of(m);
  std::vector<G*> wake;
  b.lock.lock();
  if (!m->writer) {
    b.lock.unlock();
    fatal_error(current_g(), "sync: Unlock of unlocked RWMutex");
    return;
  }
  m->writer = 0;
  // Readers that queued while the writer held the lock go first (Go lets them in too).
  if (m->rwait > 0) {
    while (m->rwait > 0) {
      Sudog* s = take_waiter(b, m, true, false);
      if (!s) GORT_THROW("sync: rwmutex reader count without a waiter");
      m->rwait--;
      m->readers.fetch_add(1);
      wake.push_back(wake_one(s));
    }
  } else {
    rw_handoff(b, m, wake);
  }
  b.lock.unlock();
  for (G* w : wake) ready(w);
}

// ---- sync.WaitGroup ----

Op wg_add(G& g, WaitGroupState* w, int64_t delta) {
  Bucket& b = bucket_of(w);
  std::vector<G*> wake;
  b.lock.lock();
  int64_t c = w->counter.fetch_add(delta) + delta;
  if (c < 0) {
    b.lock.unlock();
    g.panic_msg = "sync: negative WaitGroup counter";
    return Op::Panic;
  }
  if (c == 0)
    while (Sudog* s = take_waiter(b, w)) { w->waiters--; wake.push_back(wake_one(s)); }
  b.lock.unlock();
  for (G* x : wake) ready(x);
  return Op::Done;
}

// A waiter parks only under the bucket lock after seeing a non-zero counter, and the counter
// reaches zero only through wg_add (which takes the lock and wakes): a change that keeps it
// above zero concerns nobody.
bool wg_add_fast(WaitGroupState* w, int64_t delta) {
  int64_t c = w->counter.load(std::memory_order_relaxed);
  while (c + delta > 0)
    if (w->counter.compare_exchange_weak(c, c + delta, std::memory_order_acq_rel,
                                         std::memory_order_relaxed))
      return true;
  return false;
}

Op wg_wait(G& g, WaitGroupState* w) {
  if (w->counter.load() == 0) return Op::Done;
  Bucket& b = bucket_of(w);
  b.lock.lock();
  if (w->counter.load() == 0) { b.lock.unlock(); return Op::Done; }
  if (g.no_park) {
    b.lock.unlock();
    return wait_or_refuse(g, [&] { return w->counter.load() == 0; });
  }
  w->waiters++;
  return park_on(g, b, w, "semacquire", false, "waitgroup");
}

// ---- sync.Cond's notify list ----

namespace {
bool ticket_less(uint32_t a, uint32_t b) { return static_cast<int32_t>(a - b) < 0; }
}  // namespace

uint32_t notify_list_add(NotifyList* l) { return l->wait.fetch_add(1); }

Op notify_list_wait(G& g, NotifyList* l, uint32_t ticket) {
  Bucket& b = bucket_of(l);
  b.lock.lock();
  if (ticket_less(ticket, l->notify.load())) {   // notified between add and here
    b.lock.unlock();
    return Op::Done;
  }
  if (g.no_park) {  // (sync.Cond.Wait refuses earlier, before taking its ticket)
    b.lock.unlock();
    return cannot_park(g);
  }
  Op op = park_on(g, b, l, "sync.Cond.Wait", false, "cond");
  g.waiting->ticket = ticket;
  return op;
}

void notify_list_notify_one(NotifyList* l) {
  if (l->wait.load() == l->notify.load()) return;   // nobody took a ticket since the last one
  Bucket& b = bucket_of(l);
  G* w = nullptr;
  b.lock.lock();
  uint32_t t = l->notify.load();
  if (t != l->wait.load()) {
    l->notify.store(t + 1);
    // Its holder may not be queued yet: then it sees the ticket notified and does not park.
    if (Sudog* s = take_waiter_if(b, l, [t](const Sudog* s) { return s->ticket == t; }))
      w = wake_one(s);
  }
  b.lock.unlock();
  if (w) ready(w);
}

void notify_list_notify_all(NotifyList* l) {
  if (l->wait.load() == l->notify.load()) return;
  Bucket& b = bucket_of(l);
  std::vector<G*> wake;
  b.lock.lock();
  l->notify.store(l->wait.load());
  while (Sudog* s = take_waiter(b, l)) wake.push_back(wake_one(s));
  b.lock.unlock();
  for (G* x : wake) ready(x);
}

// ---- sync.Once ----

Op once_begin(G& g, OnceState* o) {
  uint32_t s = o->state.load(std::memory_order_acquire);
  if (s == 2) { g.wake_ok = false; return Op::Done; }
  uint32_t z = 0;
  if (o->state.compare_exchange_strong(z, 1)) { g.wake_ok = true; return Op::Done; }
  Bucket& b = bucket_of(o);
  b.lock.lock();
  if (o->state.load() == 2) { b.lock.unlock(); g.wake_ok = false; return Op::Done; }
  if (g.no_park) {
    b.lock.unlock();
    auto done = [&] { return o->state.load() == 2; };
    if (!wait_on_thread(done)) return cannot_park(g);
    g.wake_ok = false;
    return Op::Done;
  }
  Op r = park_on(g, b, o, "semacquire", false, "once");
  return r;
}

void once_end(OnceState* o) {
  Bucket& b = bucket_of(o);
  std::vector<G*> wake;
  b.lock.lock();
  o->state.store(2, std::memory_order_release);
  while (Sudog* s = take_waiter(b, o)) { G* x = wake_one(s); x->wake_ok = false; wake.push_back(x); }
  b.lock.unlock();
  for (G* x : wake) ready(x);
}

}  // namespace gort::rt
