// engine/vm/obj_value.cpp — values of any type: aggregates (struct/array objects: zero value,
// deep copy, in-place assignment), zero_value/copy_value, Go's == and the matching hash,
// boxes, RefObj pointers, new(T) and closures (contract: object.h).
//
// Aggregates own their nested aggregate fields (never null once created), so copies recurse
// into them and everything else (strings, slices, maps, pointers...) is copied as a slot.
// GC safety: nothing here yields, so objects held only in locals survive (see object.cpp).
#include <algorithm>
#include <cmath>
#include <cstring>

#include "vm/obj_internal.h"

namespace gort::vm {

using namespace objlib;

namespace {

const TypeDesc* slot_type(const TypeDesc* t, int64_t i) {
  return t->kind == Kind::Struct ? t->fields[size_t(i)].type : t->elem;
}

// For == and hashing of pointers only: a compact byte array's element has a byte address
// (not a Value slot), which still names it uniquely.
Value* ref_slot(const Obj* ref) {
  const auto* r = static_cast<const RefObj*>(obj_data(const_cast<Obj*>(ref)));
  if (array_compact(r->container))
    return reinterpret_cast<Value*>(static_cast<char*>(obj_data(r->container)) + r->index);
  return obj_slots(r->container) + r->index;
}

// A pointer to an aggregate names its object — or, for an array view ((*[N]E)(s)), the
// element it starts at: two conversions of the same window are the same pointer, as in Go.
uintptr_t agg_ptr_identity(const Obj* p, int64_t* off) {
  *off = 0;
  return reinterpret_cast<uintptr_t>(array_window(const_cast<Obj*>(p), off));
}

void nil_deref(Fault& f) {
  f.msg = "runtime error: invalid memory address or nil pointer dereference";
  f.runtime_error = true;
}

// An aggregate of n slots. Past rt::alloc's limit the request stays over it (never a wrapped
// n * 8) so alloc reports Go's "out of memory"; where the run cannot unwind (no threads) alloc
// returns a smaller object, and the callers touch only the slots it really has.
// Slots of t including its nested aggregates (saturating): [1<<20][1<<20]byte is one 8 MiB
// object holding 2^20 more, which calloc would hand out lazily for minutes before failing.
int64_t deep_slots(const TypeDesc* t, int depth) {
  constexpr int64_t kHuge = int64_t(1) << 60;
  if (!t->is_aggregate() || depth > 64) return 1;
  int64_t n = agg_slots(t), total = 0;
  for (int64_t i = 0; i < n && total < kHuge; ++i) {
    int64_t k = t->kind == Kind::Struct ? deep_slots(slot_type(t, i), depth + 1) : 0;
    if (t->kind != Kind::Struct) {   // an array: every element alike
      int64_t e = deep_slots(t->elem, depth + 1);
      return e > 0 && n > kHuge / e ? kHuge : n * e + 1;
    }
    total += k;
  }
  return std::min(total + 1, kHuge);
}

Obj* agg_alloc(const TypeDesc* t, int64_t* n) {
  // Just over rt::alloc's 2 GiB ceiling, so it refuses; the byte count still fits a 32-bit
  // size_t (wasm), where 2^32 bytes wrapped to a zero-slot object ("index out of range").
  constexpr int64_t kOver = (int64_t(1) << 31) / int64_t(sizeof(Value)) + 1;
  // More than 64 GiB in all: Go's "out of memory" now (alloc refuses an over-limit request).
  constexpr int64_t kMaxDeepSlots = (int64_t(1) << 36) / int64_t(sizeof(Value));
  if (*n > 1024 && deep_slots(t, 0) > kMaxDeepSlots) *n = kOver;
  Obj* o = rt::alloc(&t->layout, size_t(std::min(*n, kOver)) * sizeof(Value));
  *n = std::min<int64_t>(*n, o->bytes / sizeof(Value));
  return o;
}

}  // namespace

// ---- aggregates ----

Obj* agg_new(const TypeDesc* t) {
  int64_t n = agg_slots(t);
  Obj* o = agg_alloc(t, &n);
  Value* s = obj_slots(o);
  for (int64_t i = 0; i < n; ++i) {
    const TypeDesc* ft = slot_type(t, i);
    if (ft->is_aggregate()) s[i].o = agg_new(ft);
  }
  return o;
}

namespace {
// *dst = *src / a copy of *src where one side is an array view or compact (never both
// plain): element by element through array_get/array_set.
void array_assign_any(const TypeDesc* t, Obj* dst, const Obj* src) {
  int64_t n = std::min({t->len, array_elems(dst), array_elems(src)});
  // Two views of one backing array may overlap (*q = *p with q = (*[N]E)(s[1:])): copy as
  // memmove does, from the end when the destination starts later.
  int64_t od = 0, os = 0;
  bool backward = array_window(dst, &od) == array_window(const_cast<Obj*>(src), &os) && od > os;
  for (int64_t k = 0; k < n; ++k) {
    int64_t i = backward ? n - 1 - k : k;
    if (t->elem->is_aggregate()) agg_assign(t->elem, array_get(dst, i).o, array_get(src, i).o);
    else array_set(dst, i, array_get(src, i));
  }
}
}  // namespace

Obj* agg_copy(const TypeDesc* t, const Obj* src) {
  if (src->owner_bits) {   // x := *p of an array view
    Obj* o = agg_new(t);
    array_assign_any(t, o, src);
    return o;
  }
  int64_t n = std::min<int64_t>(agg_slots(t), src->bytes / sizeof(Value));
  Obj* o = agg_alloc(t, &n);
  Value* d = obj_slots(o);
  const Value* s = obj_slots(const_cast<Obj*>(src));
  for (int64_t i = 0; i < n; ++i) {
    const TypeDesc* ft = slot_type(t, i);
    if (ft->is_aggregate()) d[i].o = agg_copy(ft, s[i].o);
    else d[i] = s[i];
  }
  return o;
}

void agg_assign(const TypeDesc* t, Obj* dst, const Obj* src) {
  if (dst == src) return;
  if (dst->owner_bits || src->owner_bits) { array_assign_any(t, dst, src); return; }
  int64_t n = std::min<int64_t>({agg_slots(t), int64_t(dst->bytes / sizeof(Value)), int64_t(src->bytes / sizeof(Value))});
  Value* d = obj_slots(dst);
  const Value* s = obj_slots(const_cast<Obj*>(src));
  for (int64_t i = 0; i < n; ++i) {
    const TypeDesc* ft = slot_type(t, i);
    if (ft->is_aggregate()) agg_assign(ft, d[i].o, s[i].o);
    else d[i] = s[i];
  }
}

Value zero_value(const TypeDesc* t) {
  if (t->is_aggregate()) return Value::from_obj(agg_new(t));
  return Value::zero();
}

Value copy_value(const TypeDesc* t, Value v) {
  if (t->is_aggregate()) return Value::from_obj(agg_copy(t, v.o));
  return v;
}

// ---- equality and hashing ----

bool values_equal(const TypeDesc* t, Value a, Value b, bool* out, Fault& f) {
  switch (t->kind) {
    case Kind::Float32:
    case Kind::Float64:
      *out = a.f == b.f;   // NaN != NaN, +0 == -0
      return true;
    case Kind::Complex64:
    case Kind::Complex128:
      *out = cplx_re(a.o) == cplx_re(b.o) && cplx_im(a.o) == cplx_im(b.o);
      return true;
    case Kind::String:
      *out = str_equal(a.o, b.o);
      return true;
    case Kind::Pointer:
      if (a.o == b.o || !a.o || !b.o) {
        *out = a.o == b.o;
        return true;
      }
      if (t->elem && t->elem->is_aggregate()) {
        int64_t oa, ob;
        *out = agg_ptr_identity(a.o, &oa) == agg_ptr_identity(b.o, &ob) && oa == ob;
        return true;
      }
      *out = ref_slot(a.o) == ref_slot(b.o);   // same variable: same container and index
      return true;
    case Kind::Interface: {
      const TypeDesc* ta = iface_type(a.o);
      const TypeDesc* tb = iface_type(b.o);
      if (!ta || !tb) { *out = ta == tb; return true; }
      if (!same_type(ta, tb)) { *out = false; return true; }
      if (!comparable(ta)) {
        f.msg = "runtime error: comparing uncomparable type " + ta->str;
        f.runtime_error = true;
        return false;
      }
      return values_equal(ta, iface_data(a.o), iface_data(b.o), out, f);
    }
    case Kind::Struct:
    case Kind::Array: {
      int64_t n = agg_slots(t);
      if (t->kind == Kind::Array && (a.o->owner_bits || b.o->owner_bits)) {   // *p == *q of views
        for (int64_t i = 0; i < n; ++i) {
          if (!values_equal(t->elem, array_get(a.o, i), array_get(b.o, i), out, f)) return false;
          if (!*out) return true;
        }
        *out = true;
        return true;
      }
      const Value* sa = obj_slots(a.o);
      const Value* sb = obj_slots(b.o);
      for (int64_t i = 0; i < n; ++i) {
        if (!values_equal(slot_type(t, i), sa[i], sb[i], out, f)) return false;
        if (!*out) return true;
      }
      *out = true;
      return true;
    }
    default:
      // Bool, integers (kept normalized), chan, unsafe.Pointer; slices/maps/funcs only ever
      // meet nil here (the checker rejects other comparisons).
      *out = a.u == b.u;
      return true;
  }
}

namespace {
uint64_t float_hash(double x, uint64_t seed) {
  if (x == 0) return mix64(seed ^ 0x5bd1e995);   // +0 and -0 alike
  // NaN != NaN: every NaN key is distinct, so give each a random hash as Go does.
  if (std::isnan(x)) return rand64();
  uint64_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  return mix64(seed ^ bits);
}
}  // namespace

bool value_hash(const TypeDesc* t, Value v, uint64_t seed, uint64_t* out, Fault& f) {
  switch (t->kind) {
    case Kind::Float32:
    case Kind::Float64:
      *out = float_hash(v.f, seed);
      return true;
    case Kind::Complex64:
    case Kind::Complex128:   // as Go's c128hash: the real part's hash seeds the imaginary's
      *out = float_hash(cplx_im(v.o), float_hash(cplx_re(v.o), seed));
      return true;
    case Kind::String: {
      std::string_view s = str_view(v.o);
      *out = hash_bytes(s.data(), s.size(), seed);
      return true;
    }
    case Kind::Pointer: {
      if (v.o && !(t->elem && t->elem->is_aggregate())) {
        *out = mix64(seed ^ uint64_t(reinterpret_cast<uintptr_t>(ref_slot(v.o))));
        return true;
      }
      int64_t off;
      uintptr_t id = v.o ? agg_ptr_identity(v.o, &off) : 0;
      *out = mix64(seed ^ uint64_t(id) ^ (v.o ? uint64_t(off) * 0x9e3779b97f4a7c15ULL : 0));
      return true;
    }
    case Kind::Interface: {
      const TypeDesc* dt = iface_type(v.o);
      if (!dt) { *out = mix64(seed ^ 0x1f83d9abfb41bd6bULL); return true; }
      if (!comparable(dt)) {
        f.msg = "runtime error: hash of unhashable type " + dt->str;
        f.runtime_error = true;
        return false;
      }
      // Identical types have equal str (named: by definition; unnamed: same spelling), so
      // mixing the type's text keeps the hash consistent with same_type.
      uint64_t th = hash_bytes(dt->str.data(), dt->str.size(), seed);
      return value_hash(dt, iface_data(v.o), th, out, f);
    }
    case Kind::Struct:
    case Kind::Array: {
      int64_t n = agg_slots(t);
      uint64_t h = seed;
      for (int64_t i = 0; i < n; ++i) {
        uint64_t fh;
        Value e = t->kind == Kind::Array ? array_get(v.o, i) : obj_slots(v.o)[i];   // (m[*p]: a view)
        if (!value_hash(slot_type(t, i), e, h, &fh, f)) return false;
        h = mix64(h * 31 + fh);
      }
      *out = h;
      return true;
    }
    case Kind::Slice:
    case Kind::Map:
    case Kind::Func:
      f.msg = "runtime error: hash of unhashable type " + t->str;
      f.runtime_error = true;
      return false;
    default:
      *out = mix64(seed ^ v.u ^ 0x9e3779b97f4a7c15ULL);
      return true;
  }
}

// ---- boxes and pointers ----

const rt::Layout* box_layout(bool holds_ptr) {
  return holds_ptr ? &kArrayPtrLayout : &kArrayScalarLayout;
}

Obj* box_new(const TypeDesc* t) {
  Obj* b = rt::alloc(box_layout(t->holds_ptr()), sizeof(Value));
  obj_slots(b)[0] = zero_value(t);
  return b;
}

Obj* ref_new(Obj* container, int64_t index) {
  container = array_window(container, &index);   // &p[i] of a view: s's element itself
  Obj* r = rt::alloc(&kRefLayout, sizeof(RefObj));
  auto* d = static_cast<RefObj*>(obj_data(r));
  d->container = container;
  d->index = index;
  return r;
}

bool ref_load(const Obj* ref, Value* out, Fault& f) {
  if (!ref) { nil_deref(f); return false; }
  const auto* r = static_cast<const RefObj*>(obj_data(const_cast<Obj*>(ref)));
  *out = array_get(r->container, r->index);   // &b[i] of a compact []byte too
  return true;
}

bool ref_store(Obj* ref, Value v, Fault& f) {
  if (!ref) { nil_deref(f); return false; }
  const auto* r = static_cast<const RefObj*>(obj_data(ref));
  array_set(r->container, r->index, v);
  return true;
}

Obj* new_object(const TypeDesc* t) {
  if (t->is_aggregate()) return agg_new(t);
  return ref_new(box_new(t), 0);
}

// ---- closures ----

Obj* closure_new(int64_t fn, int64_t ncaptures) {
  Obj* c = rt::alloc(&kClosureLayout, sizeof(int64_t) + size_t(ncaptures) * sizeof(Obj*));
  closure_of(c)->fn = fn;
  return c;
}

}  // namespace gort::vm
