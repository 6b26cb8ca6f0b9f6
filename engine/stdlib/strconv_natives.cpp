// engine/stdlib/strconv_natives.cpp — package strconv on strconv_impl (errors are
// *strconv.NumError values whose Error() text matches Go's exactly).
#include <algorithm>

#include "stdlib/natives.h"
#include "stdlib/std_types.h"
#include "stdlib/strconv_impl.h"
#include "stdlib/util.h"

namespace gort::stdlib {
namespace {

Obj* num_error(std::string_view fn, std::string_view s, NumErr e, int64_t base = 0, int64_t bits = 0) {
  switch (e) {
    case NumErr::None: return nullptr;
    case NumErr::Syntax: return new_num_error(fn, s, false);
    case NumErr::Range: return new_num_error(fn, s, true);
    case NumErr::Base: {
      Obj* err = new_num_error(fn, s, false);
      Obj* st = vm::iface_data(err).o;
      rt::obj_slots(st)[2].o = new_error("invalid base " + std::to_string(base));
      return err;
    }
    case NumErr::BitSize: {
      Obj* err = new_num_error(fn, s, false);
      Obj* st = vm::iface_data(err).o;
      rt::obj_slots(st)[2].o = new_error("invalid bit size " + std::to_string(bits));
      return err;
    }
  }
  return nullptr;
}

NativeStatus itoa(NativeCtx& c) { c.args[0] = str_val(std::to_string(c.args[0].i)); return NativeStatus::Done; }

NativeStatus atoi(NativeCtx& c) {
  std::string_view s = sv(c.args[0]);
  int64_t v;
  NumErr e = parse_int(s, 10, 64, &v);
  Value sv0 = c.args[0];
  (void)sv0;
  c.args[1] = Value::from_obj(num_error("Atoi", s, e));
  c.args[0] = int_val(e == NumErr::None || e == NumErr::Range ? v : 0);
  return NativeStatus::Done;
}

NativeStatus parse_int_n(NativeCtx& c) {
  std::string_view s = sv(c.args[0]);
  int64_t v;
  NumErr e = parse_int(s, static_cast<int>(c.args[1].i), static_cast<int>(c.args[2].i), &v);
  c.args[1] = Value::from_obj(num_error("ParseInt", s, e, c.args[1].i, c.args[2].i));
  c.args[0] = int_val(v);
  return NativeStatus::Done;
}

NativeStatus parse_uint_n(NativeCtx& c) {
  std::string_view s = sv(c.args[0]);
  uint64_t v;
  NumErr e = parse_uint(s, static_cast<int>(c.args[1].i), static_cast<int>(c.args[2].i), &v);
  c.args[1] = Value::from_obj(num_error("ParseUint", s, e, c.args[1].i, c.args[2].i));
  c.args[0].u = v;
  return NativeStatus::Done;
}

NativeStatus parse_float_n(NativeCtx& c) {
  std::string_view s = sv(c.args[0]);
  double v;
  NumErr e = parse_float(s, static_cast<int>(c.args[1].i), &v);
  c.args[1] = Value::from_obj(num_error("ParseFloat", s, e));
  c.args[0].f = v;
  return NativeStatus::Done;
}

NativeStatus parse_bool(NativeCtx& c) {
  std::string_view s = sv(c.args[0]);
  if (s == "1" || s == "t" || s == "T" || s == "true" || s == "TRUE" || s == "True") {
    c.args[0] = bool_val(true);
    c.args[1] = Value::zero();
  } else if (s == "0" || s == "f" || s == "F" || s == "false" || s == "FALSE" || s == "False") {
    c.args[0] = bool_val(false);
    c.args[1] = Value::zero();
  } else {
    c.args[1] = Value::from_obj(num_error("ParseBool", s, NumErr::Syntax));
    c.args[0] = bool_val(false);
  }
  return NativeStatus::Done;
}

NativeStatus format_int_n(NativeCtx& c) {
  int64_t base = c.args[1].i;
  if (base < 2 || base > 36) return panic_string(c, "strconv: illegal AppendInt/FormatInt base");
  c.args[0] = str_val(format_int(c.args[0].i, static_cast<int>(base)));
  return NativeStatus::Done;
}
NativeStatus format_uint_n(NativeCtx& c) {
  int64_t base = c.args[1].i;
  if (base < 2 || base > 36) return panic_string(c, "strconv: illegal AppendInt/FormatInt base");
  c.args[0] = str_val(format_uint(c.args[0].u, static_cast<int>(base)));
  return NativeStatus::Done;
}
NativeStatus format_float_n(NativeCtx& c) {
  c.args[0] = str_val(format_float(c.args[0].f, static_cast<char>(c.args[1].i), static_cast<int>(c.args[2].i),
                                   static_cast<int>(c.args[3].i)));
  return NativeStatus::Done;
}
// strconv.FormatComplex: "(" + real + signed imag + "i)", each part at bitSize/2.
NativeStatus format_complex_n(NativeCtx& c) {
  int64_t bits = c.args[3].i;
  if (bits != 64 && bits != 128) return panic_string(c, "invalid bitSize");
  char f = static_cast<char>(c.args[1].i);
  int prec = static_cast<int>(c.args[2].i);
  std::string re = format_float(vm::cplx_re(c.args[0].o), f, prec, static_cast<int>(bits / 2));
  std::string im = format_float(vm::cplx_im(c.args[0].o), f, prec, static_cast<int>(bits / 2));
  if (im.empty() || (im[0] != '+' && im[0] != '-')) im = "+" + im;
  c.args[0] = str_val("(" + re + im + "i)");
  return NativeStatus::Done;
}
NativeStatus format_bool(NativeCtx& c) { c.args[0] = str_val(c.args[0].i ? "true" : "false"); return NativeStatus::Done; }
NativeStatus quote_n(NativeCtx& c) { c.args[0] = str_val(quote(sv(c.args[0]))); return NativeStatus::Done; }
NativeStatus quote_ascii_n(NativeCtx& c) { c.args[0] = str_val(quote(sv(c.args[0]), true)); return NativeStatus::Done; }
NativeStatus append_int_n(NativeCtx& c) {
  int64_t base = c.args[2].i;
  if (base < 2 || base > 36) return panic_string(c, "strconv: illegal AppendInt/FormatInt base");
  return ret_appended(c, format_int(c.args[1].i, static_cast<int>(base)));
}
NativeStatus append_quote_n(NativeCtx& c) { return ret_appended(c, quote(sv(c.args[1]))); }
NativeStatus is_print_n(NativeCtx& c) { c.args[0] = bool_val(is_print(static_cast<int32_t>(c.args[0].i))); return NativeStatus::Done; }
// IsGraphic: IsPrint plus the Unicode space separators (Zs) other than U+0020 (quote.go's isGraphic list).
NativeStatus is_graphic_n(NativeCtx& c) {
  int32_t r = static_cast<int32_t>(c.args[0].i);
  static constexpr int32_t kGraphicSpaces[] = {0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
                                               0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000};
  bool g = is_print(r) || std::find(std::begin(kGraphicSpaces), std::end(kGraphicSpaces), r) != std::end(kGraphicSpaces);
  c.args[0] = bool_val(g);
  return NativeStatus::Done;
}
// The other Append* functions: the Format*/Quote* text appended to dst.
NativeStatus append_uint_n(NativeCtx& c) {
  int64_t base = c.args[2].i;
  if (base < 2 || base > 36) return panic_string(c, "strconv: illegal AppendInt/FormatInt base");
  return ret_appended(c, format_uint(c.args[1].u, static_cast<int>(base)));
}
NativeStatus append_bool_n(NativeCtx& c) { return ret_appended(c, c.args[1].i ? "true" : "false"); }
NativeStatus append_float_n(NativeCtx& c) {
  return ret_appended(c, format_float(c.args[1].f, static_cast<char>(c.args[2].i), static_cast<int>(c.args[3].i),
                                    static_cast<int>(c.args[4].i)));
}
NativeStatus append_quote_rune_n(NativeCtx& c) { return ret_appended(c, quote_rune(static_cast<int32_t>(c.args[1].i))); }
NativeStatus append_quote_ascii_n(NativeCtx& c) { return ret_appended(c, quote(sv(c.args[1]), true)); }
NativeStatus quote_rune_n(NativeCtx& c) { c.args[0] = str_val(quote_rune(static_cast<int32_t>(c.args[0].i))); return NativeStatus::Done; }
NativeStatus unquote_n(NativeCtx& c) {
  std::string out;
  if (unquote(sv(c.args[0]), &out)) {
    c.args[0] = str_val(out);
    c.args[1] = Value::zero();
  } else {
    c.args[0] = Value::zero();
    c.args[1] = Value::from_obj(err_syntax());
  }
  return NativeStatus::Done;
}
NativeStatus var_err_range(NativeCtx& c) { c.args[0] = Value::from_obj(err_range()); return NativeStatus::Done; }
NativeStatus var_err_syntax(NativeCtx& c) { c.args[0] = Value::from_obj(err_syntax()); return NativeStatus::Done; }

// strconv.CanBackquote: s is one line of valid UTF-8 with no control characters other than
// tab, no backquote and no byte order mark (Go 1.19's rules).
NativeStatus can_backquote(NativeCtx& c) {
  std::string_view s = sv(c.args[0]);
  bool ok = true;
  while (!s.empty() && ok) {
    int w;
    int32_t r = decode_rune(s, &w);
    s.remove_prefix(static_cast<size_t>(w));
    if (w > 1) { ok = r != 0xFEFF; continue; }
    if (r == 0xFFFD || (r < ' ' && r != '\t') || r == '`' || r == 0x7F) ok = false;
  }
  c.args[0] = bool_val(ok);
  return NativeStatus::Done;
}

}  // namespace

void add_strconv_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"strconv.Itoa", itoa}, {"strconv.Atoi", atoi}, {"strconv.ParseInt", parse_int_n},
      {"strconv.ParseUint", parse_uint_n}, {"strconv.ParseFloat", parse_float_n},
      {"strconv.ParseBool", parse_bool}, {"strconv.FormatInt", format_int_n},
      {"strconv.FormatUint", format_uint_n}, {"strconv.FormatFloat", format_float_n},
      {"strconv.FormatComplex", format_complex_n},
      {"strconv.FormatBool", format_bool}, {"strconv.Quote", quote_n}, {"strconv.CanBackquote", can_backquote}, {"strconv.QuoteToASCII", quote_ascii_n},
      {"strconv.AppendInt", append_int_n}, {"strconv.AppendQuote", append_quote_n}, {"strconv.QuoteRune", quote_rune_n},
      {"strconv.AppendUint", append_uint_n}, {"strconv.AppendBool", append_bool_n},
      {"strconv.AppendFloat", append_float_n}, {"strconv.AppendQuoteRune", append_quote_rune_n},
      {"strconv.AppendQuoteToASCII", append_quote_ascii_n}, {"strconv.IsPrint", is_print_n},
      {"strconv.IsGraphic", is_graphic_n},
      {"strconv.Unquote", unquote_n}, {"strconv.ErrRange", var_err_range}, {"strconv.ErrSyntax", var_err_syntax},
  });
  // (*strconv.NumError).Error is a method of the descriptor in std_types.cpp; the compiler
  // binds the declared method by name too:
  static const TypeDesc* ne = numerror_ptr();
  v.push_back({"(*strconv.NumError).Error", vm::find_method(ne, "Error")->native});
  v.push_back({"(*strconv.NumError).Unwrap", vm::find_method(ne, "Unwrap")->native});
}

}  // namespace gort::stdlib
