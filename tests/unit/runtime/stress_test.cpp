// tests/unit/runtime/stress_test.cpp — GC running while pointers are in flight through
// channels (buffers and parked senders' sudogs), timers feeding channels, sync types,
// request_stop and os.Exit. ASan/TSan turn a missed root into a use-after-free report.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "fake_vm.h"
#include "runtime/sched.h"

using namespace gort::rt;
using namespace gort::rt::test;
using gort::Value;

namespace {
const Layout kBox{LayoutKind::Bytes, 0, 0, nullptr, nullptr, "box"};
constexpr int64_t kMagic = 0x5eed5eed;
}  // namespace

TEST(Stress, GcWhilePointersFlowThroughChannels) {
  static Obj* ch;
  static WaitGroupState wg;
  static int64_t received = 0, bad = 0;
  received = bad = 0;
  wg.counter.store(0);
  for (int64_t cap : {0, 8}) {
    int code = run_prog([cap](G& g, FakeG& fg) {
      for (;;) switch (fg.pc) {
        case 0:
          ch = chan_make(cap, /*elem_is_ptr=*/true);
          fg.roots.push_back(ch);
          for (int p = 0; p < 3; ++p)
            go(g, [](G& g, FakeG& fg) {
              for (;;) {
                if (fg.n == 300) return RunStatus::Exited;
                if (fg.pc == 0) {
                  Obj* o = alloc(&kBox, 64 * 1024);   // 4 MiB trigger every ~64 objects
                  obj_slots(o)[0].i = kMagic;
                  obj_slots(o)[1].i = fg.n;
                  fg.n++;
                  fg.pc = 1;
                  // The object is only reachable through the channel from here on.
                  Op op = chan_send(g, ch, Value::from_obj(o));
                  if (op == Op::Park) return RunStatus::Parked;
                }
                fg.pc = 0;
                if (should_yield(g)) return RunStatus::Yielded;
              }
            });
          fg.pc = 1;
          break;
        case 1:
          if (fg.n == 900) return RunStatus::Exited;
          FAKE_BLOCK(chan_recv(g, ch), 2);
          [[fallthrough]];
        case 2: {
          Obj* o = g.wake_value.o;
          if (!o || obj_slots(o)[0].i != kMagic) bad++;
          received++;
          fg.n++;
          fg.pc = 1;
          if (should_yield(g)) return RunStatus::Yielded;
          break;
        }
      }
    }, 2);
    EXPECT_EQ(code, 0);
  }
  EXPECT_EQ(received, 1800);
  EXPECT_EQ(bad, 0);
  EXPECT_GE(heap_stats().num_gc, 3u);
}

TEST(Stress, TimerCallbackSendsOnChannel) {
  // time.After: a timer whose callback does a non-blocking send on a buffered channel.
  static int64_t got = 0, at = 0;
  int code = run_prog([](G& g, FakeG& fg) {
    switch (fg.pc) {
      case 0: {
        Obj* c = chan_make(1, false);
        fg.roots.push_back(c);
        Timer* t = timer_new([](Value arg, int64_t now) { (void)chan_trysend(arg.o, Value::from_int(now)); },
                             Value::from_obj(c), true);
        timer_start(t, nanotime() + 50 * 1000000, 0);
        FAKE_BLOCK(chan_recv(g, c), 1);
        [[fallthrough]];
      }
      case 1:
        got = g.wake_value.i;
        at = nanotime();
        return RunStatus::Exited;
    }
    return RunStatus::Exited;
  }, 1, /*fake=*/true);
  EXPECT_EQ(code, 0);
  EXPECT_EQ(got, 50 * 1000000);
  EXPECT_EQ(at, 50 * 1000000);
}

TEST(Stress, RWMutexReadersAndWriters) {
  static RWMutexState rw;
  static WaitGroupState wg;
  static int64_t value = 0, torn = 0;
  value = torn = 0;
  wg.counter.store(0);
  int code = run_prog([](G& g, FakeG& fg) {
    switch (fg.pc) {
      case 0:
        FAKE_BLOCK(wg_add(g, &wg, 6), 1);
        [[fallthrough]];
      case 1:
        for (int i = 0; i < 6; ++i) {
          bool writer = i < 2;
          go(g, [writer](G& g, FakeG& fg) {
            for (;;) {
              if (fg.n == 2000) { (void)wg_add(g, &wg, -1); return RunStatus::Exited; }
              if (fg.pc == 0) FAKE_BLOCK(writer ? rw_lock(g, &rw) : rw_rlock(g, &rw), 1);
              if (writer) { value = value + 1; value = value + 1; rw_unlock(&rw); }
              else { if (value % 2) torn = torn + 1; rw_runlock(&rw); }
              fg.n++;
              fg.pc = 0;
              if (fg.n % 50 == 0) return RunStatus::Yielded;
            }
          });
        }
        FAKE_BLOCK(wg_wait(g, &wg), 2);
        [[fallthrough]];
      case 2:
        return RunStatus::Exited;
    }
    return RunStatus::Exited;
  }, 2);
  EXPECT_EQ(code, 0);
  EXPECT_EQ(value, 2 * 2000 * 2);
  EXPECT_EQ(torn, 0);
}

TEST(Stress, OnceRunsExactlyOnce) {
  static OnceState once;
  static std::atomic<int> runs{0};
  static WaitGroupState wg;
  runs.store(0);
  once.state.store(0);
  wg.counter.store(0);
  int code = run_prog([](G& g, FakeG& fg) {
    switch (fg.pc) {
      case 0:
        FAKE_BLOCK(wg_add(g, &wg, 8), 1);
        [[fallthrough]];
      case 1:
        for (int i = 0; i < 8; ++i)
          go(g, [](G& g, FakeG& fg) {
            if (fg.pc == 0) FAKE_BLOCK(once_begin(g, &once), 1);
            if (fg.pc == 1 && g.wake_ok) {
              runs.fetch_add(1);
              fg.pc = 2;
              return RunStatus::Yielded;   // "f" takes a while: others must wait
            }
            if (fg.pc == 2) once_end(&once);
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
  EXPECT_EQ(runs.load(), 1);
}

TEST(Stress, OsExitCodeAndRequestStop) {
  EXPECT_EQ(run_prog([](G& g, FakeG&) { gort::rt::exit(3); return RunStatus::Exited; }, 1), 3);
  // request_stop from another thread ends a program spinning on every P.
  std::atomic<bool> started{false};
  std::thread stopper([&] {
    while (!started.load()) std::this_thread::yield();
    request_stop();
  });
  int code = run_prog([&](G& g, FakeG& fg) {
    if (fg.pc == 0) {
      fg.pc = 1;
      go(g, [](G& g, FakeG&) { while (!should_yield(g)) {} return RunStatus::Yielded; });
    }
    started.store(true);
    while (!should_yield(g)) {}
    return RunStatus::Yielded;
  }, 2);
  stopper.join();
  EXPECT_EQ(code, 130);
}

// Under wasm an M starts a thread by a synchronous call to the page's (or Node's) main thread,
// and it does so holding sched.lock; the host's Stop runs on that main thread. So a Stop must
// return while thread creation is in progress. The hook below makes the creating thread wait
// (as Emscripten's proxied pthread_create does) until the "main thread" has returned from
// request_stop — bounded, so the old behaviour (request_stop waiting on sched.lock) fails the
// test after 3 s instead of hanging it.
TEST(Stress, RequestStopReturnsWhileAnMStartsAThread) {
  static std::mutex mu;
  static std::condition_variable cv;
  static bool creating = false, stop_returned = false, hook_timed_out = false;
  creating = stop_returned = hook_timed_out = false;
  detail::before_thread_create = [] {
    std::unique_lock<std::mutex> lk(mu);
    if (creating) return;  // only the first thread start waits for the stopper
    creating = true;
    cv.notify_all();
    hook_timed_out = !cv.wait_for(lk, std::chrono::seconds(3), [] { return stop_returned; });
  };
  std::thread main_thread([] {
    std::unique_lock<std::mutex> lk(mu);
    cv.wait(lk, [] { return creating; });
    lk.unlock();
    request_stop();
    lk.lock();
    stop_returned = true;
    cv.notify_all();
  });
  int code = run_prog([](G& g, FakeG&) {
    while (!should_yield(g)) {}
    return RunStatus::Yielded;
  }, 2);
  main_thread.join();
  detail::before_thread_create = nullptr;
  EXPECT_FALSE(hook_timed_out) << "request_stop waited for the thread start (sched.lock)";
  EXPECT_EQ(code, 130);
}

TEST(Stress, SemaphoreHandsCountToWaiter) {
  static uint32_t sema = 0;
  static int order = 0, waiter_saw = -1;
  sema = 0;
  order = 0;
  int code = run_prog([](G& g, FakeG& fg) {
    switch (fg.pc) {
      case 0:
        go(g, [](G& g, FakeG&) { order = 1; semrelease(&sema); return RunStatus::Exited; });
        FAKE_BLOCK(semacquire(g, &sema, "semacquire"), 1);
        [[fallthrough]];
      case 1:
        waiter_saw = order;
        return RunStatus::Exited;
    }
    return RunStatus::Exited;
  }, 1);
  EXPECT_EQ(code, 0);
  EXPECT_EQ(waiter_saw, 1);
  EXPECT_EQ(sema, 0u);
}

// ---- Gs that block inside Go code a native called (rt::park_on_m) ----
// The fake G blocks as the VM's RETURN_EXEC does there: the primitive queues it, then
// park_on_m keeps this thread (the native's C++ frames) until the G is scheduled again.
static bool block_on_m(G& g, Op op) {
  if (op == Op::Park) return park_on_m(g);
  return op == Op::Done;
}

TEST(Stress, ParkedInACallbackTheGKeepsItsThreadAndLendsItsP) {
  for (int procs : {1, 2}) {
    static Obj* ch;
    static int64_t sum;
    static bool same_thread;
    sum = 0;
    same_thread = true;
    int code = run_prog([](G& g, FakeG& fg) {
      ch = chan_make(0, false);
      fg.roots.push_back(ch);
      // The sender parks the ordinary way; with one P it can only run while main's M has
      // lent the P out.
      go(g, [](G& g, FakeG& fg) {
        while (fg.n < 1000) {
          if (chan_send(g, ch, Value::from_int(fg.n++)) == Op::Park) return RunStatus::Parked;
        }
        return RunStatus::Exited;
      });
      auto me = std::this_thread::get_id();
      for (int i = 0; i < 1000; ++i) {
        if (!block_on_m(g, chan_recv(g, ch))) {
          ADD_FAILURE() << "park_on_m returned false";
          return RunStatus::Exited;
        }
        sum += g.wake_value.i;
        if (std::this_thread::get_id() != me) same_thread = false;
      }
      return RunStatus::Exited;
    }, procs);
    EXPECT_EQ(code, 0) << W->err;
    EXPECT_EQ(sum, 999 * 1000 / 2) << "procs " << procs;
    EXPECT_TRUE(same_thread);
  }
}

TEST(Stress, ParkedInACallbackMutexContention) {
  static MutexState mu;
  static int64_t counter;
  counter = 0;
  int procs = 2;
  static int workers;
  workers = 4;
  int code = run_prog([](G& g, FakeG& fg) {
    static WaitGroupState wg;
    if (fg.pc == 1) return RunStatus::Exited;   // resumed after wg_wait
    wg_add_fast(&wg, workers);
    for (int k = 0; k < workers; ++k) {
      go(g, [](G& g, FakeG&) {
        for (int i = 0; i < 500; ++i) {
          if (!block_on_m(g, mutex_lock(g, &mu))) return RunStatus::Exited;
          int64_t c = counter;
          if (i % 50 == 0) std::this_thread::yield();  // hold it a while: others queue
          counter = c + 1;
          mutex_unlock(&mu);
        }
        wg_add(g, &wg, -1);
        return RunStatus::Exited;
      });
    }
    FAKE_BLOCK(wg_wait(g, &wg), 1);
    return RunStatus::Exited;
  }, procs);
  EXPECT_EQ(code, 0) << W->err;
  EXPECT_EQ(counter, 500 * workers);
}

TEST(Stress, ParkedInACallbackDeadlockIsReported) {
  static bool returned_false;
  returned_false = false;
  int code = run_prog([](G& g, FakeG& fg) {
    Obj* ch = chan_make(0, false);
    fg.roots.push_back(ch);
    returned_false = !block_on_m(g, chan_recv(g, ch));
    return RunStatus::Yielded;   // as execute() unwinds when the program ended meanwhile
  }, 2);
  EXPECT_EQ(code, 2);
  EXPECT_NE(W->err.find("all goroutines are asleep - deadlock!"), std::string::npos) << W->err;
  EXPECT_TRUE(returned_false);
}

TEST(Stress, ParkedInACallbackStopEndsTheRun) {
  static std::atomic<bool> parking{false};
  static bool returned_false;
  parking = false;
  returned_false = false;
  std::thread stopper([] {
    while (!parking.load()) std::this_thread::yield();
    // Most often the G has parked by then (a sleeping goroutine keeps this from being a
    // deadlock); a Stop just before the park must end the run all the same.
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    request_stop();
  });
  int code = run_prog([](G& g, FakeG& fg) {
    go(g, [](G& g, FakeG&) {
      if (sleep(g, int64_t(3600) * 1000000000) == Op::Park) return RunStatus::Parked;
      return RunStatus::Exited;
    });
    Obj* ch = chan_make(0, false);
    fg.roots.push_back(ch);
    parking = true;
    returned_false = !block_on_m(g, chan_recv(g, ch));
    return RunStatus::Yielded;
  }, 1);
  stopper.join();
  EXPECT_EQ(code, 130);
  EXPECT_TRUE(returned_false);
}
