// tests/unit/vm/stdlib_fmt_test.cpp — fmt natives called directly on values built with
// object.h, compared with Go 1.19's output for the same calls (the Go program that produced
// each expectation is quoted above it; outputs pasted from `go run`).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "obj_test_util.h"
#include "stdlib/natives.h"
#include "stdlib/std_types.h"
#include "vm/gstate.h"

namespace gort::stdlib {
namespace {

using namespace vm::test;  // NOLINT
using vm::Kind;

// Objects made outside a run stay on the heap's global list until the next run's shutdown
// frees them (reading their layouts), so descriptors must outlive every test: one process-wide
// Types (never destroyed).
Types& process_types() {
  static Types* t = new Types();
  return *t;
}

struct Fx : ::testing::Test {
  Types& ty = process_types();
  vm::GState gs;
  Value window[8] = {};
  vm::NativeCtx ctx{nullptr, gs, window, 0, nullptr};

  const vm::TypeDesc* P = ty.strukt("main.P", {{"Name", T_str()}, {"Age", T_int()}});
  const vm::TypeDesc* PP = ty.ptr_to(P);
  const vm::TypeDesc* W = [this] {
    vm::TypeDesc t;
    t.kind = Kind::Struct;
    t.str = "main.W";
    t.named = true;
    vm::FieldDesc a, b;
    a.name = "D"; a.type = duration_type(); a.exported = true;
    b.name = "d"; b.type = duration_type(); b.exported = false;
    t.fields = {a, b};
    return ty.add(t);
  }();

  void SetUp() override {
    // Field export flags for main.P (Types::strukt leaves them false).
    auto* p = const_cast<vm::TypeDesc*>(P);
    for (auto& f : p->fields) f.exported = true;
  }

  Value any(const vm::TypeDesc* t, Value v) { return O(vm::iface_new(t, v)); }
  Value i(int64_t v) { return any(T_int(), I(v)); }
  Value f64(double v) { return any(T_f64(), F(v)); }
  Value s(std::string_view v) { return any(T_str(), S(v)); }
  Value b(bool v) { return any(vm::basic_type(Kind::Bool), I(v)); }
  Value nil() { return Value::zero(); }
  Value p_val(const char* name, int64_t age) {
    Obj* o = vm::agg_new(P);
    rt::obj_slots(o)[0] = S(name);
    rt::obj_slots(o)[1] = I(age);
    return O(o);
  }
  Obj* slice(const vm::TypeDesc* elem, std::vector<Value> v) {
    return vm::slice_append(elem, nullptr, v.data(), static_cast<int64_t>(v.size()));
  }
  Obj* args(std::vector<Value> v) { return slice(vm::any_type(), std::move(v)); }

  // Runs a native on the argument window; results are left in window[].
  void run(const char* name, std::vector<Value> in) {
    vm::NativeFn fn = find_native(name);
    ASSERT_NE(fn, nullptr) << name;
    for (size_t k = 0; k < in.size(); ++k) window[k] = in[k];
    EXPECT_EQ(fn(ctx), vm::NativeStatus::Done);
  }
  std::string call(const char* name, std::vector<Value> in) {
    run(name, std::move(in));
    return std::string(vm::str_view(window[0].o));
  }
  std::string sprintf(std::string_view f, std::vector<Value> a) { return call("fmt.Sprintf", {S(f), O(args(a))}); }
};

TEST_F(Fx, IntegerVerbs) {
  EXPECT_EQ(sprintf("%v|%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%O|%b|%#x|%#o|% d",
                    {i(42), i(-42), i(42), i(42), i(-42), i(42), i(255), i(255), i(8), i(8), i(5), i(255), i(8), i(42)}),
            "42|-42|   42|42   |-0042|+42|ff|FF|10|0o10|101|0xff|010| 42");
  Value r = any(vm::basic_type(Kind::Int32), I('A'));
  EXPECT_EQ(sprintf("%c|%q|%U|%#U", {r, any(vm::basic_type(Kind::Int32), I('x')),
                                      any(vm::basic_type(Kind::Int32), I(0x1F600)), r}),
            "A|'x'|U+1F600|U+0041 'A'");
  EXPECT_EQ(sprintf("%08b|%o|%#b|%+q|%#v|%#v", {i(5), i(-8), i(5), s("h\xc3\xa9llo"), s("q"), i(42)}),
            "00000101|-10|0b101|\"h\\u00e9llo\"|\"q\"|42");
  EXPECT_EQ(sprintf("%v|%v|%v", {any(vm::basic_type(Kind::Int8), I(-5)), any(vm::basic_type(Kind::Uint8), I(200)),
                                 any(vm::basic_type(Kind::Float32), F(static_cast<float>(0.1)))}),
            "-5|200|0.1");
}

TEST_F(Fx, StringVerbs) {
  EXPECT_EQ(sprintf("%s|%q|%v|%10s|%-10s|%.2s|%x|%X|% x|%#q",
                    {s("hi"), s("a\"b\n"), s("s"), s("r"), s("l"), s("h\xc3\xa9llo"), s("hi"), s("hi"), s("abc"), s("bq")}),
            "hi|\"a\\\"b\\n\"|s|         r|l         |h\xc3\xa9|6869|6869|61 62 63|`bq`");
  EXPECT_EQ(sprintf("%.3v|%10.4v|%-10.3q|%.0f|%.0f|%.0f", {f64(3.14159), s("abcdefgh"), s("abcdef"), f64(0.5), f64(1.5), f64(2.5)}),
            "3.14|      abcd|\"abc\"     |0|2|2");
}

TEST_F(Fx, FloatVerbs) {
  EXPECT_EQ(sprintf("%v|%.2f|%8.3f|%-8.2f|%e|%E|%g|%G|%f|%F",
                    {f64(3.14159), f64(3.14159), f64(2.5), f64(2.5), f64(123456.789), f64(0.000123), f64(1e21),
                     f64(1e-7), f64(1.0), f64(2.0)}),
            "3.14159|3.14|   2.500|2.50    |1.234568e+05|1.230000E-04|1e+21|1E-07|1.000000|2.000000");
  EXPECT_EQ(sprintf("%v %v %v %v %v", {f64(1e20), f64(1e21), f64(0.1), f64(100000.0), f64(1234567.0)}),
            "1e+20 1e+21 0.1 100000 1.234567e+06");
  EXPECT_EQ(sprintf("%6.2f|%-8v|%08.3f|%+.1e|%x|%X", {f64(-3.14159), i(7), f64(-3.14159), f64(12345.678), f64(3.5), f64(-1.0)}),
            " -3.14|7       |-003.142|+1.2e+04|0x1.cp+01|-0X1P+00");
  EXPECT_EQ(sprintf("%g|%g|%g|%g|%.3g|%.3g|%#g|%#.3x",
                    {f64(100000.0), f64(1000000.0), f64(1e-5), f64(0.0001), f64(1234.5678), f64(0.00012345), f64(1.0), i(255)}),
            "100000|1e+06|1e-05|0.0001|1.23e+03|0.000123|1.00000|0x0ff");
  EXPECT_EQ(sprintf("%e|%g|%v|%v|%v", {f64(0.0), f64(0.0), any(vm::basic_type(Kind::Float32), F(3.4e38f)),
                                       f64(5e-324), f64(-1e100)}),
            "0.000000e+00|0|3.4e+38|5e-324|-1e+100");
}

TEST_F(Fx, StructsPointersSlicesMaps) {
  Value p = p_val("Al", 3);
  EXPECT_EQ(sprintf("%v|%+v|%#v|%T", {any(P, p), any(P, p), any(P, p), any(P, p)}),
            "{Al 3}|{Name:Al Age:3}|main.P{Name:\"Al\", Age:3}|main.P");
  EXPECT_EQ(sprintf("%v|%+v|%T", {any(PP, p), any(PP, p), any(PP, p)}), "&{Al 3}|&{Name:Al Age:3}|*main.P");
  const vm::TypeDesc* ints = ty.slice_of(T_int());
  const vm::TypeDesc* strs = ty.slice_of(T_str());
  const vm::TypeDesc* u8 = vm::basic_type(Kind::Uint8);
  const vm::TypeDesc* bytes = ty.slice_of(u8);
  EXPECT_EQ(sprintf("%v|%d|%s|%x|%q|%T",
                    {any(ints, O(slice(T_int(), {I(1), I(2)}))), any(ints, O(slice(T_int(), {I(3), I(4)}))),
                     any(strs, O(slice(T_str(), {S("a"), S("b")}))), any(bytes, O(slice(u8, {I('h'), I('i')}))),
                     any(strs, O(slice(T_str(), {S("x")}))), any(bytes, O(slice(u8, {})))}),
            "[1 2]|[3 4]|[a b]|6869|[\"x\"]|[]uint8");
  const vm::TypeDesc* msi = ty.map_of(T_str(), T_int());
  Obj* m1 = vm::map_make(msi, 0);
  vm::Fault f;
  vm::map_set(m1, S("b"), I(2), f);
  vm::map_set(m1, S("a"), I(1), f);
  Obj* m2 = vm::map_make(msi, 0);
  vm::map_set(m2, S("z"), I(1), f);
  const vm::TypeDesc* mib = ty.map_of(T_int(), vm::basic_type(Kind::Bool));
  Obj* m3 = vm::map_make(mib, 0);
  vm::map_set(m3, I(3), I(1), f);
  vm::map_set(m3, I(1), I(0), f);
  EXPECT_EQ(sprintf("%v|%#v|%v|%#v", {any(msi, O(m1)), any(msi, O(m2)), any(mib, O(m3)), any(strs, O(nullptr))}),
            "map[a:1 b:2]|map[string]int{\"z\":1}|map[1:false 3:true]|[]string(nil)");
  const vm::TypeDesc* anys = ty.slice_of(vm::any_type());
  const vm::TypeDesc* arr = ty.array_of(vm::basic_type(Kind::Bool), 2);
  Obj* a = vm::agg_new(arr);
  rt::obj_slots(a)[0] = I(1);
  EXPECT_EQ(sprintf("%s|%v", {any(anys, O(slice(vm::any_type(), {i(1), s("a"), nil()}))), any(arr, O(a))}),
            "[%!s(int=1) a <nil>]|[true false]");
  const vm::TypeDesc* pps = ty.slice_of(PP);
  const vm::TypeDesc* pints = ty.ptr_to(ints);
  Obj* box = vm::box_new(ints);
  rt::obj_slots(box)[0] = O(slice(T_int(), {I(1)}));
  EXPECT_EQ(sprintf("%v %v", {any(pps, O(slice(PP, {O(nullptr)}))), any(pints, O(vm::ref_new(box, 0)))}),
            "[<nil>] &[1]");
}

TEST_F(Fx, BadVerbsMissingExtra) {
  EXPECT_EQ(sprintf("%v|%d|%s|%v", {nil(), nil(), O(new_error("boom")), b(true)}), "<nil>|%!d(<nil>)|boom|true");
  EXPECT_EQ(sprintf("%d|%s|%t|%z", {s("str"), i(5), i(1), i(3)}), "%!d(string=str)|%!s(int=5)|%!t(int=1)|%!z(int=3)");
  EXPECT_EQ(sprintf("%d %d", {i(1)}), "1 %!d(MISSING)");
  EXPECT_EQ(sprintf("%d", {i(1), i(2), s("x")}), "1%!(EXTRA int=2, string=x)");
  EXPECT_EQ(sprintf("%*d|%-*d|%.*f|%[2]d %[1]d", {i(5), i(42), i(5), i(42), i(2), f64(3.14159), i(10), i(20)}),
            "   42|42   |3.14|42 5");
  EXPECT_EQ(sprintf("%!|%|%%|%5%", {}), "%!!(MISSING)|%!|(MISSING)%|%");
  EXPECT_EQ(sprintf("%t|%v|%p", {b(true), b(false), nil()}), "true|false|%!p(<nil>)");
}

TEST_F(Fx, StringMethodsAndUnexportedFields) {
  Obj* w = vm::agg_new(W);
  rt::obj_slots(w)[0] = I(1000000000);
  rt::obj_slots(w)[1] = I(1000000000);
  const vm::TypeDesc* d = duration_type();
  EXPECT_EQ(sprintf("%v|%s|%d|%v", {any(d, I(90000000000)), any(d, I(1000000)), any(d, I(1000000000)), any(W, O(w))}),
            "1m30s|1ms|1000000000|{1s 1000000000}");
}

TEST_F(Fx, SprintSpacingAndErrorf) {
  EXPECT_EQ(call("fmt.Sprint", {O(args({s("a"), i(1), i(2), s("b"), s("c"), f64(3.5), nil(), b(true)}))}),
            "a1 2bc3.5 <nil> true");
  EXPECT_EQ(call("fmt.Sprintln", {O(args({s("a"), i(1), i(2), s("b"), nil()}))}), "a 1 2 b <nil>\n");
  // e := fmt.Errorf("wrap: %w", errors.New("inner"))
  Value inner = O(new_error("inner"));
  run("fmt.Errorf", {S("wrap: %w"), O(args({inner}))});
  Value e = window[0];
  EXPECT_EQ(sprintf("%v %T", {e, e}), "wrap: inner *fmt.wrapError");
  window[0] = e;
  find_native("errors.Unwrap")(ctx);
  EXPECT_EQ(window[0].o, inner.o);
  window[0] = e;
  window[1] = inner;
  find_native("errors.Is")(ctx);
  EXPECT_EQ(window[0].i, 1);
  run("fmt.Errorf", {S("x %w %w"), O(args({O(new_error("a")), O(new_error("b"))}))});
  EXPECT_EQ(sprintf("%v", {window[0]}), "x a %!w(*errors.errorString=&{b})");
  run("fmt.Errorf", {S("x %w"), O(args({i(5)}))});
  EXPECT_EQ(sprintf("%v", {window[0]}), "x %!w(int=5)");
  EXPECT_EQ(sprintf("%v %s", {O(new_error("e1")), nil()}), "e1 %!s(<nil>)");
}

}  // namespace
}  // namespace gort::stdlib
