// tests/unit/runtime/heap_test.cpp — the GC: reachable objects survive, unreachable ones are
// finalized and freed, runtime.GC() is synchronous, and a churning allocator stays bounded.
#include <atomic>

#include "fake_vm.h"

using namespace gort::rt;
using namespace gort::rt::test;
using gort::Value;

namespace {
std::atomic<int> finalized{0};
void count_fin(void*) { finalized.fetch_add(1); }
const Layout kLeaf{LayoutKind::Bytes, 0, 0, nullptr, count_fin, "leaf"};
const Layout kPair{LayoutKind::Values, 2, 0b01, nullptr, count_fin, "pair"};   // slot 0 = ptr
}  // namespace

TEST(Heap, ReachableSurvivesUnreachableIsFreed) {
  finalized.store(0);
  static int alive_fin = -1, after_drop = -1;
  static int64_t leaf_value = 0;
  int code = run_prog([](G& g, FakeG& fg) {
    switch (fg.pc) {
      case 0: {
        Obj* pair = alloc(&kPair, 2 * sizeof(Value));
        Obj* leaf = alloc(&kLeaf, 8);
        obj_slots(leaf)[0].i = 1234;
        obj_slots(pair)[0].o = leaf;                  // pointer slot
        obj_slots(pair)[1].i = int64_t(0xdeadbeef);  // scalar slot: must not be traced
        fg.roots.push_back(pair);
        for (int i = 0; i < 10; ++i) (void)alloc(&kLeaf, 32);   // garbage
        FAKE_BLOCK(gc_collect(g), 1);
        [[fallthrough]];
      }
      case 1:
        alive_fin = finalized.load();
        leaf_value = obj_slots(obj_slots(fg.roots[0])[0].o)[0].i;
        fg.roots.clear();
        FAKE_BLOCK(gc_collect(g), 2);
        [[fallthrough]];
      case 2:
        after_drop = finalized.load();
        return RunStatus::Exited;
    }
    return RunStatus::Exited;
  }, 2);
  EXPECT_EQ(code, 0);
  EXPECT_EQ(alive_fin, 10);
  EXPECT_EQ(leaf_value, 1234);
  EXPECT_EQ(after_drop, 12);
  EXPECT_GE(heap_stats().num_gc, 2u);
}

TEST(Heap, ChannelKeepsBufferedPointersAlive) {
  finalized.store(0);
  static int fin_mid = -1;
  static Obj* ch;
  int code = run_prog([](G& g, FakeG& fg) {
    switch (fg.pc) {
      case 0:
        ch = chan_make(4, true);
        fg.roots.push_back(ch);
        (void)chan_send(g, ch, Value::from_obj(alloc(&kLeaf, 8)));
        FAKE_BLOCK(gc_collect(g), 1);
        [[fallthrough]];
      case 1:
        fin_mid = finalized.load();
        return RunStatus::Exited;
    }
    return RunStatus::Exited;
  }, 1);
  EXPECT_EQ(code, 0);
  EXPECT_EQ(fin_mid, 0);
}

TEST(Heap, ChurnStaysBounded) {
  // 512 MiB allocated in 4 KiB objects, live set one object: the heap must stay far below
  // 100 MiB (GC is triggered by allocation and runs at the next safepoint).
  static uint64_t max_live = 0;
  max_live = 0;
  int code = run_prog([](G& g, FakeG& fg) {
    for (;;) {
      if (fg.n >= 131072) return RunStatus::Exited;
      Obj* o = alloc(&kLeaf, 4096);
      fg.roots.assign(1, o);
      fg.n++;
      uint64_t live = heap_stats().heap_live;
      if (live > max_live) max_live = live;
      if (should_yield(g)) return RunStatus::Yielded;
    }
  }, 2);
  EXPECT_EQ(code, 0);
  EXPECT_LT(max_live, 100u << 20);
  EXPECT_GE(heap_stats().num_gc, 10u);
}
