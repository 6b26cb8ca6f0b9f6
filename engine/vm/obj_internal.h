// engine/vm/obj_internal.h — private helpers shared by the object library's files
// (object.cpp, obj_*.cpp, map.cpp, typedesc.cpp): the static GC layouts of the library's own
// object shapes, Go's memory sizes of types (for append's growth), bounds-error texts and a
// PRNG. Not part of the contract: the compiler and stdlib use object.h / typedesc.h only.
#pragma once
#include <cstdint>
#include <string>

#include "vm/object.h"

namespace gort::vm::objlib {

// Layouts of the library's fixed shapes (static storage: they outlive every run).
extern const rt::Layout kStrLayout;        // StrObj: bytes only
extern const rt::Layout kCplxLayout;       // CplxObj: bytes only
extern const rt::Layout kSliceLayout;      // SliceObj: slot 0 (array) is a pointer
extern const rt::Layout kRefLayout;        // RefObj: slot 0 (container) is a pointer
extern const rt::Layout kArrayViewLayout;  // ArrayViewObj: slot 0 (base) is a pointer
extern const rt::Layout kIfacePtrLayout;   // IfaceObj whose data holds an Obj*
extern const rt::Layout kIfaceScalarLayout;
extern const rt::Layout kClosureLayout;    // Custom: captures are Obj* (4 bytes on wasm32)
extern const rt::Layout kArrayPtrLayout;   // backing arrays / boxes of pointer elements
extern const rt::Layout kArrayScalarLayout;

inline const rt::Layout* array_layout(const TypeDesc* elem) {
  return elem->holds_ptr() ? &kArrayPtrLayout : &kArrayScalarLayout;
}

// Slots of an aggregate object of type t (struct: fields, array: elements).
inline int64_t agg_slots(const TypeDesc* t) {
  return t->kind == Kind::Struct ? int64_t(t->fields.size()) : t->len;
}

// A permanent object of `bytes` payload bytes, zeroed (see str_static): never traced or swept,
// freed by free_static_objects().
Obj* static_obj_alloc(const rt::Layout* layout, size_t bytes);

// Go's unsafe.Sizeof / Alignof on a 64-bit target (gc), used so that append's capacities
// match Go's size-class rounding for every element type, not only 8-byte ones.
int64_t go_sizeof(const TypeDesc* t);
int64_t go_alignof(const TypeDesc* t);

// Go 1.19's malloc size-class rounding of an allocation of `bytes`.
uint64_t roundupsize(uint64_t bytes);

// Go 1.19 growslice: the new capacity for growing a slice of `old_cap` to hold `need`.
int64_t grow_cap(const TypeDesc* elem, int64_t old_cap, int64_t need);

// Bounds-error texts exactly as runtime/error.go's boundsError formats them.
std::string index_error(int64_t i, int64_t len);
std::string slice_error_hi(int64_t hi, int64_t bound, bool is_cap);      // [:hi] with length/capacity n
std::string slice_error_lohi(int64_t lo, int64_t hi);                    // [lo:hi]
std::string slice3_error_max(int64_t max, int64_t cap);                  // [::max] with capacity n
std::string slice3_error_himax(int64_t hi, int64_t max);                 // [:hi:max]
std::string slice3_error_lohi(int64_t lo, int64_t hi);                   // [lo:hi:]

// Fast per-thread PRNG (map seeds, iteration start, NaN hashes). Uses the current P's
// generator when running under the scheduler so --seed runs are reproducible.
uint64_t rand64();

// Byte hash (wyhash-like mixing; quality matters more than speed for open addressing).
uint64_t hash_bytes(const void* p, size_t n, uint64_t seed);
inline uint64_t mix64(uint64_t x) {
  x ^= x >> 33; x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33; x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

}  // namespace gort::vm::objlib
