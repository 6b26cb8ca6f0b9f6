// engine/runtime/timer.cpp — the program clock (real or fake) and runtime timers (sleep,
// time.After/Tick/AfterFunc). One heap of timers for the whole run, guarded by its own lock;
// due timers are run by whichever M passes through findrunnable (holding a P), and an idle M
// sleeps until the earliest deadline (see sched.cpp). Fake time jumps to the next deadline
// when every P is idle (the Go playground's model).
#include <algorithm>
#include <chrono>
#include <climits>
#include <memory>
#include <vector>

#include "runtime/sched.h"

namespace gort::rt {

struct Timer {
  int64_t when = 0;
  int64_t period = 0;
  void (*f)(Value, int64_t) = nullptr;
  Value arg{};
  bool arg_is_ptr = false;
  int idx = -1;   // position in the heap, -1 = not pending
};

namespace {
struct Timers {
  Lock lock;
  std::vector<Timer*> heap;
  std::atomic<int64_t> next{INT64_MAX};
  std::atomic<int64_t> fake_now{0};
  bool fake = false;
  int64_t real_start = 0;
  std::vector<std::unique_ptr<Timer>> owned;   // every Timer of the run (freed at shutdown)
  std::vector<Timer*> free_list;
};
Timers* T = nullptr;

int64_t steady_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch()).count();
}

bool less(Timer* a, Timer* b) { return a->when < b->when; }
void swap_at(size_t i, size_t j) {
  std::swap(T->heap[i], T->heap[j]);
  T->heap[i]->idx = int(i);
  T->heap[j]->idx = int(j);
}
void sift_up(size_t i) {
  while (i > 0) {
    size_t p = (i - 1) / 4;
    if (!less(T->heap[i], T->heap[p])) break;
    swap_at(i, p);
    i = p;
  }
}
void sift_down(size_t i) {
  size_t n = T->heap.size();
  for (;;) {
    size_t best = i;
    for (size_t c = 4 * i + 1; c <= 4 * i + 4 && c < n; ++c)
      if (less(T->heap[c], T->heap[best])) best = c;
    if (best == i) break;
    swap_at(i, best);
    i = best;
  }
}
void update_next() { T->next.store(T->heap.empty() ? INT64_MAX : T->heap[0]->when); }

void add_locked(Timer* t) {
  t->idx = int(T->heap.size());
  T->heap.push_back(t);
  sift_up(size_t(t->idx));
  update_next();
}
bool del_locked(Timer* t) {
  if (t->idx < 0) return false;
  size_t i = size_t(t->idx), last = T->heap.size() - 1;
  if (i != last) swap_at(i, last);
  T->heap.pop_back();
  t->idx = -1;
  if (i < T->heap.size()) { sift_down(i); sift_up(i); }
  update_next();
  return true;
}
}  // namespace

void timers_init() {
  T = new Timers();   // owned by the run: timers_shutdown deletes it
  T->fake = sched->cfg.faketime;
  T->real_start = steady_ns();
}

void timers_shutdown() {
  delete T;
  T = nullptr;
}

bool faketime() { return T->fake; }

int64_t nanotime() {
  if (!T) return 0;
  return T->fake ? T->fake_now.load(std::memory_order_acquire) : steady_ns() - T->real_start;
}

int64_t walltime() {
  if (T && T->fake) return 1257894000LL * 1000000000LL + nanotime();
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::system_clock::now().time_since_epoch()).count();
}

void faketime_advance_to(int64_t when) {
  if (when > T->fake_now.load()) T->fake_now.store(when, std::memory_order_release);
}

int64_t timers_next() { return T ? T->next.load(std::memory_order_acquire) : INT64_MAX; }
bool timers_empty() { return timers_next() == INT64_MAX; }

bool timers_run(int64_t now) {
  bool ran = false;
  for (;;) {
    T->lock.lock();
    if (T->heap.empty() || T->heap[0]->when > now) { T->lock.unlock(); return ran; }
    Timer* t = T->heap[0];
    del_locked(t);
    auto f = t->f;
    Value arg = t->arg;
    if (t->period > 0) {
      t->when += t->period;
      if (t->when <= now) t->when = now + t->period;
      add_locked(t);
    }
    T->lock.unlock();
    // The lock is released before f runs: f readies Gs (sleep) or sends on channels, and a
    // sleeping G kept the lock until its M had marked it Waiting, so f cannot see it early.
    f(arg, now);
    ran = true;
  }
}

void timers_mark(Tracer& tr) {
  for (Timer* t : T->heap)
    if (t->arg_is_ptr) tr.mark(t->arg.o);
}

Timer* timer_new(void (*f)(Value, int64_t), Value arg, bool arg_is_ptr) {
  LockGuard lk(T->lock);
  Timer* t;
  if (!T->free_list.empty()) {
    t = T->free_list.back();
    T->free_list.pop_back();
  } else {
    T->owned.push_back(std::make_unique<Timer>());
    t = T->owned.back().get();
  }
  *t = Timer{};
  t->f = f;
  t->arg = arg;
  t->arg_is_ptr = arg_is_ptr;
  return t;
}

void timer_start(Timer* t, int64_t when, int64_t period) {
  bool earliest;
  {
    LockGuard lk(T->lock);
    del_locked(t);
    t->when = when;
    t->period = period;
    add_locked(t);
    earliest = T->heap[0] == t;
  }
  if (earliest) timers_changed();
}

bool timer_stop(Timer* t) {
  LockGuard lk(T->lock);
  return del_locked(t);
}

void timer_free(Timer* t) {
  LockGuard lk(T->lock);
  del_locked(t);
  T->free_list.push_back(t);
}

static void sleep_wake(Value arg, int64_t) { ready(static_cast<G*>(arg.p)); }
static void unlock_timers(G*) { T->lock.unlock(); }
static void unlock_timers_kick(G*) {
  T->lock.unlock();
  timers_changed();   // after the unlock: the sleeping M must recompute its deadline
}

Op sleep(G& g, int64_t ns) {
  if (ns <= 0) return Op::Done;
  if (g.no_park) return cannot_park(g);
  if (!g.sleep_timer) {
    Value a;
    a.p = &g;
    g.sleep_timer = timer_new(sleep_wake, a, false);
  }
  int64_t when = nanotime() + ns;
  T->lock.lock();
  Timer* t = g.sleep_timer;
  del_locked(t);
  t->when = when;
  t->period = 0;
  add_locked(t);
  g.wait_reason = "sleep";
  g.waiting = nullptr;
  // The timer lock stays held until g is Waiting, so the timer cannot ready g too early.
  g.park_unlockf = T->heap[0] == t ? unlock_timers_kick : unlock_timers;
  return Op::Park;
}

}  // namespace gort::rt
