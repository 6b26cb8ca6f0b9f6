// engine/runtime/events.cpp — recording scheduler events into the rings of events.h and
// draining them to Hooks::events. Which ring: the recording thread's P (it owns it), else its
// M (no P: exitsyscall, stop-the-world, GC), else sysmon's (sysmon, and run_main before any M).
#include <algorithm>
#include <chrono>
#include <vector>

#include "runtime/sched.h"

namespace gort::rt {

namespace detail {
bool events_on = false;
}

const char* ev_kind_name(EvKind k) {
  switch (k) {
#define GORT_EV_NAME(x) case EvKind::x: return #x;
    GORT_EV_KINDS(GORT_EV_NAME)
#undef GORT_EV_NAME
  }
  return "?";
}

// Real time even under fake time: the panel and the trace show what happened when, and fake
// time stands still while goroutines run.
static int64_t ev_now() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch()).count() - sched->start_real;
}

static EventRing* ev_ring() {
  M* m = tls_m;
  if (m) return m->p ? m->p->ring.get() : m->ring.get();
  return sched->sysmon_ring.get();
}

bool ev_room() {
  EventRing* r = ev_ring();
  return r && r->used() < EventRing::kSize;
}

void ev_record(SchedEvent& e) {
  EventRing* r = ev_ring();
  if (!r) return;
  if (M* m = tls_m) e.m = int16_t(m->id);
  // A full ring only counts the event: no clock read for an event that is dropped anyway
  // (a program switching goroutines millions of times a second overflows every ring).
  if (r->used() >= EventRing::kSize) {
    r->push(e);
    return;
  }
  e.t = ev_now();
  r->push(e);
}

void events_drain() {
  if (!detail::events_on || !sched || !sched->hooks.events) return;
  LockGuard dl(sched->events_lock);
  // Ps and Ms are never freed during a run; the lists are read under sched.lock (procresize
  // and startm change them), the rings themselves are lock-free.
  struct Src { EventRing* r; int p; int m; };
  std::vector<Src> srcs;
  {
    LockGuard lk(sched->lock);
    for (size_t i = 0; i < sched->allp.size(); ++i)
      if (sched->allp[i]->ring) srcs.push_back({sched->allp[i]->ring.get(), sched->allp[i]->id, -1});
    for (auto& m : sched->allm)
      if (m->ring) srcs.push_back({m->ring.get(), -1, m->id});
  }
  if (sched->sysmon_ring) srcs.push_back({sched->sysmon_ring.get(), -1, -1});
  std::vector<SchedEvent>& out = sched->events_buf;
  out.clear();
  int64_t now = ev_now();
  for (const Src& s : srcs) {
    size_t at = out.size();
    out.resize(at + s.r->used() + 1);
    out.resize(at + s.r->pop(out.data() + at, out.size() - at));
    if (uint64_t d = s.r->take_dropped()) {
      SchedEvent e;
      e.kind = EvKind::Dropped;
      e.t = now;
      e.p = int16_t(s.p);
      e.m = int16_t(s.m);
      e.arg = int64_t(d);
      out.push_back(e);
    }
  }
  if (out.empty()) return;
  std::stable_sort(out.begin(), out.end(), [](const SchedEvent& a, const SchedEvent& b) { return a.t < b.t; });
  sched->hooks.events(out.data(), out.size());
}

}  // namespace gort::rt
