// engine/vm/obj_iface.cpp — interface values (IfaceObj), type assertions with Go's
// *runtime.TypeAssertionError texts, and the descriptors of runtime error values made from a
// Fault (contract: object.h).
//
// Runtime errors are represented as a string (the full message) whose dynamic type has the
// methods Error (returns the string itself) and RuntimeError. runtime_error_type() is the
// generic "runtime.Error"; fault_value() picks the descriptor whose %T matches Go per kind
// (runtime.boundsError, runtime.errorString, runtime.plainError,
// *runtime.TypeAssertionError) — the values print identically either way.
#include "vm/native.h"
#include "vm/obj_internal.h"

namespace gort::vm {

using namespace objlib;

namespace {

// The receiver (the message string) is in args[0]; Error returns it in args[0]: nothing to do.
NativeStatus runtime_error_Error(NativeCtx&) { return NativeStatus::Done; }
NativeStatus runtime_error_RuntimeError(NativeCtx&) { return NativeStatus::Done; }

TypeDesc make_error_desc(const char* str) {
  TypeDesc t;
  t.kind = Kind::String;
  t.str = str;
  t.named = true;
  MethodDesc e;
  e.name = "Error";
  e.native = runtime_error_Error;
  MethodDesc r;
  r.name = "RuntimeError";
  r.native = runtime_error_RuntimeError;
  t.methods = {e, r};   // sorted by name
  return t;
}

struct ErrorTypes {
  TypeDesc generic = make_error_desc("runtime.Error");
  TypeDesc bounds = make_error_desc("runtime.boundsError");
  TypeDesc error_string = make_error_desc("runtime.errorString");
  TypeDesc plain = make_error_desc("runtime.plainError");
  TypeDesc assertion = make_error_desc("*runtime.TypeAssertionError");
};
const ErrorTypes& error_types() {
  static const ErrorTypes t;
  return t;
}

bool starts_with(const std::string& s, std::string_view p) {
  return s.size() >= p.size() && std::string_view(s).substr(0, p.size()) == p;
}

}  // namespace

Obj* iface_new(const TypeDesc* t, Value v) {
  if (!t) return nullptr;
  Obj* o = rt::alloc(t->holds_ptr() ? &kIfacePtrLayout : &kIfaceScalarLayout, sizeof(IfaceObj));
  auto* d = static_cast<IfaceObj*>(obj_data(o));
  d->type = t;
  d->data = v;
  return o;
}

bool type_assert(const Obj* iface, const TypeDesc* iface_static, const TypeDesc* target,
                 bool comma_ok, Value* out, bool* ok, Fault& f) {
  const TypeDesc* dt = iface_type(iface);
  if (target->kind == Kind::Interface) {
    if (dt && implements(dt, target)) {
      *out = Value::from_obj(const_cast<Obj*>(iface));
      *ok = true;
      return true;
    }
    *ok = false;
    *out = Value::zero();
    if (comma_ok) return true;
    f.runtime_error = true;
    if (!dt) {
      // assertE2I reports no static interface type (Go prints plain "interface").
      f.msg = "interface conversion: interface is nil, not " + target->str;
      return false;
    }
    std::string missing;
    for (const MethodDesc& m : target->methods)   // sorted: Go names the first missing one
      if (const MethodDesc* h = find_method(dt, m.name); !h || h->pkg != m.pkg) { missing = m.name; break; }
    f.msg = "interface conversion: " + dt->str + " is not " + target->str +
            ": missing method " + missing;
    return false;
  }
  if (dt && same_type(dt, target)) {
    *out = iface_data(iface);
    *ok = true;
    return true;
  }
  *ok = false;
  if (comma_ok) {
    *out = zero_value(target);
    return true;
  }
  *out = Value::zero();
  f.runtime_error = true;
  std::string inter = iface_static ? iface_static->str : "interface";
  if (!dt) {
    f.msg = "interface conversion: " + inter + " is nil, not " + target->str;
    return false;
  }
  f.msg = "interface conversion: " + inter + " is " + dt->str + ", not " + target->str;
  if (dt->str == target->str) f.msg += " (types from different scopes)";
  return false;
}

const TypeDesc* runtime_error_type() { return &error_types().generic; }

// The runtime's own panics whose Go value is a runtime.plainError (a runtime.Error printed
// without the "runtime error: " prefix). Recognized by text so the value is right even when a
// caller built the Fault from a runtime primitive's panic_msg without setting runtime_error.
static bool is_plain_runtime_error(const std::string& m) {
  return m == "assignment to entry in nil map" || m == "close of closed channel" ||
         m == "close of nil channel" || m == "send on closed channel" ||
         m == "makechan: size out of range";
}

Obj* fault_value(const Fault& f) {
  const ErrorTypes& et = error_types();
  if (is_plain_runtime_error(f.msg))
    return iface_new(&et.plain, Value::from_obj(str_new(f.msg)));
  if (!f.runtime_error) return iface_new(basic_type(Kind::String), Value::from_obj(str_new(f.msg)));
  const TypeDesc* t = &et.error_string;
  if (starts_with(f.msg, "runtime error: index out of range") ||
      starts_with(f.msg, "runtime error: slice bounds out of range"))
    t = &et.bounds;
  else if (starts_with(f.msg, "interface conversion:"))
    t = &et.assertion;
  else if (!starts_with(f.msg, "runtime error: "))
    t = &et.plain;   // e.g. "assignment to entry in nil map"
  return iface_new(t, Value::from_obj(str_new(f.msg)));
}

}  // namespace gort::vm
