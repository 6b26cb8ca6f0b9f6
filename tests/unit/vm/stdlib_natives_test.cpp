// tests/unit/vm/stdlib_natives_test.cpp — native calls from bytecode on the real runtime:
// time.Sleep parks under fake time and wakes in deadline order, each Println is one output
// event tagged with its goroutine, runtime.NumGoroutine/Gosched, unknown names.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stdlib/natives.h"
#include "vm/hooks.h"
#include "vm/interp.h"

namespace gort::stdlib {
namespace {

using vm::Instr;
using vm::Opcode;

Instr I(Opcode op, int a = 0, int b = 0, int c = 0) {
  return Instr{op, static_cast<uint16_t>(a), static_cast<uint16_t>(b), static_cast<uint16_t>(c)};
}

vm::Proto make(std::string name, int nparams, int nregs, std::vector<Instr> code,
               std::vector<Value> consts = {}) {
  vm::Proto p;
  p.name = std::move(name);
  p.nparams = nparams;
  p.nregs = nregs;
  p.code = std::move(code);
  p.consts = std::move(consts);
  p.lines.assign(p.code.size(), 1);
  return p;
}

struct Ev {
  int64_t goid;
  int stream;
  std::string bytes;
};
std::vector<Ev> g_events;
void out(int64_t goid, int stream, std::string_view b) { g_events.push_back({goid, stream, std::string(b)}); }
void rt_write(int, std::string_view b) { g_events.push_back({0, 2, std::string(b)}); }

TEST(StdlibNatives, UnknownNameIsNull) {
  EXPECT_EQ(find_native("fmt.Nope"), nullptr);
  EXPECT_NE(find_native("time.Sleep"), nullptr);
}

// Fast paths (vm/native.h) are registered with their natives, only where one exists.
TEST(StdlibNatives, FastPathsOnlyWhereRegistered) {
  EXPECT_NE(find_fast_native("(*sync.Mutex).Lock"), nullptr);
  EXPECT_NE(find_fast_native("(*sync.Mutex).Unlock"), nullptr);
  EXPECT_NE(find_fast_native("(*sync.WaitGroup).Done"), nullptr);
  EXPECT_EQ(find_fast_native("(*sync.WaitGroup).Wait"), nullptr);
  EXPECT_NE(find_fast_native("sync/atomic.AddInt64"), nullptr);
  EXPECT_NE(find_fast_native("(*sync/atomic.Uint32).CompareAndSwap"), nullptr);
  EXPECT_EQ(find_fast_native("(*sync/atomic.Value).Store"), nullptr);   // it can panic
  EXPECT_EQ(find_fast_native("time.Sleep"), nullptr);
  EXPECT_EQ(find_fast_native("fmt.Nope"), nullptr);
}

// func f(d time.Duration, v int) { time.Sleep(d); fmt.Println(v) }
// func main() { go f(2ms, 2); go f(1ms, 1); fmt.Println(runtime.NumGoroutine());
//               time.Sleep(3ms); fmt.Println(3) }
TEST(StdlibNatives, SleepParksAndWakesInDeadlineOrderUnderFakeTime) {
  vm::Module m;
  m.natives = {find_native("time.Sleep"), find_native("fmt.Println/int"),
               find_native("runtime.NumGoroutine")};
  const int64_t ms = 1000000;
  m.protos.push_back(make("main.main", 0, 4,
                          {I(Opcode::LOADK, 0, 0), I(Opcode::LOADI, 1, 2), I(Opcode::GO, 0, 1),
                           I(Opcode::LOADK, 0, 1), I(Opcode::LOADI, 1, 1), I(Opcode::GO, 0, 1),
                           I(Opcode::CALL_NATIVE, 2, 2), I(Opcode::CALL_NATIVE, 2, 1),
                           I(Opcode::LOADK, 0, 2), I(Opcode::CALL_NATIVE, 0, 0),
                           I(Opcode::LOADI, 0, 3), I(Opcode::CALL_NATIVE, 0, 1), I(Opcode::RET, 0, 0)},
                          {Value::from_int(2 * ms), Value::from_int(1 * ms), Value::from_int(3 * ms)}));
  m.protos.push_back(make("main.f", 2, 2,
                          {I(Opcode::CALL_NATIVE, 0, 0), I(Opcode::MOVE, 0, 1),
                           I(Opcode::CALL_NATIVE, 0, 1), I(Opcode::RET, 0, 0)}));
  ASSERT_EQ(vm::verify(m), "");
  for (int procs : {1, 2}) {
    g_events.clear();
    vm::set_output(out);
    rt::Config cfg;
    cfg.gomaxprocs = procs;
    cfg.faketime = true;
    cfg.seed = 1;
    EXPECT_EQ(rt::run_main(cfg, vm::make_hooks(m, rt_write), vm::new_g_state(m, 0, nullptr, 0)), 0);
    ASSERT_EQ(g_events.size(), 4u) << procs;
    EXPECT_EQ(g_events[0].bytes, "3\n");  // NumGoroutine: main + 2
    EXPECT_EQ(g_events[0].goid, 1);
    EXPECT_EQ(g_events[1].bytes, "1\n");
    EXPECT_EQ(g_events[2].bytes, "2\n");
    EXPECT_EQ(g_events[3].bytes, "3\n");
    EXPECT_EQ(g_events[3].goid, 1);
    EXPECT_NE(g_events[1].goid, g_events[2].goid);
    EXPECT_NE(g_events[1].goid, 1);
    for (const Ev& e : g_events) EXPECT_EQ(e.stream, 1);
  }
  vm::set_output(nullptr);
}

}  // namespace
}  // namespace gort::stdlib
