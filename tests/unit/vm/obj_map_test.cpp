// tests/unit/vm/obj_map_test.cpp — maps: random inserts/deletes against std::map, iteration
// (snapshot, skips deleted keys, sees current values), NaN and ±0 keys, struct and interface
// keys, nil-map behaviour, fmt's sorted key order, aggregate values.
#include <cmath>
#include <map>
#include <random>
#include <set>

#include "obj_test_util.h"

using namespace gort;
using namespace gort::vm;
using namespace gort::vm::test;

namespace {
Value get(Obj* m, Value k, bool* found) {
  Value out;
  Fault f;
  EXPECT_TRUE(map_get(m, k, &out, found, f)) << f.msg;
  return out;
}
void set(Obj* m, Value k, Value v) {
  Fault f;
  EXPECT_TRUE(map_set(m, k, v, f)) << f.msg;
}
void del(Obj* m, Value k) {
  Fault f;
  EXPECT_TRUE(map_delete(m, k, f)) << f.msg;
}
}  // namespace

TEST(ObjMap, RandomOpsMatchStdMap) {
  Types ts;
  Obj* m = map_make(ts.map_of(T_int(), T_int()), 0);
  std::map<int64_t, int64_t> model;
  std::mt19937_64 rng(12345);
  for (int i = 0; i < 100000; ++i) {
    int64_t k = int64_t(rng() % 5000) - 2500;
    if (rng() % 3 == 0) {
      del(m, I(k));
      model.erase(k);
    } else {
      int64_t v = int64_t(rng());
      set(m, I(k), I(v));
      model[k] = v;
    }
    if (i % 997 == 0) {
      ASSERT_EQ(map_len(m), int64_t(model.size()));
    }
  }
  ASSERT_EQ(map_len(m), int64_t(model.size()));
  for (int64_t k = -2600; k < 2600; ++k) {
    bool found;
    Value v = get(m, I(k), &found);
    auto it = model.find(k);
    ASSERT_EQ(found, it != model.end()) << k;
    ASSERT_EQ(v.i, found ? it->second : 0) << k;
  }
  // Iteration yields every key exactly once with its value.
  std::map<int64_t, int64_t> seen;
  Obj* it = map_iter_new(m);
  Value k, v;
  while (map_iter_next(it, &k, &v)) {
    EXPECT_EQ(seen.count(k.i), 0u);
    seen[k.i] = v.i;
  }
  EXPECT_EQ(seen, model);
}

TEST(ObjMap, StringKeysAndManyInsertDeleteCycles) {
  Types ts;
  Obj* m = map_make(ts.map_of(T_str(), T_int()), 4);
  for (int round = 0; round < 20; ++round) {
    for (int i = 0; i < 1000; ++i) set(m, S("k" + std::to_string(i)), I(i + round));
    for (int i = 0; i < 1000; i += 2) del(m, S("k" + std::to_string(i)));
    ASSERT_EQ(map_len(m), 500);
    for (int i = 1; i < 1000; i += 2) del(m, S("k" + std::to_string(i)));
    ASSERT_EQ(map_len(m), 0);   // tombstone churn must not grow or lose anything
  }
  set(m, S("a"), I(1));
  bool found;
  EXPECT_EQ(get(m, S("a"), &found).i, 1);
  EXPECT_TRUE(found);
  set(m, S("a"), I(2));        // overwrite
  EXPECT_EQ(get(m, S("a"), &found).i, 2);
  EXPECT_EQ(map_len(m), 1);
  set(m, O(nullptr), I(3));    // "" key
  EXPECT_EQ(get(m, S(""), &found).i, 3);
  EXPECT_TRUE(found);
  map_clear(m);
  EXPECT_EQ(map_len(m), 0);
  get(m, S("a"), &found);
  EXPECT_FALSE(found);
}

TEST(ObjMap, IterationSkipsDeletedAndSeesUpdates) {
  Types ts;
  Obj* m = map_make(ts.map_of(T_int(), T_int()), 0);
  for (int i = 0; i < 100; ++i) set(m, I(i), I(i));
  Obj* it = map_iter_new(m);
  Value k, v;
  std::set<int64_t> seen;
  bool first = true;
  while (map_iter_next(it, &k, &v)) {
    if (first) {
      // Mid-iteration: delete all even keys not yet seen, bump the odd values.
      for (int i = 0; i < 100; ++i) {
        if (i == k.i) continue;
        if (i % 2 == 0) del(m, I(i));
        else set(m, I(i), I(1000 + i));
      }
      first = false;
    } else {
      EXPECT_TRUE(k.i % 2 == 1) << "deleted key " << k.i << " was produced";
      EXPECT_EQ(v.i, 1000 + k.i);
    }
    seen.insert(k.i);
  }
  EXPECT_GE(seen.size(), 50u);
  EXPECT_LE(seen.size(), 51u);
  EXPECT_FALSE(map_iter_next(it, &k, &v));   // stays done
  // Nil map: empty iterator.
  EXPECT_FALSE(map_iter_next(map_iter_new(nullptr), &k, &v));
}

TEST(ObjMap, IterationOrderVaries) {
  Types ts;
  Obj* m = map_make(ts.map_of(T_int(), T_int()), 0);
  for (int i = 0; i < 20; ++i) set(m, I(i), I(i));
  std::set<int64_t> firsts;
  for (int r = 0; r < 50; ++r) {
    Value k, v;
    Obj* it = map_iter_new(m);
    ASSERT_TRUE(map_iter_next(it, &k, &v));
    firsts.insert(k.i);
  }
  EXPECT_GT(firsts.size(), 1u);   // Go randomizes the start of every range
}

TEST(ObjMap, NaNAndZeroKeys) {
  Types ts;
  Obj* m = map_make(ts.map_of(T_f64(), T_int()), 0);
  set(m, F(NAN), I(1));
  set(m, F(NAN), I(2));
  EXPECT_EQ(map_len(m), 2);        // every NaN is a new key
  bool found;
  get(m, F(NAN), &found);
  EXPECT_FALSE(found);
  del(m, F(NAN));
  EXPECT_EQ(map_len(m), 2);
  set(m, F(0.0), I(3));
  set(m, F(-0.0), I(4));           // +0 == -0: same key, key updated to -0 as in Go
  EXPECT_EQ(map_len(m), 3);
  EXPECT_EQ(get(m, F(0.0), &found).i, 4);
  int nans = 0, zeros = 0;
  int64_t nan_sum = 0;
  Obj* it = map_iter_new(m);
  Value k, v;
  while (map_iter_next(it, &k, &v)) {
    if (std::isnan(k.f)) { ++nans; nan_sum += v.i; }
    else { ++zeros; EXPECT_TRUE(std::signbit(k.f)); EXPECT_EQ(v.i, 4); }
  }
  EXPECT_EQ(nans, 2);              // NaN entries are still produced by range
  EXPECT_EQ(nan_sum, 3);
  EXPECT_EQ(zeros, 1);
  // fmt order: NaN first.
  Obj* keys = map_sorted_keys(m);
  ASSERT_EQ(slice_len(keys), 3);
  Fault f;
  Value* e;
  ASSERT_TRUE(slice_elem(keys, 0, &e, f));
  EXPECT_TRUE(std::isnan(e->f));
  ASSERT_TRUE(slice_elem(keys, 2, &e, f));
  EXPECT_EQ(e->f, 0.0);
  // map_sorted_entries also yields the NaN keys' values (fmt prints map[NaN:1 NaN:2 -0:4]).
  Obj* vals;
  Obj* ks = map_sorted_entries(m, &vals);
  ASSERT_EQ(slice_len(ks), 3);
  ASSERT_EQ(slice_len(vals), 3);
  std::vector<int64_t> vs = ints_of(vals);
  EXPECT_EQ(vs[0] + vs[1], 3);
  EXPECT_EQ(vs[2], 4);
  EXPECT_EQ(map_sorted_entries(nullptr, &vals), nullptr);
  EXPECT_EQ(vals, nullptr);
}

TEST(ObjMap, StructAndInterfaceKeys) {
  Types ts;
  const TypeDesc* P = ts.strukt("main.P", {{"X", T_int()}, {"S", T_str()}});
  Obj* m = map_make(ts.map_of(P, T_int()), 0);
  auto key = [&](int64_t x, const char* s) {
    Obj* o = agg_new(P);
    obj_slots(o)[0].i = x;
    obj_slots(o)[1] = S(s);
    return O(o);
  };
  set(m, key(1, "a"), I(10));
  set(m, key(1, "b"), I(20));
  set(m, key(1, "a"), I(30));
  EXPECT_EQ(map_len(m), 2);
  bool found;
  EXPECT_EQ(get(m, key(1, "a"), &found).i, 30);
  EXPECT_EQ(get(m, key(1, "b"), &found).i, 20);
  get(m, key(2, "a"), &found);
  EXPECT_FALSE(found);

  Obj* mi = map_make(ts.map_of(any_type(), T_int()), 0);
  set(mi, O(iface_new(T_int(), I(1))), I(1));
  set(mi, O(iface_new(basic_type(Kind::Int64), I(1))), I(2));   // different dynamic type
  set(mi, O(iface_new(T_str(), S("1"))), I(3));
  set(mi, O(nullptr), I(4));                                     // nil interface key
  EXPECT_EQ(map_len(mi), 4);
  EXPECT_EQ(get(mi, O(iface_new(T_int(), I(1))), &found).i, 1);
  EXPECT_EQ(get(mi, O(nullptr), &found).i, 4);
  Fault f;
  Value out;
  const TypeDesc* ints = ts.slice_of(T_int());
  EXPECT_FALSE(map_set(mi, O(iface_new(ints, O(nullptr))), I(0), f));
  EXPECT_EQ(f.msg, "runtime error: hash of unhashable type []int");
  EXPECT_FALSE(map_get(mi, O(iface_new(ints, O(nullptr))), &out, &found, f));
  EXPECT_FALSE(map_delete(mi, O(iface_new(ints, O(nullptr))), f));

  // fmt order for interface keys: nil first, then by type, then by value.
  Obj* keys = map_sorted_keys(mi);
  ASSERT_EQ(slice_len(keys), 4);
  Value* e;
  ASSERT_TRUE(slice_elem(keys, 0, &e, f));
  EXPECT_EQ(e->o, nullptr);
  ASSERT_TRUE(slice_elem(keys, 1, &e, f));
  EXPECT_EQ(iface_type(e->o)->str, "int");
  ASSERT_TRUE(slice_elem(keys, 2, &e, f));
  EXPECT_EQ(iface_type(e->o)->str, "int64");
  ASSERT_TRUE(slice_elem(keys, 3, &e, f));
  EXPECT_EQ(iface_type(e->o)->str, "string");

  // Go's order across kinds follows the runtime type descriptors' sizes, then names:
  // *int (56 bytes) < string (64) < main.P (struct, 144) although "main.P" < "string".
  Obj* mk = map_make(ts.map_of(any_type(), T_int()), 0);
  set(mk, O(iface_new(P, key(1, "a"))), I(1));
  set(mk, O(iface_new(T_str(), S("s"))), I(2));
  set(mk, O(iface_new(ts.ptr_to(T_int()), O(ref_new(box_new(T_int()), 0)))), I(3));
  Obj* vals;
  map_sorted_entries(mk, &vals);
  EXPECT_EQ(ints_of(vals), (std::vector<int64_t>{3, 2, 1}));
}

TEST(ObjMap, NilMapAndAggregateValues) {
  Types ts;
  const TypeDesc* P = ts.strukt("main.P", {{"X", T_int()}});
  const TypeDesc* mt = ts.map_of(T_str(), P);
  Fault f;
  Value out;
  bool found = true;
  EXPECT_TRUE(map_get(nullptr, S("a"), &out, &found, f));
  EXPECT_FALSE(found);
  EXPECT_EQ(map_len(nullptr), 0);
  EXPECT_FALSE(map_set(nullptr, S("a"), I(1), f));
  EXPECT_EQ(f.msg, "assignment to entry in nil map");
  EXPECT_TRUE(f.runtime_error);
  EXPECT_TRUE(map_delete(nullptr, S("a"), f));
  map_clear(nullptr);
  EXPECT_EQ(map_sorted_keys(nullptr), nullptr);

  Obj* m = map_make(mt, 0);
  EXPECT_EQ(map_type(m), mt);
  ASSERT_TRUE(map_get(m, S("none"), &out, &found, f));
  EXPECT_FALSE(found);
  ASSERT_NE(out.o, nullptr);                         // absent: a fresh zero struct
  EXPECT_EQ(obj_slots(out.o)[0].i, 0);
  Obj* v = agg_new(P);
  obj_slots(v)[0].i = 5;
  set(m, S("k"), O(v));
  ASSERT_TRUE(map_get(m, S("k"), &out, &found, f));
  EXPECT_EQ(obj_slots(out.o)[0].i, 5);
}

TEST(ObjMap, SortedKeysOrders) {
  Types ts;
  Obj* ms = map_make(ts.map_of(T_str(), T_int()), 0);
  for (const char* s : {"pear", "apple", "fig", "Zed", ""}) set(ms, S(s), I(0));
  Obj* keys = map_sorted_keys(ms);
  std::vector<std::string> got;
  Fault f;
  for (int64_t i = 0; i < slice_len(keys); ++i) {
    Value* e;
    ASSERT_TRUE(slice_elem(keys, i, &e, f));
    got.emplace_back(str_view(*e));
  }
  EXPECT_EQ(got, (std::vector<std::string>{"", "Zed", "apple", "fig", "pear"}));

  Obj* mi = map_make(ts.map_of(T_int(), T_int()), 0);
  for (int64_t k : {5, -3, 0, 100, -100}) set(mi, I(k), I(0));
  EXPECT_EQ(ints_of(map_sorted_keys(mi)), (std::vector<int64_t>{-100, -3, 0, 5, 100}));
  Obj* mu = map_make(ts.map_of(basic_type(Kind::Uint64), T_int()), 0);
  set(mu, I(-1), I(0));   // 1<<64-1
  set(mu, I(1), I(0));
  EXPECT_EQ(ints_of(map_sorted_keys(mu)), (std::vector<int64_t>{1, -1}));
  Obj* mb = map_make(ts.map_of(basic_type(Kind::Bool), T_int()), 0);
  set(mb, I(1), I(0));
  set(mb, I(0), I(0));
  EXPECT_EQ(ints_of(map_sorted_keys(mb)), (std::vector<int64_t>{0, 1}));
  const TypeDesc* P = ts.strukt("main.P", {{"X", T_int()}, {"Y", T_int()}});
  Obj* mp = map_make(ts.map_of(P, T_int()), 0);
  auto key = [&](int64_t x, int64_t y) {
    Obj* o = agg_new(P);
    obj_slots(o)[0].i = x;
    obj_slots(o)[1].i = y;
    return O(o);
  };
  set(mp, key(2, 1), I(0));
  set(mp, key(1, 9), I(0));
  set(mp, key(1, 2), I(0));
  Obj* pk = map_sorted_keys(mp);
  std::vector<std::pair<int64_t, int64_t>> order;
  for (int64_t i = 0; i < slice_len(pk); ++i) {
    Value* e;
    ASSERT_TRUE(slice_elem(pk, i, &e, f));
    order.push_back({obj_slots(e->o)[0].i, obj_slots(e->o)[1].i});
  }
  EXPECT_EQ(order, (std::vector<std::pair<int64_t, int64_t>>{{1, 2}, {1, 9}, {2, 1}}));
}
