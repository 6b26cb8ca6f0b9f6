// tests/unit/runtime/chan_test.cpp — channels (unbuffered, buffered, close, direct hand-off),
// select fairness, mutex/WaitGroup, through the fake VM.
#include <atomic>
#include <chrono>
#include <thread>

#include "fake_vm.h"

using namespace gort::rt;
using namespace gort::rt::test;
using gort::Value;

namespace {
// A producer sends 1..n on ch then closes it; the consumer (main) sums until closed.
int64_t run_sum(int64_t cap, int64_t n, int procs) {
  static Obj* ch;
  static int64_t N;
  static int64_t sum;
  N = n;
  sum = 0;
  int code = run_prog([cap](G& g, FakeG& fg) {
    for (;;) {
      switch (fg.pc) {
        case 0:
          ch = chan_make(cap, false);
          fg.roots.push_back(ch);
          go(g, [](G& g, FakeG& fg) {
            for (;;) {
              if (fg.pc == 1) { fg.pc = 0; }
              if (fg.n >= N) { (void)chan_close(g, ch); return RunStatus::Exited; }
              ++fg.n;
              FAKE_BLOCK(chan_send(g, ch, Value::from_int(fg.n)), 1);
              if (should_yield(g)) { fg.pc = 0; return RunStatus::Yielded; }
            }
          });
          fg.pc = 1;
          break;
        case 1:
          FAKE_BLOCK(chan_recv(g, ch), 2);
          [[fallthrough]];
        case 2:
          if (!g.wake_ok) return RunStatus::Exited;
          sum += g.wake_value.i;
          fg.pc = 1;
          if (should_yield(g)) return RunStatus::Yielded;
          break;
      }
    }
  }, procs);
  EXPECT_EQ(code, 0);
  return sum;
}
}  // namespace

TEST(Chan, UnbufferedHandOff) { EXPECT_EQ(run_sum(0, 20000, 2), 20000LL * 20001 / 2); }
TEST(Chan, UnbufferedOneP) { EXPECT_EQ(run_sum(0, 20000, 1), 20000LL * 20001 / 2); }
TEST(Chan, Buffered) { EXPECT_EQ(run_sum(16, 20000, 2), 20000LL * 20001 / 2); }

TEST(Chan, CloseSemanticsAndPanics) {
  static std::string p1, p2, p3;
  static bool ok_after_close = true;
  static int64_t buffered_after_close = 0;
  int code = run_prog([](G& g, FakeG& fg) {
    Obj* ch = chan_make(1, false);
    EXPECT_EQ(chan_send(g, ch, Value::from_int(7)), Op::Done);
    EXPECT_EQ(chan_len(ch), 1);
    EXPECT_EQ(chan_cap(ch), 1);
    EXPECT_EQ(chan_close(g, ch), Op::Done);
    EXPECT_EQ(chan_recv(g, ch), Op::Done);   // buffered value survives close
    buffered_after_close = g.wake_value.i;
    EXPECT_EQ(chan_recv(g, ch), Op::Done);
    ok_after_close = g.wake_ok;
    if (chan_send(g, ch, Value::from_int(1)) == Op::Panic) p1 = g.panic_msg;
    if (chan_close(g, ch) == Op::Panic) p2 = g.panic_msg;
    if (chan_close(g, nullptr) == Op::Panic) p3 = g.panic_msg;
    return RunStatus::Exited;
  }, 1);
  EXPECT_EQ(code, 0);
  EXPECT_EQ(buffered_after_close, 7);
  EXPECT_FALSE(ok_after_close);
  EXPECT_EQ(p1, "send on closed channel");
  EXPECT_EQ(p2, "close of closed channel");
  EXPECT_EQ(p3, "close of nil channel");
}

TEST(Chan, CloseWakesParkedReceiver) {
  static Obj* ch;
  static bool ok = true;
  int code = run_prog([](G& g, FakeG& fg) {
    switch (fg.pc) {
      case 0:
        ch = chan_make(0, false);
        fg.roots.push_back(ch);
        go(g, [](G& g, FakeG&) { (void)chan_close(g, ch); return RunStatus::Exited; });
        FAKE_BLOCK(chan_recv(g, ch), 1);
        [[fallthrough]];
      case 1:
        ok = g.wake_ok;
        return RunStatus::Exited;
    }
    return RunStatus::Exited;
  }, 2);
  EXPECT_EQ(code, 0);
  EXPECT_FALSE(ok);
}

// chan_tryclose: the G-less close (context cancellation from a timer callback) wakes a
// parked receiver like close, and reports an already closed or nil channel instead of panicking.
TEST(Chan, TryCloseWakesReceiverAndReportsClosed) {
  static Obj* ch;
  static bool ok = true, first = false, second = true, nil_ch = true;
  int code = run_prog([](G& g, FakeG& fg) {
    switch (fg.pc) {
      case 0:
        ch = chan_make(0, false);
        fg.roots.push_back(ch);
        go(g, [](G&, FakeG&) {
          first = chan_tryclose(ch);
          second = chan_tryclose(ch);
          nil_ch = chan_tryclose(nullptr);
          return RunStatus::Exited;
        });
        FAKE_BLOCK(chan_recv(g, ch), 1);
        [[fallthrough]];
      case 1:
        ok = g.wake_ok;
        return RunStatus::Exited;
    }
    return RunStatus::Exited;
  }, 2);
  EXPECT_EQ(code, 0);
  EXPECT_FALSE(ok);
  EXPECT_TRUE(first);
  EXPECT_FALSE(second);
  EXPECT_FALSE(nil_ch);
}

TEST(Select, ChoosesAmongReadyCasesFairly) {
  static int count[2];
  count[0] = count[1] = 0;
  int code = run_prog([](G& g, FakeG& fg) {
    Obj* a = chan_make(1, false);
    Obj* b = chan_make(1, false);
    for (int i = 0; i < 2000; ++i) {
      (void)chan_trysend(a, Value::from_int(1));
      (void)chan_trysend(b, Value::from_int(2));
      SelectCase cs[2];
      cs[0].ch = a;
      cs[1].ch = b;
      EXPECT_EQ(select(g, cs, 2, false), Op::Done);
      EXPECT_TRUE(g.wake_ok);
      EXPECT_EQ(g.wake_value.i, g.wake_index + 1);
      count[g.wake_index]++;
    }
    return RunStatus::Exited;
  }, 1, false, 42);
  EXPECT_EQ(code, 0);
  EXPECT_GT(count[0], 700);
  EXPECT_GT(count[1], 700);
}

TEST(Select, DefaultAndBlockingSelectWokenBySender) {
  static int idx_default = 99, idx_woken = 99;
  static int64_t got = 0;
  static Obj *a, *b;
  int code = run_prog([](G& g, FakeG& fg) {
    switch (fg.pc) {
      case 0: {
        a = chan_make(0, false);
        b = chan_make(0, false);
        fg.roots = {a, b};
        SelectCase cs[2];
        cs[0].ch = a;
        cs[1].ch = b;
        EXPECT_EQ(select(g, cs, 2, true), Op::Done);
        idx_default = g.wake_index;
        go(g, [](G& g, FakeG& fg) {
          if (fg.pc == 0) FAKE_BLOCK(chan_send(g, b, Value::from_int(5)), 1);
          return RunStatus::Exited;
        });
        FAKE_BLOCK(select(g, cs, 2, false), 1);
        [[fallthrough]];
      }
      case 1:
        idx_woken = g.wake_index;
        got = g.wake_value.i;
        return RunStatus::Exited;
    }
    return RunStatus::Exited;
  }, 2);
  EXPECT_EQ(code, 0);
  EXPECT_EQ(idx_default, -1);
  EXPECT_EQ(idx_woken, 1);
  EXPECT_EQ(got, 5);
}

// A select parked on (done, ch) and woken by ch must leave done's queue: a `done` channel
// nobody closes used to keep one stale sudog per park of the select, for good.
TEST(Select, WokenSelectLeavesItsOtherChannels) {
  static Obj *done, *ch;
  static int64_t sum = 0, parks = 0, left_on_done = -1, left_on_ch = -1;
  constexpr int64_t kN = 2000;
  int code = run_prog([](G& g, FakeG& fg) {
    for (;;) {
      switch (fg.pc) {
        case 0:
          done = chan_make(0, false);
          ch = chan_make(0, false);
          fg.roots = {done, ch};
          go(g, [](G& g, FakeG& fg) {
            for (;;) {
              if (fg.pc == 1) fg.pc = 0;
              if (fg.n >= kN) return RunStatus::Exited;
              ++fg.n;
              FAKE_BLOCK(chan_send(g, ch, Value::from_int(fg.n)), 1);
            }
          });
          fg.pc = 1;
          break;
        case 1: {
          if (fg.n == kN) {
            left_on_done = chan_queued(done);
            left_on_ch = chan_queued(ch);
            return RunStatus::Exited;
          }
          SelectCase cs[2];
          cs[0].ch = done;
          cs[1].ch = ch;
          Op op = select(g, cs, 2, false);
          if (op == Op::Park) { ++parks; fg.pc = 2; return RunStatus::Parked; }
          [[fallthrough]];
        }
        case 2:
          EXPECT_EQ(g.wake_index, 1);
          sum += g.wake_value.i;
          ++fg.n;
          fg.pc = 1;
          break;
      }
    }
  }, 1);
  EXPECT_EQ(code, 0);
  EXPECT_EQ(sum, kN * (kN + 1) / 2);
  EXPECT_GT(parks, 0);   // the case under test happened
  EXPECT_EQ(left_on_done, 0);
  EXPECT_EQ(left_on_ch, 0);
}

// 4 goroutines × 5000 Lock/count++/Unlock on 2 Ps. With `fast`, each Lock and Unlock tries the
// VM's fast path first (vm/native.h) and falls back to the full one when it declines, as the VM
// does. No count may be lost, no waiter left asleep (the program ends), the mutex left unlocked.
namespace {
bool mutex_count_fast = false;
void expect_mutex_counts_under_contention(bool fast) {
  static MutexState mu;
  static WaitGroupState wg;
  static int64_t counter = 0;
  counter = 0;
  mu.state.store(0);
  wg.counter.store(0);
  mutex_count_fast = fast;
  int code = run_prog([](G& g, FakeG& fg) {
    switch (fg.pc) {
      case 0:
        FAKE_BLOCK(wg_add(g, &wg, 4), 1);
        [[fallthrough]];
      case 1:
        for (int i = 0; i < 4; ++i)
          go(g, [](G& g, FakeG& fg) {
            for (;;) {
              if (fg.pc == 0) {
                if (fg.n == 5000) { (void)wg_add(g, &wg, -1); return RunStatus::Exited; }
                if (!(mutex_count_fast && mutex_lock_fast(&mu, &g))) FAKE_BLOCK(mutex_lock(g, &mu), 1);
              }
              counter = counter + 1;   // protected by mu (TSan checks it)
              fg.n++;
              fg.pc = 0;
              if (!(mutex_count_fast && mutex_unlock_fast(&mu))) mutex_unlock(&mu);
              if (fg.n % 100 == 0) return RunStatus::Yielded;
            }
          });
        FAKE_BLOCK(wg_wait(g, &wg), 2);
        [[fallthrough]];
      case 2:
        return RunStatus::Exited;
    }
    return RunStatus::Exited;
  }, 2);
  EXPECT_EQ(code, 0);
  EXPECT_EQ(counter, 20000);
  EXPECT_EQ(mu.state.load(), 0);
}
}  // namespace

TEST(Sync, MutexCountsUnderContention) { expect_mutex_counts_under_contention(false); }

// The VM's fast paths (vm/native.h) take only the uncontended cases and leave every other
// state to Lock/Unlock: a held mutex, a counted waiter, a woken or starving one, and an
// unlocked one (whose Unlock is mutex_unlock's fatal error).
TEST(Sync, MutexFastPathsTakeOnlyTheUncontendedCases) {
  MutexState mu;
  EXPECT_TRUE(mutex_lock_fast(&mu, nullptr));
  EXPECT_EQ(mu.state.load(), 1);
  EXPECT_FALSE(mutex_lock_fast(&mu, nullptr));   // held
  EXPECT_EQ(mu.state.load(), 1);
  EXPECT_TRUE(mutex_unlock_fast(&mu));
  EXPECT_EQ(mu.state.load(), 0);
  EXPECT_FALSE(mutex_unlock_fast(&mu));          // not locked: left to mutex_unlock
  EXPECT_EQ(mu.state.load(), 0);
  for (int32_t other : {1 << 3, 2, 4}) {         // a queued waiter, woken, starving
    mu.state.store(1 | other);
    EXPECT_FALSE(mutex_unlock_fast(&mu)) << other;
    EXPECT_EQ(mu.state.load(), 1 | other);
    mu.state.store(other);
    EXPECT_FALSE(mutex_lock_fast(&mu, nullptr)) << other;
    EXPECT_EQ(mu.state.load(), other);
  }
}

// Fast and full paths mixed, as the VM mixes them (fast first, the full one when it declines).
TEST(Sync, MutexFastPathsMixWithParkingWaiters) { expect_mutex_counts_under_contention(true); }

// WaitGroup's fast path (vm/native.h) takes an Add only while the counter stays above zero:
// reaching zero (waking waiters) and going negative (the panic) are wg_add's.
TEST(Sync, WaitGroupFastAddKeepsTheCounterAboveZero) {
  WaitGroupState w;
  EXPECT_TRUE(wg_add_fast(&w, 3));
  EXPECT_TRUE(wg_add_fast(&w, -1));
  EXPECT_EQ(w.counter.load(), 2);
  EXPECT_FALSE(wg_add_fast(&w, -2));   // would reach zero
  EXPECT_FALSE(wg_add_fast(&w, -5));   // would go negative
  EXPECT_EQ(w.counter.load(), 2);
}

// Done through the fast path where it declines to the full one, as the VM does: the waiter is
// woken by whichever Done reaches zero (the program ends), for several rounds of Add/Wait.
TEST(Sync, WaitGroupFastPathWakesTheWaiter) {
  static WaitGroupState wg;
  static std::atomic<int> dones{0};
  wg.counter.store(0);
  dones = 0;
  int code = run_prog([](G& g, FakeG& fg) {
    for (;;) {
      if (fg.pc == 0) {
        if (fg.n == 50) return RunStatus::Exited;
        if (!wg_add_fast(&wg, 8)) FAKE_BLOCK(wg_add(g, &wg, 8), 1);
        for (int i = 0; i < 8; ++i)
          go(g, [](G& g, FakeG&) {
            dones.fetch_add(1);
            if (!wg_add_fast(&wg, -1)) (void)wg_add(g, &wg, -1);
            return RunStatus::Exited;
          });
        fg.pc = 1;
      }
      if (fg.pc == 1) FAKE_BLOCK(wg_wait(g, &wg), 2);
      EXPECT_EQ(dones.load(), 8 * (fg.n + 1));
      fg.n++;
      fg.pc = 0;
    }
  }, 2);
  EXPECT_EQ(code, 0);
  EXPECT_EQ(dones.load(), 400);
  EXPECT_EQ(wg.counter.load(), 0);
}

// sync.Cond's notify list: a Broadcast notifies the tickets taken before it and no later one,
// so a goroutine that starts waiting after it cannot take the wake-up of one that waited before
// (the old counting semaphore let it: the earlier waiter slept on, a deadlock Go never has).
TEST(Sync, CondNotifyListWakesOnlyEarlierTickets) {
  static NotifyList l;
  static std::atomic<int> late_woken{0};
  static uint32_t late_ticket = 0;
  l.wait.store(0);
  l.notify.store(0);
  late_woken = 0;
  int code = run_prog([](G& g, FakeG& fg) {
    switch (fg.pc) {
      case 0: {
        uint32_t early = notify_list_add(&l);   // took its ticket, not yet asleep
        notify_list_notify_all(&l);
        late_ticket = notify_list_add(&l);      // began waiting after the Broadcast
        go(g, [](G& g, FakeG& fg) {
          if (fg.pc == 0) FAKE_BLOCK(notify_list_wait(g, &l, late_ticket), 1);
          late_woken = 1;
          return RunStatus::Exited;
        });
        // The early ticket was notified: its Wait returns at once.
        EXPECT_EQ(notify_list_wait(g, &l, early), Op::Done);
        fg.pc = 1;
        return RunStatus::Yielded;   // the late waiter runs and parks
      }
      case 1:
        if (fg.n++ < 20) return RunStatus::Yielded;
        EXPECT_EQ(late_woken, 0);    // the Broadcast was not its
        notify_list_notify_one(&l);  // this Signal is
        fg.pc = 2;
        [[fallthrough]];
      case 2:
        if (!late_woken) return RunStatus::Yielded;
        notify_list_notify_one(&l);  // nobody waits: nothing happens
        EXPECT_EQ(l.notify.load(), l.wait.load());
        return RunStatus::Exited;
    }
    return RunStatus::Exited;
  }, 2);
  EXPECT_EQ(code, 0);
  EXPECT_EQ(late_woken, 1);
}

namespace {
MutexState mu_modes;
std::atomic<int> mu_g2_done{0};
// The second goroutine of the mutex-mode tests: Lock (parks: main holds it), then Unlock.
RunStatus mu_locker(G& g, FakeG& fg) {
  switch (fg.pc) {
    case 0:
      FAKE_BLOCK(mutex_lock(g, &mu_modes), 1);
      [[fallthrough]];
    case 1:
      mu_g2_done = 1;
      mutex_unlock(&mu_modes);
      return RunStatus::Exited;
  }
  return RunStatus::Exited;
}
}  // namespace

// Go's normal mode: Unlock wakes the waiter but does not hand it the mutex, so the unlocking
// goroutine can take it again at once (with FIFO hand-off every contended Lock became a
// goroutine switch). The woken waiter gets it once the mutex is free when it runs.
TEST(Sync, MutexUnlockWakesWaiterWithoutHandingItOver) {
  static bool relocked;
  mu_modes.state.store(0);
  mu_g2_done = 0;
  relocked = false;
  int code = run_prog([](G& g, FakeG& fg) {
    switch (fg.pc) {
      case 0:
        EXPECT_EQ(mutex_lock(g, &mu_modes), Op::Done);
        go(g, mu_locker);
        fg.pc = 1;
        return RunStatus::Yielded;   // the locker runs and parks in Lock
      case 1:
        EXPECT_EQ(mu_g2_done, 0);
        mutex_unlock(&mu_modes);     // wakes it; the mutex is free
        relocked = mutex_trylock(&mu_modes);
        if (relocked) mutex_unlock(&mu_modes);
        fg.pc = 2;
        [[fallthrough]];
      case 2:
        if (!mu_g2_done) return RunStatus::Yielded;
        return RunStatus::Exited;
    }
    return RunStatus::Exited;
  }, 1);
  EXPECT_EQ(code, 0);
  EXPECT_TRUE(relocked);
  EXPECT_EQ(mu_g2_done, 1);
  EXPECT_EQ(mu_modes.state.load(), 0);
}

// A waiter that has waited over 1 ms and loses the mutex again switches it to starvation
// mode: the next Unlock hands the mutex to it, and nobody else can take it meanwhile.
TEST(Sync, MutexStarvingWaiterGetsItHandedOver) {
  static bool barged, taken_after_handoff;
  mu_modes.state.store(0);
  mu_g2_done = 0;
  barged = taken_after_handoff = true;
  int code = run_prog([](G& g, FakeG& fg) {
    switch (fg.pc) {
      case 0:
        EXPECT_EQ(mutex_lock(g, &mu_modes), Op::Done);
        go(g, mu_locker);
        fg.pc = 1;
        return RunStatus::Yielded;   // the locker parks in Lock
      case 1: {
        int64_t t0 = nanotime();
        while (nanotime() - t0 < 3000000) {}   // hold it 3 ms
        mutex_unlock(&mu_modes);               // normal mode: wakes the locker
        barged = mutex_trylock(&mu_modes);     // and takes it again before it runs
        fg.pc = 2;
        return RunStatus::Yielded;   // the locker retries, loses, has starved: starvation mode
      }
      case 2:
        EXPECT_EQ(mu_g2_done, 0);
        mutex_unlock(&mu_modes);     // hands it over
        taken_after_handoff = mutex_trylock(&mu_modes);
        fg.pc = 3;
        [[fallthrough]];
      case 3:
        if (!mu_g2_done) return RunStatus::Yielded;
        return RunStatus::Exited;
    }
    return RunStatus::Exited;
  }, 1);
  EXPECT_EQ(code, 0);
  EXPECT_TRUE(barged);
  EXPECT_FALSE(taken_after_handoff);
  EXPECT_EQ(mu_g2_done, 1);
  EXPECT_EQ(mu_modes.state.load(), 0);   // starvation mode left with the last waiter
}

TEST(Sync, UnlockOfUnlockedMutexIsFatal) {
  static MutexState mu;
  int code = run_prog([](G& g, FakeG&) {
    mutex_unlock(&mu);
    return RunStatus::Exited;
  }, 1);
  EXPECT_EQ(code, 2);
  EXPECT_EQ(W->err.rfind("fatal error: sync: unlock of unlocked mutex\n", 0), 0u) << W->err;
}

TEST(Sync, NegativeWaitGroupPanics) {
  static WaitGroupState wg;
  static std::string msg;
  int code = run_prog([](G& g, FakeG&) {
    if (wg_add(g, &wg, -1) == Op::Panic) msg = g.panic_msg;
    return RunStatus::Exited;
  }, 1);
  EXPECT_EQ(code, 0);
  EXPECT_EQ(msg, "sync: negative WaitGroup counter");
}

// A G running Go code a native called (G::no_park) cannot park: a primitive that would park
// waits on its thread for the holder instead, and past its patience fails with
// kCannotParkMsg having changed nothing (no waiter counted, no lock left held) — a park there
// used to leave the bucket's lock held, and the engine hung at the end of the run.
TEST(Sync, NoParkMutexWaitsOnTheThreadForTheHolder) {
  static MutexState mu;
  mu.state.store(0);
  int code = run_prog([](G& g, FakeG&) {
    EXPECT_EQ(mutex_lock(g, &mu), Op::Done);   // held by "main"
    std::thread holder([] {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
      mutex_unlock(&mu);
    });
    g.no_park = true;
    EXPECT_EQ(mutex_lock(g, &mu), Op::Done);   // waited here for the unlock
    g.no_park = false;
    holder.join();
    EXPECT_EQ(mu.state.load(), 1);
    mutex_unlock(&mu);
    return RunStatus::Exited;
  }, 1);
  EXPECT_EQ(code, 0);
}

TEST(Sync, NoParkFailsCleanlyWhenTheWaitWouldNotEnd) {
  static MutexState mu;
  static RWMutexState rw;
  static WaitGroupState wg;
  mu.state.store(0);
  int code = run_prog([](G& g, FakeG&) {
    EXPECT_EQ(mutex_lock(g, &mu), Op::Done);
    EXPECT_EQ(rw_lock(g, &rw), Op::Done);
    wg.counter.store(1);
    g.no_park = true;
    EXPECT_EQ(mutex_lock(g, &mu), Op::Panic);
    EXPECT_STREQ(g.panic_msg, kCannotParkMsg);
    EXPECT_EQ(mu.state.load(), 1);             // no waiter counted
    EXPECT_EQ(rw_rlock(g, &rw), Op::Panic);
    EXPECT_EQ(rw.rwait, 0);
    EXPECT_EQ(rw_lock(g, &rw), Op::Panic);
    EXPECT_EQ(rw.wwait, 0);
    EXPECT_EQ(wg_wait(g, &wg), Op::Panic);
    EXPECT_EQ(wg.waiters, 0);
    EXPECT_EQ(sleep(g, 1000000), Op::Panic);
    g.no_park = false;
    // Everything still works for a G that may park.
    mutex_unlock(&mu);
    rw_unlock(&rw);
    EXPECT_EQ(mutex_lock(g, &mu), Op::Done);
    mutex_unlock(&mu);
    EXPECT_TRUE(rw_tryrlock(&rw));
    EXPECT_FALSE(rw_trylock(&rw));             // a reader holds it
    rw_runlock(&rw);
    EXPECT_TRUE(rw_trylock(&rw));
    EXPECT_FALSE(rw_tryrlock(&rw));            // a writer holds it
    rw_unlock(&rw);
    wg.counter.store(0);
    return RunStatus::Exited;
  }, 1);
  EXPECT_EQ(code, 0);
}
