// tests/unit/vm/vm_chan_test.cpp — goroutines and channels through the VM on the real M:P:G
// runtime: the park protocol (state saved before the primitive, results delivered on resume),
// go statements, close and comma-ok receive, and deadlock detection. Results are reported by
// a deliberate index panic whose Go message carries the computed number, so the test checks
// the program's exact stderr and exit status like a golden test would.
#include <gtest/gtest.h>

#include <string>

#include "vm/hooks.h"
#include "vm/interp.h"

namespace gort::vm {
namespace {

Instr I(Opcode op, int a = 0, int b = 0, int c = 0) {
  return Instr{op, static_cast<uint16_t>(a), static_cast<uint16_t>(b), static_cast<uint16_t>(c)};
}

Proto make(std::string name, int nparams, int nresults, int nregs, std::vector<Instr> code,
           uint64_t ptrmask, std::vector<Value> consts = {}) {
  Proto p;
  p.name = std::move(name);
  p.nparams = nparams;
  p.nresults = nresults;
  p.nregs = nregs;
  p.code = std::move(code);
  p.ptrmask = ptrmask;
  p.consts = std::move(consts);
  for (size_t i = 0; i < p.code.size(); ++i) p.lines.push_back(20 + static_cast<int>(i));
  return p;
}

std::string g_err;
void capture(int stream, std::string_view b) {
  if (stream == 2) g_err.append(b);
}

int run(const Module& m, int procs) {
  g_err.clear();
  EXPECT_EQ(verify(m), "");
  rt::Config cfg;
  cfg.gomaxprocs = procs;
  cfg.seed = 1;
  return rt::run_main(cfg, make_hooks(m, capture), new_g_state(m, 0, nullptr, 0));
}

// func worker(ch chan int, n int) { for i := 0; i < n; i++ { ch <- i } }
// func main() { ch := make(chan int, CAP); go worker(ch, N); sum := 0
//               for i := 0; i < N; i++ { sum += <-ch }; _ = []int{}[sum] }
Module sum_module(int64_t n, int64_t cap) {
  Module m;
  m.protos.push_back(make("main.main", 0, 0, 9,
                          {I(Opcode::LOADK, 6, 1), I(Opcode::CHAN_MAKE, 0, 6), I(Opcode::LOADK, 1, 0),
                           I(Opcode::MOVE, 7, 0), I(Opcode::MOVE, 8, 1), I(Opcode::GO, 7, 1),
                           I(Opcode::LOADI, 2, 0), I(Opcode::LOADI, 3, 0),
                           I(Opcode::JGE_INT, 3, 1, 4), I(Opcode::CHAN_RECV, 4, 0),
                           I(Opcode::ADD_INT, 2, 2, 4), I(Opcode::ADDI_INT, 3, 3, 1),
                           I(Opcode::JMP, 0, static_cast<uint16_t>(-5)), I(Opcode::LOADI, 6, 0),
                           I(Opcode::NEW_INTS, 5, 6), I(Opcode::LOAD_INT_AT, 6, 5, 2),
                           I(Opcode::RET, 0, 0)},
                          (1u << 0) | (1u << 5) | (1u << 7),
                          {Value::from_int(n), Value::from_int(cap)}));
  m.protos.push_back(make("main.worker", 2, 0, 3,
                          {I(Opcode::LOADI, 2, 0), I(Opcode::JGE_INT, 2, 1, 3),
                           I(Opcode::CHAN_SEND, 0, 2), I(Opcode::ADDI_INT, 2, 2, 1),
                           I(Opcode::JMP, 0, static_cast<uint16_t>(-4)), I(Opcode::RET, 0, 0)},
                          1u << 0));
  return m;
}

TEST(VmChan, ProducerConsumerSumsEveryValue) {
  const int64_t n = 20000;
  const std::string want = "panic: runtime error: index out of range [" +
                           std::to_string(n * (n - 1) / 2) + "] with length 0\n\ngoroutine 1 [running]:\n"
                           "main.main()\n\t/tmp/prog.go:35 +0x78\n";
  for (int procs : {1, 2}) {
    for (int64_t cap : {0, 3}) {
      Module m = sum_module(n, cap);
      EXPECT_EQ(run(m, procs), 2) << procs << " " << cap;
      EXPECT_EQ(g_err.rfind(want, 0), 0u) << "procs=" << procs << " cap=" << cap << "\n" << g_err;
    }
  }
}

TEST(VmChan, CloseAndCommaOkReceive) {
  // ch := make(chan int, 1); ch <- 7; close(ch); v1, ok1 := <-ch; v2, ok2 := <-ch
  // _ = []int{}[v1*100 + ok1*10 + ok2 + v2]   → index 710
  Module m;
  m.protos.push_back(make("main.main", 0, 0, 10,
                          {I(Opcode::LOADI, 9, 1), I(Opcode::CHAN_MAKE, 0, 9), I(Opcode::LOADI, 9, 7),
                           I(Opcode::CHAN_SEND, 0, 9), I(Opcode::CHAN_CLOSE, 0),
                           I(Opcode::CHAN_RECV2, 1, 0), I(Opcode::CHAN_RECV2, 3, 0),
                           I(Opcode::LOADI, 9, 100), I(Opcode::MUL_INT, 5, 1, 9),
                           I(Opcode::LOADI, 9, 10), I(Opcode::MUL_INT, 6, 2, 9),
                           I(Opcode::ADD_INT, 5, 5, 6), I(Opcode::ADD_INT, 5, 5, 4),
                           I(Opcode::ADD_INT, 5, 5, 3), I(Opcode::LOADI, 9, 0),
                           I(Opcode::NEW_INTS, 7, 9), I(Opcode::LOAD_INT_AT, 8, 7, 5),
                           I(Opcode::RET, 0, 0)},
                          (1u << 0) | (1u << 7)));
  EXPECT_EQ(run(m, 1), 2);
  EXPECT_EQ(g_err.rfind("panic: runtime error: index out of range [710] with length 0\n", 0), 0u) << g_err;
}

TEST(VmChan, SendOnClosedChannelPanics) {
  Module m;
  m.protos.push_back(make("main.main", 0, 0, 2,
                          {I(Opcode::LOADI, 1, 1), I(Opcode::CHAN_MAKE, 0, 1), I(Opcode::CHAN_CLOSE, 0),
                           I(Opcode::CHAN_SEND, 0, 1), I(Opcode::RET, 0, 0)},
                          1u << 0));
  EXPECT_EQ(run(m, 1), 2);
  EXPECT_EQ(g_err.rfind("panic: send on closed channel\n\ngoroutine 1 [running]:\nmain.main()\n"
                        "\t/tmp/prog.go:23 +0x18\n", 0), 0u) << g_err;
}

TEST(VmChan, ReceiveWithNoSenderIsADeadlock) {
  Module m;
  m.protos.push_back(make("main.main", 0, 0, 3,
                          {I(Opcode::LOADI, 1, 0), I(Opcode::CHAN_MAKE, 0, 1), I(Opcode::CHAN_RECV, 2, 0),
                           I(Opcode::RET, 0, 0)},
                          1u << 0));
  EXPECT_EQ(run(m, 2), 2);
  EXPECT_EQ(g_err.rfind("fatal error: all goroutines are asleep - deadlock!\n", 0), 0u) << g_err;
}

}  // namespace
}  // namespace gort::vm
