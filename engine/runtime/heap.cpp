// engine/runtime/heap.cpp — allocation and the stop-the-world mark-sweep collector.
// Objects come from calloc (zeroed), or small ones from the allocating P's cache of freed
// blocks (SmallCache, heap.h), and are recorded in the allocating P's object list (owner
// M only, no lock); objects allocated without a P go to a locked global list. A cycle runs
// only inside stop-the-world (sched.cpp stw_run): mark from the VM's roots (scan_globals, every
// live G's scan_g), the runtime's own (values in waiting sudogs via their channels, timer
// args), then sweep every list, finalizing and freeing unmarked objects.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string_view>
#include <string>

#if defined(__GLIBC__) || defined(__EMSCRIPTEN__)
#include <malloc.h>
#endif

#include "runtime/heap_mallocs.h"
#include "runtime/sched.h"

namespace gort::rt {

namespace {
constexpr uint64_t kMinHeap = 4u << 20;
struct Heap {
  Lock lock;                           // global_objs, pauses
  std::vector<Obj*> global_objs;
  std::atomic<uint64_t> live{0};
  std::atomic<uint64_t> objects{0};
  std::atomic<uint64_t> total{0};
  std::atomic<uint64_t> mallocs{0};    // cumulative objects allocated (MemStats.Mallocs)
  std::atomic<uint64_t> next_gc{kMinHeap};
  std::atomic<bool> gc_wanted{false};
  std::atomic<int> gogc{100};
  std::atomic<uint64_t> num_gc{0};
  std::vector<int64_t> pauses;
  std::atomic<int64_t> pause_total{0};
  // The host's memory limit (0 = none) and whether the last cycle left more than it live.
  std::atomic<uint64_t> limit{0};
  std::atomic<bool> over_limit{false};
  // Objects allocated outside any run (unit tests that drive the VM directly, the runtime's
  // own threads before/after a run) are only freed by the next run's heap_shutdown; free the
  // rest at process exit so LeakSanitizer (which checks after static destructors) sees no
  // leak. No finalizers: nothing that could use them is alive any more.
  ~Heap() {
    for (Obj* o : global_objs) std::free(o);
  }
};
Heap H;   // process lifetime; reset by heap_init

}  // namespace
void (*free_hook)(void* data, uint64_t bytes) = nullptr;
namespace {
int64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Under AddressSanitizer every object goes back to malloc, so a use after free is still caught.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSmallCacheOn = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSmallCacheOn = false;
#else
constexpr bool kSmallCacheOn = true;
#endif
#else
constexpr bool kSmallCacheOn = true;
#endif

// The size class of an object of `total` bytes (header included), or -1 if it is not small.
inline int small_class(size_t total) {
  if (!kSmallCacheOn || total > SmallCache::kMaxBytes) return -1;
  return int((total + SmallCache::kGranule - 1) / SmallCache::kGranule) - 1;
}
inline size_t class_bytes(int c) { return size_t(c + 1) * SmallCache::kGranule; }

Obj*& free_link(Obj* o) { return *reinterpret_cast<Obj**>(o); }

// A dead object: finalized, then kept in `cache` (the P that allocated it) if small and there
// is room, else returned to malloc.
void free_obj(Obj* o, SmallCache* cache) {
  if (o->layout && o->layout->finalize) o->layout->finalize(obj_data(o));
  if (free_hook) free_hook(obj_data(o), o->bytes);
  int c = cache ? small_class(sizeof(Obj) + o->bytes) : -1;
  if (c >= 0 && cache->cached_bytes + class_bytes(c) <= SmallCache::kMaxCachedBytes) {
    free_link(o) = cache->head[c];
    cache->head[c] = o;
    cache->cached_bytes += class_bytes(c);
    return;
  }
  std::free(o);
}

void empty_cache(SmallCache& cache) {
  for (Obj*& head : cache.head) {
    while (Obj* o = head) {
      head = free_link(o);
      std::free(o);
    }
  }
  cache.cached_bytes = 0;
}

// A zeroed block for an object of `total` bytes: from the P's cache if it holds one of the
// class, else from calloc (sized to the class, so the block can be cached when freed).
void* take_block(SmallCache* cache, size_t total) {
  int c = cache ? small_class(total) : -1;
  if (c < 0) return std::calloc(1, total);
  if (Obj* o = cache->head[c]) {
    cache->head[c] = free_link(o);
    cache->cached_bytes -= class_bytes(c);
    std::memset(static_cast<void*>(o), 0, class_bytes(c));
    return o;
  }
  return std::calloc(1, class_bytes(c));
}
}  // namespace

void set_gogc(int percent) { H.gogc.store(percent); }

// Running out of memory outside rt::alloc — a `new` for a G, its stack, a scheduler list —
// would abort the process (no exceptions). The new-handler instead frees a small reserve, so
// that `new` succeeds, and raises a flag; the next safe point (rt::alloc, gnew) then reports
// Go's "out of memory" fatal error, where no scheduler lock is held.
namespace {
constexpr size_t kReserveBytes = size_t(4) << 20;
std::atomic<void*> g_reserve{nullptr};
std::atomic<bool> g_out_of_memory{false};

void on_new_failure() {
  if (void* r = g_reserve.exchange(nullptr)) {
    std::free(r);
    g_out_of_memory.store(true);
    return;  // operator new retries, now with the reserve's memory
  }
  std::abort();  // the reserve is gone already: nothing left to report with
}
}  // namespace

// Go's fatal-error text; under wasm gort adds the limit that was hit (wasm32's address space,
// the -sMAXIMUM_MEMORY of engine/host/CMakeLists.txt), since a native Go program would have run.
#ifdef __EMSCRIPTEN__
constexpr std::string_view kOutOfMemory =
    "runtime: out of memory\ngort: a program may use at most 4 GiB of memory in all (wasm32), one object at most 2 GiB";
#else
constexpr std::string_view kOutOfMemory = "runtime: out of memory";
#endif

bool heap_out_of_memory() { return g_out_of_memory.load(std::memory_order_relaxed); }

void out_of_memory() {
  fatal_error(current_g(), kOutOfMemory);
  abandon_current_m();
}

void heap_init(int gogc, uint64_t memory_limit) {
  g_out_of_memory.store(false);
  H.limit.store(memory_limit);
  H.over_limit.store(false);
  if (!g_reserve.load()) g_reserve.store(std::malloc(kReserveBytes));
  std::set_new_handler(on_new_failure);
  H.gogc.store(gogc);
  H.live.store(0);
  H.objects.store(0);
  H.total.store(0);
  H.mallocs.store(0);
  H.next_gc.store(kMinHeap);
  H.gc_wanted.store(false);
  H.num_gc.store(0);
  H.pause_total.store(0);
  LockGuard lk(H.lock);
  H.pauses.clear();
}

bool heap_gc_wanted() { return H.gc_wanted.load(std::memory_order_relaxed); }

// The host's memory limit, checked before every allocation. Garbage does not count: going
// over the limit first asks for a cycle (as GOMEMLIMIT does), and the program is ended only if
// a cycle leaves more than the limit live, or if the heap reaches twice the limit + 256 MiB
// before the cycle could run (allocation outpacing the collector: the VM polls for the
// safepoint every 16 back-edges, so a loop of big allocations overshoots for a while). An object larger than the limit can
// never fit: its M stops here, as for out-of-memory. Otherwise the object is still allocated
// (the caller needs it) and the program ends at its next poll.
// Bring every G to a safepoint; findrunnable starts the STW — except while a G is parked in
// a callback (sched.cpp park_on_m), when no cycle may start: then the Gs need not stop at
// every poll (the last such G to resume asks for the safepoint).
static void want_gc() {
  H.gc_wanted.store(true, std::memory_order_relaxed);
  if (sched->ncallback_parked.load(std::memory_order_relaxed) == 0)
    detail::global_yield.store(1, std::memory_order_relaxed);
}

static void check_memory_limit(uint64_t lim, uint64_t sz) {
  if (sz > lim) {
    end_for_limit(Limit::Memory);
    if (sched->cfg.threads && current_g()) abandon_current_m();
  }
  uint64_t live = H.live.load(std::memory_order_relaxed);
  if (H.over_limit.load(std::memory_order_relaxed) || live + sz > 2 * lim + (uint64_t(256) << 20)) {
    end_for_limit(Limit::Memory);
  } else if (live + sz > lim && sched) {
    want_gc();
  }
}

Obj* alloc(const Layout* layout, size_t bytes) {
  if (heap_out_of_memory()) out_of_memory();
  if (uint64_t lim = H.limit.load(std::memory_order_relaxed); lim && sched)
    check_memory_limit(lim, sizeof(Obj) + uint64_t(bytes));
  if (bytes > (size_t(1) << 31)) { fatal_error(current_g(), kOutOfMemory); bytes = 0; }
  M* m = tls_m;
  SmallCache* cache = m && m->p ? &m->p->small : nullptr;
  Obj* o = static_cast<Obj*>(take_block(cache, sizeof(Obj) + bytes));
  if (!o) out_of_memory();
  o->layout = layout;
  o->bytes = uint32_t(bytes);
  if (m && m->p) {
    m->p->objs.push_back(o);
  } else {
    LockGuard lk(H.lock);
    H.global_objs.push_back(o);
  }
  uint64_t sz = sizeof(Obj) + bytes;
  H.total.fetch_add(sz, std::memory_order_relaxed);
  H.objects.fetch_add(1, std::memory_order_relaxed);
  H.mallocs.fetch_add(1, std::memory_order_relaxed);
  uint64_t live = H.live.fetch_add(sz, std::memory_order_relaxed) + sz;
  if (live >= H.next_gc.load(std::memory_order_relaxed) && H.gogc.load(std::memory_order_relaxed) >= 0 && sched) {
    // Re-asserted on every allocation over the trigger: another STW may have cleared
    // global_yield meanwhile.
    want_gc();
  }
  return o;
}

void Tracer::drain() {
  while (!work_.empty()) {
    Obj* o = work_.back();
    work_.pop_back();
    const Layout* l = o->layout;
    if (!l) continue;
    switch (l->kind) {
      case LayoutKind::Bytes: break;
      case LayoutKind::AllPtrs: mark_slots(obj_slots(o), o->bytes / sizeof(Value)); break;
      case LayoutKind::Values: {
        size_t n = o->bytes / sizeof(Value);
        Value* s = obj_slots(o);
        uint32_t stride = l->stride ? l->stride : 1;
        for (size_t i = 0; i < n; ++i)
          if ((l->ptrmask >> (i % stride)) & 1) mark(s[i].o);
        break;
      }
      case LayoutKind::Custom:
        if (l->trace) l->trace(obj_data(o), *this);
        break;
    }
  }
}

static void sweep_list(std::vector<Obj*>& v, SmallCache* cache, uint64_t& live, uint64_t& count) {
  size_t k = 0;
  for (Obj* o : v) {
    if (o->mark) {
      o->mark = 0;
      v[k++] = o;
      live += sizeof(Obj) + o->bytes;
      count++;
    } else {
      free_obj(o, cache);
    }
  }
  v.resize(k);
}

void heap_collect_stw() {
  H.gc_wanted.store(false);
  int64_t t0 = now_ns();
  ev(EvKind::GCStart, 0, -1);
  Tracer tr;
  if (sched->hooks.scan_globals) sched->hooks.scan_globals(tr);
  for (G* g : sched->allgs) {
    GStatus s = g->status.load();
    if (s == GStatus::Dead || s == GStatus::Idle) continue;
    if (sched->hooks.scan_g) sched->hooks.scan_g(*g, tr);
    if (g->wake_ptr) tr.mark(g->wake_value.o);   // delivered but not yet taken by the VM
    sudogs_mark(*g, tr);
  }
  timers_mark(tr);
  tr.drain();
  uint64_t live = 0, count = 0;
  for (size_t i = 0; i < sched->allp.size(); ++i) {
    P& p = *sched->allp[i];
    sweep_list(p.objs, &p.small, live, count);
  }
  {
    LockGuard lk(H.lock);
    sweep_list(H.global_objs, nullptr, live, count);
  }
  H.live.store(live);
  H.objects.store(count);
  // end_for_limit takes sched.lock, which stop-the-world may hold: the next alloc ends it.
  if (uint64_t lim = H.limit.load(); lim && live > lim) H.over_limit.store(true);
  int gogc = H.gogc.load();
  uint64_t next = live + live * uint64_t(gogc < 0 ? 0 : gogc) / 100;
  H.next_gc.store(std::max(next, kMinHeap));
  int64_t pause = now_ns() - t0;
  H.num_gc.fetch_add(1);
  H.pause_total.fetch_add(pause);
  {
    LockGuard lk(H.lock);
    H.pauses.push_back(pause);
  }
  ev(EvKind::GCEnd, 0, -1, pause);
}

HeapStats heap_stats() {
  HeapStats s;
  s.heap_live = H.live.load();
  s.heap_objects = H.objects.load();
  s.total_alloc = H.total.load();
  s.num_gc = H.num_gc.load();
  s.next_gc = H.next_gc.load();
  s.pause_total_ns = H.pause_total.load();
#if defined(__EMSCRIPTEN__)
  s.malloc_in_use = static_cast<uint32_t>(mallinfo().uordblks);
#elif defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
  struct mallinfo2 mi = mallinfo2();
  s.malloc_in_use = mi.uordblks + mi.hblkhd;  // small chunks + mmapped big ones
#endif
  LockGuard lk(H.lock);
  if (!H.pauses.empty()) {
    std::vector<int64_t> p = H.pauses;
    std::sort(p.begin(), p.end());
    s.pause_max_ns = p.back();
    s.pause_median_ns = p[p.size() / 2];
  }
  return s;
}

// End of run: every object is garbage.
void heap_shutdown() {
  for (size_t i = 0; i < sched->allp.size(); ++i) {
    P& p = *sched->allp[i];
    for (Obj* o : p.objs) free_obj(o, nullptr);
    p.objs.clear();
    empty_cache(p.small);
  }
  LockGuard lk(H.lock);
  for (Obj* o : H.global_objs) free_obj(o, nullptr);
  H.global_objs.clear();
  H.live.store(0);
}

uint64_t total_mallocs() { return H.mallocs.load(std::memory_order_relaxed); }

}  // namespace gort::rt
