// engine/vm/map.cpp — Go maps: an open-addressing hash table (linear probing, tombstones,
// power-of-two capacity, max load 3/4). The map object's payload is a small header; the table
// itself is one GC array of {hash, key, value} entries that the header's trace marks, so the
// GC accounts for table memory (pacing sees big maps) and no finalizer is needed. Also range
// iteration (a GC object snapshotting the keys) and fmt's sorted key order (contract:
// object.h).
//
// Concurrency: Go maps are not safe for concurrent writes; Go detects it best-effort and dies
// with "fatal error: concurrent map writes". Each map has a small access word (readers count /
// writer flag). A conflicting access reports Go's fatal error and then *waits* for the other
// access, so a racy program ends with Go's message instead of corrupting the table.
//
// GC safety: nothing here yields, so objects held only in locals survive (see object.cpp);
// a collection never runs concurrently with a map operation (stop-the-world). A rehash
// allocates the new arrays and drops the old ones (garbage for the next cycle).
#include <algorithm>
#include <atomic>
#include <cmath>
#include <new>
#include <thread>
#include <vector>

#include "runtime/runtime.h"
#include "vm/obj_internal.h"

namespace gort::vm {

using namespace objlib;

namespace {

// The table is one GC array of entries {hash, key, value} (three slots each), so a probe
// touches one cache line. hash: 0 = empty, 1 = deleted, otherwise the key's hash with the top
// bit forced on (never a low bit: the probe start is the stored hash's low bits, and a forced
// low bit would leave half the slots as start positions — long clusters).
constexpr uint64_t kEmpty = 0, kDeleted = 1;
inline uint64_t stored_hash(uint64_t h) { return h | (uint64_t(1) << 63); }

// Entry-array layouts by (key holds a pointer, value holds a pointer).
rt::Layout make_entries_layout(bool kp, bool vp) {
  rt::Layout l;
  l.kind = kp || vp ? rt::LayoutKind::Values : rt::LayoutKind::Bytes;
  l.stride = 3;
  l.ptrmask = (kp ? 2u : 0u) | (vp ? 4u : 0u);
  l.name = "map-entries";
  return l;
}
const rt::Layout kEntries[4] = {make_entries_layout(false, false), make_entries_layout(false, true),
                                make_entries_layout(true, false), make_entries_layout(true, true)};

struct MapImpl {
  const TypeDesc* type;             // the map type: key = type->key, value = type->elem
  uint64_t seed;
  std::atomic<int32_t> access;      // >0: readers, -1: a writer (zeroed memory = idle)
  int64_t count;
  int64_t tombs;
  uint64_t clear_epoch;             // bumped by map_clear (iterators' NaN-key snapshots)
  int64_t cap;                      // entries (0 or a power of two)
  Obj* entries;                     // Value[3 * cap]

  Value* e(int64_t i) const { return obj_slots(entries) + 3 * i; }
  uint64_t& H(int64_t i) const { return e(i)[0].u; }
  Value& K(int64_t i) const { return e(i)[1]; }
  Value& V(int64_t i) const { return e(i)[2]; }
};
static_assert(std::is_trivially_destructible_v<MapImpl>, "map payload needs no finalizer");

MapImpl* impl(const Obj* m) { return static_cast<MapImpl*>(obj_data(const_cast<Obj*>(m))); }

void map_trace(void* data, rt::Tracer& tr) {
  // The entries array's own layout says which of its slots are pointers.
  tr.mark(static_cast<MapImpl*>(data)->entries);
}

rt::Layout make_map_layout() {
  rt::Layout l;
  l.kind = rt::LayoutKind::Custom;
  l.trace = map_trace;
  l.name = "map";
  return l;
}
const rt::Layout kMapLayout = make_map_layout();

// Iterator object: six slots {map, keys snapshot, NaN-key values, pos, n, clear_epoch}.
enum { kItMap, kItKeys, kItNanVals, kItPos, kItN, kItEpoch, kItSlots };
rt::Layout make_iter_layout() {
  rt::Layout l;
  l.kind = rt::LayoutKind::Values;
  l.stride = kItSlots;
  l.ptrmask = 0b111;
  l.name = "map-iter";
  return l;
}
const rt::Layout kIterLayout = make_iter_layout();

// ---- access guard (see top) ----
void report_race(const char* what) {
  // fatal_error ends the program (first fatal wins); this thread then waits for the other
  // access to finish so memory stays consistent until the program is torn down.
  rt::fatal_error(rt::current_g(), what);
}
class ReadGuard {
 public:
  explicit ReadGuard(MapImpl* m) : m_(m) {
    int32_t s = m_->access.load(std::memory_order_relaxed);
    bool reported = false;
    for (;;) {
      if (s >= 0 && m_->access.compare_exchange_weak(s, s + 1, std::memory_order_acquire)) return;
      if (s < 0) {
        if (!reported) { report_race("concurrent map read and map write"); reported = true; }
        std::this_thread::yield();
        s = m_->access.load(std::memory_order_relaxed);
      }
    }
  }
  ~ReadGuard() { m_->access.fetch_sub(1, std::memory_order_release); }
 private:
  MapImpl* m_;
};
class WriteGuard {
 public:
  explicit WriteGuard(MapImpl* m) : m_(m) {
    int32_t expect = 0;
    bool reported = false;
    while (!m_->access.compare_exchange_weak(expect, -1, std::memory_order_acquire)) {
      if (expect != 0 && !reported) {
        report_race(expect < 0 ? "concurrent map writes" : "concurrent map read and map write");
        reported = true;
      }
      if (expect != 0) std::this_thread::yield();
      expect = 0;
    }
  }
  ~WriteGuard() { m_->access.store(0, std::memory_order_release); }
 private:
  MapImpl* m_;
};

bool keys_equal(const TypeDesc* kt, Value a, Value b) {
  switch (kt->kind) {
    case Kind::String: return str_equal(a.o, b.o);
    case Kind::Float32: case Kind::Float64: return a.f == b.f;
    case Kind::Interface: case Kind::Struct: case Kind::Array: case Kind::Pointer:
    case Kind::Complex64: case Kind::Complex128: {
      bool eq = false;
      Fault f;
      return values_equal(kt, a, b, &eq, f) && eq;   // hashing already rejected uncomparables
    }
    default: return a.u == b.u;
  }
}

// Can a key of this type be unequal to itself (contain a float NaN)?
bool may_be_nan(const TypeDesc* t) {
  switch (t->kind) {
    case Kind::Float32: case Kind::Float64: case Kind::Interface: return true;
    case Kind::Complex64: case Kind::Complex128: return true;
    case Kind::Array: return may_be_nan(t->elem);
    case Kind::Struct:
      for (const FieldDesc& fd : t->fields)
        if (may_be_nan(fd.type)) return true;
      return false;
    default: return false;
  }
}

// Slot of key (found) or -1.
int64_t find_slot(const MapImpl* m, Value key, uint64_t h) {
  if (m->cap == 0) return -1;
  size_t mask = size_t(m->cap) - 1;
  const TypeDesc* kt = m->type->key;
  const Value* es = m->e(0);
  uint64_t sh = stored_hash(h);
  for (size_t i = sh & mask;; i = (i + 1) & mask) {
    uint64_t c = es[3 * i].u;
    if (c == kEmpty) return -1;
    if (c == sh && keys_equal(kt, es[3 * i + 1], key)) return int64_t(i);
  }
}

void rehash(MapImpl* m, int64_t newcap) {
  const rt::Layout* l =
      &kEntries[(m->type->key->holds_ptr() ? 2 : 0) | (m->type->elem->holds_ptr() ? 1 : 0)];
  Obj* entries = rt::alloc(l, size_t(newcap) * 3 * sizeof(Value));
  Value* ne = obj_slots(entries);
  size_t mask = size_t(newcap) - 1;
  for (int64_t i = 0; i < m->cap; ++i) {
    const Value* oe = m->e(i);
    if (oe[0].u <= kDeleted) continue;
    size_t j = oe[0].u & mask;
    while (ne[3 * j].u != kEmpty) j = (j + 1) & mask;
    ne[3 * j] = oe[0];
    ne[3 * j + 1] = oe[1];
    ne[3 * j + 2] = oe[2];
  }
  m->entries = entries;
  m->cap = newcap;
  m->tombs = 0;
}

int64_t cap_for(int64_t n) {
  int64_t c = 8;
  while (c * 3 / 4 < n + 1) c *= 2;
  return c;
}

}  // namespace

Obj* map_make(const TypeDesc* t, int64_t hint) {
  Obj* o = rt::alloc(&kMapLayout, sizeof(MapImpl));
  auto* m = new (obj_data(o)) MapImpl();   // trivially destructible: no finalizer
  m->type = t;
  m->seed = rand64();
  if (hint > 0) rehash(m, cap_for(std::min<int64_t>(hint, int64_t(1) << 24)));
  return o;
}

int64_t map_len(const Obj* m) { return m ? impl(m)->count : 0; }
const TypeDesc* map_type(const Obj* m) { return m ? impl(m)->type : nullptr; }

bool map_get(const Obj* mo, Value key, Value* out, bool* found, Fault& f) {
  *found = false;
  if (!mo) {
    // A nil map has no descriptor here: for an aggregate value type the caller substitutes
    // zero_value(elem) (object.h). Go would also panic for an unhashable interface key.
    *out = Value::zero();
    return true;
  }
  MapImpl* m = impl(mo);
  uint64_t h;
  if (!value_hash(m->type->key, key, m->seed, &h, f)) return false;
  {
    ReadGuard g(m);
    int64_t i = find_slot(m, key, h);
    if (i >= 0) {
      *out = m->V(i);
      *found = true;
      return true;
    }
  }
  *out = zero_value(m->type->elem);
  return true;
}

bool map_set(Obj* mo, Value key, Value val, Fault& f) {
  if (!mo) {
    f.msg = "assignment to entry in nil map";
    f.runtime_error = true;
    return false;
  }
  MapImpl* m = impl(mo);
  uint64_t h;
  if (!value_hash(m->type->key, key, m->seed, &h, f)) return false;
  WriteGuard g(m);
  int64_t i = find_slot(m, key, h);
  if (i >= 0) {
    // Go updates the stored key too (+0 replaced by -0, equal strings share the new one).
    m->K(i) = key;
    m->V(i) = val;
    return true;
  }
  if (m->cap == 0 || (m->count + m->tombs + 1) * 4 > m->cap * 3) {
    // Max load 3/4 (linear probing degrades fast beyond: an unsuccessful probe at 7/8 load
    // visits ~32 slots). Rehash to at most ~3/8 load: grows 2x when full of live keys, stays
    // or shrinks when the load was mostly tombstones; the headroom keeps rehashes amortized.
    rehash(m, cap_for(2 * (m->count + 1)));
  }
  size_t mask = size_t(m->cap) - 1;
  int64_t j = int64_t(stored_hash(h) & mask);   // probe sequences start from the stored hash
  while (m->H(j) > kDeleted) j = int64_t((size_t(j) + 1) & mask);
  if (m->H(j) == kDeleted) m->tombs--;
  m->H(j) = stored_hash(h);
  m->K(j) = key;
  m->V(j) = val;
  m->count++;
  return true;
}

bool map_delete(Obj* mo, Value key, Fault& f) {
  if (!mo) return true;   // delete on a nil map is a no-op
  MapImpl* m = impl(mo);
  uint64_t h;
  if (!value_hash(m->type->key, key, m->seed, &h, f)) return false;
  WriteGuard g(m);
  int64_t i = find_slot(m, key, h);
  if (i < 0) return true;
  m->H(i) = kDeleted;
  m->K(i) = Value::zero();   // drop references so the GC can free them
  m->V(i) = Value::zero();
  m->count--;
  m->tombs++;
  return true;
}

void map_clear(Obj* mo) {
  if (!mo) return;
  MapImpl* m = impl(mo);
  WriteGuard g(m);
  if (m->cap) {
    std::fill(m->e(0), m->e(m->cap), Value::zero());
  }
  m->count = 0;
  m->tombs = 0;
  m->clear_epoch++;
}

// ---- iteration ----

Obj* map_iter_new(const Obj* mo) {
  Obj* it = rt::alloc(&kIterLayout, kItSlots * sizeof(Value));
  if (!mo || impl(mo)->count == 0) return it;   // n = 0: done at once
  MapImpl* m = impl(mo);
  const TypeDesc* kt = m->type->key;
  int64_t n = m->count;
  Obj* keys = rt::alloc(array_layout(kt), size_t(n) * sizeof(Value));
  Obj* nanvals = nullptr;
  bool check_nan = may_be_nan(kt);
  {
    ReadGuard g(m);
    Value* ks = obj_slots(keys);
    size_t cap = size_t(m->cap);
    // Go starts every range at a random bucket and offset; start at a random slot.
    size_t start = size_t(rand64() & (cap - 1));
    int64_t k = 0;
    for (size_t c = 0; c < cap && k < n; ++c) {
      size_t i = (start + c) & (cap - 1);
      if (m->H(int64_t(i)) <= kDeleted) continue;
      ks[k] = m->K(i);
      if (check_nan && !keys_equal(kt, ks[k], ks[k])) {
        // A key unequal to itself cannot be looked up again: snapshot its value now.
        if (!nanvals) nanvals = rt::alloc(array_layout(m->type->elem), size_t(n) * sizeof(Value));
        obj_slots(nanvals)[k] = m->V(i);
      }
      ++k;
    }
  }
  Value* s = obj_slots(it);
  s[kItMap].o = const_cast<Obj*>(mo);
  s[kItKeys].o = keys;
  s[kItNanVals].o = nanvals;
  s[kItN].i = n;
  s[kItEpoch].u = m->clear_epoch;
  return it;
}

bool map_iter_next(Obj* it, Value* key, Value* val) {
  Value* s = obj_slots(it);
  Obj* mo = s[kItMap].o;
  if (!mo) return false;
  MapImpl* m = impl(mo);
  const TypeDesc* kt = m->type->key;
  const Value* ks = obj_slots(s[kItKeys].o);
  while (s[kItPos].i < s[kItN].i) {
    int64_t p = s[kItPos].i++;
    Value k = ks[p];
    uint64_t h;
    Fault f;
    if (!value_hash(kt, k, m->seed, &h, f)) continue;
    ReadGuard g(m);
    int64_t i = find_slot(m, k, h);
    if (i >= 0) {
      *key = m->K(i);
      *val = m->V(i);
      return true;
    }
    // NaN keys: still present unless the map was cleared since the snapshot (they can
    // never be deleted individually).
    if (s[kItNanVals].o && !keys_equal(kt, k, k) && s[kItEpoch].u == m->clear_epoch) {
      *key = k;
      *val = obj_slots(s[kItNanVals].o)[p];
      return true;
    }
  }
  return false;
}

// ---- fmt's sorted key order (internal/fmtsort.compare) ----

namespace {

uintptr_t ptr_identity(const TypeDesc* t, Value v) {
  if (t->kind == Kind::Pointer && v.o && !(t->elem && t->elem->is_aggregate())) {
    const auto* r = static_cast<const RefObj*>(obj_data(v.o));
    return reinterpret_cast<uintptr_t>(obj_slots(r->container) + r->index);
  }
  return reinterpret_cast<uintptr_t>(v.o);
}

// Size in bytes of gc's runtime type descriptor for t (rtype + kind-specific part + uncommon
// type + method/field/param arrays, 64-bit Go 1.19). fmtsort orders interface keys of different
// dynamic types by the descriptors' addresses, and the linker lays the type section out sorted
// by symbol size, then name — so (size, type text) reproduces Go's order (checked against go run
// for predeclared, named, pointer, array, struct and method-carrying types).
int64_t rtype_size(const TypeDesc* t) {
  int64_t n;
  switch (t->kind) {
    case Kind::Pointer: case Kind::Slice: n = 56; break;
    case Kind::Array: n = 72; break;
    case Kind::Chan: n = 64; break;
    case Kind::Map: n = 88; break;
    case Kind::Func: n = 56 + 8 * int64_t(t->params.size() + t->results.size()); break;
    case Kind::Interface: n = 80 + 8 * int64_t(t->methods.size()); break;
    case Kind::Struct: n = 80 + 24 * int64_t(t->fields.size()); break;
    default: n = 48; break;
  }
  bool iface = t->kind == Kind::Interface;
  if (t->named || (!iface && !t->methods.empty()))
    n += 16 + (iface ? 0 : 16 * int64_t(t->methods.size()));
  return n;
}

int fmt_compare(const TypeDesc* t, Value a, Value b) {
  switch (t->kind) {
    case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64:
      return a.i < b.i ? -1 : (a.i > b.i ? 1 : 0);
    case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64:
    case Kind::Uintptr:
      return a.u < b.u ? -1 : (a.u > b.u ? 1 : 0);
    case Kind::Bool:
      return (a.i != 0) == (b.i != 0) ? 0 : (a.i == 0 ? -1 : 1);
    case Kind::String:
      return str_compare(a.o, b.o);
    case Kind::Float32: case Kind::Float64: {
      double x = a.f, y = b.f;
      if (x < y) return -1;
      if (x > y) return 1;
      if (x == y) return 0;
      bool nx = std::isnan(x), ny = std::isnan(y);
      if (nx && !ny) return -1;
      if (!nx && ny) return 1;
      return 0;
    }
    case Kind::Complex64: case Kind::Complex128: {   // fmtsort: real part, then imaginary
      const TypeDesc* f64 = basic_type(Kind::Float64);
      int c = fmt_compare(f64, Value::from_float(cplx_re(a.o)), Value::from_float(cplx_re(b.o)));
      return c != 0 ? c : fmt_compare(f64, Value::from_float(cplx_im(a.o)), Value::from_float(cplx_im(b.o)));
    }
    case Kind::Pointer: case Kind::Chan: case Kind::UnsafePointer: {
      uintptr_t x = ptr_identity(t, a), y = ptr_identity(t, b);
      return x < y ? -1 : (x > y ? 1 : 0);
    }
    case Kind::Struct: case Kind::Array: {
      int64_t n = agg_slots(t);
      const Value* sa = obj_slots(a.o);
      const Value* sb = obj_slots(b.o);
      for (int64_t i = 0; i < n; ++i) {
        const TypeDesc* ft = t->kind == Kind::Struct ? t->fields[size_t(i)].type : t->elem;
        int c = fmt_compare(ft, sa[i], sb[i]);
        if (c) return c;
      }
      return 0;
    }
    case Kind::Interface: {
      const TypeDesc* ta = iface_type(a.o);
      const TypeDesc* tb = iface_type(b.o);
      if (!ta || !tb) return (!ta && !tb) ? 0 : (!ta ? -1 : 1);
      // fmtsort orders the dynamic types by their descriptors' addresses (see rtype_size).
      if (!same_type(ta, tb)) {
        int64_t sa = rtype_size(ta), sb = rtype_size(tb);
        if (sa != sb) return sa < sb ? -1 : 1;
        int c = ta->str.compare(tb->str);
        if (c) return c < 0 ? -1 : 1;
        return ta < tb ? -1 : 1;
      }
      return fmt_compare(ta, iface_data(a.o), iface_data(b.o));
    }
    default:
      return 0;
  }
}

}  // namespace

Obj* map_sorted_entries(const Obj* mo, Obj** vals) {
  *vals = nullptr;
  if (!mo || impl(mo)->count == 0) return nullptr;
  MapImpl* m = impl(mo);
  const TypeDesc* kt = m->type->key;
  std::vector<std::pair<Value, Value>> es;
  {
    ReadGuard g(m);
    es.reserve(size_t(m->count));
    for (int64_t i = 0; i < m->cap; ++i)
      if (m->H(i) > kDeleted) es.push_back({m->K(i), m->V(i)});
  }
  // Stable, as fmtsort: equal keys (NaNs) keep their (random) table order.
  std::stable_sort(es.begin(), es.end(), [kt](const std::pair<Value, Value>& a,
                                              const std::pair<Value, Value>& b) {
    return fmt_compare(kt, a.first, b.first) < 0;
  });
  int64_t n = int64_t(es.size());
  Obj* ka = rt::alloc(array_layout(kt), size_t(n) * sizeof(Value));
  Obj* va = rt::alloc(array_layout(m->type->elem), size_t(n) * sizeof(Value));
  for (int64_t i = 0; i < n; ++i) {
    obj_slots(ka)[i] = es[size_t(i)].first;
    obj_slots(va)[i] = es[size_t(i)].second;
  }
  *vals = slice_from_array(va, 0, n, n);
  return slice_from_array(ka, 0, n, n);
}

Obj* map_sorted_keys(const Obj* mo) {
  Obj* vals;
  return map_sorted_entries(mo, &vals);
}

}  // namespace gort::vm
