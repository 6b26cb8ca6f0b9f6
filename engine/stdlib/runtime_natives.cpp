// engine/stdlib/runtime_natives.cpp — package runtime (GOMAXPROCS, NumGoroutine, NumCPU,
// Gosched, GC, Version, ReadMemStats) and sync/atomic's registration (atomic_natives.cpp).
#include <cmath>
#include <cstdlib>
#include <string>

#include "stdlib/natives.h"
#include "vm/gstate.h"
#include "vm/proto.h"
#include "stdlib/util.h"
#include "runtime/heap_mallocs.h"

namespace gort::stdlib {

void add_sync_atomic_natives(std::vector<NativeEntry>& v);

namespace {

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
  if (op == rt::Op::Park) return NativeStatus::Park;
  c.gs.resume = vm::Resume::None;
  c.args[0] = c.g->wake_value;
  return NativeStatus::Done;
}

NativeStatus runtime_gc(NativeCtx& c) {
  if (!c.g) return NativeStatus::Done;
  return rt::gc_collect(*c.g) == rt::Op::Park ? NativeStatus::Park : NativeStatus::Done;
}

NativeStatus runtime_version(NativeCtx& c) {
  c.args[0] = str_val("go1.19");
  return NativeStatus::Done;
}

// MemStats {Alloc, TotalAlloc, Sys, Mallocs, Frees, HeapAlloc, HeapSys, NumGC}
NativeStatus runtime_readmemstats(NativeCtx& c) {
  if (!c.args[0].o) return panic_runtime(c, "runtime error: invalid memory address or nil pointer dereference");
  rt::HeapStats h = rt::heap_stats();
  Value* s = rt::obj_slots(c.args[0].o);
  s[0].u = h.heap_live;
  s[1].u = h.total_alloc;
  // Sys: what the engine holds from the allocator (stacks and G structs included, as in Go);
  // where that is unknown, the heap's target size.
  s[2].u = h.malloc_in_use ? h.malloc_in_use : (h.next_gc > h.heap_live ? h.next_gc : h.heap_live);
  // Mallocs and Frees are cumulative counts, as in Go (b.ReportAllocs reads their deltas).
  uint64_t mallocs = rt::total_mallocs();
  s[3].u = mallocs;
  s[4].u = mallocs >= h.heap_objects ? mallocs - h.heap_objects : 0;
  s[5].u = h.heap_live;
  s[6].u = s[2].u;
  s[7].u = static_cast<uint32_t>(h.num_gc);
  return NativeStatus::Done;
}

// runtime.Goexit is compiled to the GOEXIT instruction (the interpreter unwinds the goroutine
// running its deferred calls); this native only serves a call through a function value.
NativeStatus runtime_goexit(NativeCtx& c) {
  return panic_string(c, "runtime.Goexit called through a function value (or deferred) is not supported by gort");
}

// runtime.Caller(skip): the file and line of the call skip frames up (0: the function calling
// Caller), named as tracebacks name them ("/tmp/prog.go"); pc is the frame's instruction
// index (only for comparison: there is no FuncForPC). Natives run with the caller's frame
// stored, its pc one past the call.
NativeStatus runtime_caller(NativeCtx& c) {
  int64_t skip = c.args[0].i;
  const auto& fr = c.gs.frames;
  if (!c.module || skip < 0 || static_cast<uint64_t>(skip) >= fr.size()) {
    c.args[0] = int_val(0);
    c.args[1] = str_val("");
    c.args[2] = int_val(0);
    c.args[3] = bool_val(false);
    return NativeStatus::Done;
  }
  const vm::Frame& f = fr[fr.size() - 1 - static_cast<size_t>(skip)];
  const vm::Proto& p = c.module->protos[f.proto];
  uint32_t pc = f.pc > 0 ? f.pc - 1 : 0;
  int line = pc < p.lines.size() ? p.lines[pc] : 0;
  std::string pos = c.module->position(p, line);  // "FILE:LINE"
  size_t colon = pos.rfind(':');
  c.args[0] = int_val(static_cast<int64_t>(f.proto) << 32 | pc);
  c.args[1] = str_val(pos.substr(0, colon));
  c.args[2] = int_val(std::atoll(pos.c_str() + colon + 1));
  c.args[3] = bool_val(true);
  return NativeStatus::Done;
}

// Go's builtin println(x) lowering for one int (kept for the VM's own tests).
NativeStatus builtin_println_int(NativeCtx& c) {
  std::string s = std::to_string(c.args[0].i) + "\n";
  vm::write_output(c.g, 2, s);
  return NativeStatus::Done;
}

// The min and max built-ins on floats (Go's runtime fmin/fmax): a NaN argument gives NaN, and
// -0 is less than +0. A plain compare-and-pick gets both wrong. args: x, y → min/max.
double float_min(double x, double y) {
  if (y != y || y < x) return y;
  if (x != x || x < y || x != 0) return x;
  return std::signbit(x) ? x : y;  // both zeros: -0 if either is
}
double float_max(double x, double y) {
  if (y != y || y > x) return y;
  if (x != x || x > y || x != 0) return x;
  return std::signbit(x) ? y : x;  // both zeros: +0 if either is
}
bool builtin_fmin_fast(Value* args, const rt::G*) {
  args[0].f = float_min(args[0].f, args[1].f);
  return true;
}
bool builtin_fmax_fast(Value* args, const rt::G*) {
  args[0].f = float_max(args[0].f, args[1].f);
  return true;
}
NativeStatus builtin_fmin(NativeCtx& c) {
  builtin_fmin_fast(c.args, c.g);
  return NativeStatus::Done;
}
NativeStatus builtin_fmax(NativeCtx& c) {
  builtin_fmax_fast(c.args, c.g);
  return NativeStatus::Done;
}

}  // namespace

void add_runtime_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"runtime.Gosched", runtime_gosched}, {"runtime.NumGoroutine", runtime_numgoroutine},
      {"runtime.NumCPU", runtime_numcpu}, {"runtime.GOMAXPROCS", runtime_gomaxprocs},
      {"runtime.GC", runtime_gc}, {"runtime.Version", runtime_version}, {"runtime.Caller", runtime_caller},
      {"runtime.ReadMemStats", runtime_readmemstats}, {"runtime.Goexit", runtime_goexit}, {"println/int", builtin_println_int},
      {"builtin/fmin", builtin_fmin, builtin_fmin_fast}, {"builtin/fmax", builtin_fmax, builtin_fmax_fast},
  });
  add_sync_atomic_natives(v);
}

}  // namespace gort::stdlib
