// tests/unit/runtime/sched_test.cpp — scheduler behaviour through a fake VM: program end,
// preemption of a spinning G, stealing, syscall hand-off, deadlock output, timers on the fake
// clock, GOMAXPROCS changes.
#include <atomic>
#include <set>
#include <thread>

#include "fake_vm.h"
#include "runtime/futex.h"

using namespace gort::rt;
using namespace gort::rt::test;
using gort::Value;

TEST(Sched, MainReturnEndsProgramWhileOthersSpin) {
  // A G spinning in `for {}` (polling should_yield like the VM) must not keep the program alive.
  int code = run_prog([](G& g, FakeG& fg) {
    if (fg.pc == 0) {
      fg.pc = 1;
      for (int i = 0; i < 2; ++i)
        go(g, [](G& g, FakeG&) { while (!should_yield(g)) {} return RunStatus::Yielded; });
      return RunStatus::Yielded;   // let them start
    }
    return RunStatus::Exited;
  }, 2);
  EXPECT_EQ(code, 0);
}

TEST(Sched, PreemptsSpinningGoroutineWithOneP) {
  // GOMAXPROCS=1: main sleeps (real clock) while a G spins; sysmon must preempt the spinner so
  // main's timer runs and main can exit.
  std::atomic<int> preempted{0};
  int code = run_prog([&](G& g, FakeG& fg) {
    switch (fg.pc) {
      case 0:
        go(g, [&](G& g, FakeG&) {
          while (!should_yield(g)) {}
          preempted.fetch_add(1);
          return RunStatus::Yielded;
        });
        FAKE_BLOCK(sleep(g, 5 * 1000 * 1000), 1);
        [[fallthrough]];
      case 1:
        return RunStatus::Exited;
    }
    return RunStatus::Exited;
  }, 1);
  EXPECT_EQ(code, 0);
  EXPECT_GE(preempted.load(), 1);
}

TEST(Sched, StealingSpreadsWorkAcrossMs) {
  std::mutex mu;
  std::set<std::thread::id> threads;
  static WaitGroupState wg;
  wg.counter.store(0);
  int code = run_prog([&](G& g, FakeG& fg) {
    switch (fg.pc) {
      case 0:
        FAKE_BLOCK(wg_add(g, &wg, 8), 1);
        [[fallthrough]];
      case 1:
        for (int i = 0; i < 8; ++i)
          go(g, [&](G& g, FakeG& fg) {
            size_t seen;
            {
              std::lock_guard<std::mutex> lk(mu);
              threads.insert(std::this_thread::get_id());
              seen = threads.size();
            }
            // CPU work in slices, yielding between them like a preempted G. The Gs go on until
            // a second M has run one of them (the idle M was woken when they were created):
            // a fixed amount of work can end on one M before a busy machine schedules the
            // second thread at all, and the assertion below would then test the machine.
            volatile uint64_t x = 0;
            for (int k = 0; k < 2000000; ++k) x = x + k;
            if (++fg.n < 20 || seen < 2) return RunStatus::Yielded;
            (void)wg_add(g, &wg, -1);
            return RunStatus::Exited;
          });
        FAKE_BLOCK(wg_wait(g, &wg), 2);
        [[fallthrough]];
      case 2:
        return RunStatus::Exited;
    }
    return RunStatus::Exited;
  }, 2);
  EXPECT_EQ(code, 0);
  EXPECT_GE(threads.size(), 2u) << "all work ran on one M: no stealing/spinning";
}

TEST(Sched, SyscallHandsOffPWithOneP) {
  // GOMAXPROCS=1: G A blocks in a host call until G B (which needs the P) releases it.
  static std::atomic<uint32_t> gate{0};
  gate.store(0);
  static WaitGroupState wg;
  wg.counter.store(0);
  int code = run_prog([](G& g, FakeG& fg) {
    switch (fg.pc) {
      case 0:
        FAKE_BLOCK(wg_add(g, &wg, 2), 1);
        [[fallthrough]];
      case 1:
        go(g, [](G& g, FakeG& fg) {   // A: blocking "read"
          if (fg.pc == 0) {
            fg.pc = 1;
            entersyscall(g);
            while (gate.load() == 0) futex_wait(&gate, 0, -1);
            if (!exitsyscall(g)) return RunStatus::NoP;
          }
          (void)wg_add(g, &wg, -1);
          return RunStatus::Exited;
        });
        go(g, [](G& g, FakeG&) {      // B: needs the P while A is blocked
          gate.store(1);
          futex_wake(&gate, 1);
          (void)wg_add(g, &wg, -1);
          return RunStatus::Exited;
        });
        FAKE_BLOCK(wg_wait(g, &wg), 2);
        [[fallthrough]];
      case 2:
        return RunStatus::Exited;
    }
    return RunStatus::Exited;
  }, 1);
  EXPECT_EQ(code, 0);
}

TEST(Sched, DeadlockIsDetectedAndPrinted) {
  static Obj* ch;
  int code = run_prog([](G& g, FakeG& fg) {
    if (fg.pc == 0) {
      ch = chan_make(0, false);
      fg.roots.push_back(ch);
      go(g, [](G& g, FakeG& fg) {
        FAKE_BLOCK(block_forever(g, "select (no cases)"), 1);
        return RunStatus::Exited;
      });
      FAKE_BLOCK(chan_send(g, ch, Value::from_int(1)), 1);
    }
    ADD_FAILURE() << "send completed without a receiver";
    return RunStatus::Exited;
  }, 2);
  EXPECT_EQ(code, 2);
  EXPECT_EQ(W->err.rfind("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan send]:\n", 0), 0u)
      << W->err;
  EXPECT_NE(W->err.find("\n\ngoroutine 2 [select (no cases)]:\n"), std::string::npos) << W->err;
}

TEST(Sched, FatalPanicPrintsAndExits2) {
  int code = run_prog([](G& g, FakeG&) {
    fatal_panic(g, "boom");
    return RunStatus::Exited;
  }, 1);
  EXPECT_EQ(code, 2);
  EXPECT_EQ(W->err, "panic: boom\n\ngoroutine 1 [running]:\nmain.fake()\n\tfake.go:1\n");
}

TEST(Sched, TimersFireInOrderOnFakeClock) {
  static std::vector<int> order;
  static std::mutex mu;
  order.clear();
  static WaitGroupState wg;
  wg.counter.store(0);
  static int64_t end_time = 0;
  int code = run_prog([](G& g, FakeG& fg) {
    switch (fg.pc) {
      case 0:
        FAKE_BLOCK(wg_add(g, &wg, 3), 1);
        [[fallthrough]];
      case 1:
        for (int ms : {30, 10, 20})
          go(g, [ms](G& g, FakeG& fg) {
            if (fg.pc == 0) FAKE_BLOCK(sleep(g, int64_t(ms) * 1000000), 1);
            {
              std::lock_guard<std::mutex> lk(mu);
              order.push_back(ms);
            }
            (void)wg_add(g, &wg, -1);
            return RunStatus::Exited;
          });
        FAKE_BLOCK(wg_wait(g, &wg), 2);
        [[fallthrough]];
      case 2:
        end_time = nanotime();
        return RunStatus::Exited;
    }
    return RunStatus::Exited;
  }, 1, /*fake=*/true);
  EXPECT_EQ(code, 0);
  EXPECT_EQ(order, (std::vector<int>{10, 20, 30}));
  EXPECT_EQ(end_time, 30 * 1000000);   // the fake clock jumped exactly to each deadline
}

TEST(Sched, GomaxprocsChangesWhileRunning) {
  static int before = 0, after = 0;
  int code = run_prog([](G& g, FakeG& fg) {
    switch (fg.pc) {
      case 0:
        FAKE_BLOCK(set_gomaxprocs(g, 3), 1);
        [[fallthrough]];
      case 1:
        before = int(g.wake_value.i);
        after = gomaxprocs();
        return RunStatus::Exited;
    }
    return RunStatus::Exited;
  }, 1);
  EXPECT_EQ(code, 0);
  EXPECT_EQ(before, 1);
  EXPECT_EQ(after, 3);
}

TEST(Sched, FakeTimeSlicesAreCountedInPollsNotWallTime) {
  // Under fake time a slice is kPollsPerSlice calls of should_yield, so where a G is preempted
  // depends only on the program: a GOMAXPROCS=1 fake-time run is the same on a loaded machine.
  static uint64_t polls_first_slice = 0;
  static bool main_ran_between = false;
  static std::atomic<int> phase{0};
  phase = 0;
  int code = run_prog([](G& g, FakeG& fg) {
    if (fg.pc == 0) {
      fg.pc = 1;
      go(g, [](G& g, FakeG& fg) {
        uint64_t n = 1;
        while (!should_yield(g)) n++;
        if (fg.pc == 0) { polls_first_slice = n; phase = 1; }
        fg.pc = 1;
        return RunStatus::Yielded;
      });
      return RunStatus::Yielded;  // the spinner runs; main comes back only if it is preempted
    }
    main_ran_between = phase.load() == 1;
    return RunStatus::Exited;
  }, 1, /*fake=*/true);
  EXPECT_EQ(code, 0);
  EXPECT_TRUE(main_ran_between);
  EXPECT_EQ(polls_first_slice, uint64_t(detail::kPollsPerSlice));
}

TEST(Sched, WithoutThreadsEverythingRunsOnTheCallersThread) {
  // The WebAssembly build without threads: one M on the caller's thread, GOMAXPROCS 1, no
  // sysmon. A spinning G is still preempted (poll-counted slices), real-clock timers still fire
  // (the M sleeps on this thread), GOMAXPROCS cannot grow, and deadlocks are still detected.
  static std::thread::id caller;
  static std::atomic<int> foreign{0};
  static int procs_after = 0;
  caller = std::this_thread::get_id();
  foreign = 0;
  auto on_caller = [] { if (std::this_thread::get_id() != caller) foreign.fetch_add(1); };
  int code = run_prog([on_caller](G& g, FakeG& fg) {
    on_caller();
    switch (fg.pc) {
      case 0:
        go(g, [on_caller](G& g, FakeG&) {
          on_caller();
          while (!should_yield(g)) {}
          return RunStatus::Yielded;
        });
        FAKE_BLOCK(set_gomaxprocs(g, 4), 1);
        [[fallthrough]];
      case 1:
        procs_after = gomaxprocs();
        FAKE_BLOCK(sleep(g, 2 * 1000 * 1000), 2);
        [[fallthrough]];
      case 2:
        return RunStatus::Exited;
    }
    return RunStatus::Exited;
  }, 4, false, 1, /*threads=*/false);
  EXPECT_EQ(code, 0);
  EXPECT_EQ(foreign.load(), 0);
  EXPECT_EQ(procs_after, 1);

  static Obj* ch;
  code = run_prog([](G& g, FakeG& fg) {
    if (fg.pc == 0) {
      ch = chan_make(0, false);
      fg.roots.push_back(ch);
      FAKE_BLOCK(chan_send(g, ch, Value::from_int(1)), 1);
    }
    return RunStatus::Exited;
  }, 1, false, 1, /*threads=*/false);
  EXPECT_EQ(code, 2);
  EXPECT_EQ(W->err.rfind("fatal error: all goroutines are asleep - deadlock!\n", 0), 0u) << W->err;
}

TEST(Sched, PreemptedGoroutineWaitsBehindTheBacklogItSpawned) {
  // Go's goschedImpl: a preempted G goes to the global queue, behind every G already waiting.
  // A G that spawns in a loop then finds all it spawned before its preemption finished when it
  // resumes — on the local ring's tail it would find only 255 of them done, and the backlog
  // (and memory) would grow without bound.
  static std::atomic<int64_t> finished{0};
  static int64_t spawned = 0, spawned_at_yield = -1, finished_at_resume = -1;
  finished = 0;
  spawned = 0;
  int code = run_prog([](G& g, FakeG& fg) {
    if (fg.pc == 1 && finished_at_resume < 0) finished_at_resume = finished.load();
    fg.pc = 1;
    while (spawned < 5000) {
      go(g, [](G&, FakeG&) { finished.fetch_add(1); return RunStatus::Exited; });
      spawned++;
      bool yield = false;
      for (int k = 0; k < 100 && !yield; ++k) yield = should_yield(g);  // a slice ends soon
      if (yield) {
        if (spawned_at_yield < 0) spawned_at_yield = spawned;
        return RunStatus::Yielded;
      }
    }
    return RunStatus::Exited;
  }, 1, /*fake=*/true);
  EXPECT_EQ(code, 0);
  ASSERT_GT(spawned_at_yield, 300);  // more than one local ring's worth was waiting
  EXPECT_EQ(finished_at_resume, spawned_at_yield);
}
