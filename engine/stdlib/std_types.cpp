// engine/stdlib/std_types.cpp — descriptors of std types created by natives (std_types.h),
// and the std library's shared error values. The error values (strconv.ErrSyntax, io.EOF)
// must keep one identity for errors.Is, across GC cycles and whether or not the program
// holds them, so they are permanent objects outside the GC heap (mark bit pinned, like
// str_static) built once per process.
#include "stdlib/std_types.h"

#include <cstdlib>
#include <cstring>
#include <mutex>

#include "stdlib/fmt_print.h"
#include "stdlib/strconv_impl.h"

namespace gort::stdlib {

namespace desc {
vm::TypeDesc* make_struct(const char* name, std::vector<vm::FieldDesc> fields) {
  auto* t = new vm::TypeDesc();  // process-lifetime descriptor
  t->kind = vm::Kind::Struct;
  t->str = name;
  t->named = true;
  t->fields = std::move(fields);
  vm::finish_type(*t);
  return t;
}

vm::TypeDesc* make_ptr(const vm::TypeDesc* elem, std::vector<vm::MethodDesc> methods) {
  auto* t = new vm::TypeDesc();
  t->kind = vm::Kind::Pointer;
  t->str = "*" + elem->str;
  t->elem = elem;
  t->methods = std::move(methods);
  vm::finish_type(*t);
  return t;
}

vm::FieldDesc F(const char* name, const vm::TypeDesc* t, bool exported) {
  vm::FieldDesc f;
  f.name = name;
  f.type = t;
  f.exported = exported;
  return f;
}

vm::MethodDesc M(const char* name, vm::NativeFn fn, bool ptr, const vm::TypeDesc* sig) {
  vm::MethodDesc m;
  m.name = name;
  m.native = fn;
  m.ptr_recv = ptr;
  m.sig = sig;
  return m;
}

namespace {
const vm::TypeDesc* func_sig(const char* str, std::vector<const vm::TypeDesc*> params,
                             std::vector<const vm::TypeDesc*> results) {
  auto* t = new vm::TypeDesc();  // process-lifetime descriptor
  t->kind = vm::Kind::Func;
  t->str = str;
  t->params = std::move(params);
  t->results = std::move(results);
  return t;
}
}  // namespace

const vm::TypeDesc* sig_string() {
  static const vm::TypeDesc* t = func_sig("func() string", {}, {vm::basic_type(vm::Kind::String)});
  return t;
}
const vm::TypeDesc* sig_bool() {
  static const vm::TypeDesc* t = func_sig("func() bool", {}, {vm::basic_type(vm::Kind::Bool)});
  return t;
}
const vm::TypeDesc* sig_error() {
  static const vm::TypeDesc* t = func_sig("func() error", {}, {vm::error_type()});
  return t;
}
}  // namespace desc

namespace {

using vm::FieldDesc;
using vm::Kind;
using vm::MethodDesc;

using namespace desc;

const TypeDesc* T(Kind k) { return vm::basic_type(k); }

const TypeDesc* slice_of(const TypeDesc* elem, const char* str) {
  auto* t = new TypeDesc();
  t->kind = Kind::Slice;
  t->str = str;
  t->elem = elem;
  return t;
}

const TypeDesc* chan_recv_of(const TypeDesc* elem, const char* str) {
  auto* t = new TypeDesc();
  t->kind = Kind::Chan;
  t->str = str;
  t->elem = elem;
  t->dir = vm::ChanDir::Recv;
  return t;
}

NativeStatus errorstring_error(NativeCtx& c) {
  c.args[0] = rt::obj_slots(c.args[0].o)[0];
  return NativeStatus::Done;
}

NativeStatus wraperror_unwrap(NativeCtx& c) {
  c.args[0] = rt::obj_slots(c.args[0].o)[1];
  return NativeStatus::Done;
}

// *strconv.NumError.Error: "strconv." + Func + ": parsing " + Quote(Num) + ": " + Err.Error()
NativeStatus numerror_error(NativeCtx& c) {
  Value* s = rt::obj_slots(c.args[0].o);
  std::string out = "strconv.";
  out += vm::str_view(s[0].o);
  out += ": parsing ";
  out += quote(vm::str_view(s[1].o));
  out += ": ";
  Obj* e = s[2].o;
  MethodResult r;
  if (!e) out += "<nil>";
  else if (call_method0(c, vm::iface_type(e), vm::iface_data(e), "Error", &r) && r.ok)
    out += vm::str_view(r.value.o);
  c.args[0] = str_val(out);
  return NativeStatus::Done;
}
NativeStatus numerror_unwrap(NativeCtx& c) {
  c.args[0] = rt::obj_slots(c.args[0].o)[2];
  return NativeStatus::Done;
}

// Permanent objects (see top).
const rt::Layout kPinnedBytes{rt::LayoutKind::Bytes, 0, 0, nullptr, nullptr, "pinned"};
Obj* pinned(size_t bytes) {
  auto* o = static_cast<Obj*>(std::calloc(1, sizeof(Obj) + bytes));
  o->layout = &kPinnedBytes;  // never traced: its children are pinned too
  o->bytes = static_cast<uint32_t>(bytes);
  o->mark = 1;
  return o;
}
Obj* pinned_str(std::string_view s) {
  Obj* o = pinned(sizeof(int64_t) + s.size());
  auto* so = static_cast<vm::StrObj*>(rt::obj_data(o));
  so->len = static_cast<int64_t>(s.size());
  std::memcpy(so->bytes, s.data(), s.size());
  return o;
}
Obj* pinned_error(std::string_view text) {
  Obj* st = pinned(sizeof(Value));
  rt::obj_slots(st)[0].o = pinned_str(text);
  Obj* i = pinned(sizeof(vm::IfaceObj));
  auto* io = static_cast<vm::IfaceObj*>(rt::obj_data(i));
  io->type = errors_string_ptr();
  io->data.o = st;
  return i;
}

const TypeDesc* func_type(const char* str) {
  auto* t = new TypeDesc();
  t->kind = Kind::Func;
  t->str = str;
  return t;
}

const TypeDesc* split_func() {
  auto* t = new TypeDesc();
  t->kind = Kind::Func;
  t->str = "bufio.SplitFunc";
  t->named = true;
  return t;
}

}  // namespace

const TypeDesc* errors_string_ptr() {
  static const TypeDesc* t = make_ptr(make_struct("errors.errorString", {F("s", T(Kind::String))}),
                                      {M("Error", errorstring_error, true, sig_string())});
  return t;
}

const TypeDesc* fmt_wrap_error_ptr() {
  static const TypeDesc* t = make_ptr(
      make_struct("fmt.wrapError", {F("msg", T(Kind::String)), F("err", vm::error_type())}),
      {M("Error", errorstring_error, true, sig_string()), M("Unwrap", wraperror_unwrap, true, sig_error())});
  return t;
}

namespace {
Printer* state_printer(NativeCtx& c) { return static_cast<Printer*>(rt::obj_slots(c.args[0].o)[0].p); }
NativeStatus state_write(NativeCtx& c) {
  std::string b = bytes_of(c.args[1].o);
  state_printer(c)->out() += b;
  c.args[0] = int_val(static_cast<int64_t>(b.size()));
  c.args[1] = Value::zero();
  return NativeStatus::Done;
}
NativeStatus state_width(NativeCtx& c) {
  bool ok;
  int w = state_printer(c)->state_width(&ok);
  c.args[0] = int_val(w);
  c.args[1] = bool_val(ok);
  return NativeStatus::Done;
}
NativeStatus state_precision(NativeCtx& c) {
  bool ok;
  int p = state_printer(c)->state_precision(&ok);
  c.args[0] = int_val(p);
  c.args[1] = bool_val(ok);
  return NativeStatus::Done;
}
NativeStatus state_flag(NativeCtx& c) {
  c.args[0] = bool_val(state_printer(c)->state_flag(static_cast<int>(c.args[1].i)));
  return NativeStatus::Done;
}
}  // namespace

const TypeDesc* fmt_state_ptr() {
  static const TypeDesc* t = make_ptr(make_struct("fmt.pp", {F("p", T(Kind::Uintptr))}),
                                      {M("Flag", state_flag), M("Precision", state_precision),
                                       M("Width", state_width), M("Write", state_write)});
  return t;
}

const TypeDesc* numerror_ptr() {
  static const TypeDesc* t = make_ptr(
      make_struct("strconv.NumError", {F("Func", T(Kind::String), true), F("Num", T(Kind::String), true),
                                       F("Err", vm::error_type(), true)}),
      {M("Error", numerror_error, true, sig_string()), M("Unwrap", numerror_unwrap, true, sig_error())});
  return t;
}

const TypeDesc* duration_type() {
  static const TypeDesc* t = [] {
    auto* d = new TypeDesc();
    d->kind = Kind::Int64;
    d->str = "time.Duration";
    d->named = true;
    extern NativeStatus duration_string_native(NativeCtx&);
    d->methods = {M("String", duration_string_native, false, sig_string())};
    vm::finish_type(*d);
    return d;
  }();
  return t;
}

const TypeDesc* time_location() {
  static const TypeDesc* t =
      make_struct("time.Location", {F("name", T(Kind::String)), F("zone", T(Kind::String)),
                                    F("offset", T(Kind::Int)), F("fixed", T(Kind::Bool))});
  return t;
}

const TypeDesc* time_location_ptr() {
  static const TypeDesc* t = [] {
    extern NativeStatus time_location_string_native(NativeCtx&);
    return make_ptr(time_location(), {M("String", time_location_string_native, true, sig_string())});
  }();
  return t;
}

const TypeDesc* time_time() {
  static const TypeDesc* t = [] {
    TypeDesc* d = make_struct("time.Time", {F("wall", T(Kind::Uint64)), F("ext", T(Kind::Int64)),
                                            F("loc", time_location_ptr())});
    extern NativeStatus time_string_native(NativeCtx&);
    d->methods = {M("String", time_string_native, false, sig_string())};
    vm::finish_type(*d);
    return d;
  }();
  return t;
}

const TypeDesc* time_timer() {
  static const TypeDesc* t = make_struct(
      "time.Timer", {F("C", chan_recv_of(time_time(), "<-chan time.Time"), true), F("r", T(Kind::Int64)),
                     F("f", func_type("func()")), F("g", T(Kind::Int64))});
  return t;
}

const TypeDesc* time_ticker() {
  static const TypeDesc* t = make_struct(
      "time.Ticker", {F("C", chan_recv_of(time_time(), "<-chan time.Time"), true), F("r", T(Kind::Int64)),
                      F("f", func_type("func()")), F("g", T(Kind::Int64))});
  return t;
}

const TypeDesc* rand_rand() {
  static const TypeDesc* t = make_struct("rand.Rand", {F("src", vm::any_type())});
  return t;
}

const TypeDesc* bufio_scanner() {
  static const TypeDesc* t = make_struct(
      "bufio.Scanner", {F("r", vm::any_type()), F("split", T(Kind::Int)), F("fn", split_func()),
                        F("max", T(Kind::Int)), F("err", vm::error_type())});
  return t;
}

const TypeDesc* bufio_reader() {
  static const TypeDesc* t = make_struct("bufio.Reader", {F("r", vm::any_type()), F("err", vm::error_type())});
  return t;
}


const TypeDesc* strings_reader() {
  static const TypeDesc* t =
      make_struct("strings.Reader", {F("s", T(Kind::String)), F("i", T(Kind::Int64))});
  return t;
}

const TypeDesc* os_file() {
  static const TypeDesc* t = make_struct("os.File", {F("fd", T(Kind::Int)), F("name", T(Kind::String)),
                                                     F("appendMode", T(Kind::Bool))});
  return t;
}

Obj* new_error(std::string_view text) {
  if (pinned_allocs_active()) return pinned_error(text);
  const TypeDesc* pt = errors_string_ptr();
  Obj* st = vm::agg_new(pt->elem);
  rt::obj_slots(st)[0].o = vm::str_new(text);
  return vm::iface_new(pt, Value::from_obj(st));
}

Obj* new_num_error(std::string_view fn, std::string_view num, bool range) {
  const TypeDesc* pt = numerror_ptr();
  Obj* st = vm::agg_new(pt->elem);
  Value* s = rt::obj_slots(st);
  s[0].o = vm::str_new(fn);
  s[1].o = vm::str_new(num);
  s[2].o = range ? err_range() : err_syntax();
  return vm::iface_new(pt, Value::from_obj(st));
}

Obj* permanent_error(std::string_view text) { return pinned_error(text); }

Obj* err_syntax() {
  static Obj* e = pinned_error("invalid syntax");
  return e;
}
Obj* err_range() {
  static Obj* e = pinned_error("value out of range");
  return e;
}
Obj* io_unexpected_eof() {
  static Obj* e = pinned_error("unexpected EOF");
  return e;
}
Obj* io_eof() {
  static Obj* e = pinned_error("EOF");
  return e;
}

}  // namespace gort::stdlib
