// engine/stdlib/natives.cpp — native bindings that exist so far: time.Sleep, runtime.Gosched,
// runtime.NumGoroutine, runtime.NumCPU, runtime.GOMAXPROCS and the typed Println/print
// lowerings for ints. fmt proper (interfaces, verbs) needs the compiler's value layout first.
#include "stdlib/natives.h"

#include <string>

namespace gort::stdlib {
namespace {

using vm::NativeCtx;
using vm::NativeStatus;

NativeStatus time_sleep(NativeCtx& c) {
  if (!c.g) GORT_THROW("stdlib: time.Sleep without a runtime G");
  return rt::sleep(*c.g, c.args[0].i) == rt::Op::Park ? NativeStatus::Park : NativeStatus::Done;
}

NativeStatus runtime_gosched(NativeCtx&) { return NativeStatus::Yield; }

NativeStatus runtime_numgoroutine(NativeCtx& c) {
  c.args[0].i = rt::num_goroutine();
  return NativeStatus::Done;
}

NativeStatus runtime_numcpu(NativeCtx& c) {
  c.args[0].i = rt::num_cpu();
  return NativeStatus::Done;
}

// runtime.GOMAXPROCS(n): returns the previous value; n < 1 only queries.
NativeStatus runtime_gomaxprocs(NativeCtx& c) {
  int64_t n = c.args[0].i;
  if (n < 1) {
    c.args[0].i = rt::gomaxprocs();
    return NativeStatus::Done;
  }
  c.gs.resume = vm::Resume::Recv;  // the previous value arrives in wake_value
  c.gs.resume_slot = c.base;
  rt::Op op = rt::set_gomaxprocs(*c.g, static_cast<int>(n));
  return op == rt::Op::Park ? NativeStatus::Park : NativeStatus::Done;
}

// fmt.Println(x) with one int argument: "x\n" to stdout as one output event.
NativeStatus fmt_println_int(NativeCtx& c) {
  std::string s = std::to_string(c.args[0].i) + "\n";
  vm::write_output(c.g, 1, s);
  return NativeStatus::Done;
}

// Go's builtin println(x) with one int argument writes to stderr.
NativeStatus builtin_println_int(NativeCtx& c) {
  std::string s = std::to_string(c.args[0].i) + "\n";
  vm::write_output(c.g, 2, s);
  return NativeStatus::Done;
}

struct Entry {
  std::string_view name;
  vm::NativeFn fn;
};
const Entry kNatives[] = {
    {"time.Sleep", time_sleep},
    {"runtime.Gosched", runtime_gosched},
    {"runtime.NumGoroutine", runtime_numgoroutine},
    {"runtime.NumCPU", runtime_numcpu},
    {"runtime.GOMAXPROCS", runtime_gomaxprocs},
    {"fmt.Println/int", fmt_println_int},
    {"println/int", builtin_println_int},
};

}  // namespace

vm::NativeFn find_native(std::string_view name) {
  for (const Entry& e : kNatives)
    if (e.name == name) return e.fn;
  return nullptr;
}

}  // namespace gort::stdlib
