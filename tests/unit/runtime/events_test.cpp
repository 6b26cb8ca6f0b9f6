// tests/unit/runtime/events_test.cpp — scheduler events (runtime/events.h): the ring drops
// (and counts) what does not fit instead of blocking or growing, keeps one producer's order,
// is race-free with a concurrent drainer (run under build/tsan), and a run with
// Config::events reports every goroutine's life (create, start, end) in time order with
// non-overlapping runs per P.
#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "fake_vm.h"

using namespace gort::rt;
using namespace gort::rt::test;

namespace {

SchedEvent make(int64_t g) {
  SchedEvent e;
  e.kind = EvKind::GoStart;
  e.g = g;
  return e;
}

}  // namespace

TEST(EventRing, OverflowDropsAndCounts) {
  auto r = std::make_unique<EventRing>();
  const int extra = 37;
  for (int i = 0; i < int(EventRing::kSize) + extra; ++i) r->push(make(i));
  EXPECT_EQ(r->used(), EventRing::kSize);
  std::vector<SchedEvent> out(EventRing::kSize + extra);
  size_t n = r->pop(out.data(), out.size());
  ASSERT_EQ(n, EventRing::kSize);
  for (size_t i = 0; i < n; ++i) ASSERT_EQ(out[i].g, int64_t(i));  // the oldest are kept
  EXPECT_EQ(r->take_dropped(), uint64_t(extra));
  EXPECT_EQ(r->take_dropped(), 0u);   // reported once
  // Room again after the drain: nothing more is dropped.
  r->push(make(1000));
  EXPECT_EQ(r->pop(out.data(), out.size()), 1u);
  EXPECT_EQ(out[0].g, 1000);
  EXPECT_EQ(r->take_dropped(), 0u);
}

TEST(EventRing, ConcurrentDrainKeepsOrderAndCountsEveryEvent) {
  auto r = std::make_unique<EventRing>();
  constexpr int64_t kN = 300000;
  std::atomic<bool> done{false};
  std::thread producer([&] {
    for (int64_t i = 0; i < kN; ++i) r->push(make(i));
    done.store(true);
  });
  std::vector<SchedEvent> buf(512);
  int64_t got = 0, last = -1;
  uint64_t dropped = 0;
  for (;;) {
    bool fin = done.load();
    size_t n;
    while ((n = r->pop(buf.data(), buf.size())) > 0) {
      for (size_t i = 0; i < n; ++i) {
        ASSERT_GT(buf[i].g, last);  // a producer's events stay in order (drops leave gaps)
        last = buf[i].g;
      }
      got += int64_t(n);
    }
    dropped += r->take_dropped();
    if (fin) break;
  }
  producer.join();
  got += int64_t(r->pop(buf.data(), buf.size()));
  dropped += r->take_dropped();
  EXPECT_EQ(got + int64_t(dropped), kN);
}

namespace {
std::mutex g_mu;
std::vector<SchedEvent> g_events;
bool g_batches_sorted = true;
void collect(const SchedEvent* evs, size_t n) {
  std::lock_guard<std::mutex> lk(g_mu);
  for (size_t i = 1; i < n; ++i)
    if (evs[i].t < evs[i - 1].t) g_batches_sorted = false;
  g_events.insert(g_events.end(), evs, evs + n);
}
}  // namespace

TEST(SchedEvents, EveryGoroutineIsCreatedStartedAndEnded) {
  static World world;
  W = &world;
  world.fgs.clear();
  g_events.clear();
  Config cfg;
  cfg.gomaxprocs = 2;
  cfg.seed = 3;
  cfg.events = true;
  Hooks h;
  h.run_g = fake_run;
  h.scan_g = fake_scan;
  h.scan_globals = fake_globals;
  h.traceback = fake_tb;
  h.write = fake_write;
  h.events = collect;
  constexpr int kGs = 50;
  // main waits on a WaitGroup (no busy yielding: that could overflow a ring between drains).
  static WaitGroupState wg;
  wg.counter.store(0);
  int code = run_main(cfg, h, W->make([](G& g, FakeG& fg) {
    switch (fg.pc) {
      case 0:
        FAKE_BLOCK(wg_add(g, &wg, kGs), 1);
        [[fallthrough]];
      case 1:
        for (int i = 0; i < kGs; ++i)
          go(g, [](G& g, FakeG& f) {
            for (int k = 0; k < 20000; ++k) f.n += k;
            (void)wg_add(g, &wg, -1);
            return RunStatus::Exited;
          });
        FAKE_BLOCK(wg_wait(g, &wg), 2);
        [[fallthrough]];
      default:
        return RunStatus::Exited;
    }
  }));
  EXPECT_EQ(code, 0);
  EXPECT_FALSE(events_on());   // off again after the run
  std::map<int64_t, int> created, started, ended;
  std::map<int, int64_t> running_on_p;   // P -> G running (0: none)
  EXPECT_TRUE(g_batches_sorted) << "each batch is in time order";
  for (const SchedEvent& e : g_events) {
    if (e.kind == EvKind::Dropped) FAIL() << "no ring should overflow here";
    if (e.kind == EvKind::GoCreate) created[e.g]++;
    if (e.kind == EvKind::GoStart) {
      started[e.g]++;
      ASSERT_GE(e.p, 0);
      ASSERT_LT(e.p, 2);
      running_on_p[e.p] = e.g;
    }
    if (e.kind == EvKind::GoEnd) ended[e.g]++;
  }
  EXPECT_EQ(created.size(), size_t(kGs + 1));   // main too
  EXPECT_EQ(created[1], 1);
  for (auto& [g, n] : created) {
    EXPECT_EQ(n, 1) << g;
    EXPECT_GE(started[g], 1) << g;
  }
  for (int64_t g = 2; g <= kGs + 1; ++g) EXPECT_EQ(ended[g], 1) << g;
  // Per P, in time order, a G starts only after the previous one stopped running there.
  std::map<int, std::vector<const SchedEvent*>> by_p;
  for (const SchedEvent& e : g_events)
    if (e.p >= 0 && (e.kind == EvKind::GoStart || e.kind == EvKind::GoEnd ||
                     e.kind == EvKind::GoPreempt || e.kind == EvKind::GoBlock))
      by_p[e.p].push_back(&e);
  for (auto& [p, evs] : by_p) {
    std::stable_sort(evs.begin(), evs.end(), [](auto* a, auto* b) { return a->t < b->t; });
    int64_t cur = 0;
    for (const SchedEvent* e : evs) {
      if (e->kind == EvKind::GoStart) {
        EXPECT_EQ(cur, 0) << "P" << p << ": G" << e->g << " started while G" << cur << " ran";
        cur = e->g;
      } else {
        EXPECT_EQ(cur, e->g) << "P" << p;
        cur = 0;
      }
    }
  }
}

TEST(SchedEvents, OffRecordsNothing) {
  g_events.clear();
  static World world;
  W = &world;
  world.fgs.clear();
  Config cfg;
  cfg.gomaxprocs = 2;
  Hooks h;
  h.run_g = fake_run;
  h.scan_g = fake_scan;
  h.scan_globals = fake_globals;
  h.traceback = fake_tb;
  h.write = fake_write;
  h.events = collect;   // registered, but Config::events is off
  int code = run_main(cfg, h, W->make([](G& g, FakeG& fg) {
    if (fg.pc == 0) { fg.pc = 1; go(g, [](G&, FakeG&) { return RunStatus::Exited; }); return RunStatus::Yielded; }
    return RunStatus::Exited;
  }));
  EXPECT_EQ(code, 0);
  EXPECT_TRUE(g_events.empty());
}
