// engine/stdlib/log_natives.cpp — package log's standard logger (stderr, Go 1.19's header
// format: "2009/11/10 23:00:00 " by default, UTC — the playground's only zone).
#include <atomic>
#include <mutex>

#include "stdlib/fmt_print.h"
#include "stdlib/natives.h"
#include "stdlib/std_types.h"

namespace gort::stdlib {
namespace {

constexpr int64_t kDate = 1, kTime = 2, kMicro = 4, kLong = 8, kShort = 16, kMsgPrefix = 64;

std::mutex g_mu;
int64_t g_flags = kDate | kTime;
std::string g_prefix;

void itoa_w(std::string& b, int64_t v, int wid) {
  std::string s = std::to_string(v);
  while (static_cast<int>(s.size()) < wid) s.insert(s.begin(), '0');
  b += s;
}

// Logger.formatHeader + Output: one stderr event per call, newline appended if missing.
void output(NativeCtx& c, const std::string& msg) {
  int64_t flags;
  std::string prefix;
  {
    std::lock_guard<std::mutex> lk(g_mu);
    flags = g_flags;
    prefix = g_prefix;
  }
  std::string b;
  if (!(flags & kMsgPrefix)) b += prefix;
  if (flags & (kDate | kTime | kMicro)) {
    int64_t ns = rt::walltime();
    int64_t secs = ns / 1000000000, nsec = ns % 1000000000;
    if (nsec < 0) { nsec += 1000000000; secs--; }
    int64_t days = secs / 86400, rem = secs % 86400;
    if (rem < 0) { rem += 86400; days--; }
    // civil_from_days (H. Hinnant)
    int64_t z = days + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int64_t d = doy - (153 * mp + 2) / 5 + 1;
    int64_t m = mp < 10 ? mp + 3 : mp - 9;
    int64_t y = yoe + era * 400 + (m <= 2);
    if (flags & kDate) {
      itoa_w(b, y, 4); b += '/'; itoa_w(b, m, 2); b += '/'; itoa_w(b, d, 2); b += ' ';
    }
    if (flags & (kTime | kMicro)) {
      itoa_w(b, rem / 3600, 2); b += ':'; itoa_w(b, rem / 60 % 60, 2); b += ':'; itoa_w(b, rem % 60, 2);
      if (flags & kMicro) { b += '.'; itoa_w(b, nsec / 1000, 6); }
      b += ' ';
    }
  }
  if (flags & (kShort | kLong)) b += "???:0: ";  // caller positions are not available to natives
  if (flags & kMsgPrefix) b += prefix;
  b += msg;
  if (msg.empty() || msg.back() != '\n') b += '\n';
  vm::write_output(c.g, 2, b);
}

std::string sprint(NativeCtx& c, const Obj* args, int kind, std::string_view format = {}) {
  Printer p(c);
  if (kind == 0) p.print(args);
  else if (kind == 1) p.println(args);
  else p.printf(format, args);
  return p.out();
}

NativeStatus l_print(NativeCtx& c) { output(c, sprint(c, c.args[0].o, 0)); return NativeStatus::Done; }
NativeStatus l_println(NativeCtx& c) { output(c, sprint(c, c.args[0].o, 1)); return NativeStatus::Done; }
NativeStatus l_printf(NativeCtx& c) { output(c, sprint(c, c.args[1].o, 2, sv(c.args[0]))); return NativeStatus::Done; }

NativeStatus fatal(NativeCtx& c, const std::string& s) {
  output(c, s);
  rt::os_exit(1);
  if (c.g && rt::block_forever(*c.g, "exit") == rt::Op::Park) return NativeStatus::Park;
  return NativeStatus::Yield;
}
NativeStatus l_fatal(NativeCtx& c) { return fatal(c, sprint(c, c.args[0].o, 0)); }
NativeStatus l_fatalln(NativeCtx& c) { return fatal(c, sprint(c, c.args[0].o, 1)); }
NativeStatus l_fatalf(NativeCtx& c) { return fatal(c, sprint(c, c.args[1].o, 2, sv(c.args[0]))); }

// log.Panic: logs, then panics with the message string as the panic value.
NativeStatus do_panic(NativeCtx& c, const std::string& s) {
  output(c, s);
  return vm::native_panic(c, vm::iface_new(vm::basic_type(vm::Kind::String), str_val(s)));
}
NativeStatus l_panic(NativeCtx& c) { return do_panic(c, sprint(c, c.args[0].o, 0)); }
NativeStatus l_panicln(NativeCtx& c) { return do_panic(c, sprint(c, c.args[0].o, 1)); }
NativeStatus l_panicf(NativeCtx& c) { return do_panic(c, sprint(c, c.args[1].o, 2, sv(c.args[0]))); }

NativeStatus l_set_flags(NativeCtx& c) {
  std::lock_guard<std::mutex> lk(g_mu);
  g_flags = c.args[0].i;
  return NativeStatus::Done;
}
NativeStatus l_set_prefix(NativeCtx& c) {
  std::lock_guard<std::mutex> lk(g_mu);
  g_prefix = std::string(sv(c.args[0]));
  return NativeStatus::Done;
}
NativeStatus l_flags(NativeCtx& c) {
  std::lock_guard<std::mutex> lk(g_mu);
  c.args[0].i = g_flags;
  return NativeStatus::Done;
}
NativeStatus l_prefix(NativeCtx& c) {
  std::string p;
  {
    std::lock_guard<std::mutex> lk(g_mu);
    p = g_prefix;
  }
  c.args[0] = str_val(p);
  return NativeStatus::Done;
}


}  // namespace

void reset_log_state() {
  std::lock_guard<std::mutex> lk(g_mu);
  g_flags = kDate | kTime;
  g_prefix.clear();
}

void add_log_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"log.Print", l_print}, {"log.Printf", l_printf}, {"log.Println", l_println},
      {"log.Fatal", l_fatal}, {"log.Fatalf", l_fatalf}, {"log.Fatalln", l_fatalln},
      {"log.Panic", l_panic}, {"log.Panicf", l_panicf}, {"log.Panicln", l_panicln},
      {"log.SetFlags", l_set_flags}, {"log.SetPrefix", l_set_prefix}, {"log.Flags", l_flags},
      {"log.Prefix", l_prefix}
  });
}

}  // namespace gort::stdlib
