// engine/stdlib/vm_fallback.cpp — weak stand-ins for the native.h functions the interpreter
// implements (native_panic*, call_*_sync, make_goroutine), so the stdlib links in a tree whose
// interpreter does not define them yet. The interpreter's strong definitions replace these
// whenever its object file is linked (always, for the CLI and wasm builds). Remove once the
// interpreter's versions are committed everywhere.
#include "vm/native.h"
#include "vm/object.h"

namespace gort::vm {

[[gnu::weak]] NativeStatus native_panic(NativeCtx& ctx, Obj*) {
  ctx.gs.panic_msg = "panic from a native (interpreter support missing)";
  return NativeStatus::Panic;
}

[[gnu::weak]] NativeStatus native_panic_fault(NativeCtx& ctx, const Fault& f) {
  ctx.gs.panic_msg = f.msg;
  return NativeStatus::Panic;
}

[[gnu::weak]] bool call_func_sync(NativeCtx&, Obj*, const Value*, int, Value*, int, Fault& f) {
  f.msg = "calling Go code from natives is not supported by this interpreter";
  return false;
}

[[gnu::weak]] bool call_method_sync(NativeCtx&, const MethodDesc&, Value, const Value*, int, Value*, int,
                                    Fault& f) {
  f.msg = "calling Go methods from natives is not supported by this interpreter";
  return false;
}

[[gnu::weak]] rt::G* make_goroutine(NativeCtx&, Obj*) { return nullptr; }

}  // namespace gort::vm
