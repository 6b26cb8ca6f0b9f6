// engine/runtime/sudog.h — a G waiting in a queue (Go's sudog): channels' send/recv queues
// and semaphore/sync buckets. A G may be queued on several channels at once (select); the
// first waker to claim it (CAS on G::claimed from episode-1 to episode) wins, the others
// find the claim failed, drop the stale sudog and look at the next one.
#pragma once
#include "runtime/sched.h"

namespace gort::rt {

struct Sudog {
  G* g = nullptr;
  uint64_t episode = 0;
  Sudog* next = nullptr;       // in the wait queue
  Sudog* prev = nullptr;
  Sudog* waitlink = nullptr;   // G::waiting list (this episode's sudogs)
  void* obj = nullptr;         // Chan* or sync address
  Value value{};               // value being sent
  int case_index = 0;
  bool is_send = false;        // chan: send; rwmutex: writer
  bool is_chan = false;        // obj is a Chan (GC: keep it alive while g waits)
  bool queued = false;         // linked in a WaitQ (push/remove keep it)
  uint32_t ticket = 0;         // sync.Cond: the notify-list ticket it waits for
  const char* what = nullptr;  // sync waits: "mutex", "rwmutex", "waitgroup", "cond", "once"
};

struct WaitQ {
  Sudog* first = nullptr;
  Sudog* last = nullptr;
  void push(Sudog* s) {
    s->next = nullptr;
    s->prev = last;
    if (last) last->next = s; else first = s;
    last = s;
    s->queued = true;
  }
  void push_front(Sudog* s) {
    s->prev = nullptr;
    s->next = first;
    if (first) first->prev = s; else last = s;
    first = s;
    s->queued = true;
  }
  void remove(Sudog* s) {
    if (s->prev) s->prev->next = s->next; else first = s->next;
    if (s->next) s->next->prev = s->prev; else last = s->prev;
    s->next = s->prev = nullptr;
    s->queued = false;
  }
};

Sudog* sudog_get();
void sudog_put(Sudog* s);
inline bool sudog_claim(Sudog* s) {
  uint64_t e = s->episode - 1;
  return s->g->claimed.compare_exchange_strong(e, s->episode, std::memory_order_acq_rel);
}
// Pop the first sudog whose G we can claim (stale ones are only unlinked: the claimer of their
// G frees them, see sudog_release). Null if none.
Sudog* waitq_dequeue(WaitQ& q);
// After claiming sg from a channel queue and unlocking that channel (no lock held): unlink
// sg's siblings (the G's other select cases) from their channels and free them and sg.
// Before the G is readied, so its sudog list cannot change meanwhile.
void sudog_release(Sudog* sg);
// Begin a new wait episode for g (call before queueing its sudogs).
inline uint64_t begin_episode(G& g) {
  g.waiting = nullptr;
  return ++g.episode;
}

}  // namespace gort::rt
