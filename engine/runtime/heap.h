// engine/runtime/heap.h — the GC-managed heap: object header, layouts, allocation, tracing.
// Non-moving, stop-the-world mark-sweep. The collector runs only when every P is stopped in
// schedule() (so every G's VM state is saved and no VM code runs), which is why allocation
// never collects synchronously: it only *requests* a cycle and the VM's next should_yield()
// poll brings the world to the safepoint.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "runtime/value.h"

namespace gort {
namespace rt { struct Layout; }
// Header before every object's data. Obj* is what Values hold (Value::o) and what the tracer
// marks; the object's payload starts right after the header (obj_data()).
struct Obj {
  const rt::Layout* layout;
  uint32_t bytes;      // payload size
  uint8_t mark;        // mark bit of the current cycle (only touched during stop-the-world)
  uint8_t owner_bits;  // the allocating layer's own per-object bits (0 from alloc); the VM marks
                       // byte arrays whose payload is uint8_t[] rather than 8-byte slots
  uint8_t pad_[sizeof(void*) == 4 ? 6 : 2];   // 16 bytes on wasm32 too: payload stays 8-aligned
};
static_assert(sizeof(Obj) == 16, "object header is two words");

}  // namespace gort

namespace gort::rt {

using gort::Obj;
class Tracer;

// How the GC finds pointers inside an object. A Layout is immutable and must outlive the run
// (the VM keeps one per type, e.g. in static storage or its type table).
enum class LayoutKind : uint8_t {
  Bytes,    // no pointers at all (strings' bytes, []int, []float64)
  Values,   // an array of Value slots; ptrmask (stride slots, repeated over the object) says
            // which slots hold Obj* (e.g. a []struct{p *T; n int} backing array)
  AllPtrs,  // every slot is an Obj* or null ([]*T, []string if strings are objects, closures' boxes)
  Custom,   // trace() visits the pointers (channels, maps, objects owning non-GC memory)
};

struct Layout {
  LayoutKind kind = LayoutKind::Bytes;
  uint32_t stride = 0;               // Values: slots per repetition of ptrmask (1..64)
  uint64_t ptrmask = 0;              // Values: bit i set = slot i (mod stride) is an Obj*
  void (*trace)(void* data, Tracer&) = nullptr;   // Custom
  void (*finalize)(void* data) = nullptr;         // any kind: called before the memory is freed
  const char* name = "";             // for debugging / gctrace
};

inline void* obj_data(Obj* o) { return reinterpret_cast<char*>(o) + sizeof(Obj); }
inline Value* obj_slots(Obj* o) { return static_cast<Value*>(obj_data(o)); }
inline Obj* obj_from_data(void* d) { return reinterpret_cast<Obj*>(static_cast<char*>(d) - sizeof(Obj)); }

// A P's cache of freed small objects, one free list per 16-byte size class (header included,
// up to kMaxBytes): the sweep puts a dead small object on the list of the P that allocated
// it and that P's next allocation of the class takes it back, with no malloc, no free and no
// lock — as Go's mcache does for its spans. Without it every object cost a calloc and a free
// (~400 instructions natively; under wasm malloc also takes a global lock). Owner M only;
// the sweep touches it with the world stopped. The list is linked through the header's
// layout word. Bounded (kMaxCachedBytes per P; the rest goes back to malloc) and emptied at
// the end of a run, so the next run has the whole heap again.
struct SmallCache {
  static constexpr size_t kGranule = 16;
  static constexpr size_t kMaxBytes = 512;              // header + payload
  static constexpr size_t kClasses = kMaxBytes / kGranule;
  static constexpr uint64_t kMaxCachedBytes = uint64_t(8) << 20;
  Obj* head[kClasses] = {};
  uint64_t cached_bytes = 0;
};

// Allocate a zeroed object of `bytes` payload bytes. Call from a G's M while it holds a P (or
// from the runtime's own threads before/after the run). Never returns null: out of memory is a
// fatal error ("fatal error: runtime: out of memory"). May request a GC cycle (see top).
Obj* alloc(const Layout* layout, size_t bytes);
// Called for each object the GC frees, with the world stopped (the race detector forgets the
// shadow state of its memory). Null unless a run asks for it.
extern void (*free_hook)(void* data, uint64_t bytes);

// Marking interface handed to scan_g / scan_globals / Custom trace functions. Pass object base
// pointers only (the Obj* the allocator returned); null is ignored.
class Tracer {
 public:
  void mark(Obj* o) {
    if (o && !o->mark) { o->mark = 1; work_.push_back(o); }
  }
  void mark_value(Value v) { mark(v.o); }   // caller knows the slot holds a pointer
  void mark_slots(const Value* s, size_t n) { for (size_t i = 0; i < n; ++i) mark(s[i].o); }
  void drain();                              // runtime-internal: trace until the worklist is empty
 private:
  std::vector<Obj*> work_;
};

// Statistics (bench, GODEBUG=gctrace=1, runtime.ReadMemStats-like uses).
struct HeapStats {
  uint64_t heap_live = 0;        // bytes in objects after the last sweep + allocated since
  uint64_t heap_objects = 0;
  uint64_t total_alloc = 0;      // cumulative bytes allocated
  uint64_t num_gc = 0;
  uint64_t next_gc = 0;          // heap_live that triggers the next cycle
  int64_t pause_total_ns = 0;
  int64_t pause_max_ns = 0;
  int64_t pause_median_ns = 0;
  // Bytes the process has malloc'd and not freed (GC heap, G structs, goroutine stacks, the
  // compiler's data...): runtime.MemStats.Sys. 0 where the allocator cannot say (sanitizers).
  uint64_t malloc_in_use = 0;
};
HeapStats heap_stats();

// GOGC percent (default 100; <0 disables automatic GC). Minimum trigger is 4 MiB.
void set_gogc(int percent);

}  // namespace gort::rt
