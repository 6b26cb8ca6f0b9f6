// engine/vm/map.cpp — Go maps: an open-addressing hash table (linear probing, tombstones,
// power-of-two capacity, max load 7/8) in C++-owned memory, placed in the payload of a
// Custom-layout GC object whose trace marks pointer keys/values and whose finalizer frees the
// table. Also range iteration (a GC object snapshotting the keys) and fmt's sorted key order
// (contract: object.h).
//
// Concurrency: Go maps are not safe for concurrent writes; Go detects it best-effort and dies
// with "fatal error: concurrent map writes". Each map has a small access word (readers count /
// writer flag). A conflicting access reports Go's fatal error and then *waits* for the other
// access, so a racy program ends with Go's message instead of corrupting the table.
//
// GC safety: nothing here yields, so objects held only in locals survive (see object.cpp);
// a collection never runs concurrently with a map operation (stop-the-world).
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

enum : uint8_t { kEmpty = 0, kDeleted = 1, kFull = 2 };

struct MapImpl {
  const TypeDesc* type = nullptr;   // the map type: key = type->key, value = type->elem
  uint64_t seed = 0;
  std::atomic<int32_t> access{0};   // >0: readers, -1: a writer
  int64_t count = 0;
  int64_t tombs = 0;
  uint64_t clear_epoch = 0;         // bumped by map_clear (iterators' NaN-key snapshots)
  std::vector<uint8_t> ctrl;
  std::vector<uint64_t> hashes;
  std::vector<Value> keys, vals;
};

MapImpl* impl(const Obj* m) { return static_cast<MapImpl*>(obj_data(const_cast<Obj*>(m))); }

void map_trace(void* data, rt::Tracer& tr) {
  auto* m = static_cast<MapImpl*>(data);
  bool kp = m->type->key->holds_ptr(), vp = m->type->elem->holds_ptr();
  if (!kp && !vp) return;
  for (size_t i = 0; i < m->ctrl.size(); ++i) {
    if (m->ctrl[i] != kFull) continue;
    if (kp) tr.mark(m->keys[i].o);
    if (vp) tr.mark(m->vals[i].o);
  }
}
void map_finalize(void* data) { static_cast<MapImpl*>(data)->~MapImpl(); }

rt::Layout make_map_layout() {
  rt::Layout l;
  l.kind = rt::LayoutKind::Custom;
  l.trace = map_trace;
  l.finalize = map_finalize;
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
    case Kind::Interface: case Kind::Struct: case Kind::Array: case Kind::Pointer: {
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
  if (m->ctrl.empty()) return -1;
  size_t mask = m->ctrl.size() - 1;
  const TypeDesc* kt = m->type->key;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    uint8_t c = m->ctrl[i];
    if (c == kEmpty) return -1;
    if (c == kFull && m->hashes[i] == h && keys_equal(kt, m->keys[i], key)) return int64_t(i);
  }
}

void rehash(MapImpl* m, size_t newcap) {
  std::vector<uint8_t> ctrl(newcap, kEmpty);
  std::vector<uint64_t> hashes(newcap);
  std::vector<Value> keys(newcap), vals(newcap);
  size_t mask = newcap - 1;
  for (size_t i = 0; i < m->ctrl.size(); ++i) {
    if (m->ctrl[i] != kFull) continue;
    size_t j = m->hashes[i] & mask;
    while (ctrl[j] != kEmpty) j = (j + 1) & mask;
    ctrl[j] = kFull;
    hashes[j] = m->hashes[i];
    keys[j] = m->keys[i];
    vals[j] = m->vals[i];
  }
  m->ctrl.swap(ctrl);
  m->hashes.swap(hashes);
  m->keys.swap(keys);
  m->vals.swap(vals);
  m->tombs = 0;
}

size_t cap_for(int64_t n) {
  size_t c = 8;
  while (int64_t(c) * 7 / 8 < n + 1) c *= 2;
  return c;
}

}  // namespace

Obj* map_make(const TypeDesc* t, int64_t hint) {
  Obj* o = rt::alloc(&kMapLayout, sizeof(MapImpl));
  auto* m = new (obj_data(o)) MapImpl();
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
      *out = m->vals[size_t(i)];
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
    m->keys[size_t(i)] = key;
    m->vals[size_t(i)] = val;
    return true;
  }
  if (m->ctrl.empty() || (m->count + m->tombs + 1) * 8 > int64_t(m->ctrl.size()) * 7) {
    // Rehash to at most ~7/16 load: grows ~2x when full of live keys, stays or shrinks when
    // the load was mostly tombstones. The headroom keeps rehashes O(1) amortized.
    rehash(m, cap_for(2 * (m->count + 1)));
  }
  size_t mask = m->ctrl.size() - 1;
  size_t j = h & mask;
  while (m->ctrl[j] == kFull) j = (j + 1) & mask;
  if (m->ctrl[j] == kDeleted) m->tombs--;
  m->ctrl[j] = kFull;
  m->hashes[j] = h;
  m->keys[j] = key;
  m->vals[j] = val;
  m->count++;
  return true;
}

bool map_delete(Obj* mo, Value key, Fault& f) {
  if (!mo) {
    // delete on a nil map is a no-op, but Go still panics for an unhashable interface key.
    return true;
  }
  MapImpl* m = impl(mo);
  uint64_t h;
  if (!value_hash(m->type->key, key, m->seed, &h, f)) return false;
  WriteGuard g(m);
  int64_t i = find_slot(m, key, h);
  if (i < 0) return true;
  size_t s = size_t(i);
  m->ctrl[s] = kDeleted;
  m->keys[s] = Value::zero();   // drop references so the GC can free them
  m->vals[s] = Value::zero();
  m->count--;
  m->tombs++;
  return true;
}

void map_clear(Obj* mo) {
  if (!mo) return;
  MapImpl* m = impl(mo);
  WriteGuard g(m);
  std::fill(m->ctrl.begin(), m->ctrl.end(), kEmpty);
  std::fill(m->keys.begin(), m->keys.end(), Value::zero());
  std::fill(m->vals.begin(), m->vals.end(), Value::zero());
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
    size_t cap = m->ctrl.size();
    // Go starts every range at a random bucket and offset; start at a random slot.
    size_t start = size_t(rand64() & (cap - 1));
    int64_t k = 0;
    for (size_t c = 0; c < cap && k < n; ++c) {
      size_t i = (start + c) & (cap - 1);
      if (m->ctrl[i] != kFull) continue;
      ks[k] = m->keys[i];
      if (check_nan && !keys_equal(kt, ks[k], ks[k])) {
        // A key unequal to itself cannot be looked up again: snapshot its value now.
        if (!nanvals) nanvals = rt::alloc(array_layout(m->type->elem), size_t(n) * sizeof(Value));
        obj_slots(nanvals)[k] = m->vals[i];
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
      *key = m->keys[size_t(i)];
      *val = m->vals[size_t(i)];
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
      // fmtsort orders the dynamic types by their reflect.Type addresses, which the Go
      // linker lays out sorted by type string: order by the type text.
      if (!same_type(ta, tb)) {
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

Obj* map_sorted_keys(const Obj* mo) {
  if (!mo || impl(mo)->count == 0) return nullptr;
  MapImpl* m = impl(mo);
  const TypeDesc* kt = m->type->key;
  std::vector<Value> keys;
  {
    ReadGuard g(m);
    keys.reserve(size_t(m->count));
    for (size_t i = 0; i < m->ctrl.size(); ++i)
      if (m->ctrl[i] == kFull) keys.push_back(m->keys[i]);
  }
  std::stable_sort(keys.begin(), keys.end(),
                   [kt](Value a, Value b) { return fmt_compare(kt, a, b) < 0; });
  int64_t n = int64_t(keys.size());
  Obj* arr = rt::alloc(array_layout(kt), size_t(n) * sizeof(Value));
  std::copy(keys.begin(), keys.end(), obj_slots(arr));
  return slice_from_array(arr, 0, n, n);
}

}  // namespace gort::vm
