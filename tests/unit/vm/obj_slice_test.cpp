// tests/unit/vm/obj_slice_test.cpp — slices: make, append growth capacities against go run
// (Go 1.19), copy with overlap, reslicing aliasing, bounds-error texts, aggregate elements.
#include "obj_test_util.h"

using namespace gort;
using namespace gort::vm;
using namespace gort::vm::test;

namespace {
// Caps after each one-element append to a nil slice of `elem`.
std::vector<int64_t> caps_one_by_one(const TypeDesc* elem, int n) {
  Obj* s = nullptr;
  std::vector<int64_t> caps;
  for (int i = 0; i < n; ++i) {
    Value v = zero_value(elem);
    s = slice_append(elem, s, &v, 1);
    caps.push_back(slice_cap(s));
  }
  return caps;
}
}  // namespace

TEST(ObjSlice, AppendGrowthMatchesGo) {
  // Expected values printed by `go run` (Go 1.19) for the same appends.
  EXPECT_EQ(caps_one_by_one(T_int(), 10), (std::vector<int64_t>{1, 2, 4, 4, 8, 8, 8, 8, 16, 16}));
  EXPECT_EQ(caps_one_by_one(T_str(), 10), (std::vector<int64_t>{1, 2, 4, 4, 8, 8, 8, 8, 16, 16}));
  EXPECT_EQ(caps_one_by_one(basic_type(Kind::Int32), 10),
            (std::vector<int64_t>{2, 2, 4, 4, 8, 8, 8, 8, 16, 16}));
  std::vector<int64_t> bytes = caps_one_by_one(basic_type(Kind::Uint8), 40);
  for (int i = 0; i < 40; ++i) EXPECT_EQ(bytes[i], i < 8 ? 8 : i < 16 ? 16 : i < 32 ? 32 : 64) << i;
  Types ts;
  const TypeDesc* s3 = ts.strukt("main.S", {{"a", T_int()}, {"b", T_int()}, {"c", T_int()}});
  EXPECT_EQ(caps_one_by_one(s3, 10), (std::vector<int64_t>{1, 2, 4, 4, 8, 8, 8, 8, 16, 16}));

  Value five[5] = {I(1), I(2), I(3), I(4), I(5)};
  EXPECT_EQ(slice_cap(slice_append(T_int(), nullptr, five, 5)), 6);   // 40 bytes → class 48

  Obj* s;
  Fault f;
  ASSERT_TRUE(slice_make(T_int(), 300, 300, &s, f));
  EXPECT_EQ(slice_cap(slice_append(T_int(), s, five, 1)), 608);
  ASSERT_TRUE(slice_make(T_int(), 1000, 1000, &s, f));
  std::vector<int64_t> growth;
  for (int i = 0; i < 3000; ++i) {
    int64_t c = slice_cap(s);
    s = slice_append(T_int(), s, five, 1);
    if (slice_cap(s) != c) growth.push_back(slice_cap(s));
  }
  EXPECT_EQ(growth, (std::vector<int64_t>{1536, 2304, 3072, 4096}));
}

TEST(ObjSlice, AppendInPlaceAliasesAndGrowthCopies) {
  Fault f;
  Obj* s;
  ASSERT_TRUE(slice_make(T_int(), 2, 4, &s, f));
  Value v = I(7);
  Obj* a = slice_append(T_int(), s, &v, 1);     // fits: shares the backing array
  Obj* full;
  ASSERT_TRUE(slice_slice(s, 0, 3, kNoSliceMax, &full, f));
  EXPECT_EQ(ints_of(full), (std::vector<int64_t>{0, 0, 7}));
  Value many[3] = {I(1), I(2), I(3)};
  Obj* b = slice_append(T_int(), a, many, 3);   // 3+3 > 4: new array
  EXPECT_EQ(ints_of(b), (std::vector<int64_t>{0, 0, 7, 1, 2, 3}));
  Value* e;
  ASSERT_TRUE(slice_elem(b, 0, &e, f));
  e->i = 99;
  EXPECT_EQ(ints_of(a), (std::vector<int64_t>{0, 0, 7}));   // a unaffected after growth
  EXPECT_EQ(slice_append(T_int(), a, nullptr, 0), a);       // append(s) is s
}

TEST(ObjSlice, AppendSliceAndString) {
  Obj* a = int_slice({1, 2});
  Obj* b = int_slice({3, 4, 5});
  Obj* c = slice_append_slice(T_int(), a, b);
  EXPECT_EQ(ints_of(c), (std::vector<int64_t>{1, 2, 3, 4, 5}));
  EXPECT_EQ(slice_append_slice(T_int(), nullptr, nullptr), nullptr);
  // append(s[:1], s[2:]...) — overlapping within one array (the "delete element" idiom).
  Obj* s = int_slice({10, 11, 12, 13});
  Fault f;
  Obj* head, *tail;
  ASSERT_TRUE(slice_slice(s, 0, 1, kNoSliceMax, &head, f));
  ASSERT_TRUE(slice_slice(s, 2, 4, kNoSliceMax, &tail, f));
  Obj* d = slice_append_slice(T_int(), head, tail);
  EXPECT_EQ(ints_of(d), (std::vector<int64_t>{10, 12, 13}));
  EXPECT_EQ(ints_of(s), (std::vector<int64_t>{10, 12, 13, 13}));

  Obj* bs = slice_append_str(nullptr, str_new("hé"));
  EXPECT_EQ(ints_of(bs), (std::vector<int64_t>{'h', 0xc3, 0xa9}));
  EXPECT_EQ(slice_cap(bs), 8);   // []byte growth rounds to the 8-byte size class
}

TEST(ObjSlice, CopyOverlapAndString) {
  Obj* s = int_slice({1, 2, 3, 4, 5});
  Fault f;
  Obj* lo, *hi;
  ASSERT_TRUE(slice_slice(s, 0, 4, kNoSliceMax, &lo, f));
  ASSERT_TRUE(slice_slice(s, 1, 5, kNoSliceMax, &hi, f));
  EXPECT_EQ(slice_copy(T_int(), hi, lo), 4);      // copy(s[1:], s) — forward overlap
  EXPECT_EQ(ints_of(s), (std::vector<int64_t>{1, 1, 2, 3, 4}));
  Obj* t = int_slice({1, 2, 3, 4, 5});
  ASSERT_TRUE(slice_slice(t, 0, 4, kNoSliceMax, &lo, f));
  ASSERT_TRUE(slice_slice(t, 1, 5, kNoSliceMax, &hi, f));
  EXPECT_EQ(slice_copy(T_int(), lo, hi), 4);      // copy(s, s[1:]) — backward overlap
  EXPECT_EQ(ints_of(t), (std::vector<int64_t>{2, 3, 4, 5, 5}));
  EXPECT_EQ(slice_copy(T_int(), t, nullptr), 0);

  Obj* b;
  ASSERT_TRUE(slice_make(basic_type(Kind::Uint8), 3, 3, &b, f));
  EXPECT_EQ(slice_copy_str(b, str_new("hello")), 3);
  EXPECT_EQ(ints_of(b), (std::vector<int64_t>{'h', 'e', 'l'}));
}

// A []byte's own array is compact (one byte per element, no pointers for the GC); a []byte
// over a [N]byte array object keeps 8-byte slots; copy/append work across the two.
TEST(ObjSlice, CompactBytes) {
  const TypeDesc* u8 = basic_type(Kind::Uint8);
  Fault f;
  Obj* b;
  ASSERT_TRUE(slice_make(u8, 4, 4, &b, f));
  const Obj* arr = static_cast<const SliceObj*>(obj_data(b))->array;
  EXPECT_TRUE(array_compact(arr));
  EXPECT_EQ(arr->bytes, 4u);
  EXPECT_EQ(array_elems(arr), 4);
  ASSERT_TRUE(slice_store(b, 3, Value::from_int(0x1ff), f));   // stores the low byte, as Go
  Value v;
  ASSERT_TRUE(slice_load(b, 3, &v, f));
  EXPECT_EQ(v.i, 0xff);
  EXPECT_FALSE(slice_load(b, 4, &v, f));
  EXPECT_EQ(f.msg, "runtime error: index out of range [4] with length 4");

  Obj* slotted = array_new(T_int(), 3);   // stands for a [3]byte array object's slots
  obj_slots(slotted)[0].i = 'x';
  Obj* s = slice_from_array(slotted, 0, 3, 3);
  EXPECT_EQ(slice_copy(u8, b, s), 3);
  EXPECT_EQ(ints_of(b), (std::vector<int64_t>{'x', 0, 0, 0xff}));
  Obj* g = slice_append_slice(u8, s, b);   // slotted, full → grows into a compact array
  EXPECT_TRUE(array_compact(static_cast<const SliceObj*>(obj_data(g))->array));
  EXPECT_EQ(ints_of(g), (std::vector<int64_t>{'x', 0, 0, 'x', 0, 0, 0xff}));
  EXPECT_EQ(str_view(str_from_bytes(g)), std::string_view("x\0\0x\0\0\xff", 7));
}

TEST(ObjSlice, ResliceBoundsTexts) {
  Obj* s = int_slice({1, 2, 3});   // len 3, cap 3
  Fault f;
  Obj* out;
  Value* e;
  struct Case { int64_t lo, hi, max; const char* msg; };
  // Texts from go run (Go 1.19).
  const Case cases[] = {
      {0, 5, kNoSliceMax, "runtime error: slice bounds out of range [:5] with capacity 3"},
      {5, 3, kNoSliceMax, "runtime error: slice bounds out of range [5:3]"},
      {2, 1, kNoSliceMax, "runtime error: slice bounds out of range [2:1]"},
      {-1, 3, kNoSliceMax, "runtime error: slice bounds out of range [-1:]"},
      {0, -1, kNoSliceMax, "runtime error: slice bounds out of range [:-1]"},
      {0, 2, 5, "runtime error: slice bounds out of range [::5] with capacity 3"},
      {0, 2, 1, "runtime error: slice bounds out of range [:2:1]"},
      {2, 1, 3, "runtime error: slice bounds out of range [2:1:]"},
      {0, -1, -1, "runtime error: slice bounds out of range [::-1]"},   // Go checks max first
  };
  for (const Case& c : cases) {
    EXPECT_FALSE(slice_slice(s, c.lo, c.hi, c.max, &out, f));
    EXPECT_EQ(f.msg, c.msg);
    EXPECT_TRUE(f.runtime_error);
  }
  EXPECT_FALSE(slice_elem(s, 3, &e, f));
  EXPECT_EQ(f.msg, "runtime error: index out of range [3] with length 3");
  EXPECT_FALSE(slice_elem(nullptr, 0, &e, f));
  EXPECT_EQ(f.msg, "runtime error: index out of range [0] with length 0");

  Obj* arr = array_new(T_int(), 3);
  EXPECT_FALSE(array_slice(arr, 3, 0, 5, kNoSliceMax, &out, f));
  EXPECT_EQ(f.msg, "runtime error: slice bounds out of range [:5] with length 3");
  EXPECT_FALSE(array_slice(arr, 3, 5, 3, kNoSliceMax, &out, f));
  EXPECT_EQ(f.msg, "runtime error: slice bounds out of range [5:3]");

  ASSERT_TRUE(slice_make(T_int(), 0, 0, &out, f));
  EXPECT_FALSE(slice_make(T_int(), -1, 0, &out, f));
  EXPECT_EQ(f.msg, "runtime error: makeslice: len out of range");
  EXPECT_FALSE(slice_make(T_int(), 2, 1, &out, f));
  EXPECT_EQ(f.msg, "runtime error: makeslice: cap out of range");
}

TEST(ObjSlice, ResliceAliasesAndThreeIndexLimitsCap) {
  Obj* s = int_slice({1, 2, 3, 4});
  Fault f;
  Obj* mid;
  ASSERT_TRUE(slice_slice(s, 1, 3, kNoSliceMax, &mid, f));
  EXPECT_EQ(slice_len(mid), 2);
  EXPECT_EQ(slice_cap(mid), slice_cap(s) - 1);
  Value* e;
  ASSERT_TRUE(slice_elem(mid, 0, &e, f));
  e->i = 20;
  EXPECT_EQ(ints_of(s)[1], 20);                      // same backing array
  Obj* lim;
  ASSERT_TRUE(slice_slice(s, 1, 2, 2, &lim, f));
  EXPECT_EQ(slice_cap(lim), 1);
  Value v = I(50);
  Obj* grown = slice_append(T_int(), lim, &v, 1);   // cap exhausted: must not clobber s[2]
  EXPECT_EQ(ints_of(s)[2], 3);
  EXPECT_EQ(ints_of(grown), (std::vector<int64_t>{20, 50}));
  Obj* nil_out = reinterpret_cast<Obj*>(1);
  ASSERT_TRUE(slice_slice(nullptr, 0, 0, kNoSliceMax, &nil_out, f));
  EXPECT_EQ(nil_out, nullptr);                       // nil[:] stays nil

  Obj* arr = array_new(T_int(), 4);
  Obj* as;
  ASSERT_TRUE(array_slice(arr, 4, 1, 3, kNoSliceMax, &as, f));
  EXPECT_EQ(slice_cap(as), 3);
  ASSERT_TRUE(slice_elem(as, 0, &e, f));
  e->i = 8;
  EXPECT_EQ(obj_slots(arr)[1].i, 8);                 // arr[1:3] aliases the array
}

TEST(ObjSlice, AggregateElementsAreOwnedAndIndependent) {
  Types ts;
  const TypeDesc* P = ts.strukt("main.P", {{"X", T_int()}, {"Name", T_str()}});
  Fault f;
  Obj* s;
  ASSERT_TRUE(slice_make(P, 1, 2, &s, f));
  Value* e;
  ASSERT_TRUE(slice_elem(s, 0, &e, f));
  ASSERT_NE(e->o, nullptr);                          // zero structs are allocated
  EXPECT_NE(obj_slots(s ? static_cast<SliceObj*>(obj_data(s))->array : nullptr)[1].o, nullptr);
  obj_slots(e->o)[0].i = 5;
  Obj* elem0 = e->o;
  // In-place append assigns into the existing element object (pointers to s[:cap][1] see it).
  Obj* spare = static_cast<SliceObj*>(obj_data(s))->array;
  Obj* slot1 = obj_slots(spare)[1].o;
  Obj* v = agg_new(P);
  obj_slots(v)[0].i = 6;
  Value vv = O(v);
  Obj* t = slice_append(P, s, &vv, 1);
  EXPECT_EQ(obj_slots(spare)[1].o, slot1);
  EXPECT_EQ(obj_slots(slot1)[0].i, 6);
  // Growth deep-copies: the old slice's element is not the new slice's.
  Obj* w = agg_new(P);
  Value wv = O(w);
  Obj* g = slice_append(P, t, &wv, 1);
  ASSERT_TRUE(slice_elem(g, 0, &e, f));
  EXPECT_NE(e->o, elem0);
  EXPECT_EQ(obj_slots(e->o)[0].i, 5);
  obj_slots(e->o)[0].i = 500;
  EXPECT_EQ(obj_slots(elem0)[0].i, 5);
  ASSERT_TRUE(slice_elem(g, 3, &e, f) == false);     // len 3
  EXPECT_EQ(slice_cap(g), 4);                         // Go: 2 → 4 for 24-byte elements
  Obj* full;
  ASSERT_TRUE(slice_slice(g, 0, 4, kNoSliceMax, &full, f));
  ASSERT_TRUE(slice_elem(full, 3, &e, f));
  EXPECT_NE(e->o, nullptr);                          // spare capacity holds zero structs
  // copy() assigns in place: element identity of dst is kept.
  Obj* dst;
  ASSERT_TRUE(slice_make(P, 2, 2, &dst, f));
  ASSERT_TRUE(slice_elem(dst, 0, &e, f));
  Obj* d0 = e->o;
  EXPECT_EQ(slice_copy(P, dst, g), 2);
  ASSERT_TRUE(slice_elem(dst, 0, &e, f));
  EXPECT_EQ(e->o, d0);
  EXPECT_EQ(obj_slots(d0)[0].i, 500);
}
