// engine/vm/object.h — how every Go value lives in one 8-byte VM slot and on the GC heap, and
// the operations on those objects shared by the interpreter and the stdlib natives.
//
// Representation (binding for compiler, interpreter, object library and stdlib):
//  bool, ints        Value::i (0/1; narrow ints kept sign/zero-extended to 64 bits)
//  float32/float64   Value::f (float32 rounded to float precision, stored as double)
//  complex64/128     Obj* → CplxObj {double re, im}, immutable (an operation makes a new
//                    object, so slots may share one); null = 0+0i. complex64's parts are kept
//                    rounded to float precision. Boxed rather than two slots: every other
//                    place a value goes (struct fields, slice elements, map keys, interface
//                    data, channel buffers, natives' args) is exactly one 8-byte slot.
//  string            Obj* → StrObj payload {int64 len; char bytes[len]}, immutable;
//                    null = "" (an empty string may also be a non-null zero-length object)
//  slice             Obj* → SliceObj {Obj* array; int64 off, len, cap}, immutable header
//                    (reslicing/append make a new header); null = nil slice. The backing
//                    array is an object whose payload is Value[cap] (one slot per element),
//                    layout AllPtrs if elem->holds_ptr() else Bytes — except that a []byte's
//                    (uint8 elements) own arrays are COMPACT: payload uint8_t[cap], owner bit
//                    kCompactBytes set (array_new/grow/bytes_from_str make them). A []byte
//                    may still be backed by a slotted array (s := arr[:] of a [N]byte array
//                    object, which stays slotted), so code reading a slice's elements goes
//                    through slice_get/slice_set/bytes helpers, never obj_slots(array).
//  struct, array     Obj* → an object that the slot OWNS: payload Value[nfields] / Value[len]
//                    with the TypeDesc's layout. Nested struct/array fields and elements are
//                    owned objects too (never null once created). Assignment copies INTO the
//                    destination's object or stores a fresh copy (copy_value); no two slots
//                    ever own the same aggregate object.
//  pointer           to an aggregate: the pointee object itself (so &x of a struct variable
//                    is its owned object, &s[i] of a []struct is the element's object);
//                    to anything else: Obj* → RefObj {Obj* container; int64 index} naming
//                    slot `index` of `container` (a Box for &x of a scalar variable, a slice's
//                    backing array for &s[i], a struct object for &p.f). null = nil.
//  map               Obj* → map object (hash table, see map_* below); null = nil map
//  chan              Obj* from rt::chan_make; null = nil channel
//  func              Obj* → ClosureObj {int64 fn; Obj* captures[n]}; fn >= 0: proto index,
//                    fn < 0: native index -fn-1. null = nil func
//  interface         Obj* → IfaceObj {const TypeDesc* type; Value data}; null = nil
//                    interface. `data` is a value of `type` (an aggregate: owned object).
//  box               Obj* → Value[1] — a variable captured by a closure or whose address is
//                    taken (FE's Var::needs_box); layout box_layout(holds_ptr).
//
// Ownership rule: these functions never copy aggregate values they are given or return,
// except where Go copies many elements (append growth, copy(), copy_value itself). The
// compiler inserts copy_value wherever Go creates a new variable from an aggregate.
//
// Errors: functions that can fail in Go's terms return false and fill a Fault with the
// panic text ("runtime error: index out of range [5] with length 3"); the caller (interpreter
// or native) raises the panic.
//
// Threads: objects are shared between Ms exactly as Go shares memory; no locks here (a Go
// data race is a bug in the user program, as in Go). Map objects are not safe for concurrent
// writes (Go would fatal "concurrent map writes"; we may detect it, must not corrupt memory
// beyond that map).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/heap.h"
#include "vm/typedesc.h"

namespace gort::vm {

// The heap's payload accessors, used unqualified by the inline helpers below.
using rt::obj_data;
using rt::obj_from_data;
using rt::obj_slots;

struct Fault {
  std::string msg;            // full panic text after "panic: "
  bool runtime_error = true;  // a runtime.Error value ("runtime error: ..." prefix included)
};

// ---- payload shapes ----
struct StrObj { int64_t len; char bytes[1]; };            // bytes[len], not NUL-terminated
struct SliceObj { Obj* array; int64_t off, len, cap; };
struct RefObj { Obj* container; int64_t index; };
struct IfaceObj { const TypeDesc* type; Value data; };
struct ClosureObj { int64_t fn; Obj* captures[1]; };     // captures[n]
struct CplxObj { double re, im; };

// ---- complex numbers (obj_complex.cpp) ----
Obj* cplx_new(double re, double im);
Obj* cplx_static(double re, double im);          // permanent (constant pool), as str_static
inline double cplx_re(const Obj* c) { return c ? static_cast<const CplxObj*>(obj_data(const_cast<Obj*>(c)))->re : 0; }
inline double cplx_im(const Obj* c) { return c ? static_cast<const CplxObj*>(obj_data(const_cast<Obj*>(c)))->im : 0; }
// Go's complex division (runtime/complex.go complex128div: Inf/NaN cases as Go's).
void cplx_div(double a, double b, double c, double d, double* re, double* im);

// ---- strings ----
Obj* str_new(std::string_view s);
// A permanent string (constant pool): never freed by the GC, never traced (mark bit pinned);
// lives until free_static_objects().
Obj* str_static(std::string_view s);
void free_static_objects();
std::string_view str_view(const Obj* s);          // null → ""
inline std::string_view str_view(Value v) { return str_view(v.o); }
int64_t str_len(const Obj* s);
Obj* str_concat(const Obj* a, const Obj* b);
int str_compare(const Obj* a, const Obj* b);      // <0, 0, >0 (bytewise, as Go)
bool str_equal(const Obj* a, const Obj* b);
bool str_index(const Obj* s, int64_t i, int64_t* out_byte, Fault& f);
bool str_slice(const Obj* s, int64_t lo, int64_t hi, Obj** out, Fault& f);   // s[lo:hi]
// Decodes the rune at byte offset i (for range over string): rune (0xFFFD if invalid), width.
void str_decode_rune(const Obj* s, int64_t i, int64_t* rune, int64_t* width);
Obj* str_from_rune(int64_t r);                    // string(rune) (invalid → "\uFFFD")
Obj* str_from_bytes(const Obj* byte_slice);       // string([]byte)
Obj* str_from_runes(const Obj* rune_slice);       // string([]rune)
// []byte(s) / []rune(s). The capacity follows gc: a constant operand gives cap == len; a
// non-constant one gives 32 when short (gc's stack buffer) else the size-class-rounded length.
// `constant`: 1 = the operand is a constant expression, 0 = it is not, -1 = guess from the
// object (permanent str_static strings are the compiler's constants) — pass 0/1 when known.
Obj* bytes_from_str(const Obj* s, int constant = -1);
Obj* runes_from_str(const Obj* s, int constant = -1);

// ---- slices and arrays ----
// make([]T, len, cap) with elem type T; aggregate elements are allocated zeroed.
bool slice_make(const TypeDesc* elem, int64_t len, int64_t cap, Obj** out, Fault& f);
// A slice header over an existing backing array (e.g. arr[:], or natives building results).
Obj* slice_from_array(Obj* array, int64_t off, int64_t len, int64_t cap);
Obj* array_new(const TypeDesc* elem, int64_t n);          // backing array, elements zeroed
inline int64_t slice_len(const Obj* s) { return s ? static_cast<const SliceObj*>(obj_data(const_cast<Obj*>(s)))->len : 0; }
inline int64_t slice_cap(const Obj* s) { return s ? static_cast<const SliceObj*>(obj_data(const_cast<Obj*>(s)))->cap : 0; }
// Address of element i (bounds-checked against len).
// Only for slices whose backing array is slotted (not array_compact: never a []byte).
bool slice_elem(const Obj* s, int64_t i, Value** out, Fault& f);
// The owner bit (Obj::owner_bits) of a compact byte array: payload uint8_t[n], no pointers.
inline constexpr uint8_t kCompactBytes = 1;
inline bool array_compact(const Obj* a) { return a && (a->owner_bits & kCompactBytes); }
// The owner bit of an array VIEW: the object (*[N]E)(s) points at when s's window is not a
// whole slotted backing array (an offset, a longer array, or a compact []byte array). Its
// payload names the window, so reads and writes through the pointer are s's elements, as in
// Go where both are the same memory. A view is only ever reached through a pointer (copying
// *p makes a plain array), so only code dereferencing a *[N]E meets one: the interpreter's
// ARR_*/REF/ARRAY_SLICE, agg_copy/agg_assign/==/hash, and natives reading arrays (fmt,
// reflect, encoding/json) — they go through array_get/array_set/array_elems/array_window.
inline constexpr uint8_t kArrayView = 2;
struct ArrayViewObj { Obj* base; int64_t off, len; };
inline bool array_view(const Obj* a) { return a && (a->owner_bits & kArrayView); }
inline const ArrayViewObj* view_of(const Obj* a) {
  return static_cast<const ArrayViewObj*>(obj_data(const_cast<Obj*>(a)));
}
// The backing object and index that element i of array object `a` really lives at.
inline Obj* array_window(Obj* a, int64_t* i) {
  if (!array_view(a)) return a;
  const ArrayViewObj* v = view_of(a);
  *i += v->off;
  return v->base;
}
inline int64_t array_elems(const Obj* a) {   // element count of an array object (any kind)
  if (!a) return 0;
  if (!a->owner_bits) return int64_t(a->bytes / sizeof(Value));
  if (array_view(a)) return view_of(a)->len;
  return int64_t(a->bytes);   // compact
}
// Element i of an array object / of a slice's window, unchecked (any representation).
inline Value array_get(const Obj* a, int64_t i) {
  if (a->owner_bits) {
    a = array_window(const_cast<Obj*>(a), &i);
    if (array_compact(a)) return Value::from_int(static_cast<const uint8_t*>(obj_data(const_cast<Obj*>(a)))[i]);
  }
  return obj_slots(const_cast<Obj*>(a))[i];
}
inline void array_set(Obj* a, int64_t i, Value v) {
  if (a->owner_bits) {
    a = array_window(a, &i);
    if (array_compact(a)) { static_cast<uint8_t*>(obj_data(a))[i] = uint8_t(v.u); return; }
  }
  obj_slots(a)[i] = v;
}
// A view of elements [off, off+len) of backing array `base` (slotted or compact; a view's own
// window is resolved first so views never nest). GC-traced (base is a pointer).
Obj* array_view_new(Obj* base, int64_t off, int64_t len);
inline Value slice_get(const Obj* s, int64_t i) {
  const auto* h = static_cast<const SliceObj*>(obj_data(const_cast<Obj*>(s)));
  return array_get(h->array, h->off + i);
}
inline void slice_set(Obj* s, int64_t i, Value v) {
  const auto* h = static_cast<const SliceObj*>(obj_data(s));
  array_set(h->array, h->off + i, v);
}
// Bounds-checked load/store (Go's index error), any representation.
bool slice_load(const Obj* s, int64_t i, Value* out, Fault& f);
bool slice_store(Obj* s, int64_t i, Value v, Fault& f);
// The bytes of a []byte's window when its array is compact (null otherwise or when empty).
inline uint8_t* slice_bytes(const Obj* s) {
  if (!s) return nullptr;
  const auto* h = static_cast<const SliceObj*>(obj_data(const_cast<Obj*>(s)));
  return array_compact(h->array) ? static_cast<uint8_t*>(obj_data(h->array)) + h->off : nullptr;
}
// A []byte's window as bytes: a view of the array when compact, else copied into *tmp.
std::string_view slice_byte_view(const Obj* s, std::string* tmp);
// s[off : off+n] = p[0..n) for a []byte (caller checked the bounds).
void slice_put_bytes(Obj* s, int64_t off, const void* p, int64_t n);
// A new compact []byte of len n = cap n holding p[0..n) (p may be null: zeroed).
Obj* bytes_new(const void* p, int64_t n);
// s[lo:hi:max] (max < 0: absent → cap). Go's bounds errors ("slice bounds out of range
// [:5] with capacity 3").
// The max of a 2-index slice expression (a 3-index one's max may be any int64, even negative).
inline constexpr int64_t kNoSliceMax = INT64_MIN;
bool slice_slice(const Obj* s, int64_t lo, int64_t hi, int64_t max, Obj** out, Fault& f);
// Same for an array object of length n (arr[lo:hi]): the result aliases the array.
bool array_slice(Obj* arr, int64_t n, int64_t lo, int64_t hi, int64_t max, Obj** out, Fault& f);
// append(s, vals[0..n)) — grows as Go 1.19 (doubling below 256, then ~1.25x + 192); the new
// elements are stored as given (the compiler passes fresh copies of aggregates).
Obj* slice_append(const TypeDesc* elem, Obj* s, const Value* vals, int64_t n);
Obj* slice_append_slice(const TypeDesc* elem, Obj* s, const Obj* t);   // append(s, t...)
Obj* slice_append_str(Obj* byte_slice, const Obj* str);                 // append(b, s...)
int64_t slice_copy(const TypeDesc* elem, Obj* dst, const Obj* src);    // copy(dst, src)
// [N]E(s) (want_ptr false: a fresh array) and (*[N]E)(s) (want_ptr true) for the array type
// `arr`; a slice shorter than N faults with Go's "cannot convert slice with length 3 to array or
// pointer to array with length 4". The pointer aliases s's elements: it is s's backing array
// itself when that is exactly a slotted [N]E (offset 0, N elements), else an array view
// (kArrayView) of s's window.
bool slice_to_array(const TypeDesc* arr, Obj* s, bool want_ptr, Obj** out, Fault& f);
int64_t slice_copy_str(Obj* dst, const Obj* str);                        // copy(b, s)

// ---- aggregates (struct / array values) ----
Obj* agg_new(const TypeDesc* t);                       // zero value (nested aggregates allocated)
Obj* agg_copy(const TypeDesc* t, const Obj* src);      // deep copy of inline parts
void agg_assign(const TypeDesc* t, Obj* dst, const Obj* src);  // *dst = *src, in place

// ---- any value, by type ----
Value zero_value(const TypeDesc* t);                   // aggregates: agg_new; others 0/null
Value copy_value(const TypeDesc* t, Value v);          // aggregates: agg_copy; others v
// Go's == for comparable types (strings by content, interfaces by dynamic type then value,
// pointers to non-aggregates by (container, index), aggregates field-wise). On an interface
// holding an uncomparable type: false + Fault "runtime error: comparing uncomparable type []int".
bool values_equal(const TypeDesc* t, Value a, Value b, bool* out, Fault& f);
// Hash consistent with values_equal (map keys); same uncomparable Fault
// ("runtime error: hash of unhashable type []int").
bool value_hash(const TypeDesc* t, Value v, uint64_t seed, uint64_t* out, Fault& f);

// ---- boxes and pointers ----
const rt::Layout* box_layout(bool holds_ptr);
Obj* box_new(const TypeDesc* t);                       // Value[1] = zero_value(t)
Obj* ref_new(Obj* container, int64_t index);           // &container[index]
// Load/store through a pointer to a non-aggregate (nil → Fault with Go's nil-dereference text
// "runtime error: invalid memory address or nil pointer dereference").
bool ref_load(const Obj* ref, Value* out, Fault& f);
bool ref_store(Obj* ref, Value v, Fault& f);
// new(T): aggregate → agg_new(T); otherwise ref_new(box_new(T), 0).
Obj* new_object(const TypeDesc* t);

// ---- interfaces ----
// Converts a value of concrete type t to an interface value (v stored as is — pass a copy of
// an aggregate). t must not itself be an interface type (converting interface→interface
// keeps the IfaceObj).
Obj* iface_new(const TypeDesc* t, Value v);
inline const TypeDesc* iface_type(const Obj* i) { return i ? static_cast<const IfaceObj*>(obj_data(const_cast<Obj*>(i)))->type : nullptr; }
inline Value iface_data(const Obj* i) { return i ? static_cast<const IfaceObj*>(obj_data(const_cast<Obj*>(i)))->data : Value::zero(); }
// x.(T): for a concrete T, same_type; for an interface T, implements. On failure with
// !comma_ok the Fault is Go's: "interface conversion: interface {} is string, not int" /
// "interface conversion: main.T is not main.I: missing method M" /
// "interface conversion: interface is nil, not main.T" (runtime_error = true; Go's value is a
// *runtime.TypeAssertionError). `iface_static` is the static type of x (for the message).
bool type_assert(const Obj* iface, const TypeDesc* iface_static, const TypeDesc* target,
                 bool comma_ok, Value* out, bool* ok, Fault& f);

// ---- closures ----
Obj* closure_new(int64_t fn, int64_t ncaptures);       // captures zeroed (all Obj* slots)
inline ClosureObj* closure_of(Obj* c) { return static_cast<ClosureObj*>(obj_data(c)); }
inline int64_t closure_ncaptures(const Obj* c) { return (c->bytes - sizeof(int64_t)) / sizeof(Obj*); }

// ---- maps ----
// Keys and values are stored as given (aggregates owned by the map). Reading an absent key
// yields zero_value(value type) (a fresh object for aggregates).
Obj* map_make(const TypeDesc* map_type, int64_t hint);
int64_t map_len(const Obj* m);                                     // nil → 0
bool map_get(const Obj* m, Value key, Value* out, bool* found, Fault& f);   // nil map reads ok
// (A nil map has no descriptor: map_get(nil) yields Value::zero(); for an aggregate value type
// the caller substitutes zero_value(elem). Aggregates returned are the map's own objects —
// callers copy them where Go creates a new variable.)
bool map_set(Obj* m, Value key, Value val, Fault& f);   // nil → "assignment to entry in nil map"
bool map_delete(Obj* m, Value key, Fault& f);           // nil map: no-op
void map_clear(Obj* m);
// Iteration for range: a GC object snapshotting the keys at creation; next() skips keys
// deleted since and yields the current value. Order: unspecified (not insertion order
// guaranteed — callers must not depend on it, as in Go).
Obj* map_iter_new(const Obj* m);                                   // nil map → empty iterator
bool map_iter_next(Obj* it, Value* key, Value* val);               // false when done
// Keys in fmt's sorted order (ints/floats/strings/bools numerically or lexically; other kinds
// by fmt's rules) — for fmt printing maps.
Obj* map_sorted_keys(const Obj* m);                                // a []K slice
// Same order, plus the values aligned with the keys in *vals (a []V slice). Use this to print
// a map: keys unequal to themselves (NaN) cannot be looked up again with map_get.
Obj* map_sorted_entries(const Obj* m, Obj** vals);
const TypeDesc* map_type(const Obj* m);

// ---- runtime error values ----
// The TypeDesc of runtime.Error values made from a Fault (its Error() method returns the
// text). An interpreter converts a Fault into a panic with iface_new(runtime_error_type(),
// str_new(msg)) so recover() returns a value that prints as Go's.
const TypeDesc* runtime_error_type();
// The panic value for a Fault: an interface whose dynamic type prints with %T as Go's does
// (runtime.boundsError for index/slice bounds, *runtime.TypeAssertionError for interface
// conversions, runtime.plainError for "assignment to entry in nil map", runtime.errorString
// otherwise; all have Error/RuntimeError methods returning the message); a Fault with
// runtime_error == false gives a plain string value (Go's panic("...")).
Obj* fault_value(const Fault& f);

}  // namespace gort::vm
