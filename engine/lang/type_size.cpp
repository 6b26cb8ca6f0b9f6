// engine/lang/type_size.cpp — gc's type sizes and alignments (amd64), saturating at kSizeHuge.
// A depth bound keeps an invalid recursive type (already reported) from recursing forever.
#include "lang/type_size.h"

#include <algorithm>

#include "lang/types.h"

namespace gort::lang {
namespace {

int64_t sat_add(int64_t a, int64_t b) { return a >= kSizeHuge - b ? kSizeHuge : a + b; }
int64_t sat_mul(int64_t a, int64_t b) {
  if (a == 0 || b == 0) return 0;
  return a > kSizeHuge / b ? kSizeHuge : a * b;
}
int64_t round_up(int64_t o, int64_t a) { return a <= 1 ? o : sat_add(o, (a - o % a) % a); }

int64_t basic_size(BasicKind k) {
  switch (k) {
    case BasicKind::Bool: case BasicKind::Int8: case BasicKind::Uint8: return 1;
    case BasicKind::Int16: case BasicKind::Uint16: return 2;
    case BasicKind::Int32: case BasicKind::Uint32: case BasicKind::Float32: return 4;
    case BasicKind::Complex128: case BasicKind::String: return 16;
    default: return 8;
  }
}

void size_align(const Type* t, int depth, int64_t* size, int64_t* align) {
  *size = 8;
  *align = 8;
  if (!t || depth > 100) return;
  switch (t->kind) {
    case TypeKind::Basic: {
      BasicKind k = static_cast<const Basic*>(t)->bkind;
      *size = basic_size(k);
      *align = k == BasicKind::Complex128 || k == BasicKind::String ? 8 : std::min<int64_t>(*size, 8);
      if (k == BasicKind::Complex64) *align = 4;
      return;
    }
    case TypeKind::Named: size_align(static_cast<const Named*>(t)->underlying, depth + 1, size, align); return;
    case TypeKind::Slice: *size = 24; return;
    case TypeKind::Interface: *size = 16; return;
    case TypeKind::Array: {
      const Array* a = static_cast<const Array*>(t);
      int64_t es, ea;
      size_align(a->elem, depth + 1, &es, &ea);
      *size = sat_mul(es, a->len);
      *align = ea;
      return;
    }
    case TypeKind::Struct: {
      int64_t off = 0, maxa = 1, last = -1;
      for (const Var* f : static_cast<const Struct*>(t)->fields) {
        int64_t fs, fa;
        size_align(f->type, depth + 1, &fs, &fa);
        off = sat_add(round_up(off, fa), fs);
        maxa = std::max(maxa, fa);
        last = fs;
      }
      // gc pads a non-empty struct that ends in a zero-size field by a byte, so that the
      // field's address never points at the next object (Go issue 9401).
      if (off > 0 && last == 0) off = sat_add(off, 1);
      *size = round_up(off, maxa);
      *align = maxa;
      return;
    }
    default: return;   // pointer, map, chan, func, type parameter: one word
  }
}

}  // namespace

int64_t type_size(const Type* t) {
  int64_t s, a;
  size_align(t, 0, &s, &a);
  return s;
}

int64_t field_offset(const Type* t, int index) {
  while (t && t->kind == TypeKind::Named) t = static_cast<const Named*>(t)->underlying;
  if (!t || t->kind != TypeKind::Struct) return 0;
  const auto& fields = static_cast<const Struct*>(t)->fields;
  int64_t off = 0;
  for (int i = 0; i < int(fields.size()); i++) {
    int64_t fs, fa;
    size_align(fields[size_t(i)]->type, 1, &fs, &fa);
    off = round_up(off, fa);
    if (i == index) return off;
    off = sat_add(off, fs);
  }
  return off;
}

int64_t type_align(const Type* t) {
  int64_t s, a;
  size_align(t, 0, &s, &a);
  return a;
}

}  // namespace gort::lang
