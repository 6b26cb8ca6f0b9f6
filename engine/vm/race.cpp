// engine/vm/race.cpp — the race detector's state (see race.h): goroutine registry, sync-object
// clocks and shadow cells in lock-striped maps, FastTrack-style checks, and Go's report text.
#include "vm/race.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cinttypes>
#include <cstdio>
#include <deque>
#include <mutex>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

#include "runtime/runtime.h"
#include "vm/gstate.h"
#include "vm/native.h"
#include "vm/object.h"
#include "vm/proto.h"

namespace gort::vm {
std::string go_func_name(const std::string& n);  // interp.cpp

namespace race {
namespace {

constexpr int kDepth = 8;
// Go's race runtime (TSan) dies beyond this many goroutines alive at once; so does gort's (the
// clocks are as long as that number: the cost of a spawn grows with it).
constexpr size_t kMaxLiveGoroutines = 8128;
// A finished goroutine's tid is reused only once this many tids exist, and then the one that
// finished longest ago first (FIFO). Reuse makes the new goroutine look ordered after the old
// one's accesses (see new_tid), so a race between a goroutine that ended and one started later
// would be missed; a program with up to this many goroutines in all gets distinct tids and
// loses nothing (a clock then costs at most 1 KiB per goroutine).
constexpr size_t kFreshTids = 256;

std::atomic<bool> g_dying{false};
// Ends the program as TSan does (status 66); the goroutine keeps thread id 0 meanwhile (no
// report is printed any more).
int32_t die_too_many() {
  if (!g_dying.exchange(true)) {
    write_output(nullptr, 2, "race: limit on 8128 simultaneously alive goroutines is exceeded, dying\n");
    rt::exit(66);
  }
  return 0;
}  // frames kept of a previous access's stack

// Where an access happened: (proto, pc) of up to kDepth frames, innermost first.
struct Site {
  int32_t proto[kDepth];
  uint32_t pc[kDepth];
  uint8_t depth = 0;
};

struct Access {
  int32_t tid = -1;  // -1: none
  uint32_t clock = 0;
  uint32_t info = 0;  // the goroutine (State::gs index) — tids are reused, infos are not
  Site site;
};

struct Cell {
  Access write;
  std::vector<Access> reads;  // at most one per thread id, all after `write`
};

struct GInfo {
  int64_t goid = 0;
  int32_t creator_proto = -1;
  uint32_t creator_pc = 0;
  std::atomic<bool> finished{false};
};

constexpr size_t kStripes = 64;
template <class V>
struct Striped {
  struct alignas(64) Stripe {
    std::mutex mu;
    std::unordered_map<uintptr_t, V> map;
  };
  std::array<Stripe, kStripes> s;
  Stripe& of(uintptr_t a) { return s[(a >> 3) % kStripes]; }
  void clear() {
    for (auto& x : s) {
      std::lock_guard<std::mutex> l(x.mu);
      x.map.clear();
    }
  }
};

struct State {
  const Module* module = nullptr;
  Striped<Cell> shadow;
  Striped<std::vector<uint32_t>> sync;
  std::mutex reg_mu;  // registry and reports
  std::deque<GInfo> gs;              // every goroutine of the run (reports)
  std::vector<int32_t> tid_info;      // tid → its current goroutine (gs index)
  std::vector<uint32_t> tid_last;     // tid → clock its last goroutine ended with
  std::deque<int32_t> free_tids;      // tids of finished goroutines, oldest first: reused
                                      // (past kFreshTids) so clocks stay bounded
  std::set<std::pair<uint64_t, uint64_t>> reported;  // pairs of (proto, pc) sites
  std::set<uintptr_t> reported_addrs;
  int races = 0;
};
State& S() {
  static State* s = new State();  // lives for the process (Ms may outlive a run's return)
  return *s;
}

void join(std::vector<uint32_t>& into, const std::vector<uint32_t>& from) {
  if (into.size() < from.size()) into.resize(from.size(), 0);
  for (size_t i = 0; i < from.size(); ++i)
    if (from[i] > into[i]) into[i] = from[i];
}

// A thread id for a new goroutine (registered in gs) and the clock it starts at: a finished
// goroutine's tid continues after that goroutine's last clock, so its old accesses look
// ordered before the new one's (a race between those two alone can be missed, as in TSan).
std::pair<int32_t, uint32_t> new_tid(const GState& gs, int64_t goid) {
  State& st = S();
  std::lock_guard<std::mutex> l(st.reg_mu);
  GInfo& gi = st.gs.emplace_back();
  gi.goid = goid;
  gi.creator_proto = gs.creator_proto;
  gi.creator_pc = gs.creator_pc;
  int32_t tid;
  if (st.free_tids.empty() && st.tid_info.size() >= kMaxLiveGoroutines) return {-1, 0};
  if (!st.free_tids.empty() && st.tid_info.size() >= kFreshTids) {
    tid = st.free_tids.front();
    st.free_tids.pop_front();
  } else {
    tid = static_cast<int32_t>(st.tid_info.size());
    st.tid_info.push_back(0);
    st.tid_last.push_back(0);
  }
  st.tid_info[tid] = static_cast<int32_t>(st.gs.size() - 1);
  return {tid, st.tid_last[tid] + 1};
}

uint32_t info_of(int32_t tid) {
  std::lock_guard<std::mutex> l(S().reg_mu);
  return static_cast<uint32_t>(S().tid_info[tid]);
}

// The thread id of gs, assigned on first use (the main goroutine; others get one at `go`).
int32_t tid_of(GState& gs, const rt::G* g) {
  if (gs.race_tid >= 0) return gs.race_tid;
  auto [tid, clock] = new_tid(gs, g ? g->goid.load() : 1);
  if (tid < 0) tid = die_too_many();
  gs.race_tid = tid;
  std::vector<uint32_t>& vc = gs.rare().race_vc;
  vc.assign(tid + 1, 0);
  vc[tid] = clock;
  gs.race_info = info_of(tid);
  return tid;
}

uint32_t clock_of(const GState& gs, int32_t tid) {
  const GStateRare* r = gs.rare_if_any();
  return r && static_cast<size_t>(tid) < r->race_vc.size() ? r->race_vc[tid] : 0;
}

// Was `a` ordered before the current point of gs?
bool ordered(const GState& gs, const Access& a) { return a.tid < 0 || a.clock <= clock_of(gs, a.tid); }

Site capture(const GState& gs, const Module& m, uint32_t pc) {
  Site s;
  for (size_t k = gs.frames.size(); k-- > 0 && s.depth < kDepth;) {
    const Frame& f = gs.frames[k];
    bool top = k + 1 == gs.frames.size();
    // The package entry (runtime.main) is a runtime frame Go hides.
    if (!top && k == 0 && f.proto == m.entry && m.protos[f.proto].name == "runtime.main") continue;
    s.proto[s.depth] = static_cast<int32_t>(f.proto);
    s.pc[s.depth] = top ? pc : (f.pc > 0 ? f.pc - 1 : 0);
    ++s.depth;
  }
  return s;
}

std::string frame_text(const Module& m, int32_t proto, uint32_t pc) {
  if (proto < 0 || static_cast<size_t>(proto) >= m.protos.size()) return "";
  const Proto& p = m.protos[proto];
  int line = pc < p.lines.size() ? p.lines[pc] : 0;
  char off[32];
  std::snprintf(off, sizeof off, " +0x%x\n", static_cast<unsigned>(pc * 8));
  return "  " + go_func_name(p.name) + "()\n      " +
         m.position(p, line) + off;
}

std::string who(const GInfo& gi) {
  return gi.goid == 1 ? "main goroutine" : "goroutine " + std::to_string(gi.goid);
}

// Prints one report unless this pair of source locations was reported already.
void report(const rt::G* g, const void* addr, const Access& cur, bool cur_write,
            const Access& prev, bool prev_write) {
  State& st = S();
  const Module& m = *st.module;
  auto key = [](const Site& s) {
    return s.depth ? (uint64_t(uint32_t(s.proto[0])) << 32) | s.pc[0] : 0;
  };
  uint64_t a = key(cur.site), b = key(prev.site);
  std::string out;
  if (g_dying.load()) return;
  {
    std::lock_guard<std::mutex> l(st.reg_mu);
    // TSan's suppress_equal_stacks and suppress_equal_addresses (both on in Go): one report
    // per pair of source locations and one per address.
    if (st.reported.count({std::min(a, b), std::max(a, b)})) return;
    if (!st.reported_addrs.insert(reinterpret_cast<uintptr_t>(addr)).second) return;
    st.reported.insert({std::min(a, b), std::max(a, b)});
    ++st.races;
    const GInfo& cg = st.gs[cur.info];
    const GInfo& pg = st.gs[prev.info];
    char at[40];
    std::snprintf(at, sizeof at, "0x%012" PRIxPTR, reinterpret_cast<uintptr_t>(addr));
    out += "==================\nWARNING: DATA RACE\n";
    out += std::string(cur_write ? "Write" : "Read") + " at " + at + " by " + who(cg) + ":\n";
    for (int i = 0; i < cur.site.depth; ++i) out += frame_text(m, cur.site.proto[i], cur.site.pc[i]);
    out += std::string("\nPrevious ") + (prev_write ? "write" : "read") + " at " + at + " by " + who(pg) + ":\n";
    for (int i = 0; i < prev.site.depth; ++i) out += frame_text(m, prev.site.proto[i], prev.site.pc[i]);
    for (const GInfo* gi : {&cg, &pg}) {
      if (gi->goid == 1 || gi->creator_proto < 0) continue;
      if (gi == &pg && pg.goid == cg.goid) continue;
      out += "\nGoroutine " + std::to_string(gi->goid) +
             (gi->finished.load() ? " (finished)" : " (running)") + " created at:\n";
      out += frame_text(m, gi->creator_proto, gi->creator_pc);
    }
    out += "==================\n";
  }
  write_output(g, 2, out);
}

}  // namespace

void start_run(const Module& m, bool enabled) {
  State& st = S();
  st.shadow.clear();
  st.sync.clear();
  {
    std::lock_guard<std::mutex> l(st.reg_mu);
    st.gs.clear();
    st.tid_info.clear();
    st.tid_last.clear();
    st.free_tids.clear();
    st.reported.clear();
    st.reported_addrs.clear();
    st.races = 0;
    st.module = &m;
  }
  g_dying.store(false);
  detail::enabled.store(enabled);
}

int finish_run() {
  State& st = S();
  if (!detail::enabled.exchange(false)) return 0;
  std::lock_guard<std::mutex> l(st.reg_mu);
  return st.races;
}

void access(GState& gs, const rt::G* g, uint32_t pc, const void* addr, bool write) {
  State& st = S();
  int32_t tid = tid_of(gs, g);
  Access cur;
  cur.tid = tid;
  cur.clock = gs.rare().race_vc[tid];
  cur.info = gs.race_info;
  bool site_taken = false;
  auto site = [&]() -> const Site& {
    if (!site_taken) {
      cur.site = capture(gs, *st.module, pc);
      site_taken = true;
    }
    return cur.site;
  };
  Access racy;
  bool racy_write = false, found = false;
  uintptr_t key = reinterpret_cast<uintptr_t>(addr);
  auto& stripe = st.shadow.of(key);
  {
    std::lock_guard<std::mutex> l(stripe.mu);
    Cell& c = stripe.map[key];
    if (c.write.tid != tid && !ordered(gs, c.write)) {
      racy = c.write;
      racy_write = found = true;
    }
    if (write) {
      for (const Access& r : c.reads)
        if (!found && r.tid != tid && !ordered(gs, r)) {
          racy = r;
          found = true;
        }
      site();
      c.write = cur;
      c.reads.clear();
    } else {
      // Same-epoch re-read by this goroutine: nothing new to record.
      bool done = false;
      for (Access& r : c.reads)
        if (r.tid == tid) {
          if (r.clock != cur.clock) {
            site();
            r = cur;
          }
          done = true;
          break;
        }
      if (!done) {
        site();
        c.reads.push_back(cur);
      }
    }
  }
  if (found) {
    site();
    report(g, addr, cur, write, racy, racy_write);
  }
}

// The shadow key of element i of an array object: its address (a byte's in a compact []byte
// array, where neighbours are separate variables as in Go).
static const void* elem_addr(Obj* arr, int64_t i) {
  arr = array_window(arr, &i);   // through (*[N]E)(s): s's element, so both names race alike
  if (array_compact(arr)) return static_cast<const char*>(rt::obj_data(arr)) + i;
  return &rt::obj_slots(arr)[i];
}

void access_range(GState& gs, const rt::G* g, uint32_t pc, const Instr& x, const Value* R) {
  auto slice = [](Obj* o) -> const SliceObj* { return o ? static_cast<const SliceObj*>(rt::obj_data(o)) : nullptr; };
  auto each = [&](const SliceObj* s, int64_t from, int64_t n, bool write) {
    if (!s || !s->array) return;
    for (int64_t i = 0; i < n; ++i) access(gs, g, pc, elem_addr(s->array, s->off + from + i), write);
  };
  // append(s, n more): in place when they fit (writes), else a new array (reads the old).
  auto append = [&](const SliceObj* s, int64_t n) {
    if (!s) return;
    if (s->len + n <= s->cap) each(s, s->len, n, true);
    else each(s, 0, s->len, false);
  };
  switch (x.op) {
    case Opcode::COPY: {
      const SliceObj *d = slice(R[x.a].o), *src = slice(R[x.b].o);
      if (!d || !src) return;
      int64_t n = std::min(d->len, src->len);
      each(src, 0, n, false);
      each(d, 0, n, true);
      return;
    }
    case Opcode::COPY_STR: {
      const SliceObj* d = slice(R[x.a].o);
      if (d) each(d, 0, std::min<int64_t>(d->len, static_cast<int64_t>(str_view(R[x.b]).size())), true);
      return;
    }
    case Opcode::APPEND: append(slice(R[x.a].o), x.b); return;
    case Opcode::APPEND_SLICE: {
      const SliceObj* src = slice(R[x.b].o);
      if (!src || src->len == 0) return;
      each(src, 0, src->len, false);
      append(slice(R[x.a].o), src->len);
      return;
    }
    case Opcode::APPEND_STR: append(slice(R[x.a].o), static_cast<int64_t>(str_view(R[x.b]).size())); return;
    default: return;
  }
}

void access_from_native(GState& gs, const rt::G* g, const void* addr, bool write) {
  if (!addr || gs.frames.empty()) return;
  uint32_t pc = gs.frames.back().pc;
  access(gs, g, pc > 0 ? pc - 1 : 0, addr, write);
}

void on_go(GState& parent, const rt::G* parent_g, GState& child, int64_t child_goid) {
  int32_t ptid = tid_of(parent, parent_g);
  auto [ctid, clock] = new_tid(child, child_goid);
  if (ctid < 0) ctid = die_too_many();
  child.race_tid = ctid;
  child.race_info = info_of(ctid);
  std::vector<uint32_t>& parent_vc = parent.rare().race_vc;
  std::vector<uint32_t>& vc = child.rare().race_vc;
  vc = parent_vc;
  if (vc.size() <= static_cast<size_t>(ctid)) vc.resize(ctid + 1, 0);
  vc[ctid] = std::max(vc[ctid], clock);
  child.race_pending.clear();
  parent_vc[ptid]++;
}

void acquire(GState& gs, const rt::G* g, const void* sync_addr) {
  tid_of(gs, g);
  uintptr_t key = reinterpret_cast<uintptr_t>(sync_addr);
  auto& stripe = S().sync.of(key);
  std::lock_guard<std::mutex> l(stripe.mu);
  auto it = stripe.map.find(key);
  if (it != stripe.map.end()) join(gs.rare().race_vc, it->second);
}

void release(GState& gs, const rt::G* g, const void* sync_addr) {
  int32_t tid = tid_of(gs, g);
  uintptr_t key = reinterpret_cast<uintptr_t>(sync_addr);
  auto& stripe = S().sync.of(key);
  std::vector<uint32_t>& vc = gs.rare().race_vc;
  {
    std::lock_guard<std::mutex> l(stripe.mu);
    join(stripe.map[key], vc);
  }
  vc[tid]++;
}

void acquire_later(GState& gs, const void* sync_addr) { gs.race_pending.push_back(sync_addr); }

// Go's racereleaseacquire on a buffer slot: the goroutine acquires what the slot holds and the
// slot then holds the goroutine's clock from before (TSan's ReleaseStoreAcquire).
void release_acquire(GState& gs, const rt::G* g, const void* key) {
  int32_t tid = tid_of(gs, g);
  std::vector<uint32_t>& vc = gs.rare().race_vc;
  uintptr_t k = reinterpret_cast<uintptr_t>(key);
  auto& stripe = S().sync.of(k);
  {
    std::lock_guard<std::mutex> l(stripe.mu);
    std::vector<uint32_t>& slot = stripe.map[k];
    std::vector<uint32_t> held = std::move(slot);
    slot = vc;
    join(vc, held);
  }
  vc[tid]++;
}

void chan_sync(rt::G* self, rt::G* peer, const void* key, rt::ChanSync kind) {
  GState* s = self ? static_cast<GState*>(self->vm) : nullptr;
  GState* p = peer ? static_cast<GState*>(peer->vm) : nullptr;
  switch (kind) {
    case rt::ChanSync::Slot:
      if (s) release_acquire(*s, self, key);
      if (p) release_acquire(*p, peer, key);
      return;
    case rt::ChanSync::Pair:  // Go's racesync
      if (s) release(*s, self, key);
      if (p) {
        acquire(*p, peer, key);
        release(*p, peer, key);
      }
      if (s) acquire(*s, self, key);
      return;
    case rt::ChanSync::Acquire:
      if (p) acquire(*p, peer, key);
      else if (s) acquire(*s, self, key);
      return;
  }
}

const void* target(const Instr& x, const Value* R, Value* G, bool* write) {
  auto slot = [](Obj* o, int64_t i) -> const void* {
    if (!o || i < 0 || i >= array_elems(o)) return nullptr;
    return elem_addr(o, i);
  };
  auto elem = [](Obj* s, int64_t i) -> const void* {
    if (!s) return nullptr;
    const auto* so = static_cast<const SliceObj*>(rt::obj_data(s));
    if (i < 0 || i >= so->len || !so->array) return nullptr;
    return elem_addr(so->array, so->off + i);
  };
  auto ref = [&](Obj* r) -> const void* {
    if (!r) return nullptr;
    const auto* ro = static_cast<const RefObj*>(rt::obj_data(r));
    return slot(ro->container, ro->index);
  };
  auto map = [](Obj* m) -> const void* { return m ? rt::obj_data(m) : nullptr; };
  *write = false;
  switch (x.op) {
    case Opcode::LOADG: return &G[x.b];
    case Opcode::STOREG: *write = true; return &G[x.b];
    case Opcode::BOX_LOAD: return slot(R[x.b].o, 0);
    case Opcode::BOX_STORE: *write = true; return slot(R[x.a].o, 0);
    case Opcode::FIELD: return slot(R[x.b].o, x.c);
    case Opcode::SETFIELD: *write = true; return slot(R[x.a].o, x.b);
    case Opcode::ARR_LOAD: return slot(R[x.b].o, R[x.c].i);
    case Opcode::ARR_STORE: *write = true; return slot(R[x.a].o, R[x.b].i);
    case Opcode::SLICE_LOAD: return elem(R[x.b].o, R[x.c].i);
    case Opcode::SLICE_STORE: *write = true; return elem(R[x.a].o, R[x.b].i);
    case Opcode::REF_LOAD: return ref(R[x.b].o);
    case Opcode::REF_STORE: *write = true; return ref(R[x.a].o);
    case Opcode::MAP_GET:
    case Opcode::MAP_GET2:
    case Opcode::MAP_ITER: return map(R[x.b].o);
    case Opcode::MAP_SET:
    case Opcode::MAP_DELETE:
    case Opcode::MAP_CLEAR: *write = true; return map(R[x.a].o);
    default: return nullptr;
  }
}

void run_pending(GState& gs, const rt::G* g) {
  for (const void* a : gs.race_pending) acquire(gs, g, a);
  gs.race_pending.clear();
}

void g_finished(GState& gs) {
  if (gs.race_tid >= 0) {
    State& st = S();
    std::lock_guard<std::mutex> l(st.reg_mu);
    if (gs.race_info < st.gs.size()) st.gs[gs.race_info].finished.store(true);
    if (static_cast<size_t>(gs.race_tid) < st.tid_last.size()) {
      st.tid_last[gs.race_tid] = gs.rare().race_vc[gs.race_tid];
      st.free_tids.push_back(gs.race_tid);
    }
  }
  gs.race_tid = -1;
  if (GStateRare* r = gs.rare_if_any()) r->race_vc.clear();
  gs.race_pending.clear();
}

void forget(const void* data, uint64_t bytes) {
  // Called by the GC with the world stopped: no other thread holds a stripe.
  uintptr_t a = reinterpret_cast<uintptr_t>(data);
  // A big object with few cells (a 1 MiB buffer written once per page): walk the cells instead
  // of looking up every slot.
  size_t cells = 0;
  for (auto& stripe : S().shadow.s) cells += stripe.map.size();
  if (bytes / sizeof(uint64_t) > cells) {
    for (auto& stripe : S().shadow.s) {
      std::lock_guard<std::mutex> l(stripe.mu);
      for (auto it = stripe.map.begin(); it != stripe.map.end();)
        it = it->first - a < bytes ? stripe.map.erase(it) : std::next(it);
    }
    return;
  }
  for (uint64_t off = 0; off + sizeof(uint64_t) <= bytes; off += sizeof(uint64_t)) {
    auto& stripe = S().shadow.of(a + off);
    std::lock_guard<std::mutex> l(stripe.mu);
    stripe.map.erase(a + off);
  }
}

}  // namespace race
}  // namespace gort::vm
