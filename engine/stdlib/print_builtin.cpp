// engine/stdlib/print_builtin.cpp — see print_builtin.h. printfloat is a line-by-line port of
// runtime/print.go so the 7-digit rounding quirks match.
#include "stdlib/print_builtin.h"

#include <cstdio>

#include "stdlib/natives.h"

namespace gort::stdlib {
namespace {

using vm::Kind;

std::string printfloat(double v) {
  if (v != v) return "NaN";
  if (v + v == v && v > 0) return "+Inf";
  if (v + v == v && v < 0) return "-Inf";
  const int n = 7;
  char buf[n + 7];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (1 / v < 0) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) { e++; v /= 10; }
    while (v < 1) { e--; v *= 10; }
    double h = 5.0;
    for (int i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) { e++; v /= 10; }
  }
  for (int i = 0; i < n; i++) {
    int s = static_cast<int>(v);
    buf[i + 2] = static_cast<char>(s + '0');
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) { e = -e; buf[n + 3] = '-'; }
  buf[n + 4] = static_cast<char>(e / 100 + '0');
  buf[n + 5] = static_cast<char>(e / 10 % 10 + '0');
  buf[n + 6] = static_cast<char>(e % 10 + '0');
  return std::string(buf, n + 7);
}

std::string hex(uint64_t p) {
  char b[32];
  std::snprintf(b, sizeof b, "0x%llx", static_cast<unsigned long long>(p));
  return b;
}

std::string int_text(const TypeDesc* t, Value v) {
  switch (t->kind) {
    case Kind::Int8: return std::to_string(static_cast<int8_t>(v.i));
    case Kind::Int16: return std::to_string(static_cast<int16_t>(v.i));
    case Kind::Int32: return std::to_string(static_cast<int32_t>(v.i));
    case Kind::Uint8: return std::to_string(static_cast<uint8_t>(v.u));
    case Kind::Uint16: return std::to_string(static_cast<uint16_t>(v.u));
    case Kind::Uint32: return std::to_string(static_cast<uint32_t>(v.u));
    case Kind::Uint: case Kind::Uint64: case Kind::Uintptr: return std::to_string(v.u);
    default: return std::to_string(v.i);
  }
}

uintptr_t addr(Value v) { return v.o ? reinterpret_cast<uintptr_t>(rt::obj_data(v.o)) : 0; }

}  // namespace

std::string runtime_print_value(const TypeDesc* t, Value v) {
  if (!t) return "nil";
  switch (t->kind) {
    case Kind::Bool: return v.i ? "true" : "false";
    case Kind::Float32: case Kind::Float64: return printfloat(v.f);
    case Kind::Complex64: case Kind::Complex128:   // runtime.printcomplex
      return "(" + printfloat(vm::cplx_re(v.o)) + printfloat(vm::cplx_im(v.o)) + "i)";
    case Kind::String: return std::string(vm::str_view(v.o));
    case Kind::Interface: {
      const Obj* i = v.o;
      if (!i) return "(0x0,0x0)";
      return "(" + hex(reinterpret_cast<uintptr_t>(vm::iface_type(i))) + "," +
             hex(addr(vm::iface_data(i))) + ")";
    }
    case Kind::Slice:
      return "[" + std::to_string(vm::slice_len(v.o)) + "/" + std::to_string(vm::slice_cap(v.o)) + "]" + hex(addr(v));
    case Kind::Pointer: case Kind::Chan: case Kind::Map: case Kind::Func: case Kind::UnsafePointer:
      return hex(addr(v));
    case Kind::Struct: case Kind::Array: return hex(addr(v));
    default:
      if (t->is_integer()) return int_text(t, v);
      return "?";
  }
}

std::string printpanicval(const Obj* iface) {
  if (!iface) return "nil";
  const TypeDesc* t = vm::iface_type(iface);
  Value v = vm::iface_data(iface);
  bool predeclared = t->kind >= Kind::Bool && t->kind <= Kind::String && t->str == vm::basic_type(t->kind)->str;
  if (predeclared) return runtime_print_value(t, v);
  switch (t->kind) {
    case Kind::String: return t->str + "(\"" + std::string(vm::str_view(v.o)) + "\")";
    case Kind::Bool: case Kind::Float32: case Kind::Float64:
      return t->str + "(" + runtime_print_value(t, v) + ")";
    case Kind::Complex64: case Kind::Complex128:
      return t->str + runtime_print_value(t, v);
    default:
      if (t->is_integer()) return t->str + "(" + int_text(t, v) + ")";
      return "(" + t->str + ") " + hex(addr(v));
  }
}

std::string panic_value_text(NativeCtx* ctx, const Obj* iface) {
  if (iface && ctx) {
    const TypeDesc* t = vm::iface_type(iface);
    for (const char* m : {"Error", "String"}) {
      MethodResult r;
      if (call_method0(*ctx, t, vm::iface_data(iface), m, &r)) {
        if (r.ok) return std::string(vm::str_view(r.value.o));
        break;
      }
    }
  }
  return printpanicval(iface);
}

namespace {
NativeStatus builtin_print(NativeCtx& c, bool ln) {
  int64_t n;
  Value* a = slice_data(c.args[0].o, &n);
  std::string out;
  for (int64_t i = 0; i < n; ++i) {
    if (ln && i > 0) out += ' ';
    Obj* e = a[i].o;
    // The compiler boxes each operand in an interface only to pass its static type along.
    out += e ? runtime_print_value(vm::iface_type(e), vm::iface_data(e)) : "nil";
  }
  if (ln) out += '\n';
  vm::write_output(c.g, 2, out);
  return NativeStatus::Done;
}
NativeStatus builtin_print_n(NativeCtx& c) { return builtin_print(c, false); }
NativeStatus builtin_println_n(NativeCtx& c) { return builtin_print(c, true); }
}  // namespace

void add_builtin_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {{"builtin.print", builtin_print_n}, {"builtin.println", builtin_println_n}});
}

}  // namespace gort::stdlib
