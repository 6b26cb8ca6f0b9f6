// tests/unit/vm/obj_value_test.cpp — aggregates (deep copy independence, in-place assignment
// keeps identity), equality and hashing by type, boxes/refs, closures, interfaces and type
// assertions (Go 1.19's messages), runtime error values, typedesc lookups.
#include <cmath>

#include "obj_test_util.h"

using namespace gort;
using namespace gort::vm;
using namespace gort::vm::test;

namespace {
struct Shapes {
  Types ts;
  const TypeDesc* inner = ts.strukt("main.Inner", {{"A", T_int()}, {"S", T_str()}});
  const TypeDesc* arr2 = ts.array_of(inner, 2);
  const TypeDesc* outer =
      ts.strukt("main.Outer", {{"In", inner}, {"Arr", arr2}, {"F", T_f64()}});
};
}  // namespace

TEST(ObjValue, DeepCopyIsIndependent) {
  Shapes sh;
  Obj* o = agg_new(sh.outer);
  Value* s = obj_slots(o);
  ASSERT_NE(s[0].o, nullptr);   // nested aggregates allocated
  ASSERT_NE(s[1].o, nullptr);
  Obj* arr_elem0 = obj_slots(s[1].o)[0].o;
  ASSERT_NE(arr_elem0, nullptr);
  obj_slots(s[0].o)[0].i = 1;
  obj_slots(arr_elem0)[1] = S("x");
  Obj* c = agg_copy(sh.outer, o);
  Value* cs = obj_slots(c);
  EXPECT_NE(cs[0].o, s[0].o);
  EXPECT_NE(obj_slots(cs[1].o)[0].o, arr_elem0);
  EXPECT_EQ(obj_slots(cs[0].o)[0].i, 1);
  EXPECT_EQ(str_view(obj_slots(obj_slots(cs[1].o)[0].o)[1]), "x");
  obj_slots(cs[0].o)[0].i = 2;
  EXPECT_EQ(obj_slots(s[0].o)[0].i, 1);
  Value cv = copy_value(sh.outer, O(o));
  EXPECT_NE(cv.o, o);
  EXPECT_EQ(copy_value(T_int(), I(4)).i, 4);
  EXPECT_EQ(zero_value(T_str()).o, nullptr);
}

TEST(ObjValue, AssignInPlaceKeepsIdentity) {
  Shapes sh;
  Obj* a = agg_new(sh.outer);
  Obj* b = agg_new(sh.outer);
  Obj* a_in = obj_slots(a)[0].o;
  obj_slots(obj_slots(b)[0].o)[0].i = 42;
  obj_slots(b)[2].f = 1.5;
  agg_assign(sh.outer, a, b);
  EXPECT_EQ(obj_slots(a)[0].o, a_in);   // &a.In still points at a's field
  EXPECT_EQ(obj_slots(a_in)[0].i, 42);
  EXPECT_EQ(obj_slots(a)[2].f, 1.5);
  obj_slots(obj_slots(b)[0].o)[0].i = 7;
  EXPECT_EQ(obj_slots(a_in)[0].i, 42);
  agg_assign(sh.outer, a, a);           // self-assignment is a no-op
  EXPECT_EQ(obj_slots(a_in)[0].i, 42);
}

TEST(ObjValue, EqualityByType) {
  Shapes sh;
  Fault f;
  bool eq;
  ASSERT_TRUE(values_equal(T_f64(), F(NAN), F(NAN), &eq, f));
  EXPECT_FALSE(eq);
  ASSERT_TRUE(values_equal(T_f64(), F(0.0), F(-0.0), &eq, f));
  EXPECT_TRUE(eq);
  ASSERT_TRUE(values_equal(T_str(), S("ab"), S("ab"), &eq, f));
  EXPECT_TRUE(eq);
  Obj* a = agg_new(sh.outer);
  Obj* b = agg_new(sh.outer);
  ASSERT_TRUE(values_equal(sh.outer, O(a), O(b), &eq, f));
  EXPECT_TRUE(eq);
  obj_slots(obj_slots(obj_slots(b)[1].o)[1].o)[1] = S("diff");
  ASSERT_TRUE(values_equal(sh.outer, O(a), O(b), &eq, f));
  EXPECT_FALSE(eq);

  // Pointers: to aggregates by identity; to scalars by the variable (container, index).
  const TypeDesc* pint = sh.ts.ptr_to(T_int());
  Obj* box = box_new(T_int());
  ASSERT_TRUE(values_equal(pint, O(ref_new(box, 0)), O(ref_new(box, 0)), &eq, f));
  EXPECT_TRUE(eq);
  ASSERT_TRUE(values_equal(pint, O(ref_new(box, 0)), O(ref_new(box_new(T_int()), 0)), &eq, f));
  EXPECT_FALSE(eq);
  ASSERT_TRUE(values_equal(pint, O(nullptr), O(ref_new(box, 0)), &eq, f));
  EXPECT_FALSE(eq);

  // Interfaces: by dynamic type, then value; uncomparable dynamic type faults.
  const TypeDesc* any = any_type();
  ASSERT_TRUE(values_equal(any, O(iface_new(T_int(), I(1))), O(iface_new(T_int(), I(1))), &eq, f));
  EXPECT_TRUE(eq);
  ASSERT_TRUE(values_equal(any, O(iface_new(T_int(), I(1))),
                           O(iface_new(basic_type(Kind::Int64), I(1))), &eq, f));
  EXPECT_FALSE(eq);
  ASSERT_TRUE(values_equal(any, O(nullptr), O(nullptr), &eq, f));
  EXPECT_TRUE(eq);
  ASSERT_TRUE(values_equal(any, O(nullptr), O(iface_new(T_int(), I(0))), &eq, f));
  EXPECT_FALSE(eq);
  const TypeDesc* ints = sh.ts.slice_of(T_int());
  Obj* sl = iface_new(ints, O(int_slice({1})));
  EXPECT_FALSE(values_equal(any, O(sl), O(sl), &eq, f));
  EXPECT_EQ(f.msg, "runtime error: comparing uncomparable type []int");
  // Different dynamic types compare unequal without looking at the (uncomparable) value.
  ASSERT_TRUE(values_equal(any, O(sl), O(iface_new(T_int(), I(0))), &eq, f));
  EXPECT_FALSE(eq);
}

TEST(ObjValue, HashConsistentWithEquality) {
  Shapes sh;
  Fault f;
  uint64_t h1, h2;
  ASSERT_TRUE(value_hash(T_f64(), F(0.0), 7, &h1, f));
  ASSERT_TRUE(value_hash(T_f64(), F(-0.0), 7, &h2, f));
  EXPECT_EQ(h1, h2);
  ASSERT_TRUE(value_hash(T_str(), S("key"), 7, &h1, f));
  ASSERT_TRUE(value_hash(T_str(), S("key"), 7, &h2, f));
  EXPECT_EQ(h1, h2);
  Obj* a = agg_new(sh.outer);
  Obj* b = agg_copy(sh.outer, a);
  ASSERT_TRUE(value_hash(sh.outer, O(a), 7, &h1, f));
  ASSERT_TRUE(value_hash(sh.outer, O(b), 7, &h2, f));
  EXPECT_EQ(h1, h2);
  ASSERT_TRUE(value_hash(any_type(), O(iface_new(T_str(), S("k"))), 7, &h1, f));
  ASSERT_TRUE(value_hash(any_type(), O(iface_new(T_str(), S("k"))), 7, &h2, f));
  EXPECT_EQ(h1, h2);
  const TypeDesc* ints = sh.ts.slice_of(T_int());
  EXPECT_FALSE(value_hash(any_type(), O(iface_new(ints, O(nullptr))), 7, &h1, f));
  EXPECT_EQ(f.msg, "runtime error: hash of unhashable type []int");
}

TEST(ObjValue, BoxesRefsAndNew) {
  Shapes sh;
  Fault f;
  Obj* box = box_new(T_str());
  Obj* r = ref_new(box, 0);
  ASSERT_TRUE(ref_store(r, S("v"), f));
  Value out;
  ASSERT_TRUE(ref_load(r, &out, f));
  EXPECT_EQ(str_view(out), "v");
  EXPECT_EQ(str_view(obj_slots(box)[0]), "v");
  EXPECT_FALSE(ref_load(nullptr, &out, f));
  EXPECT_EQ(f.msg, "runtime error: invalid memory address or nil pointer dereference");
  EXPECT_FALSE(ref_store(nullptr, out, f));
  // &s.f: a ref into a struct object.
  Obj* in = agg_new(sh.inner);
  ASSERT_TRUE(ref_store(ref_new(in, 0), I(9), f));
  EXPECT_EQ(obj_slots(in)[0].i, 9);
  Obj* p = new_object(T_int());
  ASSERT_TRUE(ref_load(p, &out, f));
  EXPECT_EQ(out.i, 0);
  Obj* ps = new_object(sh.inner);   // new(struct) is the struct object itself
  EXPECT_EQ(ps->bytes, 2 * sizeof(Value));
  EXPECT_EQ(box_layout(true)->kind, rt::LayoutKind::AllPtrs);
  EXPECT_EQ(box_layout(false)->kind, rt::LayoutKind::Bytes);
  Obj* boxed_struct = box_new(sh.inner);
  EXPECT_NE(obj_slots(boxed_struct)[0].o, nullptr);
}

TEST(ObjValue, Closures) {
  Obj* c = closure_new(3, 2);
  EXPECT_EQ(closure_of(c)->fn, 3);
  EXPECT_EQ(closure_ncaptures(c), 2);
  EXPECT_EQ(closure_of(c)->captures[0], nullptr);
  EXPECT_EQ(closure_ncaptures(closure_new(-1, 0)), 0);
}

TEST(ObjIface, TypeAssertMessages) {
  Types ts;
  const TypeDesc* I1 = ts.iface("main.I", {"M"});
  TypeDesc tdesc;
  tdesc.kind = Kind::Struct;
  tdesc.str = "main.T";
  tdesc.named = true;
  const TypeDesc* T = ts.add(tdesc);
  TypeDesc udesc = tdesc;
  udesc.str = "main.U";
  MethodDesc m; m.name = "M"; m.proto = 0;
  MethodDesc n; n.name = "N"; n.proto = 1;
  udesc.methods = {n, m};   // finish_type sorts
  const TypeDesc* U = ts.add(udesc);
  EXPECT_EQ(U->methods[0].name, "M");

  Fault f;
  Value out;
  bool ok;
  Obj* s = iface_new(T_str(), S("s"));
  EXPECT_FALSE(type_assert(s, any_type(), T_int(), false, &out, &ok, f));
  EXPECT_EQ(f.msg, "interface conversion: interface {} is string, not int");
  EXPECT_TRUE(f.runtime_error);
  EXPECT_FALSE(type_assert(nullptr, any_type(), T_int(), false, &out, &ok, f));
  EXPECT_EQ(f.msg, "interface conversion: interface {} is nil, not int");
  EXPECT_FALSE(type_assert(nullptr, any_type(), I1, false, &out, &ok, f));
  EXPECT_EQ(f.msg, "interface conversion: interface is nil, not main.I");
  Obj* t = iface_new(T, O(agg_new(T)));
  EXPECT_FALSE(type_assert(t, any_type(), I1, false, &out, &ok, f));
  EXPECT_EQ(f.msg, "interface conversion: main.T is not main.I: missing method M");
  EXPECT_FALSE(type_assert(nullptr, error_type(), ts.ptr_to(T), false, &out, &ok, f));
  EXPECT_EQ(f.msg, "interface conversion: error is nil, not *main.T");

  // Successes and comma-ok.
  ASSERT_TRUE(type_assert(s, any_type(), T_str(), false, &out, &ok, f));
  EXPECT_TRUE(ok);
  EXPECT_EQ(str_view(out), "s");
  Obj* u = iface_new(U, O(agg_new(U)));
  ASSERT_TRUE(type_assert(u, any_type(), I1, false, &out, &ok, f));
  EXPECT_TRUE(ok);
  EXPECT_EQ(out.o, u);   // interface → interface keeps the IfaceObj
  ASSERT_TRUE(type_assert(s, any_type(), T_int(), true, &out, &ok, f));
  EXPECT_FALSE(ok);
  EXPECT_EQ(out.i, 0);
  ASSERT_TRUE(type_assert(s, any_type(), T, true, &out, &ok, f));
  EXPECT_FALSE(ok);
  EXPECT_NE(out.o, nullptr);   // zero struct for a failed comma-ok to a struct type
  ASSERT_TRUE(type_assert(t, any_type(), I1, true, &out, &ok, f));
  EXPECT_FALSE(ok);
  EXPECT_EQ(out.o, nullptr);
  EXPECT_EQ(iface_new(nullptr, I(0)), nullptr);
}

TEST(ObjIface, RuntimeErrorValues) {
  const TypeDesc* re = runtime_error_type();
  EXPECT_EQ(re->str, "runtime.Error");
  EXPECT_TRUE(implements(re, error_type()));
  const MethodDesc* m = find_method(re, "Error");
  ASSERT_NE(m, nullptr);
  ASSERT_NE(m->native, nullptr);

  struct Case { const char* msg; bool rt; const char* type; };
  const Case cases[] = {
      {"runtime error: index out of range [5] with length 3", true, "runtime.boundsError"},
      {"runtime error: slice bounds out of range [:5] with capacity 3", true, "runtime.boundsError"},
      {"runtime error: integer divide by zero", true, "runtime.errorString"},
      {"assignment to entry in nil map", true, "runtime.plainError"},
      {"interface conversion: interface {} is string, not int", true, "*runtime.TypeAssertionError"},
      {"sync: negative WaitGroup counter", false, "string"},
      {"close of closed channel", false, "runtime.plainError"},   // recognized by text
      {"send on closed channel", true, "runtime.plainError"},
  };
  for (const Case& c : cases) {
    Fault f;
    f.msg = c.msg;
    f.runtime_error = c.rt;
    Obj* v = fault_value(f);
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(iface_type(v)->str, c.type);
    EXPECT_EQ(str_view(iface_data(v)), c.msg);
    EXPECT_EQ(implements(iface_type(v), error_type()), std::string(c.type) != "string");
  }
}

TEST(ObjTypes, BasicsAndLookups) {
  EXPECT_EQ(basic_type(Kind::Int)->str, "int");
  EXPECT_EQ(basic_type(Kind::Uint8)->str, "uint8");
  EXPECT_EQ(basic_type(Kind::Int32)->str, "int32");
  EXPECT_EQ(basic_type(Kind::Float64)->str, "float64");
  EXPECT_EQ(basic_type(Kind::UnsafePointer)->str, "unsafe.Pointer");
  EXPECT_EQ(basic_type(Kind::Int), basic_type(Kind::Int));
  EXPECT_EQ(any_type()->str, "interface {}");
  EXPECT_EQ(error_type()->str, "error");
  EXPECT_TRUE(error_type()->named);
  ASSERT_NE(find_method(error_type(), "Error"), nullptr);

  Types ts;
  TypeDesc a; a.kind = Kind::Struct; a.str = "time.Duration"; a.named = true;
  TypeDesc b = a;
  const TypeDesc* pa = ts.add(a);
  const TypeDesc* pb = ts.add(b);
  EXPECT_TRUE(same_type(pa, pb));     // named: by name across descriptors
  const TypeDesc* s1 = ts.slice_of(T_int());
  const TypeDesc* s2 = ts.slice_of(T_int());
  EXPECT_FALSE(same_type(s1, s2));    // unnamed: by pointer (the compiler dedups)
  EXPECT_TRUE(same_type(s1, s1));

  // Method lookup on a large sorted set (binary search path).
  TypeDesc big; big.kind = Kind::Int; big.str = "main.Big"; big.named = true;
  for (char c = 'Z'; c >= 'A'; --c) { MethodDesc m; m.name = std::string(1, c) + "m"; big.methods.push_back(m); }
  const TypeDesc* pbig = ts.add(big);
  for (char c = 'A'; c <= 'Z'; ++c) EXPECT_NE(find_method(pbig, std::string(1, c) + "m"), nullptr);
  EXPECT_EQ(find_method(pbig, "Q"), nullptr);
  EXPECT_TRUE(implements(pbig, ts.iface("main.J", {"Am", "Zm"})));
  EXPECT_FALSE(implements(pbig, ts.iface("main.K", {"Am", "Zz"})));

  EXPECT_FALSE(comparable(s1));
  EXPECT_TRUE(comparable(T_int()));
  const TypeDesc* with_slice = ts.strukt("main.W", {{"S", s1}});
  EXPECT_FALSE(comparable(with_slice));
  EXPECT_FALSE(comparable(ts.array_of(with_slice, 2)));
  EXPECT_TRUE(comparable(ts.array_of(T_str(), 2)));
}

TEST(ObjTypes, Layouts) {
  Types ts;
  const TypeDesc* scal = ts.strukt("main.A", {{"X", T_int()}, {"Y", T_f64()}});
  EXPECT_EQ(scal->layout.kind, rt::LayoutKind::Bytes);
  const TypeDesc* ptrs = ts.strukt("main.B", {{"S", T_str()}, {"M", ts.map_of(T_int(), T_int())}});
  EXPECT_EQ(ptrs->layout.kind, rt::LayoutKind::AllPtrs);
  const TypeDesc* mixed = ts.strukt("main.C", {{"X", T_int()}, {"S", T_str()}, {"Y", T_int()}});
  EXPECT_EQ(mixed->layout.kind, rt::LayoutKind::Values);
  EXPECT_EQ(mixed->layout.stride, 3u);
  EXPECT_EQ(mixed->layout.ptrmask, 0b010u);
  EXPECT_EQ(ts.array_of(T_int(), 4)->layout.kind, rt::LayoutKind::Bytes);
  EXPECT_EQ(ts.array_of(T_str(), 4)->layout.kind, rt::LayoutKind::AllPtrs);
  std::vector<std::pair<std::string, const TypeDesc*>> many;
  for (int i = 0; i < 70; ++i) many.push_back({"F" + std::to_string(i), i % 2 ? T_str() : T_int()});
  EXPECT_EQ(ts.strukt("main.Wide", many)->layout.kind, rt::LayoutKind::Custom);
}
