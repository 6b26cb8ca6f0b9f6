// tests/unit/runtime/runq_test.cpp — the lock-free per-P ring: one owner putting and getting,
// thieves grabbing halves concurrently; every G must come out exactly once.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "runtime/runq.h"
#include "runtime/runtime.h"

using namespace gort::rt;

TEST(RunQ, ConcurrentPutGetStealNoLossNoDuplication) {
  constexpr int kN = 200000;
  std::vector<G> gs(kN);
  std::vector<std::atomic<int>> seen(kN);
  RunQ q;
  std::atomic<bool> done{false};
  auto idx = [&](G* g) { return int(g - gs.data()); };
  auto thief = [&] {
    G* buf[RunQ::kSize / 2 + 1];
    while (!done.load() || !q.empty()) {
      uint32_t n = q.grab(buf, true);
      for (uint32_t i = 0; i < n; ++i) seen[idx(buf[i])].fetch_add(1);
    }
  };
  std::thread t1(thief), t2(thief);
  bool inh;
  for (int i = 0; i < kN; ++i) {
    if (i % 7 == 0) {
      G* old = q.runnext.exchange(&gs[i]);
      if (old) while (!q.put_tail(old)) if (G* g = q.get(&inh)) seen[idx(g)].fetch_add(1);
    } else {
      while (!q.put_tail(&gs[i]))
        if (G* g = q.get(&inh)) seen[idx(g)].fetch_add(1);
    }
    if (i % 3 == 0)
      if (G* g = q.get(&inh)) seen[idx(g)].fetch_add(1);
  }
  while (G* g = q.get(&inh)) seen[idx(g)].fetch_add(1);
  done.store(true);
  t1.join();
  t2.join();
  while (G* g = q.get(&inh)) seen[idx(g)].fetch_add(1);
  for (int i = 0; i < kN; ++i) ASSERT_EQ(seen[i].load(), 1) << "G " << i;
}

TEST(RunQ, StealTakesHalf) {
  std::vector<G> gs(10);
  RunQ q;
  for (auto& g : gs) ASSERT_TRUE(q.put_tail(&g));
  G* buf[RunQ::kSize / 2 + 1];
  EXPECT_EQ(q.grab(buf, false), 5u);
  EXPECT_EQ(buf[0], &gs[0]);
  EXPECT_EQ(q.size(), 5u);
}

TEST(RunQ, FullRingRefusesPut) {
  std::vector<G> gs(RunQ::kSize + 1);
  RunQ q;
  for (uint32_t i = 0; i < RunQ::kSize; ++i) ASSERT_TRUE(q.put_tail(&gs[i]));
  EXPECT_FALSE(q.put_tail(&gs[RunQ::kSize]));
}
