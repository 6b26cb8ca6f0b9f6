// engine/stdlib/natives.h — the table of native functions by qualified name. The compiler
// resolves a call to a std function (or a typed lowering of one, like "fmt.Println/int") with
// find_native and emits CALL_NATIVE with the index it appended to Module::natives.
#pragma once
#include <string_view>

#include "vm/native.h"

namespace gort::stdlib {

// Null if there is no native with that name.
vm::NativeFn find_native(std::string_view qualified_name);

}  // namespace gort::stdlib
