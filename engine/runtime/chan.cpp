// engine/runtime/chan.cpp — channels and select (Go's chan.go / select.go).
// A channel is a GC object holding a Chan header followed by its ring buffer of Values. A
// receiver that finds a parked sender (or the reverse) takes the value straight from the
// sender's sudog: no buffer round trip. Parked Gs keep the channel lock held until their M has
// marked them Waiting (park_unlockf), so a waker never runs a G that is still being left.
#include <algorithm>
#include <deque>
#include <memory>

#include "runtime/sudog.h"

namespace gort::rt {

struct Chan {
  Lock lock;
  bool closed = false;
  bool elem_ptr = false;
  int64_t cap = 0;
  int64_t count = 0;
  int64_t sendx = 0;
  int64_t recvx = 0;
  WaitQ recvq;
  WaitQ sendq;
  uint64_t make_pos = 0;   // Hooks::g_pos token of the make (Config::wait_graph; 0: unknown)
  Value* buf() { return reinterpret_cast<Value*>(this + 1); }
};

// ---- sudog pool: per-P caches over one locked process-wide pool (Go's acquireSudog) ----
namespace {
Lock sudog_lock;
std::deque<Sudog> sudog_store;   // process lifetime: sudogs are reused across runs
std::vector<Sudog*> sudog_free;
}  // namespace

Sudog* sudog_get() {
  P* p = tls_m ? tls_m->p : nullptr;
  Sudog* s;
  if (p) {
    if (p->nsudog == 0) {
      // Refill half the cache from the pool (new ones if it is empty).
      LockGuard lk(sudog_lock);
      while (p->nsudog < P::kSudogCache / 2) {
        if (!sudog_free.empty()) { p->sudogcache[p->nsudog++] = sudog_free.back(); sudog_free.pop_back(); }
        else { sudog_store.emplace_back(); p->sudogcache[p->nsudog++] = &sudog_store.back(); }
      }
    }
    s = p->sudogcache[--p->nsudog];
  } else {
    LockGuard lk(sudog_lock);
    if (!sudog_free.empty()) { s = sudog_free.back(); sudog_free.pop_back(); }
    else { sudog_store.emplace_back(); s = &sudog_store.back(); }
  }
  *s = Sudog{};
  return s;
}

void sudog_put(Sudog* s) {
  s->g = nullptr;
  P* p = tls_m ? tls_m->p : nullptr;
  if (p) {
    if (p->nsudog == P::kSudogCache) {
      LockGuard lk(sudog_lock);
      while (p->nsudog > P::kSudogCache / 2) sudog_free.push_back(p->sudogcache[--p->nsudog]);
    }
    p->sudogcache[p->nsudog++] = s;
    return;
  }
  LockGuard lk(sudog_lock);
  sudog_free.push_back(s);
}

void sudog_flush(P* p) {
  LockGuard lk(sudog_lock);
  while (p->nsudog > 0) sudog_free.push_back(p->sudogcache[--p->nsudog]);
}

Sudog* waitq_dequeue(WaitQ& q) {
  while (Sudog* s = q.first) {
    q.remove(s);
    if (sudog_claim(s)) return s;
    // A case of a select that another channel won: its claimer frees it (sudog_release).
  }
  return nullptr;
}

void sudog_release(Sudog* sg) {
  // A select's other cases leave their channels now, as Go's selectgo does when it wakes.
  // Left for the channel's next sender or receiver to skip, they piled up on a channel that
  // nobody used any more (a `done` channel: one sudog per park of the select, for good).
  for (Sudog* s = sg->g->waiting; s;) {
    Sudog* next = s->waitlink;
    if (s != sg) {
      Chan* c = static_cast<Chan*>(s->obj);
      c->lock.lock();
      if (s->queued) (s->is_send ? c->sendq : c->recvq).remove(s);
      c->lock.unlock();
      sudog_put(s);
    }
    s = next;
  }
  sudog_put(sg);
}

// ---- GC ----
static void chan_trace(void* data, Tracer& t) {
  Chan* c = static_cast<Chan*>(data);
  if (!c->elem_ptr) return;
  for (int64_t i = 0; i < c->count; ++i) t.mark(c->buf()[(c->recvx + i) % c->cap].o);
  for (Sudog* s = c->sendq.first; s; s = s->next) t.mark(s->value.o);
}
static void chan_finalize(void* data) {
  Chan* c = static_cast<Chan*>(data);
  // Only stale sudogs can remain (a live waiter's G marks this channel through sudogs_mark).
  for (WaitQ* q : {&c->recvq, &c->sendq})
    while (Sudog* s = q->first) { q->remove(s); sudog_put(s); }
  c->~Chan();
}
static const Layout kChanLayout{LayoutKind::Custom, 0, 0, chan_trace, chan_finalize, "chan"};

void sudogs_mark(G& g, Tracer& t) {
  if (g.status.load() != GStatus::Waiting) return;
  for (Sudog* s = g.waiting; s; s = s->waitlink) {
    if (s->episode != g.episode || s->g != &g) continue;
    // The channel's trace then marks the values parked senders carry.
    if (s->obj && s->is_chan) t.mark(obj_from_data(s->obj));
  }
}

Obj* chan_make(int64_t cap, bool elem_is_ptr) {
  if (cap < 0) cap = 0;
  Obj* o = alloc(&kChanLayout, sizeof(Chan) + size_t(cap) * sizeof(Value));
  Chan* c = new (obj_data(o)) Chan();
  c->cap = cap;
  c->elem_ptr = elem_is_ptr;
  if (detail::track_waits) {
    G* g = current_g();
    if (g && sched->hooks.g_pos) c->make_pos = sched->hooks.g_pos(*g, 0);
  }
  return o;
}

uint64_t chan_make_pos(const void* c) { return static_cast<const Chan*>(c)->make_pos; }

Chan* chan_of(Obj* o) { return o ? static_cast<Chan*>(obj_data(o)) : nullptr; }
int64_t chan_len(Obj* o) {
  if (!o) return 0;
  Chan* c = chan_of(o);
  LockGuard lk(c->lock);
  return c->count;
}
int64_t chan_cap(Obj* o) { return o ? chan_of(o)->cap : 0; }
int64_t chan_queued(Obj* o) {
  Chan* c = chan_of(o);
  LockGuard lk(c->lock);
  int64_t n = 0;
  for (WaitQ* q : {&c->recvq, &c->sendq})
    for (Sudog* s = q->first; s; s = s->next) ++n;
  return n;
}

static void unlock_chan(G* g) { static_cast<Chan*>(g->park_lock)->lock.unlock(); }

static void unlock_self(G* g) { (void)g; }

Op block_forever(G& g, const char* reason) {
  if (g.no_park) return cannot_park(g);
  begin_episode(g);
  g.wait_reason = reason;
  g.park_unlockf = unlock_self;
  return Op::Park;
}

// A send or receive that cannot park (G::no_park) waits on the thread for a partner this many
// times at most (a queued sudog may be a select's stale one, so "someone is there" can be
// wrong; each wait is bounded).
constexpr int kNoParkWaits = 3;

static Op panic_with(G& g, const char* msg) {
  g.panic_msg = msg;
  return Op::Panic;
}

void (*chan_sync_hook)(G* self, G* peer, const void* key, ChanSync kind) = nullptr;

static void sync_note(G* self, G* peer, const void* key, ChanSync kind) {
  if (chan_sync_hook) chan_sync_hook(self, peer, key, kind);
}

// A send (by self, or by the parked sender `peer` that a receive completes) delivered straight
// to a waiting receiver: unbuffered, the two synchronise; buffered (empty buffer), Go's race
// runtime pretends the value went through slot recvx and advances both indices, so the k-th
// send and receive keep sharing a slot with the (k+cap)-th send — done here too, always (an
// empty buffer's indices are free to move).
static void sync_direct(Chan* c, G* self, G* peer) {
  if (c->cap == 0) {
    sync_note(self, peer, c, ChanSync::Pair);
    return;
  }
  sync_note(self, peer, &c->buf()[c->recvx], ChanSync::Slot);
  c->recvx = (c->recvx + 1) % c->cap;
  c->sendx = c->recvx;
}

// Deliver v to the claimed receiver sg (lock held; caller unlocks then readies).
static void deliver_to_receiver(Chan* c, Sudog* sg, Value v) {
  G* r = sg->g;
  r->wake_value = v;
  r->wake_ptr = c->elem_ptr;   // a root until the VM copies it (r is runnable, not running)
  r->wake_ok = true;
  r->wake_index = sg->case_index;
}

// Take the value of claimed sender sg into *out (lock held).
static void take_from_sender(Chan* c, G* self, Sudog* sg, Value* out) {
  if (c->cap == 0) {
    *out = sg->value;
    sync_note(self, sg->g, c, ChanSync::Pair);
  } else {
    // Buffer full: receive its head, the sender's value goes to the tail slot.
    sync_note(self, sg->g, &c->buf()[c->recvx], ChanSync::Slot);
    *out = c->buf()[c->recvx];
    c->buf()[c->recvx] = sg->value;
    c->recvx = (c->recvx + 1) % c->cap;
    c->sendx = c->recvx;
  }
  sg->g->wake_ok = true;
  sg->g->wake_index = sg->case_index;
}

Op chan_send(G& g, Obj* o, Value v) {
  if (!o) return block_forever(g, "chan send (nil chan)");
  Chan* c = chan_of(o);
  int waits = 0;
retry:
  c->lock.lock();
  if (c->closed) { c->lock.unlock(); return panic_with(g, "send on closed channel"); }
  if (Sudog* sg = waitq_dequeue(c->recvq)) {
    sync_direct(c, &g, sg->g);
    deliver_to_receiver(c, sg, v);
    G* r = sg->g;
    c->lock.unlock();
    sudog_release(sg);
    ready(r);
    return Op::Done;
  }
  if (c->count < c->cap) {
    sync_note(&g, nullptr, &c->buf()[c->sendx], ChanSync::Slot);
    c->buf()[c->sendx] = v;
    c->sendx = (c->sendx + 1) % c->cap;
    c->count++;
    c->lock.unlock();
    return Op::Done;
  }
  if (g.no_park) {  // (G::no_park) a receiver or room may come soon
    c->lock.unlock();
    auto can_send = [c] { LockGuard lk(c->lock); return c->closed || c->recvq.first || c->count < c->cap; };
    if (waits++ < kNoParkWaits && wait_on_thread(can_send)) goto retry;
    return cannot_park(g);
  }
  Sudog* sg = sudog_get();
  sg->g = &g;
  sg->episode = begin_episode(g);
  sg->obj = c;
  sg->is_chan = true;
  sg->is_send = true;
  sg->value = v;
  g.waiting = sg;
  g.wake_ok = false;
  c->sendq.push(sg);
  g.wait_reason = "chan send";
  g.park_lock = c;
  g.park_unlockf = unlock_chan;
  return Op::Park;
}

Op chan_recv(G& g, Obj* o) {
  if (!o) return block_forever(g, "chan receive (nil chan)");
  Chan* c = chan_of(o);
  int waits = 0;
retry:
  c->lock.lock();
  if (Sudog* sg = waitq_dequeue(c->sendq)) {
    Value v;
    take_from_sender(c, &g, sg, &v);
    G* s = sg->g;
    c->lock.unlock();
    sudog_release(sg);
    ready(s);
    g.wake_value = v;
    g.wake_ok = true;
    return Op::Done;
  }
  if (c->count > 0) {
    sync_note(&g, nullptr, &c->buf()[c->recvx], ChanSync::Slot);
    g.wake_value = c->buf()[c->recvx];
    c->buf()[c->recvx] = Value::zero();
    c->recvx = (c->recvx + 1) % c->cap;
    c->count--;
    c->lock.unlock();
    g.wake_ok = true;
    return Op::Done;
  }
  if (c->closed) {
    sync_note(&g, nullptr, c, ChanSync::Acquire);
    c->lock.unlock();
    g.wake_value = Value::zero();
    g.wake_ok = false;
    return Op::Done;
  }
  if (g.no_park) {  // (G::no_park) a sender may come soon
    c->lock.unlock();
    auto can_recv = [c] { LockGuard lk(c->lock); return c->closed || c->sendq.first || c->count > 0; };
    if (waits++ < kNoParkWaits && wait_on_thread(can_recv)) goto retry;
    return cannot_park(g);
  }
  Sudog* sg = sudog_get();
  sg->g = &g;
  sg->episode = begin_episode(g);
  sg->obj = c;
  sg->is_chan = true;
  g.waiting = sg;
  c->recvq.push(sg);
  g.wait_reason = "chan receive";
  g.park_lock = c;
  g.park_unlockf = unlock_chan;
  return Op::Park;
}

// Closes the channel and readies its waiters; false if it was closed already (no G needed:
// context cancellation closes Done channels from timer callbacks).
bool chan_tryclose(Obj* o) {
  if (!o) return false;
  Chan* c = chan_of(o);
  std::vector<G*> wake;
  c->lock.lock();
  if (c->closed) { c->lock.unlock(); return false; }
  c->closed = true;
  std::vector<Sudog*> claimed;
  while (Sudog* sg = waitq_dequeue(c->recvq)) {
    sync_note(nullptr, sg->g, c, ChanSync::Acquire);
    sg->g->wake_value = Value::zero();
    sg->g->wake_ptr = false;
    sg->g->wake_ok = false;
    sg->g->wake_index = sg->case_index;
    claimed.push_back(sg);
  }
  while (Sudog* sg = waitq_dequeue(c->sendq)) {
    sg->g->wake_ok = false;   // the sender panics "send on closed channel" when it resumes
    sg->g->wake_index = sg->case_index;
    claimed.push_back(sg);
  }
  c->lock.unlock();
  for (Sudog* sg : claimed) {
    G* w = sg->g;
    sudog_release(sg);   // takes the locks of w's other select channels (maybe c again)
    ready(w);
  }
  return true;
}

Op chan_close(G& g, Obj* o) {
  if (!o) return panic_with(g, "close of nil channel");
  if (!chan_tryclose(o)) return panic_with(g, "close of closed channel");
  return Op::Done;
}

bool chan_trysend(Obj* o, Value v) {
  if (!o) return false;
  Chan* c = chan_of(o);
  c->lock.lock();
  if (c->closed) { c->lock.unlock(); return false; }
  if (Sudog* sg = waitq_dequeue(c->recvq)) {
    sync_direct(c, nullptr, sg->g);
    deliver_to_receiver(c, sg, v);
    G* r = sg->g;
    c->lock.unlock();
    sudog_release(sg);
    ready(r);
    return true;
  }
  if (c->count < c->cap) {
    sync_note(nullptr, nullptr, &c->buf()[c->sendx], ChanSync::Slot);
    c->buf()[c->sendx] = v;
    c->sendx = (c->sendx + 1) % c->cap;
    c->count++;
    c->lock.unlock();
    return true;
  }
  c->lock.unlock();
  return false;
}

// ---- select ----

static void unlock_select(G* g) {
  // Copy the lock list first: once the first lock is released a waker may run g. The list is
  // on the stack for up to 64 cases (a heap vector per select cost ~10% of a select-driven
  // hand-off under wasm, where malloc takes a lock).
  Chan* small[64];
  std::vector<Chan*> big;
  Chan** locks = small;
  int n = 0;
  for (Sudog* s = g->waiting; s; s = s->waitlink) {
    if (n == 64) { big.assign(small, small + 64); }
    if (n >= 64) big.push_back(static_cast<Chan*>(s->obj));
    else small[n] = static_cast<Chan*>(s->obj);
    ++n;
  }
  if (n > 64) locks = big.data();
  std::sort(locks, locks + n);
  n = int(std::unique(locks, locks + n) - locks);
  for (int i = 0; i < n; ++i) locks[i]->lock.unlock();
}

Op select(G& g, SelectCase* cases, int n, bool has_default) {
  if (n == 0 && !has_default) return block_forever(g, "select (no cases)");
  P* p = tls_m->p;
  // Random poll order (fairness) and address lock order (no lock-order deadlock), as Go does.
  // Scratch on the stack for the usual handful of cases (see unlock_select).
  constexpr int kSmall = 64;
  int order_small[kSmall];
  Chan* chans_small[kSmall];
  std::vector<int> order_big;
  std::vector<Chan*> chans_big;
  int* order = order_small;
  Chan** chans = chans_small;
  if (n > kSmall) {
    order_big.resize(size_t(n));
    chans_big.resize(size_t(n));
    order = order_big.data();
    chans = chans_big.data();
  }
  for (int i = 0; i < n; ++i) {
    int j = int(p->fastrand() % uint32_t(i + 1));
    order[i] = order[j];
    order[j] = i;
  }
  int nchans = 0;
  for (int i = 0; i < n; ++i)
    if (cases[i].ch) chans[nchans++] = chan_of(cases[i].ch);
  std::sort(chans, chans + nchans);
  nchans = int(std::unique(chans, chans + nchans) - chans);
  for (int i = 0; i < nchans; ++i) chans[i]->lock.lock();
  auto unlock_all = [&] { for (int i = nchans - 1; i >= 0; --i) chans[i]->lock.unlock(); };

  for (int k = 0; k < n; ++k) {
    int i = order[k];
    SelectCase& sc = cases[i];
    if (!sc.ch) continue;
    Chan* c = chan_of(sc.ch);
    if (sc.is_send) {
      if (c->closed) { unlock_all(); g.wake_index = i; return panic_with(g, "send on closed channel"); }
      if (Sudog* sg = waitq_dequeue(c->recvq)) {
        sync_direct(c, &g, sg->g);
        deliver_to_receiver(c, sg, sc.send_value);
        G* r = sg->g;
        unlock_all();
        sudog_release(sg);
        ready(r);
        g.wake_index = i;
        return Op::Done;
      }
      if (c->count < c->cap) {
        sync_note(&g, nullptr, &c->buf()[c->sendx], ChanSync::Slot);
        c->buf()[c->sendx] = sc.send_value;
        c->sendx = (c->sendx + 1) % c->cap;
        c->count++;
        unlock_all();
        g.wake_index = i;
        return Op::Done;
      }
    } else {
      if (Sudog* sg = waitq_dequeue(c->sendq)) {
        Value v;
        take_from_sender(c, &g, sg, &v);
        G* s = sg->g;
        unlock_all();
        sudog_release(sg);
        ready(s);
        g.wake_index = i; g.wake_value = v; g.wake_ok = true;
        return Op::Done;
      }
      if (c->count > 0) {
        sync_note(&g, nullptr, &c->buf()[c->recvx], ChanSync::Slot);
        g.wake_value = c->buf()[c->recvx];
        c->buf()[c->recvx] = Value::zero();
        c->recvx = (c->recvx + 1) % c->cap;
        c->count--;
        unlock_all();
        g.wake_index = i; g.wake_ok = true;
        return Op::Done;
      }
      if (c->closed) {
        sync_note(&g, nullptr, c, ChanSync::Acquire);
        unlock_all();
        g.wake_index = i; g.wake_value = Value::zero(); g.wake_ok = false;
        return Op::Done;
      }
    }
  }
  if (has_default) { unlock_all(); g.wake_index = -1; return Op::Done; }
  if (g.no_park) {
    unlock_all();
    return cannot_park(g);
  }
  uint64_t ep = begin_episode(g);
  if (nchans == 0) return block_forever(g, "select (no cases)");
  Sudog* list = nullptr;
  for (int i = n - 1; i >= 0; --i) {
    if (!cases[i].ch) continue;
    Chan* c = chan_of(cases[i].ch);
    Sudog* sg = sudog_get();
    sg->g = &g;
    sg->episode = ep;
    sg->obj = c;
    sg->is_chan = true;
    sg->is_send = cases[i].is_send;
    sg->value = cases[i].send_value;
    sg->case_index = i;
    sg->waitlink = list;
    list = sg;
    (cases[i].is_send ? c->sendq : c->recvq).push(sg);
  }
  g.waiting = list;
  g.wake_ok = false;
  g.wait_reason = "select";
  g.park_unlockf = unlock_select;
  return Op::Park;
}

}  // namespace gort::rt
