// tests/unit/vm/obj_gc_test.cpp — real collections (the runtime with a fake VM whose roots
// are a vector): objects reachable only through maps, slices, interfaces, closures, boxes,
// refs, nested aggregates and map iterators survive with their contents; everything else
// (including map entries deleted before the cycle) is freed — checked with heap_stats.
#include "../runtime/fake_vm.h"
#include "obj_test_util.h"

using namespace gort;
using namespace gort::vm;
using namespace gort::vm::test;
using gort::rt::test::FakeG;
using gort::rt::G;
using gort::rt::RunStatus;

namespace {
Types* ts;
const TypeDesc* P;     // struct { Name string; N int; Tags []string }
const TypeDesc* mtype; // map[string]P
const TypeDesc* strs;  // []string

uint64_t live_objects() { return rt::heap_stats().heap_objects; }

// Builds the live structure rooted in fg.roots without creating garbage; returns the number
// of objects allocated.
void build(FakeG& fg) {
  Obj* m = map_make(mtype, 64);
  for (int i = 0; i < 20; ++i) {
    Obj* v = agg_new(P);   // Tags slot: nil slice
    obj_slots(v)[0] = S("name" + std::to_string(i));
    obj_slots(v)[1].i = i;
    Obj* tags;
    Fault f;
    EXPECT_TRUE(slice_make(basic_type(Kind::String), 2, 2, &tags, f));
    Value* e;
    EXPECT_TRUE(slice_elem(tags, 0, &e, f));
    *e = S("tag" + std::to_string(i));
    obj_slots(v)[2].o = tags;
    EXPECT_TRUE(map_set(m, S("k" + std::to_string(i)), O(v), f));
  }
  fg.roots.push_back(m);
  // An interface holding a slice of strings.
  Obj* sl;
  Fault f;
  EXPECT_TRUE(slice_make(basic_type(Kind::String), 3, 3, &sl, f));
  for (int i = 0; i < 3; ++i) obj_slots(static_cast<SliceObj*>(obj_data(sl))->array)[i] = S("s" + std::to_string(i));
  fg.roots.push_back(iface_new(strs, O(sl)));
  // A closure capturing a box that holds a string, plus a ref into the box.
  Obj* box = box_new(basic_type(Kind::String));
  obj_slots(box)[0] = S("captured");
  Obj* c = closure_new(0, 2);
  closure_of(c)->captures[0] = box;
  closure_of(c)->captures[1] = ref_new(box, 0);
  fg.roots.push_back(c);
}

void check(FakeG& fg) {
  Obj* m = fg.roots[0];
  ASSERT_EQ(map_len(m), 20);
  Fault f;
  for (int i = 0; i < 20; ++i) {
    Value out;
    bool found;
    ASSERT_TRUE(map_get(m, S("k" + std::to_string(i)), &out, &found, f));
    ASSERT_TRUE(found);
    EXPECT_EQ(str_view(obj_slots(out.o)[0]), "name" + std::to_string(i));
    Value* e;
    ASSERT_TRUE(slice_elem(obj_slots(out.o)[2].o, 0, &e, f));
    EXPECT_EQ(str_view(*e), "tag" + std::to_string(i));
  }
  Obj* sl = iface_data(fg.roots[1]).o;
  Value* e;
  ASSERT_TRUE(slice_elem(sl, 2, &e, f));
  EXPECT_EQ(str_view(*e), "s2");
  Obj* c = fg.roots[2];
  Value v;
  ASSERT_TRUE(ref_load(closure_of(c)->captures[1], &v, f));
  EXPECT_EQ(str_view(v), "captured");
}
}  // namespace

TEST(ObjGC, ReachableSurvivesGarbageFreed) {
  Types types;
  ts = &types;
  P = types.strukt("main.P", {{"Name", T_str()}, {"N", T_int()}, {"Tags", types.slice_of(T_str())}});
  mtype = types.map_of(T_str(), P);
  strs = types.slice_of(T_str());
  static uint64_t base, built, after_gc1, after_delete, after_drop, with_iter;
  static bool done = false;
  int code = rt::test::run_prog([](G& g, FakeG& fg) {
    switch (fg.pc) {
      case 0:
        FAKE_BLOCK(rt::gc_collect(g), 1);   // start from a swept heap
        [[fallthrough]];
      case 1:
        base = live_objects();
        build(fg);
        built = live_objects();
        // Garbage of every shape.
        for (int i = 0; i < 50; ++i) {
          Obj* gm = map_make(mtype, 0);
          Fault f;
          EXPECT_TRUE(map_set(gm, S("x"), O(agg_new(P)), f));
          (void)iface_new(T_int(), I(i));
          (void)closure_new(0, 1);
          (void)int_slice({1, 2, 3});
        }
        FAKE_BLOCK(rt::gc_collect(g), 2);
        [[fallthrough]];
      case 2: {
        after_gc1 = live_objects();
        check(fg);
        // Deleting an entry makes its key, value struct, Name, tags slice, array, tag string
        // garbage: 6 objects (the value's Tags[1] is the nil string).
        Fault f;
        EXPECT_TRUE(map_delete(fg.roots[0], S("k3"), f));
        FAKE_BLOCK(rt::gc_collect(g), 3);
        [[fallthrough]];
      }
      case 3:
        after_delete = live_objects();
        {
          Value out;
          bool found;
          Fault f;
          EXPECT_TRUE(map_get(fg.roots[0], S("k4"), &out, &found, f));
          EXPECT_TRUE(found);
        }
        // A map iterator alone keeps the map alive.
        fg.roots[0] = map_iter_new(fg.roots[0]);
        FAKE_BLOCK(rt::gc_collect(g), 4);
        [[fallthrough]];
      case 4: {
        with_iter = live_objects();
        Value k, v;
        int n = 0;
        while (map_iter_next(fg.roots[0], &k, &v)) {
          EXPECT_EQ(str_view(obj_slots(v.o)[0]).substr(0, 4), "name");
          ++n;
        }
        EXPECT_EQ(n, 19);
        fg.roots.clear();
        FAKE_BLOCK(rt::gc_collect(g), 5);
        [[fallthrough]];
      }
      case 5:
        after_drop = live_objects();
        done = true;
        return RunStatus::Exited;
    }
    return RunStatus::Exited;
  }, 2);
  EXPECT_EQ(code, 0);
  ASSERT_TRUE(done);
  EXPECT_EQ(after_gc1, built);              // exactly the live structure survived
  EXPECT_EQ(after_delete, built - 6);
  EXPECT_EQ(with_iter, built - 6 + 2);      // + iterator + its key snapshot array
  EXPECT_EQ(after_drop, base);
  EXPECT_GT(built, base);
}
