// engine/runtime/sync.cpp — semaphores keyed by address (Go's sema.go) and the sync.Mutex,
// RWMutex, WaitGroup and Once state machines the VM embeds in heap objects. Waiters queue in
// one of 251 buckets hashed by address; the bucket lock is held until the parking G is marked
// Waiting. Mutex and RWMutex hand ownership directly to the first waiter (FIFO, no barging
// once someone waits), so a woken G never has to retry.
#include <cstdint>

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
Op park_on(G& g, Bucket& b, void* a, const char* reason, bool kind) {
  Sudog* s = sudog_get();
  s->g = &g;
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

// First waiter for a (any kind, or only kind == want if filter). Lock held.
Sudog* take_waiter(Bucket& b, void* a, bool filter = false, bool want = false) {
  for (Sudog* s = b.q.first; s; s = s->next) {
    if (s->obj != a || (filter && s->is_send != want)) continue;
    b.q.remove(s);
    if (!sudog_claim(s)) GORT_THROW("sync: waiter claimed twice");
    return s;
  }
  return nullptr;
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
  return park_on(g, b, addr, reason, false);
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

// ---- sync.Mutex: state bit 0 = locked, state >> 1 = number of queued waiters ----

bool mutex_trylock(MutexState* m) {
  int32_t z = 0;
  return m->state.compare_exchange_strong(z, 1, std::memory_order_acquire);
}

Op mutex_lock(G& g, MutexState* m) {
  if (mutex_trylock(m)) return Op::Done;
  Bucket& b = bucket_of(m);
  b.lock.lock();
  for (;;) {
    int32_t s = m->state.load(std::memory_order_relaxed);
    if (!(s & 1)) {
      if (m->state.compare_exchange_weak(s, s | 1, std::memory_order_acquire)) {
        b.lock.unlock();
        return Op::Done;
      }
      continue;
    }
    if (m->state.compare_exchange_weak(s, s + 2, std::memory_order_relaxed))
      return park_on(g, b, m, "semacquire", false);
  }
}

void mutex_unlock(MutexState* m) {
  int32_t one = 1;
  if (m->state.compare_exchange_strong(one, 0, std::memory_order_release)) return;
  Bucket& b = bucket_of(m);
  b.lock.lock();
  int32_t s = m->state.load(std::memory_order_relaxed);
  if (!(s & 1)) {
    b.lock.unlock();
    fatal_error(current_g(), "sync: unlock of unlocked mutex");
    return;
  }
  G* w = nullptr;
  if (s >= 2) {
    Sudog* sg = take_waiter(b, m);
    if (!sg) GORT_THROW("sync: mutex waiter count without a waiter");
    m->state.fetch_sub(2, std::memory_order_release);   // stays locked: owned by the waiter now
    w = wake_one(sg);
  } else {
    m->state.fetch_and(~1, std::memory_order_release);
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
  m->rwait++;
  return park_on(g, b, m, "semacquire", false);
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
  m->wwait++;
  return park_on(g, b, m, "semacquire", true);
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

Op wg_wait(G& g, WaitGroupState* w) {
  if (w->counter.load() == 0) return Op::Done;
  Bucket& b = bucket_of(w);
  b.lock.lock();
  if (w->counter.load() == 0) { b.lock.unlock(); return Op::Done; }
  w->waiters++;
  return park_on(g, b, w, "semacquire", false);
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
  Op r = park_on(g, b, o, "semacquire", false);
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
