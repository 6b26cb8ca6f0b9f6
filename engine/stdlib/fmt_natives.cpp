// engine/stdlib/fmt_natives.cpp — fmt's functions on top of the Printer (fmt_print.h):
// Print/Println/Printf (stdout, one output event per call so lines are never torn between
// goroutines), Sprint*, Errorf (%w wraps), Fprint* (io.h writers), and the Scan family.
#include <cmath>
#include <cstdlib>

#include "stdlib/fmt_print.h"
#include "stdlib/fmt_scan.h"
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
// fmt.Append, Appendf, Appendln (Go 1.19): Sprint's text appended to the []byte b.
NativeStatus fmt_append(NativeCtx& c) {
  Printer p(c);
  p.print(c.args[1].o);
  return ret_appended(c, p.out());
}
NativeStatus fmt_appendf(NativeCtx& c) {
  Printer p(c);
  p.printf(sv(c.args[1]), c.args[2].o);
  return ret_appended(c, p.out());
}
NativeStatus fmt_appendln(NativeCtx& c) {
  Printer p(c);
  p.println(c.args[1].o);
  return ret_appended(c, p.out());
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

// ---- scanning (fmt_scan.h) ----
// Sscan/Sscanln/Sscanf: the string is the whole input.
NativeStatus sscan_mode(NativeCtx& c, ScanMode mode) {
  bool f = mode == ScanMode::Scanf;
  ScanResult r = fmt_scan_run(sv(c.args[0]), true, false, mode, f ? sv(c.args[1]) : std::string_view(),
                              c.args[f ? 2 : 1].o, true);
  c.args[0] = int_val(r.count);
  c.args[1] = Value::from_obj(r.err);
  return NativeStatus::Done;
}
NativeStatus fmt_sscan(NativeCtx& c) { return sscan_mode(c, ScanMode::Scan); }
NativeStatus fmt_sscanln(NativeCtx& c) { return sscan_mode(c, ScanMode::Scanln); }
NativeStatus fmt_sscanf(NativeCtx& c) { return sscan_mode(c, ScanMode::Scanf); }

// Fscan*/Scan* on a reader: a dry scan on the input available says whether it suffices (else
// scan_reader reads more), then the storing scan runs on the same bytes.
NativeStatus fscan_mode(NativeCtx& c, ScanMode mode, bool from_stdin) {
  int ai = from_stdin ? 0 : 1;   // first argument after the reader
  bool f = mode == ScanMode::Scanf;
  std::string format = f ? std::string(sv(c.args[ai])) : std::string();
  int ti = f ? ai + 1 : ai;
  Obj* reader = from_stdin ? nullptr : c.args[0].o;   // null: os.Stdin
  ScanResult res;
  bool had_p = true, rune_scanner = false;
  std::string panic_text;
  auto scan = [&](std::string_view data, bool at_eof) -> size_t {
    bool lossy = !rune_scanner;
    ScanResult dry = fmt_scan_run(data, at_eof, lossy, mode, format, c.args[ti].o, false);
    if (dry.need_more) return std::string_view::npos;
    NoPAllocs pin(!had_p);
    res = fmt_scan_run(data, true, lossy, mode, format, c.args[ti].o, true);
    res.consumed = dry.consumed;
    return dry.consumed;
  };
  NativeStatus st = scan_reader(c, reader, scan, &had_p, &rune_scanner, &panic_text);
  if (st == NativeStatus::Panic) return panic_runtime(c, panic_text);
  NoPAllocs pin(!had_p);
  c.args[0] = int_val(res.count);
  c.args[1] = Value::from_obj(res.err);
  return had_p ? NativeStatus::Done : NativeStatus::NoP;
}
NativeStatus fmt_fscan(NativeCtx& c) { return fscan_mode(c, ScanMode::Scan, false); }
NativeStatus fmt_fscanln(NativeCtx& c) { return fscan_mode(c, ScanMode::Scanln, false); }
NativeStatus fmt_fscanf(NativeCtx& c) { return fscan_mode(c, ScanMode::Scanf, false); }
NativeStatus fmt_scan(NativeCtx& c) { return fscan_mode(c, ScanMode::Scan, true); }
NativeStatus fmt_scanln(NativeCtx& c) { return fscan_mode(c, ScanMode::Scanln, true); }
NativeStatus fmt_scanf(NativeCtx& c) { return fscan_mode(c, ScanMode::Scanf, true); }

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
      {"fmt.Append", fmt_append}, {"fmt.Appendf", fmt_appendf}, {"fmt.Appendln", fmt_appendln},
      {"fmt.Errorf", fmt_errorf},     {"fmt.Fprintln", fmt_fprintln}, {"fmt.Fprint", fmt_fprint},
      {"fmt.Fprintf", fmt_fprintf},   {"fmt.Sscan", fmt_sscan},       {"fmt.Sscanf", fmt_sscanf},
      {"fmt.Scan", fmt_scan},         {"fmt.Scanln", fmt_scanln},     {"fmt.Scanf", fmt_scanf},
      {"fmt.Sscanln", fmt_sscanln},   {"fmt.Fscan", fmt_fscan},       {"fmt.Fscanln", fmt_fscanln},
      {"fmt.Fscanf", fmt_fscanf},
      {"fmt.Println/int", fmt_println_int},
  });
}

}  // namespace gort::stdlib
