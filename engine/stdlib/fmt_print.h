// engine/stdlib/fmt_print.h — the fmt formatting engine: a port of Go 1.19 fmt/print.go and
// fmt/format.go over the VM's value representation (object.h) and run-time types
// (typedesc.h). Used by the fmt natives (Print*, Sprint*, Fprint*, Errorf) and by anyone who
// needs Go's %v of a value (CV: panic messages use runtime_print_value in print_builtin.h).
//
// Arguments are Go `any` values: IfaceObj* (null = nil interface). Error()/String() methods
// run through NativeCtx (vm::call_method_sync for Go methods, directly for natives).
#pragma once
#include <string>
#include <string_view>

#include "stdlib/util.h"

namespace gort::stdlib {

class Printer {
 public:
  explicit Printer(NativeCtx& ctx) : ctx_(ctx) {}

  // fmt.Sprint / Sprintln / Sprintf semantics on a []any slice (may be null).
  void print(const Obj* args);
  void println(const Obj* args);
  void printf(std::string_view format, const Obj* args);
  // Formats one value as %v (e.g. for a slice element or a panic value).
  void print_value_v(const TypeDesc* t, Value v);

  // Errorf: allow one %w; the wrapped error (an IfaceObj*) is returned here.
  void set_wrap_errors(bool on) { wrap_errs_ = on; }
  Obj* wrapped_error() const { return wrapped_err_; }

  std::string& out() { return buf_; }

  // fmt.State for a Formatter's Format method (a *fmt.pp value whose natives reach back here
  // while Format runs).
  int state_width(bool* ok) const { *ok = f_.wid_present; return wid_; }
  int state_precision(bool* ok) const { *ok = f_.prec_present; return prec_; }
  bool state_flag(int c) const;

 private:
  bool is_formatter(const TypeDesc* t) const;

 public:

 private:
  struct Flags {
    bool wid_present = false, prec_present = false, minus = false, plus = false, sharp = false,
         space = false, zero = false, plus_v = false, sharp_v = false;
  };
  // A reflect.Value: static/dynamic type, slot, and whether Interface() is allowed (false
  // below unexported struct fields, so their String methods are not called — as in Go).
  struct RV {
    const TypeDesc* t = nullptr;   // null: invalid (nil interface)
    Value v{};
    bool can_iface = true;
  };

  // print.go
  void print_arg(Obj* arg, char32_t verb);
  void print_arg_rv(const RV& arg, char32_t verb);
  bool handle_methods(char32_t verb);
  void print_value(const RV& value, char32_t verb, int depth);
  void bad_verb(char32_t verb);
  void fmt_bool(bool v, char32_t verb);
  void fmt_0x64(uint64_t v, bool leading0x);
  void fmt_integer(uint64_t v, bool is_signed, char32_t verb);
  void fmt_float(double v, int size, char32_t verb);
  void fmt_complex(double re, double im, int size, char32_t verb);
  void fmt_string(std::string_view v, char32_t verb);
  void fmt_bytes(std::string_view v, bool is_nil, char32_t verb, std::string_view type_string,
                 const RV& value);
  void fmt_pointer(const RV& value, char32_t verb);
  void catch_panic(char32_t verb, std::string_view method, const std::string& text, bool nil_ptr);

  // format.go
  void write_padding(int n);
  void pad(std::string_view b);
  void pad_string(std::string_view s) { pad(s); }
  void f_boolean(bool v);
  void f_unicode(uint64_t u);
  void f_integer(uint64_t u, int base, bool is_signed, char32_t verb, const char* digits);
  std::string_view truncate(std::string_view s);
  void f_s(std::string_view s);
  void f_sbx(std::string_view s, const char* digits);
  void f_q(std::string_view s);
  void f_c(uint64_t c);
  void f_qc(uint64_t c);
  void f_float(double v, int size, char32_t verb, int prec);

  void write_rune(char32_t r);

  NativeCtx& ctx_;
  std::string buf_;
  Flags f_;
  int wid_ = 0, prec_ = 0;
  // p.arg / p.value of print.go
  bool has_arg_ = false;
  RV arg_;
  RV value_;
  Obj* arg_iface_ = nullptr;   // the IfaceObj p.arg came from, when known
  bool erroring_ = false;
  bool wrap_errs_ = false;
  Obj* wrapped_err_ = nullptr;
  bool reordered_ = false;
  bool good_arg_num_ = true;
};

// Interface value → (dynamic type, data) helper.
inline const TypeDesc* dyn_type(const Obj* iface) { return vm::iface_type(iface); }

}  // namespace gort::stdlib
