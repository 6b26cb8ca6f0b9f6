// engine/stdlib/reflect_natives.cpp — the natives behind engine/lang/std/go/reflect/reflect.go:
// Type queries on descriptors (an rtype is a TypeDesc address), Value reads and writes on the
// slot a Value names, DeepEqual. Every misuse panics with Go's text (ValueError's "reflect:
// call of reflect.Value.Int on string Value", "... using unaddressable value"); a Value is
// never trusted beyond the object it names, so a forged one cannot reach outside the heap.
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <tuple>

#include "stdlib/natives.h"
#include "stdlib/reflect_value.h"
#include "vm/proto.h"

namespace gort::stdlib {

using vm::Kind;

// ---------------------------------------------------------------- shared helpers

int go_kind(const TypeDesc* t) {
  if (!t) return 0;
  switch (t->kind) {
    case Kind::Invalid: return 0;
    case Kind::Bool: return 1;
    case Kind::Int: return 2;
    case Kind::Int8: return 3;
    case Kind::Int16: return 4;
    case Kind::Int32: return 5;
    case Kind::Int64: return 6;
    case Kind::Uint: return 7;
    case Kind::Uint8: return 8;
    case Kind::Uint16: return 9;
    case Kind::Uint32: return 10;
    case Kind::Uint64: return 11;
    case Kind::Uintptr: return 12;
    case Kind::Float32: return 13;
    case Kind::Float64: return 14;
    case Kind::Complex64: return 15;
    case Kind::Complex128: return 16;
    case Kind::Array: return 17;
    case Kind::Chan: return 18;
    case Kind::Func: return 19;
    case Kind::Interface: return 20;
    case Kind::Map: return 21;
    case Kind::Pointer: return 22;
    case Kind::Slice: return 23;
    case Kind::String: return 24;
    case Kind::Struct: return 25;
    case Kind::UnsafePointer: return 26;
  }
  return 0;
}

const char* go_kind_name(int k) {
  static const char* const names[] = {
      "invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
      "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array",
      "chan", "func", "interface", "map", "ptr", "slice", "string", "struct", "unsafe.Pointer"};
  return k >= 0 && k <= 26 ? names[k] : "invalid";
}

RValue rvalue_read(const Obj* o) {
  RValue v;
  if (!o || o->bytes < 4 * sizeof(Value)) return v;
  const Value* s = rt::obj_slots(const_cast<Obj*>(o));
  v.t = reinterpret_cast<const TypeDesc*>(static_cast<uintptr_t>(s[0].u));
  v.ptr = s[1].o;
  v.idx = s[2].i;
  v.flag = s[3].u;
  if (!v.t) return RValue{};
  return v;
}

namespace {

// The slot a Value names, or null (zero Value, aggregate, or a slot outside the object).
// A compact []byte array has no slots: bytes_elem says so and rvalue_load/store use vm::array_get/set.
bool bytes_elem(const RValue& v) {
  return v.t && v.ptr && v.idx >= 0 && vm::array_compact(v.ptr) && v.idx < vm::array_elems(v.ptr);
}

Value* rslot(const RValue& v) {
  if (!v.t || !v.ptr || v.idx < 0 || vm::array_compact(v.ptr)) return nullptr;
  if (static_cast<uint64_t>(v.idx) >= v.ptr->bytes / sizeof(Value)) return nullptr;
  return rt::obj_slots(v.ptr) + v.idx;
}

}  // namespace

Value rvalue_load(const RValue& v) {
  if (!v.t || (v.flag & kFlagMethod)) return Value::zero();
  if (v.idx < 0) return v.t->is_aggregate() ? Value::from_obj(v.ptr) : Value::zero();
  if (bytes_elem(v)) return vm::array_get(v.ptr, v.idx);
  Value* s = rslot(v);
  return s ? *s : Value::zero();
}

namespace {

std::mutex g_made_mu;
// Descriptors made at run time, by (what, element): kept for the process; entries are checked
// against the element's text so a later program's descriptor at a reused address is not fooled.
std::map<std::pair<int, const TypeDesc*>, std::unique_ptr<vm::TypeDesc>>& made_types() {
  static auto* m = new std::map<std::pair<int, const TypeDesc*>, std::unique_ptr<vm::TypeDesc>>();
  return *m;
}

const TypeDesc* derived_type(const NativeCtx& c, const TypeDesc* t, Kind k, const std::string& str) {
  if (c.module)
    for (const auto& d : c.module->types)
      if (d->kind == k && !d->named && d->elem && vm::same_type(d->elem, t) && d->str == str) return d.get();
  std::lock_guard<std::mutex> lock(g_made_mu);
  auto& slot = made_types()[{static_cast<int>(k), t}];
  if (!slot || slot->str != str) {
    slot = std::make_unique<vm::TypeDesc>();
    slot->kind = k;
    slot->str = str;
    slot->elem = t;
    vm::finish_type(*slot);
  }
  return slot.get();
}

}  // namespace

const TypeDesc* pointer_type_to(const NativeCtx& c, const TypeDesc* t) {
  return derived_type(c, t, Kind::Pointer, "*" + t->str);
}
const TypeDesc* slice_type_of(const NativeCtx& c, const TypeDesc* t) {
  return derived_type(c, t, Kind::Slice, "[]" + t->str);
}

namespace {

const TypeDesc* desc_arg(Value v) { return reinterpret_cast<const TypeDesc*>(static_cast<uintptr_t>(v.u)); }
Value desc_val(const TypeDesc* t) { Value v; v.u = reinterpret_cast<uintptr_t>(t); return v; }

RValue val_arg(NativeCtx& c, int i) { return rvalue_read(c.args[i].o); }

// The 4 result slots of a native returning a Value's parts.
NativeStatus ret_value(NativeCtx& c, const RValue& v) {
  c.args[0] = desc_val(v.t);
  c.args[1] = Value::from_obj(v.t ? v.ptr : nullptr);
  c.args[2] = Value::from_int(v.t ? v.idx : 0);
  c.args[3].u = v.t ? v.flag : 0;
  return NativeStatus::Done;
}

// A Value naming slot idx of container (aggregates: the object in it).
RValue at_slot(const TypeDesc* t, Obj* container, int64_t idx, uint64_t flag) {
  container = vm::array_window(container, &idx);   // Index of *p where p is (*[N]E)(s)
  if (t->is_aggregate()) return RValue{t, rt::obj_slots(container)[idx].o, -1, flag};
  return RValue{t, container, idx, flag};
}

// A non-addressable Value holding v (a fresh box; aggregates: v's object).
RValue boxed(const TypeDesc* t, Value v, uint64_t flag = 0) {
  if (t->is_aggregate()) return RValue{t, v.o ? v.o : vm::agg_new(t), -1, flag};
  Obj* b = vm::box_new(t);
  rt::obj_slots(b)[0] = v;
  return RValue{t, b, 0, flag};
}

std::string kind_str(const RValue& v) { return go_kind_name(go_kind(v.t)); }

NativeStatus value_error(NativeCtx& c, const char* method, const RValue& v) {
  if (!v.t) return panic_string(c, std::string("reflect: call of ") + method + " on zero Value");
  return panic_string(c, std::string("reflect: call of ") + method + " on " + kind_str(v) + " Value");
}

// Go's mustBeAssignable: "using unaddressable value" / "using value obtained using
// unexported field". Returns false after raising the panic.
bool must_be_assignable(NativeCtx& c, const RValue& v, const char* method, NativeStatus* st) {
  if (!v.t) { *st = value_error(c, method, v); return false; }
  if (v.flag & kFlagRO) {
    *st = panic_string(c, std::string("reflect: ") + method + " using value obtained using unexported field");
    return false;
  }
  if (!(v.flag & kFlagAddr)) {
    *st = panic_string(c, std::string("reflect: ") + method + " using unaddressable value");
    return false;
  }
  return true;
}

bool is_int_kind(Kind k) { return k >= Kind::Int && k <= Kind::Int64; }
bool is_uint_kind(Kind k) { return k >= Kind::Uint && k <= Kind::Uintptr; }

// Keeps an integer as the VM keeps a narrow one: sign/zero-extended to 64 bits.
Value narrow_int(Kind k, uint64_t x) {
  Value r;
  switch (k) {
    case Kind::Int8: r.i = static_cast<int8_t>(x); break;
    case Kind::Int16: r.i = static_cast<int16_t>(x); break;
    case Kind::Int32: r.i = static_cast<int32_t>(x); break;
    case Kind::Uint8: r.u = static_cast<uint8_t>(x); break;
    case Kind::Uint16: r.u = static_cast<uint16_t>(x); break;
    case Kind::Uint32: r.u = static_cast<uint32_t>(x); break;
    default: r.u = x; break;
  }
  return r;
}

bool basic_unnamed(const TypeDesc* t) {
  return (t->kind >= Kind::Bool && t->kind <= Kind::String) || t->kind == Kind::UnsafePointer
             ? vm::basic_type(t->kind) && t->str == vm::basic_type(t->kind)->str
             : false;
}

// Go's assignability between run-time types (identical, interface satisfaction, or one side
// unnamed with the same structure).
bool assignable(const TypeDesc* from, const TypeDesc* to) {
  if (!from || !to) return false;
  if (vm::same_type(from, to)) return true;
  if (to->kind == Kind::Interface) {
    if (from->kind == Kind::Interface) {
      for (const auto& m : to->methods)
        if (!vm::find_method(from, m.name)) return false;
      return true;
    }
    return vm::implements(from, to);
  }
  if (from->kind != to->kind || (from->named && to->named)) return false;
  if (basic_unnamed(from) || basic_unnamed(to)) return false;
  // One side is a type literal: compare structure by its text.
  const TypeDesc* lit = from->named ? to : from;
  const TypeDesc* nm = from->named ? from : to;
  (void)nm;
  switch (from->kind) {
    case Kind::Slice: case Kind::Pointer: case Kind::Array: case Kind::Chan:
      return vm::same_type(from->elem, to->elem) && from->len == to->len;
    case Kind::Map:
      return vm::same_type(from->elem, to->elem) && vm::same_type(from->key, to->key);
    case Kind::Struct:
      if (from->fields.size() != to->fields.size()) return false;
      for (size_t i = 0; i < from->fields.size(); ++i)
        if (from->fields[i].name != to->fields[i].name || !vm::same_type(from->fields[i].type, to->fields[i].type))
          return false;
      return true;
    default: return lit == from || lit == to ? false : false;
  }
}

bool numeric(Kind k) { return (k >= Kind::Int && k <= Kind::Float64); }

bool convertible(const TypeDesc* from, const TypeDesc* to) {
  if (assignable(from, to)) return true;
  if (numeric(from->kind) && numeric(to->kind)) return true;
  if (from->is_complex() && to->is_complex()) return true;
  if (from->kind == to->kind && from->kind <= Kind::String && from->kind != Kind::Invalid) return true;
  if (to->kind == Kind::String && (from->is_integer() ||
      (from->kind == Kind::Slice && (from->elem->kind == Kind::Uint8 || from->elem->kind == Kind::Int32))))
    return true;
  if (from->kind == Kind::String && to->kind == Kind::Slice &&
      (to->elem->kind == Kind::Uint8 || to->elem->kind == Kind::Int32))
    return true;
  if (from->kind == to->kind && (from->kind == Kind::Slice || from->kind == Kind::Map ||
      from->kind == Kind::Pointer || from->kind == Kind::Struct || from->kind == Kind::Array))
    return assignable(from->named ? to : from, from->named ? from : to) ||
           (from->elem && to->elem && vm::same_type(from->elem, to->elem) && from->len == to->len);
  return false;
}

// v converted for storing into a slot of type `to` (an interface wraps a concrete value; an
// aggregate is copied).
Value value_for(const RValue& x, const TypeDesc* to) {
  Value xv = rvalue_load(x);
  if (to->kind == Kind::Interface && x.t->kind != Kind::Interface) return Value::from_obj(vm::iface_new(x.t, vm::copy_value(x.t, xv)));
  return vm::copy_value(x.t, xv);
}


// ---------------------------------------------------------------- Type natives

std::string type_name(const TypeDesc* t) {
  if (!t) return "";
  if (basic_unnamed(t)) return t->str;
  if (!t->named) return "";
  const std::string& s = t->str;
  size_t end = s.find('[');
  if (end == std::string::npos) end = s.size();
  size_t dot = s.rfind('.', end);
  return dot == std::string::npos ? s : s.substr(dot + 1);
}

NativeStatus t_name(NativeCtx& c) { c.args[0] = str_val(type_name(desc_arg(c.args[0]))); return NativeStatus::Done; }
NativeStatus t_string(NativeCtx& c) {
  const TypeDesc* t = desc_arg(c.args[0]);
  c.args[0] = str_val(t ? t->str : "<nil>");
  return NativeStatus::Done;
}
NativeStatus t_kind(NativeCtx& c) { c.args[0].i = go_kind(desc_arg(c.args[0])); return NativeStatus::Done; }
NativeStatus t_elem(NativeCtx& c) {
  const TypeDesc* t = desc_arg(c.args[0]);
  c.args[0] = desc_val(t ? t->elem : nullptr);
  return NativeStatus::Done;
}
NativeStatus t_key(NativeCtx& c) {
  const TypeDesc* t = desc_arg(c.args[0]);
  c.args[0] = desc_val(t ? t->key : nullptr);
  return NativeStatus::Done;
}
NativeStatus t_len(NativeCtx& c) { c.args[0].i = desc_arg(c.args[0])->len; return NativeStatus::Done; }
NativeStatus t_num_field(NativeCtx& c) {
  c.args[0].i = static_cast<int64_t>(desc_arg(c.args[0])->fields.size());
  return NativeStatus::Done;
}
NativeStatus t_field(NativeCtx& c) {
  const TypeDesc* t = desc_arg(c.args[0]);
  int64_t i = c.args[1].i;
  if (i < 0 || static_cast<size_t>(i) >= t->fields.size()) return panic_string(c, "reflect: Field index out of bounds");
  const vm::FieldDesc& f = t->fields[static_cast<size_t>(i)];
  c.args[0] = str_val(f.name);
  c.args[1] = str_val(f.exported ? "" : (f.pkgpath.empty() ? "main" : f.pkgpath));
  c.args[2] = desc_val(f.type);
  c.args[3] = str_val(f.tag);
  c.args[4] = bool_val(f.embedded);
  return NativeStatus::Done;
}

bool exported_name(const std::string& n) { return !n.empty() && n[0] >= 'A' && n[0] <= 'Z'; }

NativeStatus t_num_method(NativeCtx& c) {
  const TypeDesc* t = desc_arg(c.args[0]);
  int64_t n = 0;
  for (const auto& m : t->methods)
    if (t->kind == Kind::Interface || exported_name(m.name)) n++;
  c.args[0].i = n;
  return NativeStatus::Done;
}
const vm::MethodDesc* nth_method(const TypeDesc* t, int64_t i) {
  for (const auto& m : t->methods)
    if (t->kind == Kind::Interface || exported_name(m.name))
      if (i-- == 0) return &m;
  return nullptr;
}
// The type of method m of a concrete type t as Type.Method reports it: its signature with the
// receiver as first parameter (func(main.Rect, float64) main.Shape). The program's own
// descriptor when it has one (so it is == to reflect.TypeOf of such a func), else one made now
// and kept for the process.
const TypeDesc* method_expr_type(const NativeCtx& c, const TypeDesc* t, const vm::MethodDesc& m) {
  if (!m.sig) return nullptr;
  std::string str = "func(" + t->str + (m.sig->params.empty() ? "" : ", ") + m.sig->str.substr(5);
  if (c.module)
    for (const auto& d : c.module->types)
      if (d->kind == Kind::Func && !d->named && d->str == str) return d.get();
  static std::mutex mu;
  static auto* made = new std::map<std::string, std::unique_ptr<vm::TypeDesc>>();
  std::lock_guard<std::mutex> lock(mu);
  auto& slot = (*made)[str];
  // (a later program's types may differ under the same text: remake when the parts differ)
  if (!slot || slot->params.empty() || slot->params[0] != t || slot->results != m.sig->results) {
    slot = std::make_unique<vm::TypeDesc>();
    slot->kind = Kind::Func;
    slot->str = str;
    slot->params.push_back(t);
    slot->params.insert(slot->params.end(), m.sig->params.begin(), m.sig->params.end());
    slot->results = m.sig->results;
    slot->variadic = m.sig->variadic;
    vm::finish_type(*slot);
  }
  return slot.get();
}
NativeStatus t_method(NativeCtx& c) {
  const TypeDesc* t = desc_arg(c.args[0]);
  const vm::MethodDesc* m = nth_method(t, c.args[1].i);
  c.args[0] = str_val(m ? m->name : "");
  // An interface's method has no receiver parameter; a concrete type's has (Go).
  c.args[1] = desc_val(!m ? nullptr : t->kind == Kind::Interface ? m->sig : method_expr_type(c, t, *m));
  c.args[2] = bool_val(m != nullptr);
  return NativeStatus::Done;
}
// Type.Method(i).Func of a concrete type: a func Value calling the method on its first argument.
NativeStatus t_method_func(NativeCtx& c) {
  const TypeDesc* t = desc_arg(c.args[0]);
  const vm::MethodDesc* m = t ? nth_method(t, c.args[1].i) : nullptr;
  const TypeDesc* ft = m && t->kind != Kind::Interface ? method_expr_type(c, t, *m) : nullptr;
  if (!ft) return ret_value(c, RValue{});
  Obj* holder = vm::iface_new(t, vm::zero_value(t));
  return ret_value(c, RValue{ft, holder, m - t->methods.data(), kFlagMethod | kFlagMethodExpr});
}
NativeStatus t_implements(NativeCtx& c) {
  const TypeDesc* t = desc_arg(c.args[0]);
  const TypeDesc* u = desc_arg(c.args[1]);
  c.args[0] = bool_val(t && u && u->kind == Kind::Interface && assignable(t, u));
  return NativeStatus::Done;
}
NativeStatus t_assignable(NativeCtx& c) {
  c.args[0] = bool_val(assignable(desc_arg(c.args[0]), desc_arg(c.args[1])));
  return NativeStatus::Done;
}
NativeStatus t_convertible(NativeCtx& c) {
  c.args[0] = bool_val(convertible(desc_arg(c.args[0]), desc_arg(c.args[1])));
  return NativeStatus::Done;
}
NativeStatus t_comparable(NativeCtx& c) {
  c.args[0] = bool_val(vm::comparable(desc_arg(c.args[0])));
  return NativeStatus::Done;
}

// unsafe.Sizeof on a 64-bit Go target (what the Go playground prints).
int64_t go_size(const TypeDesc* t, int64_t* align) {
  int64_t a = 8, s = 8;
  switch (t->kind) {
    case Kind::Bool: case Kind::Int8: case Kind::Uint8: s = a = 1; break;
    case Kind::Int16: case Kind::Uint16: s = a = 2; break;
    case Kind::Int32: case Kind::Uint32: case Kind::Float32: s = a = 4; break;
    case Kind::Complex64: s = 8; a = 4; break;
    case Kind::Complex128: s = 16; break;
    case Kind::String: case Kind::Interface: s = 16; break;
    case Kind::Slice: s = 24; break;
    case Kind::Array: {
      int64_t ea = 1;
      s = t->len * go_size(t->elem, &ea);
      a = ea;
      break;
    }
    case Kind::Struct: {
      int64_t off = 0, maxa = 1;
      for (const auto& f : t->fields) {
        int64_t fa = 1;
        int64_t fs = go_size(f.type, &fa);
        off = (off + fa - 1) / fa * fa + fs;
        if (fa > maxa) maxa = fa;
      }
      s = (off + maxa - 1) / maxa * maxa;
      a = maxa;
      break;
    }
    default: break;
  }
  *align = a;
  return s;
}
NativeStatus t_size(NativeCtx& c) {
  int64_t a;
  c.args[0].i = go_size(desc_arg(c.args[0]), &a);
  return NativeStatus::Done;
}
NativeStatus t_func(NativeCtx& c) {
  const TypeDesc* t = desc_arg(c.args[0]);
  bool in = c.args[1].i != 0;
  int64_t i = c.args[2].i;
  const auto& list = in ? t->params : t->results;
  if (i >= 0 && static_cast<size_t>(i) >= list.size())
    return panic_runtime(c, "runtime error: index out of range [" + std::to_string(i) + "] with length " +
                                std::to_string(list.size()));
  c.args[0].i = static_cast<int64_t>(list.size());
  c.args[1] = desc_val(i >= 0 ? list[static_cast<size_t>(i)] : nullptr);
  c.args[2] = bool_val(t->variadic);
  return NativeStatus::Done;
}
NativeStatus t_ptr_to(NativeCtx& c) { c.args[0] = desc_val(pointer_type_to(c, desc_arg(c.args[0]))); return NativeStatus::Done; }
NativeStatus t_slice_of(NativeCtx& c) { c.args[0] = desc_val(slice_type_of(c, desc_arg(c.args[0]))); return NativeStatus::Done; }

NativeStatus type_of(NativeCtx& c) { c.args[0] = desc_val(vm::iface_type(c.args[0].o)); return NativeStatus::Done; }

// ---------------------------------------------------------------- Value natives

NativeStatus value_of(NativeCtx& c) {
  Obj* i = c.args[0].o;
  if (!i) return ret_value(c, RValue{});
  // The interface object's data slot (slot 1 of IfaceObj {type, data}) is the value.
  return ret_value(c, at_slot(vm::iface_type(i), i, 1, 0));
}

NativeStatus v_kind(NativeCtx& c) { c.args[0].i = go_kind(val_arg(c, 0).t); return NativeStatus::Done; }

NativeStatus v_int(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  if (!v.t || !is_int_kind(v.t->kind)) return value_error(c, "reflect.Value.Int", v);
  c.args[0] = rvalue_load(v);
  return NativeStatus::Done;
}
NativeStatus v_uint(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  if (!v.t || !is_uint_kind(v.t->kind)) return value_error(c, "reflect.Value.Uint", v);
  c.args[0] = rvalue_load(v);
  return NativeStatus::Done;
}
NativeStatus v_float(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  if (!v.t || !v.t->is_float()) return value_error(c, "reflect.Value.Float", v);
  c.args[0] = rvalue_load(v);
  return NativeStatus::Done;
}
NativeStatus v_complex(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  if (!v.t || !v.t->is_complex()) return value_error(c, "reflect.Value.Complex", v);
  Obj* x = rvalue_load(v).o;
  c.args[0] = Value::from_obj(vm::cplx_new(vm::cplx_re(x), vm::cplx_im(x)));
  return NativeStatus::Done;
}
NativeStatus v_string(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  if (!v.t || v.t->kind != Kind::String) return value_error(c, "reflect.Value.String", v);
  c.args[0] = rvalue_load(v);
  return NativeStatus::Done;
}
NativeStatus v_bool(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  if (!v.t || v.t->kind != Kind::Bool) return value_error(c, "reflect.Value.Bool", v);
  c.args[0] = rvalue_load(v);
  return NativeStatus::Done;
}
NativeStatus v_bytes(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  if (!v.t || v.t->kind != Kind::Slice || v.t->elem->kind != Kind::Uint8)
    return panic_string(c, "reflect.Value.Bytes of non-byte slice");
  c.args[0] = rvalue_load(v);
  return NativeStatus::Done;
}
NativeStatus v_pointer(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  if (!v.t) return value_error(c, "reflect.Value.Pointer", v);
  Kind k = v.t->kind;
  if (k != Kind::Pointer && k != Kind::Chan && k != Kind::Map && k != Kind::UnsafePointer &&
      k != Kind::Func && k != Kind::Slice)
    return value_error(c, "reflect.Value.Pointer", v);
  Obj* o = rvalue_load(v).o;
  c.args[0].u = o ? reinterpret_cast<uintptr_t>(rt::obj_data(o)) : 0;
  return NativeStatus::Done;
}

int64_t value_len(const RValue& v, bool* ok) {
  *ok = true;
  Value x = rvalue_load(v);
  switch (v.t ? v.t->kind : Kind::Invalid) {
    case Kind::Array: return v.t->len;
    case Kind::Slice: return vm::slice_len(x.o);
    case Kind::String: return vm::str_len(x.o);
    case Kind::Map: return vm::map_len(x.o);
    case Kind::Chan: return x.o ? rt::chan_len(x.o) : 0;
    default: *ok = false; return 0;
  }
}
NativeStatus v_len(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  bool ok;
  int64_t n = value_len(v, &ok);
  if (!ok) return value_error(c, "reflect.Value.Len", v);
  c.args[0].i = n;
  return NativeStatus::Done;
}
NativeStatus v_cap(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  Value x = rvalue_load(v);
  switch (v.t ? v.t->kind : Kind::Invalid) {
    case Kind::Array: c.args[0].i = v.t->len; return NativeStatus::Done;
    case Kind::Slice: c.args[0].i = vm::slice_cap(x.o); return NativeStatus::Done;
    case Kind::Chan: c.args[0].i = x.o ? rt::chan_cap(x.o) : 0; return NativeStatus::Done;
    default: return value_error(c, "reflect.Value.Cap", v);
  }
}
NativeStatus v_is_nil(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  if (v.flag & kFlagMethod) { c.args[0] = bool_val(false); return NativeStatus::Done; }
  switch (v.t ? v.t->kind : Kind::Invalid) {
    case Kind::Chan: case Kind::Func: case Kind::Map: case Kind::Pointer: case Kind::UnsafePointer:
    case Kind::Interface: case Kind::Slice:
      c.args[0] = bool_val(rvalue_load(v).o == nullptr);
      return NativeStatus::Done;
    default: return value_error(c, "reflect.Value.IsNil", v);
  }
}

bool is_zero(const TypeDesc* t, Value x) {
  switch (t->kind) {
    case Kind::Bool: case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32:
    case Kind::Int64: case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32:
    case Kind::Uint64: case Kind::Uintptr: return x.u == 0;
    case Kind::Float32: case Kind::Float64: return std::signbit(x.f) == 0 && x.f == 0;
    case Kind::Complex64: case Kind::Complex128: {
      double re = vm::cplx_re(x.o), im = vm::cplx_im(x.o);
      return re == 0 && im == 0 && !std::signbit(re) && !std::signbit(im);
    }
    case Kind::String: return vm::str_len(x.o) == 0;
    case Kind::Array:
      for (int64_t i = 0; i < t->len; ++i)
        if (!is_zero(t->elem, vm::array_get(x.o, i))) return false;
      return true;
    case Kind::Struct:
      for (size_t i = 0; i < t->fields.size(); ++i)
        if (!is_zero(t->fields[i].type, rt::obj_slots(x.o)[i])) return false;
      return true;
    default: return x.o == nullptr;
  }
}
NativeStatus v_is_zero(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  if (!v.t) return value_error(c, "reflect.Value.IsZero", v);
  c.args[0] = bool_val(is_zero(v.t, rvalue_load(v)));
  return NativeStatus::Done;
}
NativeStatus v_num_field(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  if (!v.t || v.t->kind != Kind::Struct) return value_error(c, "reflect.Value.NumField", v);
  c.args[0].i = static_cast<int64_t>(v.t->fields.size());
  return NativeStatus::Done;
}

NativeStatus v_interface(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  std::string method(sv(c.args[1]));
  if (!v.t) return value_error(c, method.c_str(), v);
  if (v.flag & kFlagRO)
    return panic_string(c, "reflect.Value.Interface: cannot return value obtained from unexported field or method");
  if (v.flag & kFlagMethod) {
    // A func value of methodValueCall's code carrying the receiver (v.ptr: an interface
    // holding it, made by Value.Method) and the method's name.
    Obj* code = c.args[2].o;
    const TypeDesc* recv_t = vm::iface_type(v.ptr);
    if (!code || !recv_t || v.idx < 0 || static_cast<size_t>(v.idx) >= recv_t->methods.size())
      return panic_string(c, "reflect: bad method Value");
    Obj* f = vm::closure_new(vm::closure_of(code)->fn, 2);
    vm::closure_of(f)->captures[0] = v.ptr;
    vm::closure_of(f)->captures[1] = vm::str_new(recv_t->methods[static_cast<size_t>(v.idx)].name);
    c.args[0] = Value::from_obj(vm::iface_new(v.t, Value::from_obj(f)));
    return NativeStatus::Done;
  }
  Value x = rvalue_load(v);
  if (v.t->kind == Kind::Interface) c.args[0] = x;
  else c.args[0] = Value::from_obj(vm::iface_new(v.t, vm::copy_value(v.t, x)));
  return NativeStatus::Done;
}

// A call of a func value made by Interface of a method Value: the method of the receiver the
// func value carries, with the caller's arguments (a variadic tail comes packed, as the
// method expects it); its results are the call's.
NativeStatus method_value_call(NativeCtx& c) {
  if (!c.closure || vm::closure_ncaptures(c.closure) < 2) return panic_string(c, "reflect: bad method Value");
  Obj* holder = vm::closure_of(c.closure)->captures[0];
  std::string name(vm::str_view(vm::closure_of(c.closure)->captures[1]));
  const TypeDesc* t = vm::iface_type(holder);
  const vm::MethodDesc* m = vm::find_method(t, name);
  if (!m || !m->sig) return panic_string(c, "reflect: bad method Value");
  size_t np = m->sig->params.size(), nr = m->sig->results.size();
  if (np > 7) return panic_string(c, "reflect: Call of a method with more than 7 arguments is not supported");
  std::vector<Value> args(c.args, c.args + np), res(nr + 1);
  std::string panic_text;
  if (!call_method(c, t, vm::iface_data(holder), name, args.data(), static_cast<int>(np), res.data(),
                   static_cast<int>(nr), &panic_text))
    return panic_string(c, panic_text);
  for (size_t i = 0; i < nr; ++i) c.args[i] = res[i];
  return NativeStatus::Done;
}

NativeStatus v_elem(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  Value x = rvalue_load(v);
  uint64_t ro = v.flag & kFlagRO;
  switch (v.t ? v.t->kind : Kind::Invalid) {
    case Kind::Pointer: {
      if (!x.o) return ret_value(c, RValue{});
      const TypeDesc* e = v.t->elem;
      if (e->is_aggregate()) return ret_value(c, RValue{e, x.o, -1, kFlagAddr | ro});
      auto* r = static_cast<vm::RefObj*>(rt::obj_data(x.o));
      return ret_value(c, RValue{e, r->container, r->index, kFlagAddr | ro});
    }
    case Kind::Interface: {
      if (!x.o) return ret_value(c, RValue{});
      return ret_value(c, at_slot(vm::iface_type(x.o), x.o, 1, ro));
    }
    default: return value_error(c, "reflect.Value.Elem", v);
  }
}

NativeStatus v_field(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  int64_t i = c.args[1].i;
  if (!v.t || v.t->kind != Kind::Struct) return value_error(c, "reflect.Value.Field", v);
  if (i < 0 || static_cast<size_t>(i) >= v.t->fields.size()) return panic_string(c, "reflect: Field index out of range");
  const vm::FieldDesc& f = v.t->fields[static_cast<size_t>(i)];
  uint64_t fl = v.flag & (kFlagAddr | kFlagRO);
  if (!f.exported) fl |= kFlagRO;
  return ret_value(c, at_slot(f.type, v.ptr, i, fl));
}

NativeStatus v_index(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  int64_t i = c.args[1].i;
  Value x = rvalue_load(v);
  switch (v.t ? v.t->kind : Kind::Invalid) {
    case Kind::Slice: {
      auto* h = x.o ? static_cast<vm::SliceObj*>(rt::obj_data(x.o)) : nullptr;
      if (!h || i < 0 || i >= h->len) return panic_string(c, "reflect: slice index out of range");
      return ret_value(c, at_slot(v.t->elem, h->array, h->off + i, kFlagAddr | (v.flag & kFlagRO)));
    }
    case Kind::Array:
      if (i < 0 || i >= v.t->len) return panic_string(c, "reflect: array index out of range");
      return ret_value(c, at_slot(v.t->elem, x.o, i, v.flag & (kFlagAddr | kFlagRO)));
    case Kind::String: {
      std::string_view s = sv(x);
      if (i < 0 || static_cast<size_t>(i) >= s.size()) return panic_string(c, "reflect: string index out of range");
      Value b;
      b.u = static_cast<uint8_t>(s[static_cast<size_t>(i)]);
      return ret_value(c, boxed(vm::basic_type(Kind::Uint8), b, v.flag & kFlagRO));
    }
    default: return value_error(c, "reflect.Value.Index", v);
  }
}

NativeStatus v_slice(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  int64_t i = c.args[1].i, j = c.args[2].i;
  Value x = rvalue_load(v);
  vm::Fault f;
  Obj* out = nullptr;
  switch (v.t ? v.t->kind : Kind::Invalid) {
    case Kind::Slice:
      if (!vm::slice_slice(x.o, i, j, vm::kNoSliceMax, &out, f)) return panic_string(c, "reflect.Value.Slice: slice index out of bounds");
      return ret_value(c, boxed(v.t, Value::from_obj(out), v.flag & kFlagRO));
    case Kind::String:
      if (!vm::str_slice(x.o, i, j, &out, f)) return panic_string(c, "reflect.Value.Slice: string slice index out of bounds");
      return ret_value(c, boxed(v.t, Value::from_obj(out), v.flag & kFlagRO));
    case Kind::Array:
      if (!(v.flag & kFlagAddr)) return panic_string(c, "reflect.Value.Slice: slice of unaddressable array");
      if (!vm::array_slice(x.o, v.t->len, i, j, vm::kNoSliceMax, &out, f)) return panic_string(c, "reflect.Value.Slice: slice index out of bounds");
      return ret_value(c, boxed(slice_type_of(c, v.t->elem), Value::from_obj(out), v.flag & kFlagRO));
    default: return value_error(c, "reflect.Value.Slice", v);
  }
}

NativeStatus v_addr(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  if (!v.t || !(v.flag & kFlagAddr)) return panic_string(c, "reflect.Value.Addr of unaddressable value");
  const TypeDesc* pt = pointer_type_to(c, v.t);
  Obj* p = v.t->is_aggregate() ? v.ptr : vm::ref_new(v.ptr, v.idx);
  return ret_value(c, boxed(pt, Value::from_obj(p), v.flag & kFlagRO));
}

// A map key Value converted to the map's key type (false + panic raised when not assignable).
bool map_key(NativeCtx& c, const RValue& m, const RValue& k, const char* method, Value* out, NativeStatus* st) {
  if (!k.t || !assignable(k.t, m.t->key)) {
    *st = panic_string(c, std::string("reflect.Value.") + method + ": value of type " + (k.t ? k.t->str : "<invalid>") +
                              " is not assignable to type " + m.t->key->str);
    return false;
  }
  *out = value_for(k, m.t->key);
  return true;
}

NativeStatus v_map_index(NativeCtx& c) {
  RValue m = val_arg(c, 0), k = val_arg(c, 1);
  if (!m.t || m.t->kind != Kind::Map) return value_error(c, "reflect.Value.MapIndex", m);
  Value key;
  NativeStatus st;
  if (!map_key(c, m, k, "MapIndex", &key, &st)) return st;
  Value out;
  bool found = false;
  vm::Fault f;
  if (!vm::map_get(rvalue_load(m).o, key, &out, &found, f)) return native_panic_fault(c, f);
  if (!found) return ret_value(c, RValue{});
  return ret_value(c, boxed(m.t->elem, m.t->elem->is_aggregate() ? vm::copy_value(m.t->elem, out) : out,
                            m.flag & kFlagRO));
}

NativeStatus v_map_keys(NativeCtx& c) {
  RValue m = val_arg(c, 0);
  if (!m.t || m.t->kind != Kind::Map) return value_error(c, "reflect.Value.MapKeys", m);
  Obj* mo = rvalue_load(m).o;
  Obj* vals = nullptr;
  Obj* keys = vm::map_len(mo) ? vm::map_sorted_entries(mo, &vals) : nullptr;
  c.args[0] = Value::from_obj(keys);
  c.args[1] = Value::from_obj(vals);
  c.args[2].i = vm::slice_len(keys);
  return NativeStatus::Done;
}

// chanRecvWord/chanRecvRef(v): Value.Recv's receive, parking as the CHAN_RECV2 instruction
// does; the received slot and ok come back in args[0], args[1] (written by the VM's resume when
// the receive parked). Two natives because a VM slot is untyped: reflect.go calls the one
// whose result type (uint64 or *cell) tells the GC whether the slot holds a heap pointer.
NativeStatus chan_recv_raw(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  if (!v.t || v.t->kind != Kind::Chan) return value_error(c, "reflect.Value.Recv", v);
  if (!c.g) return panic_string(c, "reflect: Value.Recv without a goroutine");
  Value ch = rvalue_load(v);
  c.gs.resume = vm::Resume::Recv2;
  c.gs.resume_slot = c.base;
  rt::Op op = rt::chan_recv(*c.g, ch.o);
  if (op == rt::Op::Park) return NativeStatus::Park;
  c.gs.resume = vm::Resume::None;
  if (op == rt::Op::Panic) return panic_string(c, c.g->panic_msg ? c.g->panic_msg : "reflect: receive failed");
  c.args[0] = c.g->wake_value;
  c.args[1].i = c.g->wake_ok;
  return NativeStatus::Done;
}

// boxWord/boxRef(t, x): a received slot of type t as a non-addressable Value.
NativeStatus box_raw(NativeCtx& c) {
  const TypeDesc* t = desc_arg(c.args[0]);
  Value x = c.args[1];
  if (t->is_aggregate() && x.o) x = vm::copy_value(t, x);
  return ret_value(c, boxed(t, x, 0));
}

// cellOf(t, slice, i): element i of a slice from vMapKeys as a non-addressable Value.
NativeStatus cell_of(NativeCtx& c) {
  const TypeDesc* t = desc_arg(c.args[0]);
  Obj* s = c.args[1].o;
  int64_t i = c.args[2].i;
  Value* e = nullptr;
  vm::Fault f;
  if (!t || !vm::slice_elem(s, i, &e, f)) return panic_string(c, "reflect: map iteration out of range");
  auto* h = static_cast<vm::SliceObj*>(rt::obj_data(s));
  return ret_value(c, at_slot(t, h->array, h->off + i, 0));
}

NativeStatus v_set_map_index(NativeCtx& c) {
  RValue m = val_arg(c, 0), k = val_arg(c, 1), e = val_arg(c, 2);
  if (!m.t || m.t->kind != Kind::Map) return value_error(c, "reflect.Value.SetMapIndex", m);
  if (m.flag & kFlagRO)
    return panic_string(c, "reflect: reflect.Value.SetMapIndex using value obtained using unexported field");
  Value key;
  NativeStatus st;
  if (!map_key(c, m, k, "SetMapIndex", &key, &st)) return st;
  vm::Fault f;
  Obj* mo = rvalue_load(m).o;
  if (!e.t) {
    if (!vm::map_delete(mo, key, f)) return native_panic_fault(c, f);
    return NativeStatus::Done;
  }
  if (!assignable(e.t, m.t->elem))
    return panic_string(c, "reflect.Value.SetMapIndex: value of type " + e.t->str + " is not assignable to type " + m.t->elem->str);
  if (!vm::map_set(mo, key, value_for(e, m.t->elem), f)) return native_panic_fault(c, f);
  return NativeStatus::Done;
}

// Stores x into the slot v names (v already checked assignable).
void store(const RValue& v, Value x) {
  if (v.t->is_aggregate()) {
    if (x.o && v.ptr) vm::agg_assign(v.t, v.ptr, x.o);
    return;
  }
  if (bytes_elem(v)) vm::array_set(v.ptr, v.idx, x);
  else if (Value* s = rslot(v)) *s = x;
}

NativeStatus v_set(NativeCtx& c) {
  RValue v = val_arg(c, 0), x = val_arg(c, 1);
  NativeStatus st;
  if (!must_be_assignable(c, v, "reflect.Set", &st)) return st;
  if (!x.t) return panic_string(c, "reflect: call of reflect.Value.Set on zero Value");
  if (x.flag & kFlagRO)
    return panic_string(c, "reflect: reflect.Value.Set using value obtained using unexported field");
  if (!assignable(x.t, v.t))
    return panic_string(c, "reflect.Set: value of type " + x.t->str + " is not assignable to type " + v.t->str);
  store(v, value_for(x, v.t));
  return NativeStatus::Done;
}

NativeStatus v_set_int(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  NativeStatus st;
  if (!must_be_assignable(c, v, "reflect.Value.SetInt", &st)) return st;
  if (!is_int_kind(v.t->kind)) return value_error(c, "reflect.Value.SetInt", v);
  store(v, narrow_int(v.t->kind, c.args[1].u));
  return NativeStatus::Done;
}
NativeStatus v_set_uint(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  NativeStatus st;
  if (!must_be_assignable(c, v, "reflect.Value.SetUint", &st)) return st;
  if (!is_uint_kind(v.t->kind)) return value_error(c, "reflect.Value.SetUint", v);
  store(v, narrow_int(v.t->kind, c.args[1].u));
  return NativeStatus::Done;
}
NativeStatus v_set_float(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  NativeStatus st;
  if (!must_be_assignable(c, v, "reflect.Value.SetFloat", &st)) return st;
  if (!v.t->is_float()) return value_error(c, "reflect.Value.SetFloat", v);
  Value x;
  x.f = v.t->kind == Kind::Float32 ? static_cast<double>(static_cast<float>(c.args[1].f)) : c.args[1].f;
  store(v, x);
  return NativeStatus::Done;
}
NativeStatus v_set_string(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  NativeStatus st;
  if (!must_be_assignable(c, v, "reflect.Value.SetString", &st)) return st;
  if (v.t->kind != Kind::String) return value_error(c, "reflect.Value.SetString", v);
  store(v, c.args[1]);
  return NativeStatus::Done;
}
NativeStatus v_set_bool(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  NativeStatus st;
  if (!must_be_assignable(c, v, "reflect.Value.SetBool", &st)) return st;
  if (v.t->kind != Kind::Bool) return value_error(c, "reflect.Value.SetBool", v);
  store(v, bool_val(c.args[1].i != 0));
  return NativeStatus::Done;
}
NativeStatus v_set_len(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  NativeStatus st;
  if (!must_be_assignable(c, v, "reflect.Value.SetLen", &st)) return st;
  if (v.t->kind != Kind::Slice) return value_error(c, "reflect.Value.SetLen", v);
  Obj* s = rvalue_load(v).o;
  int64_t n = c.args[1].i;
  if (n < 0 || n > vm::slice_cap(s)) return panic_string(c, "reflect: slice length out of range in SetLen");
  auto* h = s ? static_cast<vm::SliceObj*>(rt::obj_data(s)) : nullptr;
  store(v, Value::from_obj(h ? vm::slice_from_array(h->array, h->off, n, h->cap) : nullptr));
  return NativeStatus::Done;
}

NativeStatus v_append(NativeCtx& c) {
  RValue s = val_arg(c, 0), x = val_arg(c, 1);
  if (!s.t || s.t->kind != Kind::Slice) return value_error(c, "reflect.Append", s);
  if (!x.t || !assignable(x.t, s.t->elem))
    return panic_string(c, "reflect.Set: value of type " + (x.t ? x.t->str : std::string("<invalid>")) +
                               " is not assignable to type " + s.t->elem->str);
  Value e = value_for(x, s.t->elem);
  Obj* out = vm::slice_append(s.t->elem, rvalue_load(s).o, &e, 1);
  return ret_value(c, boxed(s.t, Value::from_obj(out)));
}

NativeStatus v_new(NativeCtx& c) {
  const TypeDesc* t = desc_arg(c.args[0]);
  return ret_value(c, boxed(pointer_type_to(c, t), Value::from_obj(vm::new_object(t))));
}
NativeStatus v_zero(NativeCtx& c) {
  const TypeDesc* t = desc_arg(c.args[0]);
  return ret_value(c, boxed(t, vm::zero_value(t)));
}
NativeStatus v_make_slice(NativeCtx& c) {
  const TypeDesc* t = desc_arg(c.args[0]);
  Obj* out = nullptr;
  vm::Fault f;
  if (!vm::slice_make(t->elem, c.args[1].i, c.args[2].i, &out, f)) return native_panic_fault(c, f);
  return ret_value(c, boxed(t, Value::from_obj(out)));
}
NativeStatus v_make_map(NativeCtx& c) {
  const TypeDesc* t = desc_arg(c.args[0]);
  return ret_value(c, boxed(t, Value::from_obj(vm::map_make(t, c.args[1].i))));
}

NativeStatus v_convert(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  const TypeDesc* t = desc_arg(c.args[1]);
  if (!v.t) return value_error(c, "reflect.Value.Convert", v);
  if (!convertible(v.t, t))
    return panic_string(c, "reflect.Value.Convert: value of type " + v.t->str + " cannot be converted to type " + t->str);
  Value x = rvalue_load(v), r = x;
  Kind from = v.t->kind, to = t->kind;
  if (to == Kind::Interface) {
    r = value_for(v, t);
  } else if (numeric(from) && numeric(to)) {
    bool fi = v.t->is_integer(), ti = t->is_integer();
    if (fi && ti) r = narrow_int(to, x.u);
    else if (fi && !ti) r.f = v.t->is_unsigned() ? static_cast<double>(x.u) : static_cast<double>(x.i);
    else if (!fi && ti) {
      double d = x.f;
      // The VM's FLOAT_TO_INT/UINT rules: amd64's results out of range, never C++ UB (a
      // trap in wasm).
      uint64_t bits;
      if (t->is_unsigned()) {
        if (d >= 0 && d < 1.8446744073709551616e19) bits = static_cast<uint64_t>(d);
        else if (d < 0 && d > -9.223372036854775808e18) bits = static_cast<uint64_t>(static_cast<int64_t>(d));
        else bits = uint64_t{1} << 63;
      } else {
        bits = (d >= -9.223372036854775808e18 && d < 9.223372036854775808e18)
                   ? static_cast<uint64_t>(static_cast<int64_t>(d)) : static_cast<uint64_t>(INT64_MIN);
      }
      r = narrow_int(to, bits);
    }
    if (to == Kind::Float32) r.f = static_cast<float>(r.f);
  } else if (to == Kind::String && v.t->is_integer()) {
    r = Value::from_obj(vm::str_from_rune(x.i));
  } else if (to == Kind::String && from == Kind::Slice) {
    r = Value::from_obj(v.t->elem->kind == Kind::Uint8 ? vm::str_from_bytes(x.o) : vm::str_from_runes(x.o));
  } else if (from == Kind::String && to == Kind::Slice) {
    r = Value::from_obj(t->elem->kind == Kind::Uint8 ? vm::bytes_from_str(x.o, 0) : vm::runes_from_str(x.o, 0));
  } else {
    r = vm::copy_value(v.t, x);
  }
  return ret_value(c, boxed(t, r, v.flag & kFlagRO));
}

NativeStatus v_method(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  int64_t i = c.args[1].i;
  if (!v.t) return value_error(c, "reflect.Value.Method", v);
  if (v.flag & kFlagMethod) return panic_string(c, "reflect: Method on method Value");
  const vm::MethodDesc* m = nth_method(v.t, i);
  if (!m) return panic_string(c, "reflect: Method index out of range");
  const TypeDesc* rt_ = v.t;
  Value recv = rvalue_load(v);
  if (v.t->kind == Kind::Interface) {
    if (!recv.o) return panic_string(c, "reflect: Method on nil interface value");
    rt_ = vm::iface_type(recv.o);
    recv = vm::iface_data(recv.o);
  }
  // The index in the receiver type's own (sorted, full) method set.
  const vm::MethodDesc* rm = vm::find_method(rt_, m->name);
  if (!rm || !rm->sig) return panic_string(c, "reflect: Method " + m->name + " has no known signature");
  Obj* holder = vm::iface_new(rt_, vm::copy_value(rt_, recv));
  return ret_value(c, RValue{rm->sig, holder, rm - rt_->methods.data(), kFlagMethod | (v.flag & kFlagRO)});
}

NativeStatus v_call(NativeCtx& c) {
  RValue v = val_arg(c, 0);
  if (!v.t || v.t->kind != Kind::Func) return value_error(c, "reflect.Value.Call", v);
  if (v.flag & kFlagRO) return panic_string(c, "reflect: reflect.Value.Call using value obtained using unexported field");
  const vm::MethodDesc* method = nullptr;
  const TypeDesc* recv_t = nullptr;
  Value recv{};
  if (v.flag & kFlagMethod) {
    recv_t = vm::iface_type(v.ptr);
    recv = vm::iface_data(v.ptr);
    if (!recv_t || v.idx < 0 || static_cast<size_t>(v.idx) >= recv_t->methods.size())
      return panic_string(c, "reflect: bad method Value");
    method = &recv_t->methods[static_cast<size_t>(v.idx)];
  }
  Obj* fn = rvalue_load(v).o;
  if (!fn && !method) return panic_string(c, "reflect: call of nil function");
  int64_t n = 0;
  Value* in = slice_data(c.args[1].o, &n);
  const TypeDesc* ft = v.t;
  // Type.Method(i).Func: the receiver is the first argument (checked as the others are).
  size_t first = (v.flag & kFlagMethodExpr) && n > 0 && !ft->params.empty() ? 1 : 0;
  if (first) {
    RValue a = rvalue_read(in[0].o);
    if (!a.t || !assignable(a.t, recv_t))
      return panic_string(c, "reflect: Call using " + (a.t ? a.t->str : std::string("zero Value")) +
                                 " as type " + recv_t->str);
    recv = value_for(a, recv_t);
  }
  size_t np = ft->params.size();
  std::vector<Value> args;
  if (ft->variadic) {
    if (static_cast<size_t>(n) < np - 1) return panic_string(c, "reflect: Call with too few input arguments");
  } else if (static_cast<size_t>(n) != np) {
    return panic_string(c, static_cast<size_t>(n) < np ? "reflect: Call with too few input arguments"
                                                       : "reflect: Call with too many input arguments");
  }
  size_t fixed = ft->variadic ? np - 1 : np;
  for (size_t i = first; i < fixed; ++i) {
    RValue a = rvalue_read(in[i].o);
    if (!a.t || !assignable(a.t, ft->params[i]))
      return panic_string(c, "reflect: Call using " + (a.t ? a.t->str : std::string("zero Value")) +
                                 " as type " + ft->params[i]->str);
    args.push_back(value_for(a, ft->params[i]));
  }
  if (ft->variadic) {
    const TypeDesc* st = ft->params.back();
    std::vector<Value> extra;
    for (size_t i = fixed; i < static_cast<size_t>(n); ++i) {
      RValue a = rvalue_read(in[i].o);
      if (!a.t || !assignable(a.t, st->elem))
        return panic_string(c, "reflect: cannot use " + (a.t ? a.t->str : std::string("zero Value")) +
                                   " as type " + st->elem->str + " in Call");
      extra.push_back(value_for(a, st->elem));
    }
    args.push_back(Value::from_obj(extra.empty() ? nullptr : vm::slice_append(st->elem, nullptr, extra.data(), static_cast<int64_t>(extra.size()))));
  }
  size_t nr = ft->results.size();
  std::vector<Value> res(nr + 1);
  std::string panic_text;
  if (method) {
    if (args.size() > 7) return panic_string(c, "reflect: Call of a method with more than 7 arguments is not supported");
    if (!call_method(c, recv_t, recv, method->name, args.data(), static_cast<int>(args.size()), res.data(),
                     static_cast<int>(nr), &panic_text))
      return panic_string(c, panic_text);
  } else if (!call_func(c, fn, args.data(), static_cast<int>(args.size()), res.data(), static_cast<int>(nr), &panic_text)) {
    return panic_string(c, panic_text);
  }
  Obj* out = nullptr;
  vm::Fault f;
  vm::slice_make(vm::any_type(), static_cast<int64_t>(nr), static_cast<int64_t>(nr), &out, f);
  int64_t cnt;
  Value* slots = slice_data(out, &cnt);
  for (size_t i = 0; i < nr; ++i) {
    const TypeDesc* rt_ = ft->results[i];
    slots[i] = rt_->kind == Kind::Interface ? res[i] : Value::from_obj(vm::iface_new(rt_, res[i]));
  }
  c.args[0] = Value::from_obj(out);
  return NativeStatus::Done;
}

// ---------------------------------------------------------------- DeepEqual

struct Deep {
  std::set<std::tuple<const void*, const void*, const TypeDesc*>> visited;
  StackGuard guard;
  bool too_deep = false;

  bool eq(const TypeDesc* t, Value a, Value b, int depth) {
    if (too_deep || !guard.room()) {
      too_deep = true;
      return false;
    }
    switch (t->kind) {
      case Kind::Float32: case Kind::Float64: return a.f == b.f;
      case Kind::Complex64: case Kind::Complex128:
        return vm::cplx_re(a.o) == vm::cplx_re(b.o) && vm::cplx_im(a.o) == vm::cplx_im(b.o);
      case Kind::String: return vm::str_equal(a.o, b.o);
      case Kind::Array:
        for (int64_t i = 0; i < t->len; ++i)
          if (!eq(t->elem, vm::array_get(a.o, i), vm::array_get(b.o, i), depth + 1)) return false;
        return true;
      case Kind::Struct:
        for (size_t i = 0; i < t->fields.size(); ++i)
          if (!eq(t->fields[i].type, rt::obj_slots(a.o)[i], rt::obj_slots(b.o)[i], depth + 1)) return false;
        return true;
      case Kind::Slice: {
        if ((a.o == nullptr) != (b.o == nullptr)) return false;
        int64_t na, nb;
        if (t->elem->kind == Kind::Uint8) {   // []byte: either representation, compared as bytes
          std::string ta, tb;
          return vm::slice_byte_view(a.o, &ta) == vm::slice_byte_view(b.o, &tb);
        }
        const Value* ea = slice_data(a.o, &na);
        const Value* eb = slice_data(b.o, &nb);
        if (na != nb) return false;
        if (ea == eb) return true;
        if (!visited.insert({ea, eb, t}).second) return true;
        for (int64_t i = 0; i < na; ++i)
          if (!eq(t->elem, ea[i], eb[i], depth + 1)) return false;
        return true;
      }
      case Kind::Interface: {
        if (!a.o || !b.o) return a.o == b.o;
        const TypeDesc* ta = vm::iface_type(a.o);
        if (!vm::same_type(ta, vm::iface_type(b.o))) return false;
        return eq(ta, vm::iface_data(a.o), vm::iface_data(b.o), depth + 1);
      }
      case Kind::Pointer: {
        bool same = false;
        vm::Fault f;
        vm::values_equal(t, a, b, &same, f);
        if (same) return true;
        if (!a.o || !b.o) return false;
        if (!visited.insert({a.o, b.o, t}).second) return true;
        if (t->elem->is_aggregate()) return eq(t->elem, a, b, depth + 1);
        Value x, y;
        if (!vm::ref_load(a.o, &x, f) || !vm::ref_load(b.o, &y, f)) return false;
        return eq(t->elem, x, y, depth + 1);
      }
      case Kind::Map: {
        if ((a.o == nullptr) != (b.o == nullptr)) return false;
        if (vm::map_len(a.o) != vm::map_len(b.o)) return false;
        if (a.o == b.o) return true;
        if (!visited.insert({a.o, b.o, t}).second) return true;
        Obj* it = vm::map_iter_new(a.o);
        Value k, va;
        while (vm::map_iter_next(it, &k, &va)) {
          Value vb;
          bool found = false;
          vm::Fault f;
          if (!vm::map_get(b.o, k, &vb, &found, f) || !found) return false;
          if (!eq(t->elem, va, vb, depth + 1)) return false;
        }
        return true;
      }
      case Kind::Func: return a.o == nullptr && b.o == nullptr;
      default: {
        bool same = false;
        vm::Fault f;
        vm::values_equal(t, a, b, &same, f);
        return same;
      }
    }
  }
};

NativeStatus deep_equal(NativeCtx& c) {
  Obj* x = c.args[0].o;
  Obj* y = c.args[1].o;
  bool r;
  if (!x || !y) r = x == y;
  else if (!vm::same_type(vm::iface_type(x), vm::iface_type(y))) r = false;
  else {
    Deep deep;
    r = deep.eq(vm::iface_type(x), vm::iface_data(x), vm::iface_data(y), 0);
    if (deep.too_deep) return panic_string(c, "reflect.DeepEqual: values nested too deeply for gort");
  }
  c.args[0] = bool_val(r);
  return NativeStatus::Done;
}

}  // namespace

void add_reflect_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"reflect.tName", t_name}, {"reflect.tString", t_string}, {"reflect.tKind", t_kind},
      {"reflect.tElem", t_elem}, {"reflect.tKey", t_key}, {"reflect.tLen", t_len},
      {"reflect.tNumField", t_num_field}, {"reflect.tField", t_field},
      {"reflect.tNumMethod", t_num_method}, {"reflect.tMethod", t_method},
      {"reflect.tMethodFunc", t_method_func},
      {"reflect.tImplements", t_implements}, {"reflect.tAssignable", t_assignable},
      {"reflect.tConvertible", t_convertible}, {"reflect.tComparable", t_comparable},
      {"reflect.tSize", t_size}, {"reflect.tFunc", t_func}, {"reflect.tPtrTo", t_ptr_to},
      {"reflect.tSliceOf", t_slice_of}, {"reflect.typeOf", type_of},
      {"reflect.valueOf", value_of}, {"reflect.vElem", v_elem}, {"reflect.vField", v_field},
      {"reflect.vIndex", v_index}, {"reflect.vMapIndex", v_map_index}, {"reflect.vAddr", v_addr},
      {"reflect.vSlice", v_slice}, {"reflect.vAppend", v_append}, {"reflect.vNew", v_new},
      {"reflect.vZero", v_zero}, {"reflect.vMakeSlice", v_make_slice}, {"reflect.vMakeMap", v_make_map},
      {"reflect.vConvert", v_convert}, {"reflect.vMapKeys", v_map_keys}, {"reflect.vCall", v_call},
      {"reflect.vMethod", v_method}, {"reflect.vKind", v_kind}, {"reflect.vInt", v_int},
      {"reflect.vUint", v_uint}, {"reflect.vFloat", v_float}, {"reflect.vString", v_string},
      {"reflect.vBool", v_bool}, {"reflect.vBytes", v_bytes}, {"reflect.vLen", v_len},
      {"reflect.vCap", v_cap}, {"reflect.vIsNil", v_is_nil}, {"reflect.vIsZero", v_is_zero},
      {"reflect.vNumField", v_num_field}, {"reflect.vInterface", v_interface},
      {"reflect.methodValueCall", method_value_call}, {"reflect.vSet", v_set},
      {"reflect.vSetInt", v_set_int}, {"reflect.vSetUint", v_set_uint}, {"reflect.vSetFloat", v_set_float},
      {"reflect.vSetString", v_set_string}, {"reflect.vSetBool", v_set_bool}, {"reflect.vSetLen", v_set_len},
      {"reflect.vSetMapIndex", v_set_map_index}, {"reflect.vComplex", v_complex},
      {"reflect.vPointer", v_pointer}, {"reflect.cellOf", cell_of},
      {"reflect.chanRecvWord", chan_recv_raw}, {"reflect.chanRecvRef", chan_recv_raw},
      {"reflect.boxWord", box_raw}, {"reflect.boxRef", box_raw}, {"reflect.DeepEqual", deep_equal},
  });
}

}  // namespace gort::stdlib
