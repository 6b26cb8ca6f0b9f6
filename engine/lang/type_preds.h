// engine/lang/type_preds.h — small predicates on types shared by the checker's files
// (integer/float/string/boolean/nil tests on a type's underlying basic type).
#pragma once
#include "lang/types.h"

namespace gort::lang {

inline Basic* as_basic(Type* t) {
  Type* u = underlying(t);
  return u && u->kind == TypeKind::Basic ? static_cast<Basic*>(u) : nullptr;
}
inline bool is_integer(Type* t) {
  Basic* b = as_basic(t);
  return b && ((b->bkind >= BasicKind::Int && b->bkind <= BasicKind::Uintptr) ||
               b->bkind == BasicKind::UntypedInt || b->bkind == BasicKind::UntypedRune);
}
inline bool is_unsigned(Type* t) {
  Basic* b = as_basic(t);
  return b && b->bkind >= BasicKind::Uint && b->bkind <= BasicKind::Uintptr;
}
inline bool is_float(Type* t) {
  Basic* b = as_basic(t);
  return b && (b->bkind == BasicKind::Float32 || b->bkind == BasicKind::Float64 ||
               b->bkind == BasicKind::UntypedFloat);
}
inline bool is_numeric(Type* t) { return is_integer(t) || is_float(t); }
inline bool is_string(Type* t) {
  Basic* b = as_basic(t);
  return b && (b->bkind == BasicKind::String || b->bkind == BasicKind::UntypedString);
}
inline bool is_boolean(Type* t) {
  Basic* b = as_basic(t);
  return b && (b->bkind == BasicKind::Bool || b->bkind == BasicKind::UntypedBool);
}
inline bool is_nil_type(Type* t) {
  return t && t->kind == TypeKind::Basic && static_cast<Basic*>(t)->bkind == BasicKind::UntypedNil;
}
inline bool is_invalid_type(Type* t) {
  return !t || (t->kind == TypeKind::Basic && static_cast<Basic*>(t)->bkind == BasicKind::Invalid);
}
inline bool has_nil(Type* t) {
  Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::Pointer: case TypeKind::Slice: case TypeKind::Map: case TypeKind::Chan:
    case TypeKind::Signature: case TypeKind::Interface: return true;
    case TypeKind::Basic: return static_cast<Basic*>(u)->bkind == BasicKind::UnsafePointer;
    default: return false;
  }
}


}  // namespace gort::lang
