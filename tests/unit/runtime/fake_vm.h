// tests/unit/runtime/fake_vm.h — a tiny stand-in for the VM: each G runs a C++ lambda that is
// a small state machine (its "pc" lives in the FakeG), so the runtime is tested without the
// real bytecode VM. Blocking calls follow the park protocol: save the pc, call the primitive,
// return Parked on Op::Park.
#pragma once
#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "runtime/runtime.h"

namespace gort::rt::test {

struct FakeG {
  std::function<RunStatus(G&, FakeG&)> step;
  int pc = 0;
  int64_t n = 0;           // a loop counter for the state machine
  std::vector<Obj*> roots; // GC roots of this "stack"
};

struct World {
  std::mutex mu;
  std::string err;                      // runtime's fatal output
  std::vector<std::unique_ptr<FakeG>> fgs;
  std::vector<Obj*> globals;
  FakeG* make(std::function<RunStatus(G&, FakeG&)> f) {
    std::lock_guard<std::mutex> lk(mu);
    fgs.push_back(std::make_unique<FakeG>());
    fgs.back()->step = std::move(f);
    return fgs.back().get();
  }
};
inline World* W = nullptr;

inline RunStatus fake_run(G& g) { auto* f = static_cast<FakeG*>(g.vm); return f->step(g, *f); }
inline void fake_scan(G& g, Tracer& t) { for (Obj* o : static_cast<FakeG*>(g.vm)->roots) t.mark(o); }
inline void fake_globals(Tracer& t) { for (Obj* o : W->globals) t.mark(o); }
inline void fake_tb(G& g, std::string& out) { out += "main.fake()\n\tfake.go:1\n"; }
inline void fake_write(int, std::string_view s) { std::lock_guard<std::mutex> lk(W->mu); W->err.append(s); }

// Start a fake goroutine from inside a running one.
inline G* go(G& self, std::function<RunStatus(G&, FakeG&)> f) {
  G* g = gnew();
  g->vm = W->make(std::move(f));
  gstart(self, *g);
  return g;
}

// Run a program whose main goroutine is f. Returns the exit status; fatal output in W->err.
inline int run_prog(std::function<RunStatus(G&, FakeG&)> f, int procs = 2, bool fake = false,
                    uint64_t seed = 1, bool threads = true) {
  static World world;
  world.err.clear();
  world.fgs.clear();
  world.globals.clear();
  W = &world;
  Config cfg;
  cfg.gomaxprocs = procs;
  cfg.faketime = fake;
  cfg.seed = seed;
  cfg.threads = threads;
  Hooks h;
  h.run_g = fake_run;
  h.scan_g = fake_scan;
  h.scan_globals = fake_globals;
  h.traceback = fake_tb;
  h.write = fake_write;
  return run_main(cfg, h, W->make(std::move(f)));
}

// Park-protocol helper: if op parked, return Parked; Panic is a test failure.
#define FAKE_BLOCK(expr, next_pc)                  \
  do {                                             \
    fg.pc = (next_pc);                             \
    ::gort::rt::Op op_ = (expr);                   \
    if (op_ == ::gort::rt::Op::Park) return ::gort::rt::RunStatus::Parked; \
    if (op_ == ::gort::rt::Op::Panic) { ADD_FAILURE() << "panic: " << g.panic_msg; return ::gort::rt::RunStatus::Exited; } \
  } while (0)

}  // namespace gort::rt::test
