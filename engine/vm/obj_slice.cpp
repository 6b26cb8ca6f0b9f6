// engine/vm/obj_slice.cpp — slices and arrays: make, headers, indexing, reslicing with Go's
// bounds errors, append with Go 1.19's growth (size-class rounding by Go's element size, so
// cap() prints what `go run` prints), copy with memmove semantics (contract: object.h).
//
// Aggregate elements: every slot of a backing array of structs/arrays owns an element object,
// also the slots between len and cap (reachable by reslicing), so those are allocated zeroed.
// Growth deep-copies the old elements: after growth the old and new slices are independent.
// GC safety: nothing here yields, so objects held only in locals survive (see object.cpp).
//
// Byte arrays: a []byte's own backing arrays are compact (uint8_t[cap], kCompactBytes; see
// object.h), so make([]byte, 256<<20) takes 256 MiB, not 2 GiB. A []byte made by slicing a
// [N]byte array object is backed by that slotted array, so every function below accepts both
// representations for uint8 elements (copy_range converts between them).
#include <algorithm>
#include <cstdint>
#include <cstring>

#include <algorithm>

#include "vm/obj_internal.h"

namespace gort::vm {

using namespace objlib;

namespace {

SliceObj* hdr(const Obj* s) { return static_cast<SliceObj*>(obj_data(const_cast<Obj*>(s))); }

// Element slots of a slice's window (null for a nil slice). Slotted arrays only.
Value* elems(const Obj* s) {
  if (!s) return nullptr;
  SliceObj* h = hdr(s);
  return obj_slots(h->array) + h->off;
}

bool is_bytes(const TypeDesc* elem) { return elem->kind == Kind::Uint8; }

// dst_arr[doff..doff+n) = src_arr[soff..soff+n) for uint8 elements with memmove semantics,
// whatever the two arrays' representations.
void copy_byte_range(Obj* da, int64_t doff, const Obj* sa, int64_t soff, int64_t n) {
  if (n <= 0) return;
  bool dc = array_compact(da), sc = array_compact(sa);
  if (dc && sc) {
    std::memmove(static_cast<uint8_t*>(obj_data(da)) + doff,
                 static_cast<const uint8_t*>(obj_data(const_cast<Obj*>(sa))) + soff, size_t(n));
  } else if (!dc && !sc) {
    std::memmove(obj_slots(da) + doff, obj_slots(const_cast<Obj*>(sa)) + soff, size_t(n) * sizeof(Value));
  } else {   // different objects, so no overlap
    for (int64_t i = 0; i < n; ++i) array_set(da, doff + i, array_get(sa, soff + i));
  }
}

// dst[0..n) = src[0..n) with memmove semantics (the ranges may overlap within one array).
// Aggregates are assigned in place so pointers to dst's elements stay valid (as in Go).
void copy_elems(const TypeDesc* elem, Value* dst, const Value* src, int64_t n) {
  if (n <= 0 || dst == src) return;
  if (!elem->is_aggregate()) {
    std::memmove(dst, src, size_t(n) * sizeof(Value));
    return;
  }
  if (dst < src) {
    for (int64_t i = 0; i < n; ++i) agg_assign(elem, dst[i].o, src[i].o);
  } else {
    for (int64_t i = n; i-- > 0;) agg_assign(elem, dst[i].o, src[i].o);
  }
}

// A new backing array of capacity grow_cap(...) holding copies of s's len elements; slots
// from `newlen` to the new cap hold zero aggregates (for aggregate elements). The caller fills
// [old len, newlen).
Obj* grow_array(const TypeDesc* elem, const Obj* s, int64_t newlen, int64_t* newcap) {
  int64_t len = slice_len(s);
  int64_t cap = grow_cap(elem, slice_cap(s), newlen);
  if (is_bytes(elem)) {
    Obj* arr = array_new(elem, cap);
    if (len > 0) copy_byte_range(arr, 0, hdr(s)->array, hdr(s)->off, len);
    *newcap = cap;
    return arr;
  }
  Obj* arr = rt::alloc(array_layout(elem), size_t(cap) * sizeof(Value));
  Value* d = obj_slots(arr);
  const Value* o = elems(s);
  if (elem->is_aggregate()) {
    for (int64_t i = 0; i < len; ++i) d[i].o = agg_copy(elem, o[i].o);
    for (int64_t i = newlen; i < cap; ++i) d[i].o = agg_new(elem);
  } else if (len > 0) {
    std::memcpy(d, o, size_t(len) * sizeof(Value));
  }
  *newcap = cap;
  return arr;
}

bool check_make(const TypeDesc* elem, int64_t len, int64_t cap, Fault& f) {
  // Go's makeslice limits depend on the element size; 2^40 slots is far beyond what any
  // playground could allocate, so larger requests are reported as Go reports them.
  // On wasm32 the limit is what a size_t can hold: 2^30 slots would wrap to a 0-byte array.
  // A compact []byte takes one byte per element: on wasm32 make([]byte, 1<<30) must pass here
  // (rt::alloc then reports out of memory for what cannot fit).
  const int64_t kMax = std::min<int64_t>(int64_t(1) << 40, int64_t(SIZE_MAX / (is_bytes(elem) ? 2 : sizeof(Value))));
  f.runtime_error = true;
  if (len < 0 || len > kMax) { f.msg = "runtime error: makeslice: len out of range"; return false; }
  if (cap < len || cap > kMax) { f.msg = "runtime error: makeslice: cap out of range"; return false; }
  return true;
}

}  // namespace

Obj* array_new(const TypeDesc* elem, int64_t n) {
  if (is_bytes(elem)) {
    Obj* arr = rt::alloc(&kArrayScalarLayout, size_t(n));
    arr->owner_bits |= kCompactBytes;
    return arr;
  }
  Obj* arr = rt::alloc(array_layout(elem), size_t(n) * sizeof(Value));
  n = std::min<int64_t>(n, arr->bytes / sizeof(Value));   // a refused huge request (see agg_alloc)
  if (elem->is_aggregate()) {
    Value* d = obj_slots(arr);
    for (int64_t i = 0; i < n; ++i) d[i].o = agg_new(elem);
  }
  return arr;
}

bool slice_make(const TypeDesc* elem, int64_t len, int64_t cap, Obj** out, Fault& f) {
  if (!check_make(elem, len, cap, f)) return false;
  *out = slice_from_array(array_new(elem, cap), 0, len, cap);
  return true;
}

Obj* slice_from_array(Obj* array, int64_t off, int64_t len, int64_t cap) {
  array = array_window(array, &off);   // p[:] of a view: a slice of the view's own backing array
  Obj* s = rt::alloc(&kSliceLayout, sizeof(SliceObj));
  SliceObj* h = hdr(s);
  h->array = array;
  h->off = off;
  h->len = len;
  h->cap = cap;
  return s;
}

bool slice_load(const Obj* s, int64_t i, Value* out, Fault& f) {
  int64_t n = slice_len(s);
  if (i < 0 || i >= n) {
    f.msg = index_error(i, n);
    f.runtime_error = true;
    return false;
  }
  *out = slice_get(s, i);
  return true;
}

bool slice_store(Obj* s, int64_t i, Value v, Fault& f) {
  int64_t n = slice_len(s);
  if (i < 0 || i >= n) {
    f.msg = index_error(i, n);
    f.runtime_error = true;
    return false;
  }
  slice_set(s, i, v);
  return true;
}

std::string_view slice_byte_view(const Obj* s, std::string* tmp) {
  int64_t n = slice_len(s);
  if (n == 0) return {};
  if (const uint8_t* b = slice_bytes(s)) return {reinterpret_cast<const char*>(b), size_t(n)};
  tmp->resize(size_t(n));
  for (int64_t i = 0; i < n; ++i) (*tmp)[size_t(i)] = char(slice_get(s, i).u & 0xFF);
  return *tmp;
}

void slice_put_bytes(Obj* s, int64_t off, const void* p, int64_t n) {
  if (n <= 0) return;
  const auto* src = static_cast<const uint8_t*>(p);
  if (uint8_t* b = slice_bytes(s)) { std::memmove(b + off, src, size_t(n)); return; }
  for (int64_t i = 0; i < n; ++i) slice_set(s, off + i, Value::from_int(src[i]));
}

Obj* bytes_new(const void* p, int64_t n) {
  Obj* arr = array_new(basic_type(Kind::Uint8), n);
  if (n > 0 && p) std::memcpy(obj_data(arr), p, size_t(n));
  return slice_from_array(arr, 0, n, n);
}

bool slice_elem(const Obj* s, int64_t i, Value** out, Fault& f) {
  int64_t n = slice_len(s);
  if (i < 0 || i >= n) {
    f.msg = index_error(i, n);
    f.runtime_error = true;
    return false;
  }
  *out = elems(s) + i;
  return true;
}

// Shared by slice_slice and array_slice: validates like Go and computes the new window.
static bool reslice_bounds(int64_t cap, bool is_array, int64_t lo, int64_t hi, int64_t max,
                           int64_t* newcap, Fault& f) {
  f.runtime_error = true;
  if (max == kNoSliceMax) {
    if (hi < 0 || hi > cap) { f.msg = slice_error_hi(hi, cap, !is_array); return false; }
    if (lo < 0 || lo > hi) { f.msg = slice_error_lohi(lo, hi); return false; }
    *newcap = cap - lo;
    return true;
  }
  if (max < 0 || max > cap) {   // Go compares max as unsigned first: [::-1] is reported here
    f.msg = slice3_error_max(max, cap);
    if (is_array && max >= 0) f.msg = "runtime error: slice bounds out of range [::" + std::to_string(max) +
                          "] with length " + std::to_string(cap);
    return false;
  }
  if (hi < 0 || hi > max) { f.msg = slice3_error_himax(hi, max); return false; }
  if (lo < 0 || lo > hi) { f.msg = slice3_error_lohi(lo, hi); return false; }
  *newcap = max - lo;
  return true;
}

bool slice_slice(const Obj* s, int64_t lo, int64_t hi, int64_t max, Obj** out, Fault& f) {
  int64_t newcap;
  if (!reslice_bounds(slice_cap(s), false, lo, hi, max, &newcap, f)) return false;
  if (!s) { *out = nullptr; return true; }   // nil[0:0] is nil in Go
  SliceObj* h = hdr(s);
  *out = slice_from_array(h->array, h->off + lo, hi - lo, newcap);
  return true;
}

bool slice_to_array(const TypeDesc* arr, Obj* s, bool want_ptr, Obj** out, Fault& f) {
  int64_t n = arr->len, len = slice_len(s);
  if (len < n) {
    f.msg = "runtime error: cannot convert slice with length " + std::to_string(len) +
            " to array or pointer to array with length " + std::to_string(n);
    f.runtime_error = true;
    return false;
  }
  if (want_ptr && !s) { *out = nullptr; return true; }   // (*[0]E)(nil) is nil
  if (want_ptr) {
    // The pointer must alias s's elements (writes either way are seen by the other). The
    // backing array itself stands for *[N]E only when it is exactly a slotted [N]E.
    SliceObj* h = hdr(s);
    if (h->array && h->off == 0 && !h->array->owner_bits && array_elems(h->array) == n) *out = h->array;
    else *out = array_view_new(h->array, h->off, n);
    return true;
  }
  Obj* o = agg_new(arr);
  Value* d = obj_slots(o);
  const TypeDesc* et = arr->elem;
  for (int64_t i = 0; i < n; ++i) {   // (the array object is slotted; s's may be compact)
    if (et->is_aggregate()) agg_assign(et, d[i].o, slice_get(s, i).o);
    else d[i] = slice_get(s, i);
  }
  *out = o;
  return true;
}

Obj* array_view_new(Obj* base, int64_t off, int64_t len) {
  base = array_window(base, &off);
  Obj* v = rt::alloc(&kArrayViewLayout, sizeof(ArrayViewObj));
  v->owner_bits |= kArrayView;
  auto* d = static_cast<ArrayViewObj*>(obj_data(v));
  d->base = base;
  d->off = off;
  d->len = len;
  return v;
}

bool array_slice(Obj* arr, int64_t n, int64_t lo, int64_t hi, int64_t max, Obj** out, Fault& f) {
  int64_t newcap;
  if (!reslice_bounds(n, true, lo, hi, max, &newcap, f)) return false;
  *out = slice_from_array(arr, lo, hi - lo, newcap);
  return true;
}

Obj* slice_append(const TypeDesc* elem, Obj* s, const Value* vals, int64_t n) {
  if (n <= 0) return s;
  int64_t len = slice_len(s), cap = slice_cap(s);
  if (len + n <= cap) {
    SliceObj* h = hdr(s);
    if (is_bytes(elem)) {
      for (int64_t i = 0; i < n; ++i) array_set(h->array, h->off + len + i, vals[i]);
      return slice_from_array(h->array, h->off, len + n, cap);
    }
    Value* d = obj_slots(h->array) + h->off + len;
    if (elem->is_aggregate()) {
      // Keep the identity of the slot's element object (a pointer taken through s[:cap]
      // must observe the append, as in Go).
      for (int64_t i = 0; i < n; ++i) agg_assign(elem, d[i].o, vals[i].o);
    } else {
      std::memcpy(d, vals, size_t(n) * sizeof(Value));
    }
    return slice_from_array(h->array, h->off, len + n, cap);
  }
  int64_t newcap;
  Obj* arr = grow_array(elem, s, len + n, &newcap);
  if (is_bytes(elem)) {
    for (int64_t i = 0; i < n; ++i) array_set(arr, len + i, vals[i]);
  } else {
    std::memcpy(obj_slots(arr) + len, vals, size_t(n) * sizeof(Value));
  }
  return slice_from_array(arr, 0, len + n, newcap);
}

Obj* slice_append_slice(const TypeDesc* elem, Obj* s, const Obj* t) {
  int64_t n = slice_len(t);
  if (n == 0) {
    // append(nil, empty...) stays nil; append(s) returns s.
    return s;
  }
  int64_t len = slice_len(s), cap = slice_cap(s);
  if (is_bytes(elem)) {
    int64_t newcap = cap;
    Obj* arr;
    int64_t off = 0;
    if (len + n <= cap) {
      arr = hdr(s)->array;
      off = hdr(s)->off;
    } else {
      arr = grow_array(elem, s, len + n, &newcap);
    }
    copy_byte_range(arr, off + len, hdr(t)->array, hdr(t)->off, n);
    return slice_from_array(arr, off, len + n, newcap);
  }
  const Value* src = elems(t);
  if (len + n <= cap) {
    SliceObj* h = hdr(s);
    copy_elems(elem, obj_slots(h->array) + h->off + len, src, n);
    return slice_from_array(h->array, h->off, len + n, cap);
  }
  int64_t newcap;
  Obj* arr = grow_array(elem, s, len + n, &newcap);
  Value* d = obj_slots(arr) + len;
  if (elem->is_aggregate()) {
    for (int64_t i = 0; i < n; ++i) d[i].o = agg_copy(elem, src[i].o);
  } else {
    std::memcpy(d, src, size_t(n) * sizeof(Value));
  }
  return slice_from_array(arr, 0, len + n, newcap);
}

Obj* slice_append_str(Obj* byte_slice, const Obj* str) {
  std::string_view b = str_view(str);
  int64_t n = int64_t(b.size());
  if (n == 0) return byte_slice;
  const TypeDesc* u8 = basic_type(Kind::Uint8);
  int64_t len = slice_len(byte_slice), cap = slice_cap(byte_slice);
  Obj* arr;
  int64_t off, newcap;
  if (len + n <= cap) {
    SliceObj* h = hdr(byte_slice);
    arr = h->array;
    off = h->off;
    newcap = cap;
  } else {
    arr = grow_array(u8, byte_slice, len + n, &newcap);
    off = 0;
  }
  Obj* out = slice_from_array(arr, off, len + n, newcap);
  slice_put_bytes(out, len, b.data(), n);
  return out;
}

int64_t slice_copy(const TypeDesc* elem, Obj* dst, const Obj* src) {
  int64_t n = std::min(slice_len(dst), slice_len(src));
  if (n > 0 && is_bytes(elem)) copy_byte_range(hdr(dst)->array, hdr(dst)->off, hdr(src)->array, hdr(src)->off, n);
  else if (n > 0) copy_elems(elem, elems(dst), elems(src), n);
  return n;
}

int64_t slice_copy_str(Obj* dst, const Obj* str) {
  std::string_view b = str_view(str);
  int64_t n = std::min(slice_len(dst), int64_t(b.size()));
  slice_put_bytes(dst, 0, b.data(), n);
  return n;
}

}  // namespace gort::vm
