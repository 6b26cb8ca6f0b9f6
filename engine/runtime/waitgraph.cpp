// engine/runtime/waitgraph.cpp — the wait-for graph of a stuck program: for every blocked
// goroutine, the object it waits on (a channel, a mutex, a WaitGroup, a select over several
// channels, a timer, stdin) and which goroutines could wake that object. Built when the world
// is quiescent (a deadlock: every P idle under sched.lock; or after the run's Ms stopped), so
// the sudog lists it walks cannot change under it.
//
// What can be known: a mutex's holder (MutexState::owner); the goroutines queued on the other
// side of a channel (none, in a deadlock, or they would have matched). What cannot: which
// goroutines merely hold a reference to a channel or WaitGroup (that is a heap question the
// runtime does not ask) — the note says so rather than guessing.
#include <algorithm>
#include <cstdio>
#include <map>
#include <string>

#include "runtime/sudog.h"

namespace gort::rt {

namespace detail {
bool track_waits = false;
}

namespace {

std::string hex(uintptr_t a) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(a));
  return buf;
}

}  // namespace

WaitGraph build_wait_graph(bool include_syscall) {
  WaitGraph wg;
  std::map<uintptr_t, int> by_addr;
  auto object = [&](const char* kind, uintptr_t addr) -> int {
    if (addr) {
      auto it = by_addr.find(addr);
      if (it != by_addr.end()) return it->second;
    }
    WaitGraph::Object o;
    o.kind = kind;
    o.addr = addr;
    wg.objs.push_back(std::move(o));
    int id = int(wg.objs.size()) - 1;
    if (addr) by_addr[addr] = id;
    return id;
  };
  std::map<int, std::vector<std::pair<int64_t, bool>>> chan_sides;   // chan object → {goid, send}
  std::vector<G*> gs;
  for (G* g : sched->allgs) {
    GStatus st = g->status.load();
    bool in_call = include_syscall && std::string_view(g->wait_reason) == "syscall" &&
                   (st == GStatus::Syscall || st == GStatus::Runnable);
    if (st == GStatus::Waiting || in_call) gs.push_back(g);
  }
  std::sort(gs.begin(), gs.end(), [](G* a, G* b) { return a->goid < b->goid; });
  for (G* g : gs) {
    WaitGraph::Node n;
    n.g = g->goid;
    n.reason = g->wait_reason;
    if (sched->hooks.g_pos) {
      n.pos = sched->hooks.g_pos(*g, 0);
      n.fn = sched->hooks.g_pos(*g, 1);
    }
    std::string_view reason = g->wait_reason;
    std::vector<Sudog*> sgs;
    if (g->status.load() == GStatus::Waiting)
      for (Sudog* s = g->waiting; s; s = s->waitlink)
        if (s->g == g && s->episode == g->episode) sgs.push_back(s);
    if (reason == "syscall") {
      n.reason = "IO wait";
      n.obj = object("stdin", 0);
      wg.objs[size_t(n.obj)].note = "standard input: more input (or its end) wakes it";
    } else if (reason == "sleep") {
      n.obj = object("sleep", 0);
      wg.objs[size_t(n.obj)].note = "a timer: it wakes by itself";
    } else if (sgs.size() > 1 || (reason.rfind("select", 0) == 0 && !sgs.empty())) {
      n.obj = object("select", 0);
      std::string note = "select on";
      for (Sudog* s : sgs) {
        int c = object("chan", uintptr_t(s->obj));
        wg.objs[size_t(c)].make_pos = chan_make_pos(s->obj);
        chan_sides[c].push_back({g->goid, s->is_send});
        note += " chan " + hex(uintptr_t(s->obj)) + (s->is_send ? " (send)" : " (receive)");
      }
      wg.objs[size_t(n.obj)].note = note;
    } else if (sgs.size() == 1 && sgs[0]->is_chan) {
      n.obj = object("chan", uintptr_t(sgs[0]->obj));
      wg.objs[size_t(n.obj)].make_pos = chan_make_pos(sgs[0]->obj);
      chan_sides[n.obj].push_back({g->goid, sgs[0]->is_send});
    } else if (sgs.size() == 1) {
      Sudog* s = sgs[0];
      const char* what = s->what ? s->what : "sema";
      if (std::string_view(what) == "sema" && reason == "sync.Cond.Wait") what = "cond";
      n.obj = object(what, uintptr_t(s->obj));
      WaitGraph::Object& o = wg.objs[size_t(n.obj)];
      if (std::string_view(what) == "mutex") {
        int64_t owner = static_cast<MutexState*>(s->obj)->owner.load(std::memory_order_relaxed);
        if (owner != 0 && std::find(o.wakers.begin(), o.wakers.end(), owner) == o.wakers.end())
          o.wakers.push_back(owner);
        o.note = owner ? "held by goroutine " + std::to_string(owner) : "held by a goroutine that has exited";
      } else if (std::string_view(what) == "rwmutex") {
        auto* rw = static_cast<RWMutexState*>(s->obj);
        o.note = rw->writer ? "write-locked (the holder is not tracked)"
                            : std::to_string(rw->readers.load()) + " reader(s) hold it (not tracked by goroutine)";
      } else if (std::string_view(what) == "waitgroup") {
        auto* w = static_cast<WaitGroupState*>(s->obj);
        o.note = "counter " + std::to_string(w->counter.load()) +
                 "; which goroutines could call Done is not tracked";
      }
    } else {
      // block_forever (nil channel, select {}), or a wait with no queue entry.
      n.obj = object("forever", 0);
      wg.objs[size_t(n.obj)].note = "nothing can wake it";
    }
    wg.gs.push_back(n);
  }
  // Channel wakers: goroutines queued on it in the other direction (a receiver wakes a
  // sender). In a deadlock there are none; after a stop there may be.
  for (auto& [id, side] : chan_sides) {
    WaitGraph::Object& o = wg.objs[size_t(id)];
    for (auto& [g, is_send] : side)
      for (auto& [h, h_send] : side)
        if (is_send != h_send && std::find(o.wakers.begin(), o.wakers.end(), h) == o.wakers.end())
          o.wakers.push_back(h);
    if (o.wakers.empty())
      o.note = "no goroutine is blocked on its other side; other references to it are not tracked";
  }
  return wg;
}

}  // namespace gort::rt
