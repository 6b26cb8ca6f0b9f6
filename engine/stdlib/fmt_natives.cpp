// engine/stdlib/fmt_natives.cpp — fmt's functions on top of the Printer (fmt_print.h):
// Print/Println/Printf (stdout, one output event per call so lines are never torn between
// goroutines), Sprint*, Errorf (%w wraps), Fprint* (io.h writers), and the Scan family.
#include <cmath>
#include <cstdlib>

#include "stdlib/fmt_print.h"
#include "stdlib/io.h"
#include "stdlib/natives.h"
#include "stdlib/std_types.h"
#include "stdlib/strconv_impl.h"

namespace gort::stdlib {
namespace {

using vm::Kind;

NativeStatus write_result(NativeCtx& c, int stream, const std::string& s) {
  vm::write_output(c.g, stream, s);
  c.args[0] = int_val(static_cast<int64_t>(s.size()));
  c.args[1] = Value::zero();
  return NativeStatus::Done;
}

NativeStatus fmt_println(NativeCtx& c) {
  Printer p(c);
  p.println(c.args[0].o);
  return write_result(c, 1, p.out());
}
NativeStatus fmt_print(NativeCtx& c) {
  Printer p(c);
  p.print(c.args[0].o);
  return write_result(c, 1, p.out());
}
NativeStatus fmt_printf(NativeCtx& c) {
  Printer p(c);
  p.printf(sv(c.args[0]), c.args[1].o);
  return write_result(c, 1, p.out());
}
NativeStatus fmt_sprint(NativeCtx& c) {
  Printer p(c);
  p.print(c.args[0].o);
  c.args[0] = str_val(p.out());
  return NativeStatus::Done;
}
NativeStatus fmt_sprintln(NativeCtx& c) {
  Printer p(c);
  p.println(c.args[0].o);
  c.args[0] = str_val(p.out());
  return NativeStatus::Done;
}
NativeStatus fmt_sprintf(NativeCtx& c) {
  Printer p(c);
  p.printf(sv(c.args[0]), c.args[1].o);
  c.args[0] = str_val(p.out());
  return NativeStatus::Done;
}

NativeStatus fmt_errorf(NativeCtx& c) {
  Printer p(c);
  p.set_wrap_errors(true);
  p.printf(sv(c.args[0]), c.args[1].o);
  Obj* wrapped = p.wrapped_error();
  if (!wrapped) {
    c.args[0] = Value::from_obj(new_error(p.out()));
    return NativeStatus::Done;
  }
  const TypeDesc* pt = fmt_wrap_error_ptr();
  Obj* st = vm::agg_new(pt->elem);
  rt::obj_slots(st)[0].o = vm::str_new(p.out());
  rt::obj_slots(st)[1].o = wrapped;
  c.args[0] = Value::from_obj(vm::iface_new(pt, Value::from_obj(st)));
  return NativeStatus::Done;
}

NativeStatus fprint_result(NativeCtx& c, Obj* w, const std::string& s) {
  std::string panic_text;
  if (!io_write(c, w, s, &panic_text)) return panic_string(c, panic_text);
  c.args[0] = int_val(static_cast<int64_t>(s.size()));
  c.args[1] = Value::zero();
  return NativeStatus::Done;
}
NativeStatus fmt_fprintln(NativeCtx& c) {
  Printer p(c);
  p.println(c.args[1].o);
  return fprint_result(c, c.args[0].o, p.out());
}
NativeStatus fmt_fprint(NativeCtx& c) {
  Printer p(c);
  p.print(c.args[1].o);
  return fprint_result(c, c.args[0].o, p.out());
}
NativeStatus fmt_fprintf(NativeCtx& c) {
  Printer p(c);
  p.printf(sv(c.args[1]), c.args[2].o);
  return fprint_result(c, c.args[0].o, p.out());
}

// ---- scanning ----
// Stores token text into the pointer target (an `any` holding *int, *string, *float64, ...).
// Returns an error message ("" = ok) in Go's wording for the common cases.
std::string scan_store_slot(const TypeDesc* t, Value* slot, std::string_view tok);

std::string scan_store(Obj* target, std::string_view tok) {
  const TypeDesc* t = vm::iface_type(target);
  if (!t || t->kind != Kind::Pointer) return "can't scan type";
  Obj* ref = vm::iface_data(target).o;
  Value* slot = ref_slot(ref);
  if (!slot && ref) {   // &b[i] of a compact []byte: scan into a slot, store the byte
    vm::Fault f;
    Value tmp{};
    std::string msg = scan_store_slot(t, &tmp, tok);
    if (msg.empty()) vm::ref_store(ref, tmp, f);
    return msg;
  }
  if (!slot) return "can't scan type";
  return scan_store_slot(t, slot, tok);
}

std::string scan_store_slot(const TypeDesc* t, Value* slot, std::string_view tok) {
  const TypeDesc* e = t->elem;
  if (e->kind == Kind::String) { slot->o = new_string(tok); return ""; }
  if (e->kind == Kind::Bool) {
    if (tok == "true") { slot->i = 1; return ""; }
    if (tok == "false") { slot->i = 0; return ""; }
    return "syntax error scanning boolean";
  }
  if (e->is_integer()) {
    if (e->is_unsigned()) {
      uint64_t u;
      if (parse_uint(tok, 10, 64, &u) != NumErr::None) return "expected integer";
      slot->u = u;
    } else {
      int64_t i;
      if (parse_int(tok, 10, 64, &i) != NumErr::None) return "expected integer";
      slot->i = i;
    }
    return "";
  }
  if (e->is_float()) {
    double d;
    if (parse_float(tok, e->kind == Kind::Float32 ? 32 : 64, &d) == NumErr::Syntax) return "expected float";
    slot->f = d;
    return "";
  }
  return "can't scan type: " + t->str;
}

bool is_space(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\v' || ch == '\f'; }

// Scans whitespace-separated tokens of `text` into the []any targets; newlines count as space
// unless `line` (Scanln: stop at newline).
NativeStatus scan_tokens(NativeCtx& c, std::string_view text, const Obj* targets, bool line,
                         size_t* consumed) {
  int64_t n;
  Value* a = slice_data(targets, &n);
  size_t pos = 0;
  int64_t count = 0;
  Obj* err = nullptr;
  for (int64_t k = 0; k < n; ++k) {
    while (pos < text.size() && is_space(text[pos]) && !(line && text[pos] == '\n')) ++pos;
    if (pos >= text.size()) { err = io_eof(); break; }  // Go reports EOF even after some operands
    if (line && text[pos] == '\n') { err = new_error("unexpected newline"); break; }
    size_t start = pos;
    while (pos < text.size() && !is_space(text[pos])) ++pos;
    std::string msg = scan_store(a[k].o, text.substr(start, pos - start));
    if (!msg.empty()) { err = new_error(msg); break; }
    ++count;
  }
  if (line && !err) {
    while (pos < text.size() && text[pos] != '\n' && is_space(text[pos])) ++pos;
    if (pos < text.size() && text[pos] == '\n') ++pos;
    else if (pos < text.size()) err = new_error("expected newline");
  }
  if (consumed) *consumed = pos;
  c.args[0] = int_val(count);
  c.args[1] = Value::from_obj(err);
  return NativeStatus::Done;
}

NativeStatus fmt_sscan(NativeCtx& c) { return scan_tokens(c, sv(c.args[0]), c.args[1].o, false, nullptr); }

// Sscanf: verbs consume a token each; other format characters must match (spaces match
// any run of spaces).
NativeStatus fmt_sscanf(NativeCtx& c) {
  std::string_view s = sv(c.args[0]);
  std::string_view f = sv(c.args[1]);
  int64_t n;
  Value* a = slice_data(c.args[2].o, &n);
  size_t si = 0, fi = 0;
  int64_t k = 0, count = 0;
  Obj* err = nullptr;
  while (fi < f.size() && !err) {
    char fc = f[fi];
    if (fc == '%' && fi + 1 < f.size() && f[fi + 1] != '%') {
      fi += 2;
      if (k >= n) { err = new_error("too few operands for format '%" + std::string(1, f[fi - 1]) + "'"); break; }
      while (si < s.size() && is_space(s[si]) && s[si] != '\n') ++si;
      size_t start = si;
      char verb = f[fi - 1];
      if (verb == 'c') {
        if (si < s.size()) ++si;
      } else {
        while (si < s.size() && !is_space(s[si]) && (fi >= f.size() || s[si] != f[fi])) ++si;
      }
      if (start == si) { err = si >= s.size() ? io_unexpected_eof() : new_error("expected integer"); break; }
      std::string msg = scan_store(a[k].o, s.substr(start, si - start));
      if (!msg.empty()) { err = new_error(msg); break; }
      ++k;
      ++count;
    } else if (is_space(fc)) {
      ++fi;
      while (si < s.size() && is_space(s[si])) ++si;
    } else {
      if (fc == '%') ++fi;
      if (si >= s.size()) { err = io_unexpected_eof(); break; }
      if (s[si] != fc) { err = new_error("input does not match format"); break; }
      ++si;
      ++fi;
    }
  }
  c.args[0] = int_val(count);
  c.args[1] = Value::from_obj(err);
  return NativeStatus::Done;
}

// Scan / Scanln on os.Stdin: read until the needed tokens (or a newline for Scanln) are in
// the buffer, then consume what was parsed.
NativeStatus scan_stdin(NativeCtx& c, bool line) {
  StdinBuffer& in = stdin_buffer();
  int64_t n;
  slice_data(c.args[0].o, &n);
  for (;;) {
    std::string_view p = in.pending();
    // Enough input: for Scanln a full line; for Scan, n tokens followed by a separator.
    bool enough = in.eof;
    if (!enough) {
      if (line) {
        enough = p.find('\n') != std::string_view::npos;
      } else {
        int64_t toks = 0;
        size_t i = 0;
        while (i < p.size()) {
          while (i < p.size() && is_space(p[i])) ++i;
          size_t st = i;
          while (i < p.size() && !is_space(p[i])) ++i;
          if (i > st && i < p.size()) ++toks;
        }
        enough = toks >= n;
      }
    }
    if (enough) {
      size_t used = 0;
      NativeStatus st = scan_tokens(c, p, c.args[0].o, line, &used);
      in.consume(used);
      return st;
    }
    size_t got;
    bool have_p = stdin_fill(c, &got);
    if (!have_p) {
      // Lost the P during the read: finish now with what is buffered (results must be stored
      // before returning NoP), allocating only permanent objects (util.h NoPAllocs).
      NoPAllocs pin(true);
      size_t used = 0;
      scan_tokens(c, in.pending(), c.args[0].o, line, &used);
      in.consume(used);
      return NativeStatus::NoP;
    }
  }
}
NativeStatus fmt_scan(NativeCtx& c) { return scan_stdin(c, false); }
NativeStatus fmt_scanln(NativeCtx& c) { return scan_stdin(c, true); }

// Typed lowerings kept from before fmt existed (the VM's own tests use them).
NativeStatus fmt_println_int(NativeCtx& c) {
  std::string s = std::to_string(c.args[0].i) + "\n";
  vm::write_output(c.g, 1, s);
  return NativeStatus::Done;
}

}  // namespace

void add_fmt_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"fmt.Println", fmt_println},   {"fmt.Print", fmt_print},       {"fmt.Printf", fmt_printf},
      {"fmt.Sprint", fmt_sprint},     {"fmt.Sprintln", fmt_sprintln}, {"fmt.Sprintf", fmt_sprintf},
      {"fmt.Errorf", fmt_errorf},     {"fmt.Fprintln", fmt_fprintln}, {"fmt.Fprint", fmt_fprint},
      {"fmt.Fprintf", fmt_fprintf},   {"fmt.Sscan", fmt_sscan},       {"fmt.Sscanf", fmt_sscanf},
      {"fmt.Scan", fmt_scan},         {"fmt.Scanln", fmt_scanln},
      {"fmt.Println/int", fmt_println_int},
  });
}

}  // namespace gort::stdlib
