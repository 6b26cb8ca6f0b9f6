// engine/stdlib/print_builtin.h — Go's builtin print/println formatting (runtime/print.go) and
// the panic-value text of runtime/panic.go's printpanicval, for the interpreter (CV) and the
// natives "builtin.print"/"builtin.println" (one []any argument, output to stderr).
#pragma once
#include <string>

#include "stdlib/util.h"

namespace gort::stdlib {

// One value as the builtin print shows it: ints in decimal, floats as +1.500000e+000, bools,
// strings raw, pointers/chans/maps/funcs/slices as 0x… addresses, interfaces as (0x…,0x…).
std::string runtime_print_value(const TypeDesc* t, Value v);

// The text after "panic: " for a panic value (an interface value, IfaceObj* or null), without
// calling methods: printpanicval — "boom" for a string, "main.E(3)" for a named int,
// "(main.T) 0x…" for other types, "nil" for nil. For error/Stringer values the caller first
// tries Error()/String() (panic_value_text does that when given a NativeCtx).
std::string printpanicval(const Obj* iface);
// Same, calling Error() or String() first as Go's printpanics does (ctx may be null: no calls).
// Go 1.18+ appends nothing else; a runtime.Error prints its Error() text.
std::string panic_value_text(NativeCtx* ctx, const Obj* iface);

}  // namespace gort::stdlib
