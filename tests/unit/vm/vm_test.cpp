// tests/unit/vm/vm_test.cpp — the dispatch loop on hand-assembled bytecode: calls and results,
// Go integer semantics, stack growth by copying and overflow, runtime-error panics with their
// Go messages and traceback lines, preemption at back-edges, verifier, disassembler, exact
// stack scanning, and running on the real M:P:G runtime through vm::make_hooks.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <string>

#include "vm/cstack.h"
#include "vm/hooks.h"
#include "vm/interp.h"
#include "vm/native.h"

namespace gort::vm {
namespace {

Instr I(Opcode op, int a = 0, int b = 0, int c = 0) {
  return Instr{op, static_cast<uint16_t>(a), static_cast<uint16_t>(b), static_cast<uint16_t>(c)};
}

// Appends code with line numbers 10, 11, 12, ... (so tests can check traceback lines).
Proto make(std::string name, int nparams, int nresults, int nregs, std::vector<Instr> code) {
  Proto p;
  p.name = std::move(name);
  p.nparams = nparams;
  p.nresults = nresults;
  p.nregs = nregs;
  p.code = std::move(code);
  for (size_t i = 0; i < p.code.size(); ++i) p.lines.push_back(10 + static_cast<int>(i));
  return p;
}

// func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }
Proto fib_proto(uint16_t self) {
  return make("main.fib", 1, 1, 4,
              {I(Opcode::LOADI, 1, 2), I(Opcode::JGE_INT, 0, 1, 1), I(Opcode::RET, 0, 1),
               I(Opcode::ADDI_INT, 2, 0, -1), I(Opcode::CALL, 2, self),
               I(Opcode::ADDI_INT, 3, 0, -2), I(Opcode::CALL, 3, self),
               I(Opcode::ADD_INT, 0, 2, 3), I(Opcode::RET, 0, 1)});
}

// func sum(n int) int { if n < 1 { return 0 }; return n + sum(n-1) } — deep recursion.
Proto sum_proto(uint16_t self) {
  return make("main.sum", 1, 1, 3,
              {I(Opcode::LOADI, 1, 1), I(Opcode::JGE_INT, 0, 1, 2), I(Opcode::LOADI, 0, 0),
               I(Opcode::RET, 0, 1), I(Opcode::ADDI_INT, 2, 0, -1), I(Opcode::CALL, 2, self),
               I(Opcode::ADD_INT, 0, 0, 2), I(Opcode::RET, 0, 1)});
}

int64_t native_fib(int64_t n) { return n < 2 ? n : native_fib(n - 1) + native_fib(n - 2); }

int64_t run1(const Module& m, uint32_t entry, int64_t arg, GState& gs) {
  Value a = Value::from_int(arg);
  EXPECT_TRUE(start(gs, m, entry, &a, 1));
  EXPECT_EQ(execute(gs, m, nullptr), Exec::Returned);
  return result(gs, 0).i;
}

TEST(Vm, FibMatchesNative) {
  Module m;
  m.protos.push_back(fib_proto(0));
  ASSERT_EQ(verify(m), "");
  GState gs;
  for (int n : {0, 1, 2, 10, 25}) EXPECT_EQ(run1(m, 0, n, gs), native_fib(n)) << n;
}

// Run by hand: ./gort_vm_tests --gtest_also_run_disabled_tests --gtest_filter='*FibBench*'
TEST(Vm, DISABLED_FibBench) {
  Module m;
  m.protos.push_back(fib_proto(0));
  prepare(m);  // as the engine runs it
  GState gs;
  auto t0 = std::chrono::steady_clock::now();
  int64_t r = run1(m, 0, 35, gs);
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_EQ(r, 9227465);
  std::printf("fib(35) = %lld in %.3f s\n", static_cast<long long>(r), s);
}

TEST(Vm, StackGrowsByCopyingAndKeepsFrames) {
  Module m;
  m.protos.push_back(sum_proto(0));
  ASSERT_EQ(verify(m), "");
  GState gs;
  uint32_t initial = gs.stack.size();
  // 20000 frames of 3 slots: far beyond the initial 128 slots, so the stack must be copied
  // many times while frames below hold live values (n) that the additions then read.
  EXPECT_EQ(run1(m, 0, 20000, gs), int64_t{20000} * 20001 / 2);
  EXPECT_GT(gs.stack.size(), initial);
  EXPECT_GE(gs.stack.grow_count(), 8u);
  // Shrinks (as at GC) when under a quarter used.
  gs.stack.shrink_to_fit(10);
  EXPECT_EQ(gs.stack.size(), kInitialStackSlots);
}

TEST(Vm, StackOverflowStopsAtTheLimitWithTraceback) {
  Module m;
  // func f() { f() }
  m.protos.push_back(make("main.f", 0, 0, 2, {I(Opcode::CALL, 1, 0), I(Opcode::RET, 0, 0)}));
  ASSERT_EQ(verify(m), "");
  GState gs;
  gs.max_stack_bytes = 64 * 1024;
  ASSERT_TRUE(start(gs, m, 0, nullptr, 0));
  EXPECT_EQ(execute(gs, m, nullptr), Exec::StackOverflow);
  EXPECT_LE(uint64_t{gs.stack.size()} * sizeof(Value), gs.max_stack_bytes);
  EXPECT_EQ(traceback(gs, m).rfind("main.f()\n\t/tmp/prog.go:10 +0x0\n", 0), 0u);
  // Thousands of frames, but the traceback stops after Go's 100 with Go's marker.
  std::string tb = traceback(gs, m);
  EXPECT_GT(gs.frames.size(), 1000u);
  size_t frames = 0;
  for (size_t at = 0; (at = tb.find("main.f()\n", at)) != std::string::npos; ++at) ++frames;
  EXPECT_EQ(frames, 100u);
  EXPECT_NE(tb.find("\n...additional frames elided...\n"), std::string::npos);
}

// func main() { a := make([]int, 3); _ = a[idx] }  with the index in K[0]
Module index_module(int64_t idx) {
  Module m;
  Proto p = make("main.main", 0, 0, 4,
                 {I(Opcode::LOADI, 0, 3), I(Opcode::NEW_INTS, 1, 0), I(Opcode::LOADK, 2, 0),
                  I(Opcode::LOAD_INT_AT, 3, 1, 2), I(Opcode::RET, 0, 0)});
  p.consts.push_back(Value::from_int(idx));
  p.ptrmask = 1u << 1;
  m.protos.push_back(std::move(p));
  return m;
}

TEST(Vm, IndexOutOfRangeIsAGoPanicAtTheRightLine) {
  Module m = index_module(5);
  ASSERT_EQ(verify(m), "");
  GState gs;
  ASSERT_TRUE(start(gs, m, 0, nullptr, 0));
  ASSERT_EQ(execute(gs, m, nullptr), Exec::Panicked);
  EXPECT_EQ(gs.panic_msg, "runtime error: index out of range [5] with length 3");
  EXPECT_EQ(traceback(gs, m), "main.main()\n\t/tmp/prog.go:13 +0x18\n");

  Module neg = index_module(-1);
  ASSERT_TRUE(start(gs, neg, 0, nullptr, 0));
  ASSERT_EQ(execute(gs, neg, nullptr), Exec::Panicked);
  EXPECT_EQ(gs.panic_msg, "runtime error: index out of range [-1] with length 3");

  Module ok = index_module(2);
  ASSERT_TRUE(start(gs, ok, 0, nullptr, 0));
  EXPECT_EQ(execute(gs, ok, nullptr), Exec::Returned);
}

TEST(Vm, NilDereferencePanicsWithSignalLine) {
  Module m;
  m.protos.push_back(make("main.main", 0, 0, 1, {I(Opcode::NILCHECK, 0), I(Opcode::RET, 0, 0)}));
  GState gs;
  ASSERT_TRUE(start(gs, m, 0, nullptr, 0));
  ASSERT_EQ(execute(gs, m, nullptr), Exec::Panicked);
  EXPECT_EQ(gs.panic_msg,
            "runtime error: invalid memory address or nil pointer dereference\n"
            "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
}

// func f(a, b int) int { return a <op> b }
int64_t binop(Opcode op, int64_t a, int64_t b, Exec want = Exec::Returned, std::string* msg = nullptr) {
  Module m;
  m.protos.push_back(make("main.f", 2, 1, 2, {I(op, 0, 0, 1), I(Opcode::RET, 0, 1)}));
  EXPECT_EQ(verify(m), "");
  GState gs;
  Value args[2] = {Value::from_int(a), Value::from_int(b)};
  EXPECT_TRUE(start(gs, m, 0, args, 2));
  EXPECT_EQ(execute(gs, m, nullptr), want);
  if (msg) *msg = gs.panic_msg;
  return result(gs, 0).i;
}

TEST(Vm, IntegersWrapAndDivideAsGo) {
  EXPECT_EQ(binop(Opcode::ADD_INT, INT64_MAX, 1), INT64_MIN);
  EXPECT_EQ(binop(Opcode::MUL_INT, INT64_MAX, 2), -2);
  EXPECT_EQ(binop(Opcode::DIV_INT, INT64_MIN, -1), INT64_MIN);
  EXPECT_EQ(binop(Opcode::REM_INT, INT64_MIN, -1), 0);
  EXPECT_EQ(binop(Opcode::DIV_INT, -7, 2), -3);  // truncated division
  EXPECT_EQ(binop(Opcode::REM_INT, -7, 2), -1);
  std::string msg;
  binop(Opcode::DIV_INT, 1, 0, Exec::Panicked, &msg);
  EXPECT_EQ(msg, "runtime error: integer divide by zero");

  Module m;  // int8(127) + 1 == -128; uint8(0) - 1 == 255
  m.protos.push_back(make("main.w", 2, 1, 2,
                          {I(Opcode::ADD_INT, 0, 0, 1), I(Opcode::WRAP_I8, 0, 0), I(Opcode::RET, 0, 1)}));
  m.protos.push_back(make("main.u", 2, 1, 2,
                          {I(Opcode::SUB_INT, 0, 0, 1), I(Opcode::WRAP_U8, 0, 0), I(Opcode::RET, 0, 1)}));
  GState gs;
  Value args[2] = {Value::from_int(127), Value::from_int(1)};
  ASSERT_TRUE(start(gs, m, 0, args, 2));
  ASSERT_EQ(execute(gs, m, nullptr), Exec::Returned);
  EXPECT_EQ(result(gs, 0).i, -128);
  Value args2[2] = {Value::from_int(0), Value::from_int(1)};
  ASSERT_TRUE(start(gs, m, 1, args2, 2));
  ASSERT_EQ(execute(gs, m, nullptr), Exec::Returned);
  EXPECT_EQ(result(gs, 0).i, 255);
}

// func count(n int) int { s := 0; for i := 0; i < n; i++ { s += i }; return s }
Proto count_proto() {
  return make("main.count", 1, 1, 4,
              {I(Opcode::LOADI, 1, 0), I(Opcode::LOADI, 2, 0),
               I(Opcode::JGE_INT, 2, 0, 3),                       // 2: if i >= n goto 6
               I(Opcode::ADD_INT, 1, 1, 2), I(Opcode::ADDI_INT, 2, 2, 1),
               I(Opcode::JMP, 0, static_cast<uint16_t>(-4)),      // 5: back-edge to 2
               I(Opcode::RET, 1, 1)});
}

TEST(Vm, BackEdgePollsPreemptionAndResumesExactly) {
  Module m;
  m.protos.push_back(count_proto());
  ASSERT_EQ(verify(m), "");
  // rt::run_main leaves the global yield request set after a run ends (other tests in this
  // binary run programs first), so clear it: this test is about the per-G preempt flag.
  rt::detail::global_yield.store(0);
  rt::G g;
  g.preempt.store(1);
  GState gs;
  Value n = Value::from_int(1000);
  ASSERT_TRUE(start(gs, m, 0, &n, 1));
  int yields = 0;
  Exec e;
  // Stays requested for 5 polls, then cleared: each resume continues where it stopped.
  while ((e = execute(gs, m, &g)) == Exec::Yielded) {
    if (++yields == 5) g.preempt.store(0);
  }
  EXPECT_EQ(e, Exec::Returned);
  EXPECT_EQ(yields, 5);
  EXPECT_EQ(result(gs, 0).i, 999 * 1000 / 2);
}

// prepare() (prepare.cpp): the fast path's table and fused pairs. Only the first instruction
// of a pair changes; the programs compute what they did before, through the fast path's CALL,
// RET, frame-array growth, stack growth, overflow and back-edge polls.
TEST(Vm, PrepareFusesHotPairsAndKeepsResults) {
  Module m;
  m.protos.push_back(fib_proto(0));
  ASSERT_EQ(verify(m), "");
  prepare(m);
  ASSERT_EQ(m.hot.size(), 1u);
  const std::vector<Instr>& c = m.protos[0].code;
  EXPECT_EQ(c[3].op, Opcode::ADDI_CALL);
  EXPECT_EQ(c[4].op, Opcode::CALL);
  EXPECT_EQ(c[5].op, Opcode::ADDI_CALL);
  EXPECT_EQ(c[7].op, Opcode::ADD_RET);
  EXPECT_EQ(c[8].op, Opcode::RET);
  EXPECT_EQ(c[1].op, Opcode::JGE_INT);  // not a compare with an immediate: left alone
  EXPECT_EQ(verify(m), "");
  GState gs;
  for (int n : {0, 1, 2, 10, 25}) EXPECT_EQ(run1(m, 0, n, gs), native_fib(n)) << n;
}

TEST(Vm, PreparedCompareAndReturnFuses) {
  // func f(n int) int { if n < 2 { return n }; return f(n-1) + f(n-2) } as gort compiles it.
  Module m;
  m.protos.push_back(make("main.fib", 1, 1, 9,
                          {I(Opcode::JGE_INTI, 0, 2, 1), I(Opcode::RET, 0, 1),
                           I(Opcode::ADDI_INT, 6, 0, -1), I(Opcode::CALL, 6, 0),
                           I(Opcode::MOVE, 2, 6), I(Opcode::ADDI_INT, 6, 0, -2),
                           I(Opcode::CALL, 6, 0), I(Opcode::ADD_INT, 0, 2, 6),
                           I(Opcode::RET, 0, 1)}));
  ASSERT_EQ(verify(m), "");
  prepare(m);
  EXPECT_EQ(m.protos[0].code[0].op, Opcode::JGE_INTI_RET);
  GState gs;
  for (int n : {0, 1, 2, 3, 20}) EXPECT_EQ(run1(m, 0, n, gs), native_fib(n)) << n;
}

TEST(Vm, PreparedDeepRecursionGrowsStackAndFrames) {
  Module m;
  m.protos.push_back(sum_proto(0));
  prepare(m);
  GState gs;
  EXPECT_EQ(run1(m, 0, 20000, gs), int64_t{20000} * 20001 / 2);
  EXPECT_GE(gs.stack.grow_count(), 8u);
  EXPECT_GE(gs.frames.capacity(), 20000u);
  EXPECT_EQ(gs.frames.size(), 0u);
}

TEST(Vm, PreparedStackOverflowKeepsTraceback) {
  Module m;
  m.protos.push_back(make("main.f", 0, 0, 2, {I(Opcode::CALL, 1, 0), I(Opcode::RET, 0, 0)}));
  prepare(m);
  GState gs;
  gs.max_stack_bytes = 64 * 1024;
  ASSERT_TRUE(start(gs, m, 0, nullptr, 0));
  EXPECT_EQ(execute(gs, m, nullptr), Exec::StackOverflow);
  EXPECT_GT(gs.frames.size(), 1000u);
  EXPECT_EQ(traceback(gs, m).rfind("main.f()\n\t/tmp/prog.go:10 +0x0\n", 0), 0u);
}

TEST(Vm, PreparedBackEdgePollsPreemption) {
  Module m;
  m.protos.push_back(count_proto());
  prepare(m);
  EXPECT_EQ(m.protos[0].code[4].op, Opcode::ADDI_JMP);
  rt::detail::global_yield.store(0);
  rt::G g;
  g.preempt.store(1);
  GState gs;
  Value n = Value::from_int(1000);
  ASSERT_TRUE(start(gs, m, 0, &n, 1));
  int yields = 0;
  Exec e;
  while ((e = execute(gs, m, &g)) == Exec::Yielded) {
    if (++yields == 5) g.preempt.store(0);
  }
  EXPECT_EQ(e, Exec::Returned);
  EXPECT_EQ(yields, 5);
  EXPECT_EQ(result(gs, 0).i, 999 * 1000 / 2);
}

TEST(Vm, VerifierRejectsBadCode) {
  Module m;
  m.protos.push_back(make("main.bad", 0, 0, 2, {I(Opcode::MOVE, 0, 7), I(Opcode::RET, 0, 0)}));
  EXPECT_NE(verify(m).find("register r7 >= nregs"), std::string::npos);
  Module j;
  j.protos.push_back(make("main.j", 0, 0, 1, {I(Opcode::JMP, 0, 50), I(Opcode::RET, 0, 0)}));
  EXPECT_NE(verify(j).find("jump out of code"), std::string::npos);
  Module f;
  f.protos.push_back(make("main.c", 0, 0, 1, {I(Opcode::CALL, 0, 3), I(Opcode::RET, 0, 0)}));
  EXPECT_NE(verify(f).find("f3 does not exist"), std::string::npos);
}

// A traceback taken while a native runs (a fatal error inside it: Unlock of an unlocked
// mutex) shows the native's frame first and the calling frame at the call's line, as Go does;
// once the native returned, neither remains.
std::string g_tb_in_native;
NativeStatus capture_traceback(NativeCtx& c) {
  g_tb_in_native = traceback(c.gs, *c.module);
  return NativeStatus::Done;
}

TEST(Vm, TracebackInsideANativeShowsItAtTheCallLine) {
  Module m;
  m.natives.push_back(capture_traceback);
  m.native_names.push_back("(*sync.Mutex).Unlock");
  // line 10: LOADI; line 11: CALL_NATIVE; line 12: RET
  m.protos.push_back(make("main.main", 0, 0, 2,
                          {I(Opcode::LOADI, 0, 1), I(Opcode::CALL_NATIVE, 0, 0), I(Opcode::RET, 0, 0)}));
  ASSERT_EQ(verify(m), "");
  GState gs;
  ASSERT_TRUE(start(gs, m, 0, nullptr, 0));
  ASSERT_EQ(execute(gs, m, nullptr), Exec::Returned);
  EXPECT_EQ(g_tb_in_native.rfind("sync.(*Mutex).Unlock(...)\n", 0), 0u) << g_tb_in_native;
  EXPECT_NE(g_tb_in_native.find("main.main()\n\t/tmp/prog.go:11 +0x8\n"), std::string::npos)
      << g_tb_in_native;
  EXPECT_EQ(gs.parked_native, -1);
}

// The guard of nested native -> Go calls: a thread's C++ stack left is known and shrinks as
// the stack is used (recursion through fmt -> String would otherwise crash the process).
__attribute__((noinline)) size_t stack_left_at_depth(int n) {
  char pad[1024];
  // The array escapes into an opaque asm: the compiler must keep all of it in this frame
  // (clang shrank a volatile array to the two bytes used).
  asm volatile("" : : "r"(pad) : "memory");
  size_t r = n == 0 ? c_stack_left() : stack_left_at_depth(n - 1);
  asm volatile("" : : "r"(pad) : "memory");  // used after the call: no tail call
  return r;
}

TEST(Vm, CStackLeftShrinksWithDepth) {
  size_t here = c_stack_left();
#if defined(__linux__) || defined(__EMSCRIPTEN__)
  EXPECT_LT(here, size_t{1} << 40);
#endif
  EXPECT_GT(here, size_t{64} * 1024);
  EXPECT_LT(stack_left_at_depth(50), here - 50 * 1024);
}

TEST(Vm, DisassemblerNamesOpsAndOperands) {
  std::string d = disassemble(fib_proto(0));
  EXPECT_NE(d.find("func main.fib params=1 results=1 regs=4\n"), std::string::npos) << d;
  EXPECT_NE(d.find("0001  JGE_INT      r0 r1 ->3   ; line 11\n"), std::string::npos) << d;
  EXPECT_NE(d.find("0003  ADDI_INT     r2 r0 -1"), std::string::npos) << d;
  EXPECT_NE(d.find("0004  CALL         r2 f0"), std::string::npos) << d;
}

TEST(Vm, ScanMarksOnlyPointerRegisters) {
  Module m = index_module(0);
  GState gs;
  ASSERT_TRUE(start(gs, m, 0, nullptr, 0));
  ASSERT_EQ(execute(gs, m, nullptr), Exec::Returned);  // frames gone: nothing to scan
  // Re-create a live frame holding an object in pointer register 1 and the same object's
  // address bits in non-pointer register 2: only the pointer register may be followed.
  ASSERT_TRUE(start(gs, m, 0, nullptr, 0));
  static const rt::Layout L{};
  Obj* o = rt::alloc(&L, 8);
  gs.stack.data()[1] = Value::from_obj(o);
  rt::Tracer t;
  scan(gs, m, t);
  EXPECT_EQ(o->mark, 1);
  Obj* o2 = rt::alloc(&L, 8);
  gs.stack.data()[1] = Value::zero();
  gs.stack.data()[2] = Value::from_obj(o2);
  rt::Tracer t2;
  scan(gs, m, t2);
  EXPECT_EQ(o2->mark, 0);
}

std::string g_stderr;
void capture(int stream, std::string_view b) {
  if (stream == 2) g_stderr.append(b);
}

TEST(VmOnRuntime, MainReturnsExitZero) {
  Module m;
  m.protos.push_back(count_proto());
  rt::Config cfg;
  cfg.gomaxprocs = 1;
  Value n = Value::from_int(5000000);  // long enough for sysmon to preempt at back-edges
  EXPECT_EQ(rt::run_main(cfg, make_hooks(m, capture), new_g_state(m, 0, &n, 1)), 0);
}

TEST(VmOnRuntime, IndexPanicPrintsGoOutputAndExits2) {
  Module m = index_module(5);
  g_stderr.clear();
  rt::Config cfg;
  cfg.gomaxprocs = 1;
  EXPECT_EQ(rt::run_main(cfg, make_hooks(m, capture), new_g_state(m, 0, nullptr, 0)), 2);
  EXPECT_EQ(g_stderr.rfind("panic: runtime error: index out of range [5] with length 3\n\n"
                           "goroutine 1 [running]:\nmain.main()\n\t/tmp/prog.go:13 +0x18\n", 0),
            0u)
      << g_stderr;
}

}  // namespace
}  // namespace gort::vm

namespace gort::vm {
namespace {

// var total int; var p *T — func main() { total = total + 5; total = total + 5 } and roots.
TEST(VmGlobals, LoadStoreAndExactGlobalRoots) {
  Module m;
  m.nglobals = 2;
  m.global_ptrmask = {1u << 1};
  Proto p;
  p.name = "main.main";
  p.nregs = 2;
  p.code = {Instr{Opcode::LOADG, 0, 0, 0}, Instr{Opcode::ADDI_INT, 0, 0, 5},
            Instr{Opcode::STOREG, 0, 0, 0}, Instr{Opcode::LOADG, 1, 0, 0},
            Instr{Opcode::ADDI_INT, 1, 1, 5}, Instr{Opcode::STOREG, 1, 0, 0},
            Instr{Opcode::RET, 0, 0, 0}};
  p.lines.assign(p.code.size(), 1);
  m.protos.push_back(p);
  ASSERT_EQ(verify(m), "");
  reset_globals(m);
  GState gs;
  ASSERT_TRUE(start(gs, m, 0, nullptr, 0));
  ASSERT_EQ(execute(gs, m, nullptr), Exec::Returned);
  EXPECT_EQ(globals()[0].i, 10);

  static const rt::Layout L{};
  Obj* o = rt::alloc(&L, 8);
  Obj* decoy = rt::alloc(&L, 8);
  globals()[1] = Value::from_obj(o);
  globals()[0] = Value::from_obj(decoy);  // an int variable whose bits look like a pointer
  rt::Tracer t;
  scan_globals(m, t);
  EXPECT_EQ(o->mark, 1);
  EXPECT_EQ(decoy->mark, 0);

  Module bad;   // Module is move-only now (it owns its TypeDescs): copy the parts verify reads
  bad.nglobals = m.nglobals;
  bad.global_ptrmask = m.global_ptrmask;
  bad.protos = m.protos;
  bad.protos[0].code[0].b = 9;
  EXPECT_NE(verify(bad).find("global #9 does not exist"), std::string::npos);
}

}  // namespace
}  // namespace gort::vm
