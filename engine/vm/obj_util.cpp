// engine/vm/obj_util.cpp — the object library's static layouts, Go's bounds-error texts,
// the PRNG and the byte hash (declared in obj_internal.h).
#include <cstring>

#include "runtime/sched.h"
#include "vm/obj_internal.h"

namespace gort::vm::objlib {

namespace {
// ClosureObj is {int64 fn; Obj* captures[n]}: on wasm32 the captures are 4-byte pointers,
// so no slot-based layout fits; trace them by hand.
void trace_closure(void* data, rt::Tracer& tr) {
  Obj* o = obj_from_data(data);
  auto* c = static_cast<ClosureObj*>(data);
  int64_t n = closure_ncaptures(o);
  for (int64_t i = 0; i < n; ++i) tr.mark(c->captures[i]);
}
void trace_iface(void* data, rt::Tracer& tr) {
  auto* i = static_cast<IfaceObj*>(data);
  if (i->type && i->type->holds_ptr()) tr.mark(i->data.o);
}

rt::Layout make_layout(rt::LayoutKind k, uint32_t stride, uint64_t mask, const char* name,
                       void (*trace)(void*, rt::Tracer&) = nullptr) {
  rt::Layout l;
  l.kind = k;
  l.stride = stride;
  l.ptrmask = mask;
  l.trace = trace;
  l.name = name;
  return l;
}
}  // namespace

const rt::Layout kStrLayout = make_layout(rt::LayoutKind::Bytes, 0, 0, "string");
const rt::Layout kCplxLayout = make_layout(rt::LayoutKind::Bytes, 0, 0, "complex");
const rt::Layout kSliceLayout = make_layout(rt::LayoutKind::Values, 4, 1, "slice");
const rt::Layout kRefLayout = make_layout(rt::LayoutKind::Values, 2, 1, "ref");
const rt::Layout kArrayViewLayout = make_layout(rt::LayoutKind::Values, 3, 1, "array-view");
// The interface's type pointer (slot 0) is static data, not a GC object. Both iface layouts
// trace through the descriptor so a copied layout pointer can never disagree with the type.
const rt::Layout kIfacePtrLayout = make_layout(rt::LayoutKind::Custom, 0, 0, "iface", trace_iface);
const rt::Layout kIfaceScalarLayout = make_layout(rt::LayoutKind::Bytes, 0, 0, "iface-scalar");
const rt::Layout kClosureLayout = make_layout(rt::LayoutKind::Custom, 0, 0, "closure", trace_closure);
const rt::Layout kArrayPtrLayout = make_layout(rt::LayoutKind::AllPtrs, 0, 0, "array-ptrs");
const rt::Layout kArrayScalarLayout = make_layout(rt::LayoutKind::Bytes, 0, 0, "array-scalars");

std::string index_error(int64_t i, int64_t len) {
  if (i < 0) return "runtime error: index out of range [" + std::to_string(i) + "]";
  return "runtime error: index out of range [" + std::to_string(i) + "] with length " +
         std::to_string(len);
}
std::string slice_error_hi(int64_t hi, int64_t bound, bool is_cap) {
  std::string s = "runtime error: slice bounds out of range [:" + std::to_string(hi) + "]";
  if (hi < 0) return s;
  return s + (is_cap ? " with capacity " : " with length ") + std::to_string(bound);
}
std::string slice_error_lohi(int64_t lo, int64_t hi) {
  if (lo < 0) return "runtime error: slice bounds out of range [" + std::to_string(lo) + ":]";
  return "runtime error: slice bounds out of range [" + std::to_string(lo) + ":" +
         std::to_string(hi) + "]";
}
std::string slice3_error_max(int64_t max, int64_t cap) {
  std::string s = "runtime error: slice bounds out of range [::" + std::to_string(max) + "]";
  if (max < 0) return s;
  return s + " with capacity " + std::to_string(cap);
}
std::string slice3_error_himax(int64_t hi, int64_t max) {
  if (hi < 0) return "runtime error: slice bounds out of range [:" + std::to_string(hi) + ":]";
  return "runtime error: slice bounds out of range [:" + std::to_string(hi) + ":" +
         std::to_string(max) + "]";
}
std::string slice3_error_lohi(int64_t lo, int64_t hi) {
  if (lo < 0) return "runtime error: slice bounds out of range [" + std::to_string(lo) + "::]";
  return "runtime error: slice bounds out of range [" + std::to_string(lo) + ":" +
         std::to_string(hi) + ":]";
}

uint64_t rand64() {
  // Under the scheduler the P's generator is seeded from Config::seed: --seed N runs then
  // iterate maps in the same order. Outside a run (tests), a per-thread splitmix sequence.
  rt::M* m = rt::tls_m;
  if (m && m->p) return (uint64_t(m->p->fastrand()) << 32) | m->p->fastrand();
  static std::atomic<uint64_t> counter{0x9e3779b97f4a7c15ULL};
  return mix64(counter.fetch_add(0x9e3779b97f4a7c15ULL, std::memory_order_relaxed));
}

uint64_t hash_bytes(const void* p, size_t n, uint64_t seed) {
  const auto* b = static_cast<const unsigned char*>(p);
  uint64_t h = seed ^ (uint64_t(n) * 0x9e3779b97f4a7c15ULL);
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, b, 8);
    h = mix64(h ^ w) * 0x9e3779b97f4a7c15ULL;
    b += 8;
    n -= 8;
  }
  uint64_t w = 0;
  if (n) std::memcpy(&w, b, n);   // b may be null for "" (memcpy's args must not be)
  return mix64(h ^ w ^ (uint64_t(n) << 56));
}

uint64_t roundupsize(uint64_t bytes) {
  // Go 1.19's malloc size classes (runtime/sizeclasses.go); large sizes round to 8 KiB pages.
  static const uint16_t kClass[] = {
      0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288,
      320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536,
      1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192,
      9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576,
      27264, 28672, 32768};
  if (bytes <= 32768) {
    size_t i = 0;
    while (kClass[i] < bytes) ++i;
    return kClass[i];
  }
  const uint64_t page = 8192;
  return (bytes + page - 1) / page * page;
}

int64_t grow_cap(const TypeDesc* elem, int64_t old_cap, int64_t need) {
  // runtime.growslice (Go 1.19): double below 256 elements, then grow by (cap + 768)/4 until
  // large enough; then round the byte size up to the malloc size class.
  int64_t newcap = old_cap;
  int64_t doublecap = newcap + newcap;
  if (need > doublecap) {
    newcap = need;
  } else {
    const int64_t threshold = 256;
    if (old_cap < threshold) {
      newcap = doublecap;
    } else {
      while (0 < newcap && newcap < need) newcap += (newcap + 3 * threshold) / 4;
      if (newcap <= 0) newcap = need;
    }
  }
  int64_t size = go_sizeof(elem);
  if (size == 0) return need;   // zero-size elements: Go returns the requested cap as is
  uint64_t mem = roundupsize(uint64_t(newcap) * uint64_t(size));
  return int64_t(mem / uint64_t(size));
}

}  // namespace gort::vm::objlib
