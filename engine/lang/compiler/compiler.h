// engine/lang/compiler/compiler.h — the bytecode compiler's entry point: a checked Program
// (engine/lang, see README's contract) → a vm::Module ready for vm::make_hooks.
#pragma once
#include <vector>

#include "lang/frontend.h"
#include "vm/proto.h"

namespace gort::lang {

// Compiles prog into out (protos, natives, types, globals; out.entry runs package
// initialization then main.main). Unsupported constructs (a std function without a native, ...)
// are reported in diags as gc-style errors ("gort: strings.EqualFold is not supported yet");
// returns false then. `race` (gort run --race): every load/store of a variable, field,
// element, pointer target or map is preceded by a RACE instruction (engine/vm/race.h); off,
// the bytecode has none, so a normal run pays nothing for the race detector.
bool compile(const Program& prog, vm::Module& out, std::vector<Diagnostic>& diags,
             bool race = false);

}  // namespace gort::lang
