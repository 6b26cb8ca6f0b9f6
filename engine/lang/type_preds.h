// engine/lang/type_preds.h — small predicates on types shared by the checker's files
// (integer/float/string/boolean/nil tests on a type's underlying basic type).
#pragma once
#include <vector>

#include "lang/types.h"

namespace gort::lang {

// A type parameter has a property when every term of its type set has it (none: no terms).
inline const std::vector<Term>* tparam_terms(Type* t) {
  if (!t || t->kind != TypeKind::TypeParam) return nullptr;
  Type* u = underlying(t);
  if (!u || u->kind != TypeKind::Interface || !static_cast<Interface*>(u)->has_terms) return nullptr;
  return &static_cast<Interface*>(u)->all_terms;
}
#define GORT_TPARAM_ALL(t, pred)                                        \
  if (t && t->kind == TypeKind::TypeParam) {                            \
    const std::vector<Term>* ts_ = tparam_terms(t);                     \
    if (!ts_ || ts_->empty()) return false;                             \
    for (const Term& x_ : *ts_)                                         \
      if (!pred(x_.type)) return false;                                 \
    return true;                                                        \
  }

inline Basic* as_basic(Type* t) {
  Type* u = underlying(t);
  return u && u->kind == TypeKind::Basic ? static_cast<Basic*>(u) : nullptr;
}
inline bool is_integer(Type* t) {
  GORT_TPARAM_ALL(t, is_integer)
  Basic* b = as_basic(t);
  return b && ((b->bkind >= BasicKind::Int && b->bkind <= BasicKind::Uintptr) ||
               b->bkind == BasicKind::UntypedInt || b->bkind == BasicKind::UntypedRune);
}
inline bool is_unsigned(Type* t) {
  GORT_TPARAM_ALL(t, is_unsigned)
  Basic* b = as_basic(t);
  return b && b->bkind >= BasicKind::Uint && b->bkind <= BasicKind::Uintptr;
}
inline bool is_float(Type* t) {
  GORT_TPARAM_ALL(t, is_float)
  Basic* b = as_basic(t);
  return b && (b->bkind == BasicKind::Float32 || b->bkind == BasicKind::Float64 ||
               b->bkind == BasicKind::UntypedFloat);
}
// complex64, complex128, untyped complex. Not part of is_numeric (which is integer or float:
// the types that are ordered and convert among themselves); callers that allow complex say so.
inline bool is_complex(Type* t) {
  GORT_TPARAM_ALL(t, is_complex)
  Basic* b = as_basic(t);
  return b && (b->bkind == BasicKind::Complex64 || b->bkind == BasicKind::Complex128 ||
               b->bkind == BasicKind::UntypedComplex);
}
inline bool is_numeric(Type* t) {
  GORT_TPARAM_ALL(t, is_numeric)
  return is_integer(t) || is_float(t);
}
inline bool is_numeric_or_complex(Type* t) {
  GORT_TPARAM_ALL(t, is_numeric_or_complex)
  return is_numeric(t) || is_complex(t);
}
// The operand types of binary +: ordered or complex (for a type parameter: every term).
inline bool is_addable(Type* t);
inline bool is_string(Type* t) {
  GORT_TPARAM_ALL(t, is_string)
  Basic* b = as_basic(t);
  return b && (b->bkind == BasicKind::String || b->bkind == BasicKind::UntypedString);
}
inline bool is_boolean(Type* t) {
  GORT_TPARAM_ALL(t, is_boolean)
  Basic* b = as_basic(t);
  return b && (b->bkind == BasicKind::Bool || b->bkind == BasicKind::UntypedBool);
}
inline bool is_ordered(Type* t) {  // < <= > >=, and + (with strings)
  GORT_TPARAM_ALL(t, is_ordered)
  return is_numeric(t) || is_string(t);
}
inline bool is_addable(Type* t) {
  GORT_TPARAM_ALL(t, is_addable)
  return is_ordered(t) || is_complex(t);
}
inline bool is_nil_type(Type* t) {
  return t && t->kind == TypeKind::Basic && static_cast<Basic*>(t)->bkind == BasicKind::UntypedNil;
}
inline bool is_invalid_type(Type* t) {
  return !t || (t->kind == TypeKind::Basic && static_cast<Basic*>(t)->bkind == BasicKind::Invalid);
}
inline bool has_nil(Type* t) {
  GORT_TPARAM_ALL(t, has_nil)
  Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::Pointer: case TypeKind::Slice: case TypeKind::Map: case TypeKind::Chan:
    case TypeKind::Signature: case TypeKind::Interface: return true;
    case TypeKind::Basic: return static_cast<Basic*>(u)->bkind == BasicKind::UnsafePointer;
    default: return false;
  }
}


}  // namespace gort::lang
