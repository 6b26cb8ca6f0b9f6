// engine/lang/type_size.h — gc's sizes of types on a 64-bit target (amd64), for the compile
// errors gc gives where a type or variable cannot exist: "type [N]T larger than address space"
// and "main.a: symbol too large". Saturating: an overflowing size is kSizeHuge.
#pragma once
#include <cstdint>

namespace gort::lang {

struct Type;

inline constexpr int64_t kSizeHuge = INT64_MAX / 2;
inline constexpr int64_t kMaxWidth = int64_t(1) << 50;        // gc's types.MaxWidth on amd64
inline constexpr int64_t kMaxSymbolSize = 2000000000;          // gc's limit for one global

int64_t type_size(const Type* t);    // bytes; type parameters and unknown parts count 8
int64_t type_align(const Type* t);
int64_t field_offset(const Type* strct, int index);   // the field's offset in a struct type

}  // namespace gort::lang
