// engine/stdlib/fmt_print.cpp — port of Go 1.19 src/fmt/print.go + format.go (see
// fmt_print.h). Function names follow Go's so the two can be read side by side; comments
// only mark where the VM's representation differs from reflect's.
#include "stdlib/fmt_print.h"

#include <algorithm>

#include "stdlib/reflect_value.h"
#include "stdlib/std_types.h"
#include "vm/proto.h"
#include "stdlib/strconv_impl.h"

namespace gort::stdlib {
namespace {

const char kLdigits[] = "0123456789abcdefx";
const char kUdigits[] = "0123456789ABCDEFX";

using vm::Kind;

// The exact predeclared type (Go's `case int:` in printArg), not a type defined from it.
bool is_basic_unnamed(const TypeDesc* t) {
  return t->kind >= Kind::Bool && t->kind <= Kind::String && t->str == vm::basic_type(t->kind)->str;
}

bool is_byte_slice(const TypeDesc* t) {
  return t->kind == Kind::Slice && t->elem && t->elem->kind == Kind::Uint8;
}

uint64_t uint_bits(const TypeDesc* t, Value v) {
  switch (t->kind) {
    case Kind::Uint8: return static_cast<uint8_t>(v.u);
    case Kind::Uint16: return static_cast<uint16_t>(v.u);
    case Kind::Uint32: return static_cast<uint32_t>(v.u);
    default: return v.u;
  }
}

int64_t int_bits(const TypeDesc* t, Value v) {
  switch (t->kind) {
    case Kind::Int8: return static_cast<int8_t>(v.i);
    case Kind::Int16: return static_cast<int16_t>(v.i);
    case Kind::Int32: return static_cast<int32_t>(v.i);
    default: return v.i;
  }
}

// The address fmt prints for a reference value (%p, %v of chan/func/pointer).
uint64_t pointer_bits(const TypeDesc* t, Value v) {
  if (!v.o) return 0;
  if (t->kind == Kind::Pointer && !t->elem->is_aggregate()) {
    // &x of a non-aggregate names a slot inside a container object.
    auto* r = static_cast<vm::RefObj*>(rt::obj_data(v.o));
    if (vm::array_compact(r->container))
      return reinterpret_cast<uintptr_t>(static_cast<char*>(rt::obj_data(r->container)) + r->index);
    return reinterpret_cast<uintptr_t>(ref_slot(v.o));
  }
  if (t->kind == Kind::Slice) {
    auto* h = static_cast<vm::SliceObj*>(rt::obj_data(v.o));
    if (vm::array_compact(h->array))
      return reinterpret_cast<uintptr_t>(static_cast<char*>(rt::obj_data(h->array)) + h->off);
    return reinterpret_cast<uintptr_t>(rt::obj_slots(h->array) + h->off);
  }
  if (t->kind == Kind::Pointer && vm::array_view(v.o)) {   // (*[N]E)(s): s's element's address
    int64_t i = 0;
    Obj* base = vm::array_window(v.o, &i);
    if (vm::array_compact(base)) return reinterpret_cast<uintptr_t>(static_cast<char*>(rt::obj_data(base)) + i);
    return reinterpret_cast<uintptr_t>(rt::obj_slots(base) + i);
  }
  return reinterpret_cast<uintptr_t>(rt::obj_data(v.o));
}

int64_t rune_count_sv(std::string_view s) { return rune_count(s); }

}  // namespace

// ---------------------------------------------------------------- format.go

void Printer::write_padding(int n) {
  if (n <= 0) return;
  buf_.append(static_cast<size_t>(n), f_.zero ? '0' : ' ');
}

void Printer::pad(std::string_view b) {
  if (!f_.wid_present || wid_ == 0) {
    buf_ += b;
    return;
  }
  int width = wid_ - static_cast<int>(rune_count_sv(b));
  if (!f_.minus) {
    write_padding(width);
    buf_ += b;
  } else {
    buf_ += b;
    write_padding(width);
  }
}

void Printer::f_boolean(bool v) { pad_string(v ? "true" : "false"); }

void Printer::f_unicode(uint64_t u) {
  std::string tail;  // built backwards
  int prec = 4;
  if (f_.prec_present && prec_ > 4) prec = prec_;
  if (f_.sharp && u <= 0x10FFFF && is_print(static_cast<int32_t>(u))) {
    std::string r;
    encode_rune(r, static_cast<int32_t>(u));
    tail = "'";
    tail.append(r.rbegin(), r.rend());
    tail += "' ";
  }
  while (u >= 16) {
    tail += kUdigits[u & 0xF];
    prec--;
    u >>= 4;
  }
  tail += kUdigits[u];
  prec--;
  while (prec > 0) {
    tail += '0';
    prec--;
  }
  tail += "+U";
  std::string s(tail.rbegin(), tail.rend());
  bool old_zero = f_.zero;
  f_.zero = false;
  pad(s);
  f_.zero = old_zero;
}

void Printer::f_integer(uint64_t u, int base, bool is_signed, char32_t verb, const char* digits) {
  bool negative = is_signed && static_cast<int64_t>(u) < 0;
  if (negative) u = 0 - u;
  int prec = 0;
  if (f_.prec_present) {
    prec = prec_;
    if (prec == 0 && u == 0) {
      bool old_zero = f_.zero;
      f_.zero = false;
      write_padding(wid_);
      f_.zero = old_zero;
      return;
    }
  } else if (f_.zero && f_.wid_present) {
    prec = wid_;
    if (negative || f_.plus || f_.space) prec--;
  }
  std::string rev;
  switch (base) {
    case 10:
      while (u >= 10) {
        rev += static_cast<char>('0' + u % 10);
        u /= 10;
      }
      break;
    case 16:
      while (u >= 16) { rev += digits[u & 0xF]; u >>= 4; }
      break;
    case 8:
      while (u >= 8) { rev += static_cast<char>('0' + (u & 7)); u >>= 3; }
      break;
    case 2:
      while (u >= 2) { rev += static_cast<char>('0' + (u & 1)); u >>= 1; }
      break;
  }
  rev += digits[u];
  while (prec > static_cast<int>(rev.size())) rev += '0';
  if (f_.sharp) {
    switch (base) {
      case 2: rev += "b0"; break;
      case 8:
        if (rev.back() != '0') rev += '0';
        break;
      case 16:
        rev += digits[16];
        rev += '0';
        break;
    }
  }
  if (verb == 'O') rev += "o0";
  if (negative) rev += '-';
  else if (f_.plus) rev += '+';
  else if (f_.space) rev += ' ';
  std::string s(rev.rbegin(), rev.rend());
  bool old_zero = f_.zero;
  f_.zero = false;
  pad(s);
  f_.zero = old_zero;
}

std::string_view Printer::truncate(std::string_view s) {
  if (f_.prec_present) {
    int n = prec_;
    size_t i = 0;
    while (i < s.size()) {
      n--;
      if (n < 0) return s.substr(0, i);
      int w = 1;
      if (static_cast<uint8_t>(s[i]) >= 0x80) decode_rune(s.substr(i), &w);
      i += w;
    }
  }
  return s;
}

void Printer::f_s(std::string_view s) { pad_string(truncate(s)); }

void Printer::f_sbx(std::string_view s, const char* digits) {
  int length = static_cast<int>(s.size());
  if (f_.prec_present && prec_ < length) length = prec_;
  int width = 2 * length;
  if (width > 0) {
    if (f_.space) {
      if (f_.sharp) width *= 2;
      width += length - 1;
    } else if (f_.sharp) {
      width += 2;
    }
  } else {
    if (f_.wid_present) write_padding(wid_);
    return;
  }
  if (f_.wid_present && wid_ > width && !f_.minus) write_padding(wid_ - width);
  if (f_.sharp) { buf_ += '0'; buf_ += digits[16]; }
  for (int i = 0; i < length; ++i) {
    if (f_.space && i > 0) {
      buf_ += ' ';
      if (f_.sharp) { buf_ += '0'; buf_ += digits[16]; }
    }
    uint8_t c = static_cast<uint8_t>(s[i]);
    buf_ += digits[c >> 4];
    buf_ += digits[c & 0xF];
  }
  if (f_.wid_present && wid_ > width && f_.minus) write_padding(wid_ - width);
}

void Printer::f_q(std::string_view s) {
  s = truncate(s);
  if (f_.sharp && can_backquote(s)) {
    std::string q = "`";
    q += s;
    q += '`';
    pad_string(q);
    return;
  }
  pad(quote(s, f_.plus));
}

void Printer::f_c(uint64_t c) {
  int32_t r = c > 0x10FFFF ? kRuneError : static_cast<int32_t>(c);
  std::string s;
  encode_rune(s, r);
  pad(s);
}

void Printer::f_qc(uint64_t c) {
  int32_t r = c > 0x10FFFF ? kRuneError : static_cast<int32_t>(c);
  pad(quote_rune(r, f_.plus));
}

void Printer::f_float(double v, int size, char32_t verb, int prec) {
  if (f_.prec_present) prec = prec_;
  std::string num = "+" + format_float(v, static_cast<char>(verb), prec, size);
  if (num[1] == '-' || num[1] == '+') num.erase(0, 1);
  else num[0] = '+';
  if (f_.space && num[0] == '+' && !f_.plus) num[0] = ' ';
  if (num[1] == 'I' || num[1] == 'N') {
    bool old_zero = f_.zero;
    f_.zero = false;
    if (num[1] == 'N' && !f_.space && !f_.plus) num.erase(0, 1);
    pad(num);
    f_.zero = old_zero;
    return;
  }
  if (f_.sharp && verb != 'b') {
    int digits = 0;
    switch (verb) {
      case 'v': case 'g': case 'G': case 'x':
        digits = prec;
        if (digits == -1) digits = 6;
        break;
      default: break;
    }
    std::string tail;
    bool has_point = false, saw_nonzero = false;
    for (size_t i = 1; i < num.size(); ++i) {
      char ch = num[i];
      if (ch == '.') { has_point = true; continue; }
      if (ch == 'p' || ch == 'P' || ((ch == 'e' || ch == 'E') && verb != 'x' && verb != 'X')) {
        tail = num.substr(i);
        num.resize(i);
        break;
      }
      if (ch != '0') saw_nonzero = true;
      if (saw_nonzero) digits--;
    }
    if (!has_point) {
      if (num.size() == 2 && num[1] == '0') digits--;
      num += '.';
    }
    while (digits > 0) { num += '0'; digits--; }
    num += tail;
  }
  if (f_.plus || num[0] != '+') {
    if (f_.zero && f_.wid_present && wid_ > static_cast<int>(num.size())) {
      buf_ += num[0];
      write_padding(wid_ - static_cast<int>(num.size()));
      buf_.append(num, 1, std::string::npos);
      return;
    }
    pad(num);
    return;
  }
  pad(std::string_view(num).substr(1));
}

// ---------------------------------------------------------------- print.go

void Printer::write_rune(char32_t r) { encode_rune(buf_, static_cast<int32_t>(r)); }

void Printer::bad_verb(char32_t verb) {
  erroring_ = true;
  buf_ += "%!";
  write_rune(verb);
  buf_ += '(';
  if (has_arg_) {
    buf_ += arg_.t->str;
    buf_ += '=';
    print_arg_rv(arg_, 'v');
  } else if (value_.t) {
    buf_ += value_.t->str;
    buf_ += '=';
    RV v = value_;
    print_value(v, 'v', 0);
  } else {
    buf_ += "<nil>";
  }
  buf_ += ')';
  erroring_ = false;
}

void Printer::fmt_bool(bool v, char32_t verb) {
  if (verb == 't' || verb == 'v') f_boolean(v);
  else bad_verb(verb);
}

void Printer::fmt_0x64(uint64_t v, bool leading0x) {
  bool sharp = f_.sharp;
  f_.sharp = leading0x;
  f_integer(v, 16, false, 'v', kLdigits);
  f_.sharp = sharp;
}

void Printer::fmt_integer(uint64_t v, bool is_signed, char32_t verb) {
  switch (verb) {
    case 'v':
      if (f_.sharp_v && !is_signed) fmt_0x64(v, true);
      else f_integer(v, 10, is_signed, verb, kLdigits);
      break;
    case 'd': f_integer(v, 10, is_signed, verb, kLdigits); break;
    case 'b': f_integer(v, 2, is_signed, verb, kLdigits); break;
    case 'o': case 'O': f_integer(v, 8, is_signed, verb, kLdigits); break;
    case 'x': f_integer(v, 16, is_signed, verb, kLdigits); break;
    case 'X': f_integer(v, 16, is_signed, verb, kUdigits); break;
    case 'c': f_c(v); break;
    case 'q': f_qc(v); break;
    case 'U': f_unicode(v); break;
    default: bad_verb(verb);
  }
}

void Printer::fmt_float(double v, int size, char32_t verb) {
  switch (verb) {
    case 'v': f_float(v, size, 'g', -1); break;
    case 'b': case 'g': case 'G': case 'x': case 'X': f_float(v, size, verb, -1); break;
    case 'f': case 'e': case 'E': f_float(v, size, verb, 6); break;
    case 'F': f_float(v, size, 'f', 6); break;
    default: bad_verb(verb);
  }
}

// Go's pp.fmtComplex: "(re+imi)", each part formatted as a float of half the size (width and
// precision apply to each part); the imaginary part always has a sign.
void Printer::fmt_complex(double re, double im, int size, char32_t verb) {
  switch (verb) {
    case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e': case 'E': {
      bool old_plus = f_.plus;
      buf_ += '(';
      fmt_float(re, size / 2, verb);
      f_.plus = true;
      fmt_float(im, size / 2, verb);
      buf_ += "i)";
      f_.plus = old_plus;
      break;
    }
    default: bad_verb(verb);
  }
}

void Printer::fmt_string(std::string_view v, char32_t verb) {
  switch (verb) {
    case 'v':
      if (f_.sharp_v) f_q(v);
      else f_s(v);
      break;
    case 's': f_s(v); break;
    case 'x': f_sbx(v, kLdigits); break;
    case 'X': f_sbx(v, kUdigits); break;
    case 'q': f_q(v); break;
    default: bad_verb(verb);
  }
}

void Printer::fmt_bytes(std::string_view v, bool is_nil, char32_t verb, std::string_view type_string,
                        const RV& value) {
  switch (verb) {
    case 'v': case 'd':
      if (f_.sharp_v) {
        buf_ += type_string;
        if (is_nil) {
          buf_ += "(nil)";
          return;
        }
        buf_ += '{';
        for (size_t i = 0; i < v.size(); ++i) {
          if (i > 0) buf_ += ", ";
          fmt_0x64(static_cast<uint8_t>(v[i]), true);
        }
        buf_ += '}';
      } else {
        buf_ += '[';
        for (size_t i = 0; i < v.size(); ++i) {
          if (i > 0) buf_ += ' ';
          f_integer(static_cast<uint8_t>(v[i]), 10, false, verb, kLdigits);
        }
        buf_ += ']';
      }
      break;
    case 's': f_s(v); break;  // fmtBs: truncates by runes like fmtS
    case 'x': f_sbx(v, kLdigits); break;
    case 'X': f_sbx(v, kUdigits); break;
    case 'q': f_q(v); break;
    default: print_value(value, verb, 0);
  }
}

void Printer::fmt_pointer(const RV& value, char32_t verb) {
  switch (value.t->kind) {
    case Kind::Chan: case Kind::Func: case Kind::Map: case Kind::Pointer: case Kind::Slice:
    case Kind::UnsafePointer:
      break;
    default:
      bad_verb(verb);
      return;
  }
  uint64_t u = pointer_bits(value.t, value.v);
  switch (verb) {
    case 'v':
      if (f_.sharp_v) {
        buf_ += '(';
        buf_ += value.t->str;
        buf_ += ")(";
        if (u == 0) buf_ += "nil";
        else fmt_0x64(u, true);
        buf_ += ')';
      } else {
        if (u == 0) pad_string("<nil>");
        else fmt_0x64(u, !f_.sharp);
      }
      break;
    case 'p': fmt_0x64(u, !f_.sharp); break;
    case 'b': case 'o': case 'd': case 'x': case 'X': fmt_integer(u, false, verb); break;
    default: bad_verb(verb);
  }
}

void Printer::catch_panic(char32_t verb, std::string_view method, const std::string& text,
                          bool nil_ptr) {
  if (nil_ptr) {
    buf_ += "<nil>";
    return;
  }
  Flags old = f_;
  f_ = Flags{};
  buf_ += "%!";
  write_rune(verb);
  buf_ += "(PANIC=";
  buf_ += method;
  buf_ += " method: ";
  buf_ += text;
  buf_ += ')';
  f_ = old;
}

bool Printer::handle_methods(char32_t verb) {
  if (erroring_) return false;
  // p.arg is an interface: a nil one has no methods.
  const TypeDesc* t = has_arg_ ? arg_.t : nullptr;
  if (verb == 'w') {
    bool is_err = t && vm::find_method(t, "Error");
    if (!is_err || !wrap_errs_ || wrapped_err_) {
      wrapped_err_ = nullptr;
      wrap_errs_ = false;
      bad_verb(verb);
      return true;
    }
    wrapped_err_ = arg_iface_ ? arg_iface_ : vm::iface_new(t, arg_.v);
    verb = 'v';
  }
  if (!t) return false;
  if (is_formatter(t)) {
    // fmt.Formatter: Format(state, verb) writes into this Printer through the State.
    Obj* st = vm::agg_new(fmt_state_ptr()->elem);
    rt::obj_slots(st)[0].p = this;
    Value args[2] = {Value::from_obj(vm::iface_new(fmt_state_ptr(), Value::from_obj(st))),
                     Value::from_int(static_cast<int64_t>(verb))};
    std::string pt;
    if (!call_method(ctx_, t, arg_.v, "Format", args, 2, nullptr, 0, &pt))
      catch_panic(verb, "Format", pt, t->kind == Kind::Pointer && !arg_.v.o);
    return true;
  }
  if (f_.sharp_v) {
    MethodResult r;
    if (!call_method0(ctx_, t, arg_.v, "GoString", &r)) return false;
    if (!r.ok) catch_panic(verb, "GoString", r.panic_text, r.nil_recv);
    else f_s(vm::str_view(r.value.o));
    return true;
  }
  switch (verb) {
    case 'v': case 's': case 'x': case 'X': case 'q': {
      MethodResult r;
      const char* name = nullptr;
      if (call_method0(ctx_, t, arg_.v, "Error", &r)) name = "Error";
      else if (call_method0(ctx_, t, arg_.v, "String", &r)) name = "String";
      if (!name) return false;
      if (!r.ok) {
        catch_panic(verb, name, r.panic_text, r.nil_recv);
        return true;
      }
      fmt_string(vm::str_view(r.value.o), verb);
      return true;
    }
    default: return false;
  }
}

void Printer::print_arg(Obj* arg, char32_t verb) {
  // Keep the caller's interface value itself (Errorf's %w returns it unchanged, so
  // errors.Unwrap gives back the identical error).
  arg_iface_ = arg;
  RV a;
  if (arg) {
    a.t = vm::iface_type(arg);
    a.v = vm::iface_data(arg);
  }
  print_arg_rv(a, verb);
}

void Printer::print_arg_rv(const RV& arg_in, char32_t verb) {
  RV arg = arg_in;
  Obj* iface = arg_iface_;
  arg_iface_ = nullptr;
  // An interface-typed value handed over as an argument is its dynamic value (Go's any).
  while (arg.t && arg.t->kind == Kind::Interface) {
    Obj* i = arg.v.o;
    arg.t = vm::iface_type(i);
    arg.v = vm::iface_data(i);
  }
  arg.can_iface = true;
  has_arg_ = arg.t != nullptr;
  arg_ = arg;
  arg_iface_ = iface;
  value_ = RV{};
  if (!arg.t) {
    if (verb == 'T' || verb == 'v') pad_string("<nil>");
    else bad_verb(verb);
    return;
  }
  if (verb == 'T') {
    f_s(arg.t->str);
    return;
  }
  if (verb == 'p') {
    fmt_pointer(arg, 'p');
    return;
  }
  const TypeDesc* t = arg.t;
  if (is_basic_unnamed(t)) {
    Value v = arg.v;
    switch (t->kind) {
      case Kind::Bool: fmt_bool(v.i != 0, verb); return;
      case Kind::Float32: fmt_float(v.f, 32, verb); return;
      case Kind::Float64: fmt_float(v.f, 64, verb); return;
      case Kind::Complex64: fmt_complex(vm::cplx_re(v.o), vm::cplx_im(v.o), 64, verb); return;
      case Kind::Complex128: fmt_complex(vm::cplx_re(v.o), vm::cplx_im(v.o), 128, verb); return;
      case Kind::String: fmt_string(vm::str_view(v.o), verb); return;
      default:
        if (t->is_unsigned()) fmt_integer(uint_bits(t, v), false, verb);
        else fmt_integer(static_cast<uint64_t>(int_bits(t, v)), true, verb);
        return;
    }
  }
  if (is_byte_slice(t) && t->str == "[]uint8") {
    fmt_bytes(bytes_of(arg.v.o), arg.v.o == nullptr, verb, "[]byte", arg);
    return;
  }
  if (is_reflect_value_type(t)) {
    // printArg's `case reflect.Value`: the value it holds, its methods first when it may be
    // interfaced (never reflect.Value's own String method).
    RValue rv = rvalue_read(arg.v.o);
    RV inner{rv.t, rvalue_load(rv), (rv.flag & kFlagRO) == 0};
    if (inner.t && inner.can_iface) {
      RV a = inner;
      while (a.t && a.t->kind == Kind::Interface) {
        Obj* i = a.v.o;
        a.t = vm::iface_type(i);
        a.v = vm::iface_data(i);
      }
      has_arg_ = a.t != nullptr;
      arg_ = a;
      arg_iface_ = nullptr;
      if (has_arg_ && handle_methods(verb)) return;
    }
    print_value(inner, verb, 0);
    return;
  }
  if (!handle_methods(verb)) print_value(arg, verb, 0);
}

void Printer::print_value(const RV& value_in, char32_t verb, int depth) {
  RV value = value_in;
  if (depth > 0 && value.t && value.can_iface) {
    // p.arg = value.Interface(): an interface-kind value yields its dynamic content.
    RV a = value;
    while (a.t && a.t->kind == Kind::Interface) {
      Obj* i = a.v.o;
      a.t = vm::iface_type(i);
      a.v = vm::iface_data(i);
    }
    has_arg_ = a.t != nullptr;
    arg_ = a;
    arg_iface_ = nullptr;
    if (handle_methods(verb)) return;
  }
  has_arg_ = false;
  arg_iface_ = nullptr;
  arg_ = RV{};
  value_ = value;
  if (!value.t) {
    if (depth == 0) buf_ += "<invalid reflect.Value>";
    else if (verb == 'v') buf_ += "<nil>";
    else bad_verb(verb);
    return;
  }
  const TypeDesc* t = value.t;
  Value v = value.v;
  switch (t->kind) {
    case Kind::Bool: fmt_bool(v.i != 0, verb); return;
    case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64:
      fmt_integer(static_cast<uint64_t>(int_bits(t, v)), true, verb);
      return;
    case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64:
    case Kind::Uintptr:
      fmt_integer(uint_bits(t, v), false, verb);
      return;
    case Kind::Float32: fmt_float(v.f, 32, verb); return;
    case Kind::Float64: fmt_float(v.f, 64, verb); return;
    case Kind::Complex64: fmt_complex(vm::cplx_re(v.o), vm::cplx_im(v.o), 64, verb); return;
    case Kind::Complex128: fmt_complex(vm::cplx_re(v.o), vm::cplx_im(v.o), 128, verb); return;
    case Kind::String: fmt_string(vm::str_view(v.o), verb); return;
    case Kind::Map: {
      if (f_.sharp_v) {
        buf_ += t->str;
        if (!v.o) {
          buf_ += "(nil)";
          return;
        }
        buf_ += '{';
      } else {
        buf_ += "map[";
      }
      // Keys with their values as the map holds them: a NaN key cannot be looked up again.
      Obj* vals = nullptr;
      Obj* keys = vm::map_sorted_entries(v.o, &vals);
      int64_t n, nv;
      Value* ks = slice_data(keys, &n);
      Value* vs = slice_data(vals, &nv);
      for (int64_t i = 0; i < n && i < nv; ++i) {
        if (i > 0) {
          if (f_.sharp_v) buf_ += ", ";
          else buf_ += ' ';
        }
        Value key = ks[i];
        Value val = vs[i];
        print_value(RV{t->key, key, value.can_iface}, verb, depth + 1);
        buf_ += ':';
        print_value(RV{t->elem, val, value.can_iface}, verb, depth + 1);
      }
      buf_ += f_.sharp_v ? '}' : ']';
      return;
    }
    case Kind::Struct: {
      if (f_.sharp_v) buf_ += t->str;
      buf_ += '{';
      Value* fields = v.o ? rt::obj_slots(v.o) : nullptr;
      for (size_t i = 0; i < t->fields.size(); ++i) {
        if (i > 0) {
          if (f_.sharp_v) buf_ += ", ";
          else buf_ += ' ';
        }
        const vm::FieldDesc& fd = t->fields[i];
        if ((f_.plus_v || f_.sharp_v) && !fd.name.empty()) {
          buf_ += fd.name;
          buf_ += ':';
        }
        Value fv = fields ? fields[i] : vm::zero_value(fd.type);
        print_value(RV{fd.type, fv, value.can_iface && fd.exported}, verb, depth + 1);
      }
      buf_ += '}';
      return;
    }
    case Kind::Interface: {
      Obj* i = v.o;
      if (!i) {
        if (f_.sharp_v) {
          buf_ += t->str;
          buf_ += "(nil)";
        } else {
          buf_ += "<nil>";
        }
      } else {
        print_value(RV{vm::iface_type(i), vm::iface_data(i), value.can_iface}, verb, depth + 1);
      }
      return;
    }
    case Kind::Array: case Kind::Slice: {
      int64_t n;
      const Value* elems;
      std::vector<Value> tmp;   // a compact []byte's values
      if (t->kind == Kind::Slice && t->elem->kind == Kind::Uint8 &&
          (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')) {
        std::string copy;
        fmt_bytes(vm::slice_byte_view(v.o, &copy), !v.o, verb, t->str, value);
        return;
      }
      if (t->kind == Kind::Slice) {
        elems = slice_values(v.o, &n, &tmp);
      } else {
        n = t->len;
        elems = v.o ? rt::obj_slots(v.o) : nullptr;
        if (v.o && v.o->owner_bits) {   // &[...] of an array view ((*[N]E)(s))
          for (int64_t i = 0; i < n; ++i) tmp.push_back(vm::array_get(v.o, i));
          elems = tmp.data();
        }
      }
      if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && t->elem->kind == Kind::Uint8) {
        std::string bytes(static_cast<size_t>(n), '\0');
        for (int64_t i = 0; i < n; ++i) bytes[i] = static_cast<char>(elems[i].i);
        fmt_bytes(bytes, t->kind == Kind::Slice && !v.o, verb, t->str, value);
        return;
      }
      if (f_.sharp_v) {
        buf_ += t->str;
        if (t->kind == Kind::Slice && !v.o) {
          buf_ += "(nil)";
          return;
        }
        buf_ += '{';
        for (int64_t i = 0; i < n; ++i) {
          if (i > 0) buf_ += ", ";
          print_value(RV{t->elem, elems[i], value.can_iface}, verb, depth + 1);
        }
        buf_ += '}';
      } else {
        buf_ += '[';
        for (int64_t i = 0; i < n; ++i) {
          if (i > 0) buf_ += ' ';
          print_value(RV{t->elem, elems[i], value.can_iface}, verb, depth + 1);
        }
        buf_ += ']';
      }
      return;
    }
    case Kind::Pointer:
      if (depth == 0 && v.o) {
        const TypeDesc* e = t->elem;
        if (e->kind == Kind::Array || e->kind == Kind::Struct) {
          buf_ += '&';
          print_value(RV{e, v, value.can_iface}, verb, depth + 1);
          return;
        }
        if (e->kind == Kind::Slice || e->kind == Kind::Map) {
          Value ev{};
          vm::Fault fault;
          vm::ref_load(v.o, &ev, fault);
          buf_ += '&';
          print_value(RV{e, ev, value.can_iface}, verb, depth + 1);
          return;
        }
      }
      fmt_pointer(value, verb);
      return;
    case Kind::Chan: case Kind::Func: case Kind::UnsafePointer:
      fmt_pointer(value, verb);
      return;
    default:
      buf_ += '?';
      buf_ += t->str;
      buf_ += '?';
  }
}

void Printer::print_value_v(const TypeDesc* t, Value v) {
  f_ = Flags{};
  RV a{t, v, true};
  print_arg_rv(a, 'v');
}

// A Format method with Formatter's shape: Go code (natives named Format, like time.Time's, are
// other methods) taking receiver + State + rune and returning nothing. Run-time descriptors do
// not carry method signatures, so the compiled function's arity stands in for the type check.
bool Printer::is_formatter(const TypeDesc* t) const {
  const vm::MethodDesc* m = vm::find_method(t, "Format");
  if (!m || m->native || m->proto < 0 || !ctx_.module) return false;
  const vm::Proto& p = ctx_.module->protos[static_cast<size_t>(m->proto)];
  return p.nparams == 3 && p.nresults == 0;
}

bool Printer::state_flag(int c) const {
  switch (c) {
    case '-': return f_.minus;
    case '+': return f_.plus || f_.plus_v;
    case '#': return f_.sharp || f_.sharp_v;
    case ' ': return f_.space;
    case '0': return f_.zero;
    default: return false;
  }
}

// ---------------------------------------------------------------- Print/Println/Printf

static Obj* arg_at(Value* a, int64_t i) { return a[i].o; }

void Printer::print(const Obj* args) {
  int64_t n;
  Value* a = slice_data(args, &n);
  bool prev_string = false;
  for (int64_t i = 0; i < n; ++i) {
    Obj* arg = arg_at(a, i);
    const TypeDesc* t = vm::iface_type(arg);
    bool is_string = t && t->kind == Kind::String;
    if (i > 0 && !is_string && !prev_string) buf_ += ' ';
    f_ = Flags{};
    print_arg(arg, 'v');
    prev_string = is_string;
  }
}

void Printer::println(const Obj* args) {
  int64_t n;
  Value* a = slice_data(args, &n);
  for (int64_t i = 0; i < n; ++i) {
    if (i > 0) buf_ += ' ';
    f_ = Flags{};
    print_arg(arg_at(a, i), 'v');
  }
  buf_ += '\n';
}

namespace {
constexpr int kTooLarge = 1000000;

// parsenum: (num, present, new index).
bool parsenum(std::string_view s, size_t start, size_t end, int* num, size_t* newi) {
  *num = 0;
  bool isnum = false;
  size_t i = start;
  for (; i < end && s[i] >= '0' && s[i] <= '9'; ++i) {
    if (*num > kTooLarge || *num < -kTooLarge) {  // tooLarge
      *num = 0;
      *newi = end;
      return false;
    }
    *num = *num * 10 + (s[i] - '0');
    isnum = true;
  }
  *newi = i;
  return isnum;
}
}  // namespace

void Printer::printf(std::string_view format, const Obj* args) {
  int64_t nargs64;
  Value* a = slice_data(args, &nargs64);
  int nargs = static_cast<int>(nargs64);
  size_t end = format.size();
  int arg_num = 0;
  bool after_index = false;
  reordered_ = false;

  // intFromArg
  auto int_from_arg = [&](int* num, bool* is_int) {
    *num = 0;
    *is_int = false;
    if (arg_num < nargs) {
      Obj* arg = arg_at(a, arg_num);
      const TypeDesc* t = vm::iface_type(arg);
      if (t) {
        Value v = vm::iface_data(arg);
        if (t->is_integer()) {
          if (t->is_unsigned()) {
            uint64_t u = uint_bits(t, v);
            if (static_cast<int64_t>(u) >= 0) { *num = static_cast<int>(u); *is_int = u == static_cast<uint64_t>(*num); }
          } else {
            int64_t x = int_bits(t, v);
            *num = static_cast<int>(x);
            *is_int = x == *num;
          }
        }
      }
      arg_num++;
      if (*num > kTooLarge || *num < -kTooLarge) {
        *num = 0;
        *is_int = false;
      }
    }
  };
  // argNumber
  auto arg_number = [&](size_t i, bool* found) -> size_t {
    *found = false;
    if (format.size() <= i || format[i] != '[') return i;
    reordered_ = true;
    // parseArgNumber(format[i:])
    std::string_view f = format.substr(i);
    int index = 0;
    size_t wid = 1;
    bool ok = false;
    if (f.size() >= 3) {
      for (size_t k = 1; k < f.size(); ++k) {
        if (f[k] == ']') {
          int width;
          size_t newi;
          bool isnum = parsenum(f, 1, k, &width, &newi);
          if (!isnum || newi != k) {
            wid = k + 1;
            ok = false;
          } else {
            index = width - 1;
            wid = k + 1;
            ok = true;
          }
          break;
        }
      }
    }
    if (ok && 0 <= index && index < nargs) {
      arg_num = index;
      *found = true;
      return i + wid;
    }
    good_arg_num_ = false;
    *found = ok;
    return i + wid;
  };

  size_t i = 0;
  while (i < end) {
    good_arg_num_ = true;
    size_t lasti = i;
    while (i < end && format[i] != '%') ++i;
    if (i > lasti) buf_ += format.substr(lasti, i - lasti);
    if (i >= end) break;
    ++i;  // skip %
    f_ = Flags{};
    bool simple_done = false;
    for (; i < end; ++i) {
      char c = format[i];
      if (c == '#') f_.sharp = true;
      else if (c == '0') f_.zero = !f_.minus;
      else if (c == '+') f_.plus = true;
      else if (c == '-') { f_.minus = true; f_.zero = false; }
      else if (c == ' ') f_.space = true;
      else {
        if ('a' <= c && c <= 'z' && arg_num < nargs) {
          if (c == 'v') {
            f_.sharp_v = f_.sharp;
            f_.sharp = false;
            f_.plus_v = f_.plus;
            f_.plus = false;
          }
          print_arg(arg_at(a, arg_num), static_cast<char32_t>(c));
          arg_num++;
          ++i;
          simple_done = true;
        }
        break;
      }
    }
    if (simple_done) continue;

    i = arg_number(i, &after_index);
    if (i < end && format[i] == '*') {
      ++i;
      int_from_arg(&wid_, &f_.wid_present);
      if (!f_.wid_present) buf_ += "%!(BADWIDTH)";
      if (wid_ < 0) {
        wid_ = -wid_;
        f_.minus = true;
        f_.zero = false;
      }
      after_index = false;
    } else {
      f_.wid_present = parsenum(format, i, end, &wid_, &i);
      if (after_index && f_.wid_present) good_arg_num_ = false;
    }
    if (i + 1 < end && format[i] == '.') {
      ++i;
      if (after_index) good_arg_num_ = false;
      i = arg_number(i, &after_index);
      if (i < end && format[i] == '*') {
        ++i;
        int_from_arg(&prec_, &f_.prec_present);
        if (prec_ < 0) {
          prec_ = 0;
          f_.prec_present = false;
        }
        if (!f_.prec_present) buf_ += "%!(BADPREC)";
        after_index = false;
      } else {
        f_.prec_present = parsenum(format, i, end, &prec_, &i);
        if (!f_.prec_present) {
          prec_ = 0;
          f_.prec_present = true;
        }
      }
    }
    if (!after_index) i = arg_number(i, &after_index);
    if (i >= end) {
      buf_ += "%!(NOVERB)";
      break;
    }
    char32_t verb = static_cast<uint8_t>(format[i]);
    int size = 1;
    if (verb >= 0x80) verb = static_cast<char32_t>(decode_rune(format.substr(i), &size));
    i += size;
    if (verb == '%') {
      buf_ += '%';
    } else if (!good_arg_num_) {
      buf_ += "%!";
      write_rune(verb);
      buf_ += "(BADINDEX)";
    } else if (arg_num >= nargs) {
      buf_ += "%!";
      write_rune(verb);
      buf_ += "(MISSING)";
    } else {
      if (verb == 'v') {
        f_.sharp_v = f_.sharp;
        f_.sharp = false;
        f_.plus_v = f_.plus;
        f_.plus = false;
      }
      print_arg(arg_at(a, arg_num), verb);
      arg_num++;
    }
  }
  if (!reordered_ && arg_num < nargs) {
    f_ = Flags{};
    buf_ += "%!(EXTRA ";
    for (int k = arg_num; k < nargs; ++k) {
      if (k > arg_num) buf_ += ", ";
      Obj* arg = arg_at(a, k);
      if (!arg) {
        buf_ += "<nil>";
      } else {
        buf_ += vm::iface_type(arg)->str;
        buf_ += '=';
        print_arg(arg, 'v');
      }
    }
    buf_ += ')';
  }
}

}  // namespace gort::stdlib
