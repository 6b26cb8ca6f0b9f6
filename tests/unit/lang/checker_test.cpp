// tests/unit/lang/checker_test.cpp — type checker: well-typed programs accepted with the facts
// the compiler needs (types, constants, escape facts, loop-variable semantics, init order), and
// a table of bad programs with gc's exact error lines.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "lang/frontend.h"

using namespace gort::lang;

namespace {
std::string errors_of(const std::string& src, int go_minor = 22) {
  Program p;
  std::vector<Diagnostic> d;
  CheckOptions o;
  o.go_minor = go_minor;
  check_source(src, "prog.go", o, p, d);
  return format_diagnostics("prog.go", d);
}
bool ok(const std::string& src, Program& p) {
  std::vector<Diagnostic> d;
  bool r = check_source(src, "prog.go", {}, p, d);
  if (!r) ADD_FAILURE() << format_diagnostics("prog.go", d);
  return r;
}
FuncDecl* func_named(File& f, const std::string& n) {
  for (Decl* d : f.decls)
    if (d->is_func && static_cast<FuncDecl*>(d)->name->name == n) return static_cast<FuncDecl*>(d);
  return nullptr;
}
}  // namespace

TEST(Checker, AcceptsConcurrencyProgram) {
  Program p;
  ASSERT_TRUE(ok(R"(package main

import (
	"fmt"
	"sync"
	"time"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func main() {
	c := Counter{n: make(map[string]int)}
	var wg sync.WaitGroup
	results := make(chan string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			c.Inc("k")
			time.Sleep(10 * time.Millisecond)
			results <- fmt.Sprintf("worker %d", id)
		}(i)
	}
	wg.Wait()
	close(results)
	for r := range results {
		fmt.Println(r)
	}
	select {
	case <-time.After(time.Second):
	default:
	}
}
)", p));
  EXPECT_NE(p.main_func, nullptr);
  ASSERT_EQ(p.imports.size(), 3u);
}

TEST(Checker, ConstantsAreExactAndTyped) {
  Program p;
  ASSERT_TRUE(ok("package main\nimport \"time\"\nconst big = 1 << 100\nconst small = big >> 98\n"
                 "const d = 100 * time.Millisecond\nconst (\n\tA = iota * 10\n\tB\n\tC\n)\n"
                 "var x = small + C\nfunc main() { _ = x; _ = d }\n", p));
  Object* small = p.main->scope->lookup_local("small");
  ASSERT_NE(small, nullptr);
  EXPECT_EQ(static_cast<Const*>(small)->val.i, 4);
  Object* c = p.main->scope->lookup_local("C");
  EXPECT_EQ(static_cast<Const*>(c)->val.i, 20);
  Object* d = p.main->scope->lookup_local("d");
  EXPECT_EQ(type_string(d->type), "time.Duration");
  EXPECT_EQ(static_cast<Const*>(d)->val.i, 100000000);
  Object* x = p.main->scope->lookup_local("x");
  EXPECT_EQ(type_string(x->type), "int");
}

TEST(Checker, EscapeFacts) {
  Program p;
  ASSERT_TRUE(ok("package main\nfunc main() {\n\ta := 1\n\tb := 2\n\tc := 3\n\tf := func() int { return a }\n"
                 "\tp := &b\n\t_ = f\n\t_ = p\n\t_ = c\n}\n", p));
  FuncDecl* m = func_named(*p.file, "main");
  auto var = [&](int i) { return static_cast<Var*>(static_cast<Ident*>(static_cast<AssignStmt*>(m->body->list[i])->lhs[0])->obj); };
  EXPECT_TRUE(var(0)->captured);
  EXPECT_TRUE(var(0)->needs_box());
  EXPECT_TRUE(var(1)->addr_taken);
  EXPECT_FALSE(var(2)->needs_box());
  FuncLit* lit = static_cast<FuncLit*>(static_cast<AssignStmt*>(m->body->list[3])->rhs[0]);
  ASSERT_EQ(lit->captures.size(), 1u);
  EXPECT_EQ(lit->captures[0], var(0));
}

TEST(Checker, PointerMethodCallOnVariableTakesAddress) {
  Program p;
  ASSERT_TRUE(ok("package main\nimport \"sync\"\nfunc main() {\n\tvar wg sync.WaitGroup\n\twg.Add(1)\n\twg.Wait()\n}\n", p));
  FuncDecl* m = func_named(*p.file, "main");
  ExprStmt* call = static_cast<ExprStmt*>(m->body->list[1]);
  SelectorExpr* sel = static_cast<SelectorExpr*>(static_cast<CallExpr*>(call->x)->fun);
  EXPECT_EQ(sel->selection.kind, Selection::Method);
  EXPECT_TRUE(sel->selection.addr_recv);
  EXPECT_EQ(static_cast<Func*>(sel->selection.obj)->qualified_name(), "(*sync.WaitGroup).Add");
  Var* wg = static_cast<Var*>(static_cast<Ident*>(sel->x)->obj);
  EXPECT_TRUE(wg->addr_taken);
}

TEST(Checker, LoopVariableSemanticsFollowVersion) {
  const char* src = "package main\nfunc main() {\n\tfor i := 0; i < 3; i++ {\n\t\t_ = i\n\t}\n\tfor _, v := range []int{1} {\n\t\t_ = v\n\t}\n}\n";
  for (int minor : {21, 22}) {
    Program p;
    std::vector<Diagnostic> d;
    CheckOptions o;
    o.go_minor = minor;
    ASSERT_TRUE(check_source(src, "prog.go", o, p, d));
    FuncDecl* m = func_named(*p.file, "main");
    EXPECT_EQ(static_cast<ForStmt*>(m->body->list[0])->per_iteration, minor >= 22);
    EXPECT_EQ(static_cast<RangeStmt*>(m->body->list[1])->per_iteration, minor >= 22);
  }
  Program p;
  std::vector<Diagnostic> d;
  ASSERT_TRUE(check_source(std::string("//go:build go1.21\n\n") + src, "prog.go", {}, p, d));
  EXPECT_EQ(p.go_minor, 21);
  EXPECT_FALSE(static_cast<ForStmt*>(func_named(*p.file, "main")->body->list[0])->per_iteration);
  // Without a build line the default is 1.24 (the newest gort implements); an explicit
  // choice overrides the file's line.
  Program q;
  ASSERT_TRUE(check_source(src, "prog.go", {}, q, d));
  EXPECT_EQ(q.go_minor, 24);
  Program q23;
  ASSERT_TRUE(check_source(std::string("//go:build go1.23\n\n") + src, "prog.go", {}, q23, d));
  EXPECT_EQ(q23.go_minor, 23);
  Program r;
  CheckOptions explicit22;
  explicit22.go_minor = 22;
  ASSERT_TRUE(check_source(std::string("//go:build go1.21\n\n") + src, "prog.go", explicit22, r, d));
  EXPECT_EQ(r.go_minor, 22);
  EXPECT_TRUE(static_cast<ForStmt*>(func_named(*r.file, "main")->body->list[0])->per_iteration);
}

TEST(Checker, PackageVarInitOrderFollowsDependencies) {
  Program p;
  ASSERT_TRUE(ok("package main\nvar a = b + c\nvar b = f()\nvar c = 1\nvar d = 3\nfunc f() int { return d }\nfunc main() {}\n", p));
  std::string order;
  for (auto& vi : p.var_inits) order += vi.lhs[0]->name;
  EXPECT_EQ(order, "dbca");
}

TEST(Checker, EmbeddedPromotionAndInterfaces) {
  Program p;
  ASSERT_TRUE(ok(R"(package main

import "fmt"

type Animal interface{ Sound() string }
type Named interface {
	Animal
	Name() string
}
type Base struct{ name string }

func (b Base) Name() string { return b.name }

type Dog struct {
	*Base
	age int
}

func (d *Dog) Sound() string { return "woof" }

func main() {
	d := &Dog{Base: &Base{"rex"}}
	var n Named = d
	fmt.Println(n.Name(), d.name, n.Sound())
}
)", p));
}

struct BadCase {
  const char* src;
  const char* want;
};

// Expected lines are gc's (types2) output; positions verified with Go 1.19's go build where the
// wording is the same.
const BadCase kBad[] = {
    {"package main\nfunc main() {\n\tx := 1\n}\n", "prog.go:3:2: declared and not used: x\n"},
    {"package main\nimport \"os\"\nfunc main() {}\n", "prog.go:2:8: \"os\" imported and not used\n"},
    {"package main\nfunc main() {\n\ty = 2\n}\n", "prog.go:3:2: undefined: y\n"},
    {"package main\nfunc main() {\n\tvar s string = 5\n\t_ = s\n}\n",
     "prog.go:3:17: cannot use 5 (untyped int constant) as string value in variable declaration\n"},
    {"package main\nfunc main() {\n\tx := 1\n\tvar s string\n\ts = x\n\t_ = s\n}\n",
     "prog.go:5:6: cannot use x (variable of type int) as string value in assignment\n"},
    {"package main\nfunc main() {\n\tx, y := 1, \"a\"\n\t_ = x + y\n}\n",
     "prog.go:4:6: invalid operation: x + y (mismatched types int and string)\n"},
    {"package main\nfunc f(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n}\nfunc main() { f(1) }\n",
     "prog.go:6:1: missing return\n"},
    {"package main\nfunc main() {\n\tvar n int = 1 << 70\n\t_ = n\n}\n",
     "prog.go:3:14: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in variable declaration (overflows)\n"},
    {"package main\nfunc main() {\n\tvar b byte = 300\n\t_ = b\n}\n",
     "prog.go:3:15: cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)\n"},
    {"package main\nfunc f(a, b int) {}\nfunc main() {\n\tf(1)\n}\n",
     "prog.go:4:4: not enough arguments in call to f\n\thave (number)\n\twant (int, int)\n"},
    {"package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Foo()\n}\n", "prog.go:4:6: undefined: fmt.Foo\n"},
    {"package main\ntype T struct{}\nfunc main() {\n\tvar t T\n\tt.x = 1\n}\n",
     "prog.go:5:4: t.x undefined (type T has no field or method x)\n"},
    {"package main\ntype I interface{ M() }\ntype T struct{}\nfunc (t *T) M() {}\nfunc main() {\n\tvar i I = T{}\n\t_ = i\n}\n",
     "prog.go:6:12: cannot use T{} (value of struct type T) as I value in variable declaration: T does not implement I (method M has pointer receiver)\n"},
    {"package main\ntype I interface{ M() }\ntype T struct{}\nfunc main() {\n\tvar i I = T{}\n\t_ = i\n}\n",
     "prog.go:5:12: cannot use T{} (value of struct type T) as I value in variable declaration: T does not implement I (missing method M)\n"},
    {"package main\nfunc main() {\n\tx := 1\n\tx := 2\n\t_ = x\n}\n", "prog.go:4:4: no new variables on left side of :=\n"},
    {"package main\nfunc main() {\n\tif 1 {\n\t}\n}\n", "prog.go:3:5: non-boolean condition in if statement\n"},
    {"package main\nfunc main() {\n\tbreak\n}\n", "prog.go:3:2: break is not in a loop, switch, or select\n"},
    {"package main\nfunc f() (int, int) { return 1, 2 }\nfunc main() {\n\tx := f()\n\t_ = x\n}\n",
     "prog.go:4:7: assignment mismatch: 1 variable but f returns 2 values\n"},
    {"package main\nfunc main() {\n\tch := make(<-chan int)\n\tch <- 1\n}\n",
     "prog.go:4:2: invalid operation: cannot send to receive-only channel ch (variable of type <-chan int)\n"},
    {"package main\nfunc main() {\n\tx := 5\n\tx.(int)\n}\n",
     "prog.go:4:2: invalid operation: x (variable of type int) is not an interface\n"},
    {"package main\nfunc main() {\n\ts := []int{}\n\t_ = s == s\n}\n",
     "prog.go:4:6: invalid operation: s == s (slice can only be compared to nil)\n"},
    {"package main\nfunc main() {\n\tx := 1\n\tx + 1\n}\n", "prog.go:4:2: x + 1 (value of type int) is not used\n"},
    {"package main\nimport \"fmt\"\nfunc main() {\n\tfor i := range 3 {\n\t\tfmt.Println(i)\n\t}\n}\n", ""},
    {"package main\nfunc main() {\n\t_ = 10 / 0\n}\n", "prog.go:3:11: invalid operation: division by zero\n"},
    {"package main\nfunc main() {\n\tvar f float64 = 1\n\t_ = f % 2\n}\n",
     "prog.go:4:6: invalid operation: operator % not defined on f (variable of type float64)\n"},
    // Cases below were generated from and checked against Go 1.19's go build output.
    // call_nonfunc: same as go1.19
    {"package main\nfunc main() {\n\tx := 1\n\tx()\n}\n",
     "prog.go:4:2: invalid operation: cannot call non-function x (variable of type int)\n"},
    // too_many_args: same as go1.19
    {"package main\nfunc f(a int) {}\nfunc main() {\n\tf(1, 2)\n}\n",
     "prog.go:4:7: too many arguments in call to f\n\thave (number, number)\n\twant (int)\n"},
    // ret_count: same as go1.19
    {"package main\nfunc f() int {\n\treturn 1, 2\n}\nfunc main() { f() }\n",
     "prog.go:3:12: too many return values\n\thave (number, number)\n\twant (int)\n"},
    // ret_none: same as go1.19
    {"package main\nfunc f() int {\n\treturn\n}\nfunc main() { f() }\n",
     "prog.go:3:2: not enough return values\n\thave ()\n\twant (int)\n"},
    // unused_label: same as go1.19
    {"package main\nfunc main() {\nL:\n\tfor {\n\t}\n}\n",
     "prog.go:3:1: label L defined and not used\n"},
    // cont_no_loop: same as go1.19
    {"package main\nfunc main() {\n\tcontinue\n}\n",
     "prog.go:3:2: continue is not in a loop\n"},
    // redecl: same as go1.19
    {"package main\nfunc main() {\n\tvar a int\n\tvar a string\n\t_ = a\n}\n",
     "prog.go:4:6: a redeclared in this block\n\tprog.go:3:6: other declaration of a\n"},
    // nil_use: same as go1.19
    {"package main\nfunc main() {\n\tx := nil\n\t_ = x\n}\n",
     "prog.go:3:7: use of untyped nil in assignment\n"},
    // wrong_arg_type: same as go1.19
    {"package main\nfunc f(s string) {}\nfunc main() {\n\tf(1)\n}\n",
     "prog.go:4:4: cannot use 1 (untyped int constant) as string value in argument to f\n"},
    // map_missing_key: same as go1.19
    {"package main\nfunc main() {\n\t_ = map[string]int{1}\n}\n",
     "prog.go:3:21: missing key in map literal\n"},
    // type_not_expr: same as go1.19
    {"package main\nfunc main() {\n\tx := int\n\t_ = x\n}\n",
     "prog.go:3:7: int (type) is not an expression\n"},
    // void_used: same as go1.19
    {"package main\nfunc f() {}\nfunc main() {\n\tx := f()\n\t_ = x\n}\n",
     "prog.go:4:7: f() (no value) used as value\n"},
    // array_oob: same as go1.19
    {"package main\nfunc main() {\n\tvar a [3]int\n\t_ = a[5]\n}\n",
     "prog.go:4:8: invalid argument: index 5 out of bounds [0:3]\n"},
    // close_recv: same as go1.19
    {"package main\nfunc main() {\n\tch := make(<-chan int)\n\tclose(ch)\n}\n",
     "prog.go:4:8: invalid operation: cannot close receive-only channel ch (variable of type <-chan int)\n"},
    // string_conv_float: same as go1.19
    {"package main\nfunc main() {\n\t_ = string(1.5)\n}\n",
     "prog.go:3:13: cannot convert 1.5 (untyped float constant) to type string\n"},
    // mismatch_cmp: same as go1.19
    {"package main\nfunc main() {\n\ta, b := 1, \"x\"\n\t_ = a == b\n}\n",
     "prog.go:4:11: invalid operation: a == b (mismatched types int and string)\n"},
    // deref_nonptr: same as go1.19
    {"package main\nfunc main() {\n\tx := 1\n\t_ = *x\n}\n",
     "prog.go:4:7: invalid operation: cannot indirect x (variable of type int)\n"},
    // dup_case_default: same as go1.19
    {"package main\nfunc main() {\n\tswitch {\n\tdefault:\n\tdefault:\n\t}\n}\n",
     "prog.go:5:2: multiple defaults (first at prog.go:4:2)\n"},
    // redecl_top: same as go1.19
    {"package main\nfunc f() {}\nfunc f() {}\nfunc main() {}\n",
     "prog.go:3:6: f redeclared in this block\n\tprog.go:2:6: other declaration of f\n"},
    // chan_recv_send_only: same as go1.19
    {"package main\nfunc main() {\n\tch := make(chan<- int)\n\t<-ch\n}\n",
     "prog.go:4:4: invalid operation: cannot receive from send-only channel ch (variable of type chan<- int)\n"},
    // bad_unary: same as go1.19
    {"package main\nfunc main() {\n\t_ = !1\n}\n",
     "prog.go:3:7: invalid operation: operator ! not defined on 1 (untyped int constant)\n"},
    // method_on_ptr_value: same as go1.19
    {"package main\ntype T struct{}\nfunc (t *T) M() {}\nfunc main() {\n\tT{}.M()\n}\n",
     "prog.go:5:6: cannot call pointer method M on T\n"},
    // undef_method: same as go1.19
    {"package main\ntype T struct{}\nfunc main() {\n\tT{}.M()\n}\n",
     "prog.go:4:6: T{}.M undefined (type T has no field or method M)\n"},
    // unused_result: same as go1.19
    {"package main\nfunc main() {\n\tx := []int{}\n\tappend(x, 1)\n}\n",
     "prog.go:4:2: append(x, 1) (value of type []int) is not used\n"},
    // float_to_int: same as go1.19
    {"package main\nfunc main() {\n\tvar i int = 1.5\n\t_ = i\n}\n",
     "prog.go:3:14: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)\n"},
    // int_plus_float: same as go1.19
    {"package main\nfunc main() {\n\ti := 1\n\t_ = i + 1.5\n}\n",
     "prog.go:4:10: 1.5 (untyped float constant) truncated to int\n"},
    // syntax_unexpected_rparen: same as go1.19
    {"package main\nfunc main() {\n\tx := (1 + 2))\n}\n",
     "prog.go:3:14: syntax error: unexpected ) at end of statement\n"},
    // not_bool_for: same as go1.19
    {"package main\nfunc main() {\n\tfor 1 {\n\t}\n}\n",
     "prog.go:3:6: non-boolean condition in for statement\n"},
    // addr_of_lit: same as go1.19
    {"package main\nfunc main() {\n\t_ = &1\n}\n",
     "prog.go:3:7: invalid operation: cannot take address of 1 (untyped int constant)\n"},
    // return count mismatches: have/want lines, untyped constants as "number", position of the
    // last value (not enough) or first extra value (too many); verified with go1.19 build.
    {"package main\nfunc f() (int, error) {\n\treturn 0\n}\nfunc main() {}\n",
     "prog.go:3:9: not enough return values\n\thave (number)\n\twant (int, error)\n"},
    {"package main\nfunc f() (int, int, error) {\n\treturn 1, 2\n}\nfunc main() {}\n",
     "prog.go:3:12: not enough return values\n\thave (number, number)\n\twant (int, int, error)\n"},
    {"package main\nfunc f() (int, error) {\n\treturn 1, nil, 3\n}\nfunc main() {}\n",
     "prog.go:3:17: too many return values\n\thave (number, nil, number)\n\twant (int, error)\n"},
    {"package main\nfunc t() (int, int, int) { return 1, 2, 3 }\nfunc f() (int, error) {\n\treturn t()\n}\n"
     "func g() int {\n\treturn t()\n}\nfunc main() {}\n",
     "prog.go:4:9: too many return values\n\thave (int, int, int)\n\twant (int, error)\n"
     "prog.go:7:9: too many return values\n\thave (int, int, int)\n\twant (int)\n"},
    {"package main\nfunc one() int { return 1 }\nfunc f() (int, error) {\n\treturn one()\n}\nfunc main() {}\n",
     "prog.go:4:9: not enough return values\n\thave (int)\n\twant (int, error)\n"},
    // impossible type assertion: at the start of the expression
    {"package main\nimport \"fmt\"\nfunc main() {\n\tvar s fmt.Stringer\n\t_ = s.(int)\n}\n",
     "prog.go:5:6: impossible type assertion: s.(int)\n\tint does not implement fmt.Stringer (missing method String)\n"},
    // unexported names of another package (Go 1.24 types2 lookupError wording)
    {"package main\nimport \"strings\"\nfunc main() {\n\tvar sb strings.Builder\n\tsb.buf = nil\n\t_ = sb.string()\n}\n",
     "prog.go:5:5: sb.buf undefined (cannot refer to unexported field buf)\n"
     "prog.go:6:9: sb.string undefined (type strings.Builder has no field or method string, but does have method String)\n"},
    {"package main\nimport \"strings\"\nfunc main() {\n\t_ = strings.Builder{buf: nil}\n}\n",
     "prog.go:4:22: cannot refer to unexported field buf in struct literal of type strings.Builder\n"},
    {"package main\ntype T struct{ name string }\nfunc main() {\n\tt := T{Name: \"x\"}\n\t_ = t.Name\n}\n",
     "prog.go:4:9: unknown field Name in struct literal of type T, but does have name\n"
     "prog.go:5:8: t.Name undefined (type T has no field or method Name, but does have field name)\n"},
    // duplicate map keys: compared by value (and type, for interface keys); the value is printed
    {"package main\nfunc main() {\n\t_ = map[interface{}]int{1: 1, 1.0: 2, 'a': 3, int32(97): 4}\n"
     "\t_ = map[float64]int{1: 1, 1.0: 2, 1.5: 3, 3 / 2.0: 4}\n\t_ = map[string]int{\"a\": 1, \"a\": 2}\n}\n",
     "prog.go:3:48: duplicate key 97 in map literal\n"
     "prog.go:4:28: duplicate key 1 in map literal\n"
     "prog.go:4:44: duplicate key 1.5 in map literal\n"
     "prog.go:5:29: duplicate key \"a\" in map literal\n"},
    // a non-constant shift of an untyped constant takes the variadic element type (any: int)
    {"package main\nimport \"fmt\"\nfunc f(xs ...float64) {}\nfunc main() {\n\tn := 2\n\tfmt.Println(1<<n, 2<<n)\n\tf(1<<n)\n\tf(1, 1<<n)\n}\n",
     "prog.go:7:4: invalid operation: shifted operand 1 (type float64) must be integer\n"
     "prog.go:8:7: invalid operation: shifted operand 1 (type float64) must be integer\n"},
    // duplicate switch cases: by constant value and type; type switch by identical type and nil;
    // boolean cases are not checked (types2's goVal); verified with go1.19 build
    {"package main\nfunc main() {\n\tn := 3\n\tswitch n {\n\tcase 1:\n\tcase 2, 1:\n\tcase 1 + 2, 3:\n\t}\n"
     "\tvar x interface{} = 1\n\tswitch x {\n\tcase 1, 1.0, \"x\":\n\tcase 1:\n\t}\n"
     "\tswitch x.(type) {\n\tcase int, string:\n\tcase int:\n\tcase nil, nil:\n\t}\n"
     "\tswitch {\n\tcase true:\n\tcase true:\n\t}\n}\n",
     "prog.go:6:10: duplicate case 1 (constant of type int) in expression switch\n\tprog.go:5:7: previous case\n"
     "prog.go:7:14: duplicate case 3 (constant of type int) in expression switch\n\tprog.go:7:7: previous case\n"
     "prog.go:12:7: duplicate case 1 (constant of type int) in expression switch\n\tprog.go:11:7: previous case\n"
     "prog.go:16:7: duplicate case int in type switch\n\tprog.go:15:7: previous case\n"
     "prog.go:17:12: duplicate case nil in type switch\n\tprog.go:17:7: previous case\n"},
    // invalid recursive types (types2 cycleError, current wording); uses of the invalid types
    // give no follow-on errors, and pointers/slices/maps break a cycle
    {"package main\nimport \"fmt\"\ntype Node struct {\n\tval  int\n\tnext Node\n}\ntype C struct{ n Node }\n"
     "type A [2]B\ntype B struct{ a A }\ntype L struct {\n\tnext *L\n\tarr  []L\n\tm    map[int]L\n}\n"
     "func main() {\n\tvar n Node\n\tm := Node{val: 1}\n\tc := C{}\n\tfmt.Println(n.val, m, c, n == m, L{}, c.n.val, A{})\n}\n",
     "prog.go:3:6: invalid recursive type: Node refers to itself\n"
     "prog.go:8:6: invalid recursive type A\n\tprog.go:8:6: A refers to B\n\tprog.go:9:6: B refers to A\n"},
    // append on a non-slice: types2's Go 1.22+ wording
    {"package main\nfunc main() {\n\tn := 5\n\tn = append(n, 1)\n\t_ = append(nil, 1)\n}\n",
     "prog.go:4:13: first argument to append must be a slice; have n (variable of type int)\n"
     "prog.go:5:13: first argument to append must be a slice; have untyped nil\n"},
    // go/defer of a non-call is a type error at the expression start (types2, Go 1.21+), and
    // type checking goes on
    {"package main\nimport \"fmt\"\nfunc main() {\n\tdefer fmt.Println\n\tgo func() {}\n\tx := 1\n}\n",
     "prog.go:4:8: expression in defer must be function call\n"
     "prog.go:5:5: expression in go must be function call\n"
     "prog.go:6:2: declared and not used: x\n"},
    // op-assignment mismatches name the statement
    {"package main\nfunc main() {\n\ts := \"a\"\n\ts += 1\n\tvar f float64\n\tn := 1\n\tf *= n\n}\n",
     "prog.go:4:2: invalid operation: s += 1 (mismatched types string and untyped int)\n"
     "prog.go:7:2: invalid operation: f *= n (mismatched types float64 and int)\n"},
    // an untyped constant passed as interface{} overflows its default type
    {"package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Println(1 << 70)\n}\n",
     "prog.go:4:14: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in argument "
     "to fmt.Println (overflows)\n"},
    // methods on predeclared types; incomparable struct/array causes (types2 wording)
    {"package main\nfunc (s string) Foo() {}\ntype T struct{ a []int }\nfunc main() {\n\t_ = T{} == T{}\n"
     "\tvar x, y [2][]int\n\t_ = x == y\n}\n",
     "prog.go:2:7: cannot define new methods on non-local type string\n"
     "prog.go:5:6: invalid operation: T{} == T{} (struct containing []int cannot be compared)\n"
     "prog.go:7:6: invalid operation: x == y ([2][]int cannot be compared)\n"},
    // "range clause permits at most two iteration variables" is gc's parser's, but no syntax
    // error: type checking goes on
    {"package main\nfunc main() {\n\tvar arr [3]int\n\tfor i, v, w := range arr {\n\t}\n\tvar s string = 1\n}\n",
     "prog.go:4:6: declared and not used: i\n"
     "prog.go:4:9: declared and not used: v\n"
     "prog.go:4:12: range clause permits at most two iteration variables\n"
     "prog.go:6:17: cannot use 1 (untyped int constant) as string value in variable declaration\n"},
    // an untyped constant into an interface it cannot implement gives the cause; truncation
    // names the underlying type (types2 invalidConversion)
    {"package main\nimport \"time\"\nfunc main() {\n\tvar e error = \"oops\"\n\t_ = e\n\ttime.Sleep(time.Second * 1.5)\n}\n",
     "prog.go:4:16: cannot use \"oops\" (constant of type string) as error value in variable declaration: "
     "string does not implement error (missing method Error)\n"
     "prog.go:6:27: 1.5 (untyped float constant) truncated to int64\n"},
    // neg_index: same as go1.19
    {"package main\nfunc main() {\n\ts := []int{1}\n\t_ = s[-1]\n}\n",
     "prog.go:4:8: invalid argument: index -1 (constant of type int) must not be negative\n"},
    // Generics (types2's current wording; positions as go1.19 build).
    {"package main\nfunc Eq[T any](a, b T) bool { return a == b }\nfunc main() {}\n",
     "prog.go:2:38: invalid operation: a == b (incomparable types in type set)\n"},
    {"package main\nfunc Add[T any](a, b T) T { return a + b }\nfunc main() {}\n",
     "prog.go:2:36: invalid operation: operator + not defined on a (variable of type T constrained by any)\n"},
    {"package main\nfunc Idx[T comparable](x T) {}\nfunc main() {\n\tIdx([]int{})\n}\n",
     "prog.go:4:5: []int does not satisfy comparable\n"},
    {"package main\ntype N interface{ ~int | ~float64 }\nfunc S[T N](x T) {}\nfunc main() {\n\tS(\"s\")\n}\n",
     "prog.go:5:3: string does not satisfy N (string missing in ~int | ~float64)\n"},
    {"package main\nfunc Z[T any]() T { var z T; return z }\nfunc main() {\n\t_ = Z()\n}\n",
     "prog.go:4:7: in call to Z, cannot infer T (declared at prog.go:2:8)\n"},
    {"package main\nfunc F[T any](x T) {}\nfunc main() {\n\tf := F\n\t_ = f\n}\n",
     "prog.go:4:7: cannot use generic function F without instantiation\n"},
    {"package main\ntype G[T any] struct{}\nfunc main() {\n\tvar g G\n\t_ = g\n}\n",
     "prog.go:4:8: cannot use generic type G[T any] without instantiation\n"},
    {"package main\ntype N interface{ int | string }\nvar n N\nfunc main() {}\n",
     "prog.go:3:7: cannot use type N outside a type constraint: interface contains type constraints\n"},
    {"package main\nfunc F[T any](n int) {\n\tif n > 0 {\n\t\tF[[]T](n - 1)\n\t}\n}\nfunc main() { F[int](1) }\n",
     "prog.go:2:8: instantiation cycle\n"},
    {"package main\nfunc F[T any]() {\n\ttype p struct{ v T }\n\tvar x p\n\t_ = x\n}\nfunc main() {}\n",
     "prog.go:3:2: type declarations inside generic functions are not currently supported\n"},
};

TEST(Checker, BadProgramsGiveGcErrors) {
  for (const BadCase& c : kBad) EXPECT_EQ(errors_of(c.src), c.want) << c.src;
}

TEST(Checker, AcceptsBroadFeatureProgram) {
  std::ifstream f(std::string(GORT_SOURCE_DIR) + "/engine/lang/fuzz/corpus/features.go");
  std::stringstream ss;
  ss << f.rdbuf();
  ASSERT_FALSE(ss.str().empty());
  Program p;
  EXPECT_TRUE(ok(ss.str(), p));
}

TEST(Checker, AtMostTenErrors) {
  std::string src = "package main\nfunc main() {\n";
  for (int i = 0; i < 15; i++) src += "\tu" + std::to_string(i) + " = 1\n";
  src += "}\n";
  std::string out = errors_of(src);
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 11);
  // gc stops at the 10th error and names its position (verified with go1.19 build).
  EXPECT_NE(out.find("prog.go:12:2: too many errors\n"), std::string::npos) << out;
  // Exactly ten errors also end with "too many errors"; branch errors (found by gc's parser)
  // are among the ten shown even when later in the file.
  src = "package main\nfunc main() {\n";
  for (int i = 0; i < 10; i++) src += "\tu" + std::to_string(i) + " = 1\n";
  src += "\tcontinue\n}\n";
  out = errors_of(src);
  EXPECT_NE(out.find("prog.go:13:2: continue is not in a loop\n"), std::string::npos) << out;
  EXPECT_NE(out.find("prog.go:11:2: too many errors\n"), std::string::npos) << out;
  EXPECT_EQ(out.find("prog.go:12:2:"), std::string::npos) << out;
}

TEST(Checker, RangeOverIntNeedsGo122) {
  EXPECT_EQ(errors_of("package main\nfunc main() {\n\tfor i := range 3 {\n\t\t_ = i\n\t}\n}\n", 21),
            "prog.go:3:17: cannot range over 3 (untyped int constant): requires go1.22 or later\n");
}

TEST(Checker, EveryStdPackageDeclarationChecks) {
  // A bug in the embedded declarations would surface as "internal error: std package ...".
  Program p;
  ASSERT_TRUE(ok("package main\nimport (\n\t_ \"fmt\"\n\t_ \"time\"\n\t_ \"sync\"\n\t_ \"sync/atomic\"\n\t_ \"runtime\"\n"
                 "\t_ \"os\"\n\t_ \"bufio\"\n\t_ \"strings\"\n\t_ \"strconv\"\n\t_ \"errors\"\n\t_ \"math\"\n"
                 "\t_ \"math/rand\"\n\t_ \"sort\"\n\t_ \"unicode/utf8\"\n\t_ \"path\"\n\t_ \"path/filepath\"\n)\nfunc main() {}\n", p));
  EXPECT_EQ(p.ctx->std_pkgs.size(), 19u);  // the 16 imported + io/fs (by os and filepath) + iter (by strings) + io (by bufio, written in Go)
  Package* time = p.ctx->std_pkgs["time"];
  Object* sleep = time->scope->lookup_local("Sleep");
  ASSERT_NE(sleep, nullptr);
  EXPECT_EQ(static_cast<Func*>(sleep)->qualified_name(), "time.Sleep");
  EXPECT_FALSE(static_cast<Func*>(sleep)->has_body);
  Named* dur = static_cast<Named*>(time->scope->lookup_local("Duration")->type);
  ASSERT_FALSE(dur->methods.empty());
  EXPECT_EQ(dur->methods[0]->qualified_name(), "time.Duration.String");
  EXPECT_EQ(errors_of("package main\nimport \"net/http\"\nfunc main() {}\n"),
            "prog.go:2:8: package net/http is in Go's standard library but not in gort's (a gort program has no network)\n");
  EXPECT_EQ(errors_of("package main\nimport \"image/png\"\nfunc main() { _ = png.Decode }\n"),
            "prog.go:2:8: package image/png is in Go's standard library but not in gort's\n");
  EXPECT_EQ(errors_of("package main\nimport \"net\"\nfunc main() { _, _ = net.Dial(\"tcp\", \"x:1\") }\n"),
            "prog.go:3:26: undefined: net.Dial (a gort program has no network)\n");
  EXPECT_EQ(errors_of("package main\nimport _ \"embed\"\nfunc main() {}\n"), "");
  // go build stops in its loader at imports it cannot resolve: no type errors after them
  // (not `undefined: pkg` for its uses, nor an unused import), every bad import reported.
  EXPECT_EQ(errors_of("package main\nimport (\n\t\"fmt\"\n\t\"nosuch/pkg\"\n\t\"internal/cpu\"\n)\n"
                      "func main() { fmt.Println(pkg.X, cpu.Y); var x int = \"s\" }\n"),
            "prog.go:4:2: package nosuch/pkg is not in std\n"
            "prog.go:5:2: use of internal package internal/cpu not allowed\n");
}

// goto: gc checks gotos in its parser (syntax/branches.go), so `go build` words these errors as
// that file does; every expectation below is go1.19 build's output (./main.go -> prog.go).
TEST(Checker, GotoErrorsAsGoBuild) {
  struct Case {
    const char* src;
    const char* want;
  };
  const Case cases[] = {
    // forward goto over :=
    {"package main\nfunc main() {\n\tgoto L\n\tx := 1\n\t_ = x\nL:\n}\n",
     "prog.go:3:7: goto L jumps over declaration of x at prog.go:4:4\n"},
    // forward goto over var: named at the first name
    {"package main\nfunc main() {\n\tgoto L\n\tvar a, b int\n\t_, _ = a, b\nL:\n}\n",
     "prog.go:3:7: goto L jumps over declaration of a at prog.go:4:6\n"},
    // the last declaration before the label is named
    {"package main\nfunc main() {\n\tgoto L\n\tx := 1\n\ty, z := 2, 3\n\t_, _, _ = x, y, z\nL:\n}\n",
     "prog.go:3:7: goto L jumps over declaration of y, z at prog.go:5:7\n"},
    // a goto out of a block over an inner := is fine
    {"package main\nfunc main() {\n\t{\n\t\tgoto L\n\t\tx := 1\n\t\t_ = x\n\t}\nL:\n}\n",
     ""},
    // a goto out of a block, then over an outer :=
    {"package main\nfunc main() {\n\t{\n\t\tgoto L\n\t}\n\tx := 1\n\t_ = x\nL:\n}\n",
     "prog.go:4:8: goto L jumps over declaration of x at prog.go:6:4\n"},
    // backward goto over := is fine
    {"package main\nfunc main() {\n\tn := 0\nL:\n\tx := n\n\tn++\n\tif x < 3 {\n\t\tgoto L\n\t}\n}\n",
     ""},
    // goto into an if block
    {"package main\nfunc main() {\n\tgoto L\n\tif true {\n\tL:\n\t}\n}\n",
     "prog.go:3:7: goto L jumps into block starting at prog.go:4:10\n"},
    // backward goto into a block
    {"package main\nfunc main() {\n\tfor {\n\tL:\n\t\tbreak\n\t}\n\tgoto L\n}\n",
     "prog.go:7:7: goto L jumps into block starting at prog.go:3:6\n"},
    // goto into a case clause
    {"package main\nfunc main() {\n\tgoto L\n\tswitch {\n\tcase true:\n\tL:\n\t}\n}\n",
     "prog.go:3:7: goto L jumps into block starting at prog.go:5:2\n"},
    // goto into a nested block names the label's own block
    {"package main\nfunc main() {\n\tgoto L\n\t{\n\t\t{\n\t\tL:\n\t\t}\n\t}\n}\n",
     "prog.go:3:7: goto L jumps into block starting at prog.go:5:3\n"},
    // goto out of nested blocks is fine
    {"package main\nfunc main() {\n\tfor {\n\t\tswitch {\n\t\tdefault:\n\t\t\tgoto L\n\t\t}\n\t}\nL:\n}\n",
     ""},
    // label not defined
    {"package main\nfunc main() {\n\tgoto L\n}\n",
     "prog.go:3:7: label L not defined\n"},
    // labels belong to one function body
    {"package main\nfunc main() {\nL:\n\tfunc() {\n\t\tgoto L\n\t}()\n\tgoto L\n}\n",
     "prog.go:5:8: label L not defined\n"},
    // a goto inside a literal to its own label
    {"package main\nfunc main() {\n\tfunc() {\n\t\tgoto L\n\tL:\n\t}()\n}\n",
     ""},
    // label defined and not used
    {"package main\nfunc main() {\nL:\n\tgoto M\nM:\n}\n",
     "prog.go:3:1: label L defined and not used\n"},
    // label already defined
    {"package main\nfunc main() {\nL:\n\tgoto L\nL:\n}\n",
     "prog.go:5:1: label L already defined at prog.go:3:1\n"},
    // an invalid break label counts as used
    {"package main\nfunc main() {\nL:\n\tfor {\n\t}\n\tfor {\n\t\tbreak L\n\t}\n}\n",
     "prog.go:7:9: invalid break label L\n"},
    // goto errors come first (gc's parser): they use up the 10-error limit
    {"package main\nfunc main() {\n\tvar a int = \"\"\n\tvar b int = \"\"\n\tvar c int = \"\"\n\tgoto L1\n\tgoto L2\n\tgoto L3\n\tgoto L4\n\tgoto L5\n\tgoto L6\n\tgoto L7\n\tgoto L8\n\tgoto L9\n\t_, _, _ = a, b, c\n}\n",
     "prog.go:3:14: cannot use \"\" (untyped string constant) as int value in variable declaration\nprog.go:6:7: label L1 not defined\nprog.go:7:7: label L2 not defined\nprog.go:8:7: label L3 not defined\nprog.go:9:7: label L4 not defined\nprog.go:10:7: label L5 not defined\nprog.go:11:7: label L6 not defined\nprog.go:12:7: label L7 not defined\nprog.go:13:7: label L8 not defined\nprog.go:14:7: label L9 not defined\nprog.go:3:14: too many errors\n"},
  };
  for (const Case& c : cases) EXPECT_EQ(errors_of(c.src), c.want) << c.src;
}

TEST(Checker, GotoResolvesToItsLabeledStatement) {
  Program p;
  ASSERT_TRUE(ok("package main\nfunc main() {\n\tn := 0\nback:\n\tn++\n\tif n < 3 {\n\t\tgoto back\n\t}\n"
                 "\tgoto fwd\nfwd:\n\tfunc() {\n\tinner:\n\t\tgoto inner\n\t}()\n}\n",
                 p));
  FuncDecl* m = func_named(*p.file, "main");
  ASSERT_NE(m, nullptr);
  auto& list = m->body->list;
  auto* back = static_cast<LabeledStmt*>(list[1]);
  auto* fwd = static_cast<LabeledStmt*>(list[4]);
  ASSERT_EQ(back->kind, StmtKind::Labeled);
  ASSERT_EQ(fwd->kind, StmtKind::Labeled);
  auto* in_if = static_cast<BranchStmt*>(static_cast<IfStmt*>(list[2])->then->list[0]);
  auto* forward = static_cast<BranchStmt*>(list[3]);
  EXPECT_EQ(in_if->target, back);
  EXPECT_EQ(forward->target, fwd);
  // The literal's goto resolves to the literal's own label.
  auto* call = static_cast<CallExpr*>(static_cast<ExprStmt*>(fwd->stmt)->x);
  auto* lit = static_cast<FuncLit*>(call->fun);
  auto* inner = static_cast<LabeledStmt*>(lit->body->list[0]);
  EXPECT_EQ(static_cast<BranchStmt*>(inner->stmt)->target, inner);
}

// A generic function is checked once with type parameters; each call with new type arguments
// makes an instance (a fresh AST of the declaration, typed concretely) that the call denotes.
TEST(Checker, GenericCallsDenoteConcreteInstances) {
  Program p;
  ASSERT_TRUE(ok(R"(package main

type Number interface{ ~int | ~float64 }

type MyInt int

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func main() {
	_ = Sum([]int{1})
	_ = Sum([]MyInt{2})
	_ = Sum[int](nil)
	var s Stack[string]
	s.Push("x")
}
)", p));
  // Sum[int] (shared by the inferred and the explicit call), Sum[MyInt], (*Stack[string]).Push.
  ASSERT_EQ(p.instances.size(), 3u);
  std::vector<std::string> names;
  for (Func* f : p.instances) {
    names.push_back(f->qualified_name());
    ASSERT_NE(f->decl, nullptr);
    ASSERT_NE(f->origin, nullptr);
    EXPECT_EQ(f->decl->obj, f);
    EXPECT_NE(f->decl, f->origin->decl);  // its own AST
    EXPECT_TRUE(f->sig()->tparams.empty());
  }
  EXPECT_EQ(names[0], "main.Sum[...]");
  EXPECT_EQ(names[2], "(*main.Stack[...]).Push");  // tracebacks print main.(*Stack[...]).Push
  EXPECT_EQ(type_string(p.instances[1]->sig()->results->vars[0]->type), "MyInt");
  EXPECT_EQ(type_string(p.instances[2]->sig()->recv->type), "*Stack[string]");
  // The instance body is typed with the concrete type: `var s T` is an int there.
  FuncDecl* inst = p.instances[0]->decl;
  auto* decl = static_cast<DeclStmt*>(inst->body->list[0]);
  auto* spec = static_cast<ValueSpec*>(decl->decl->specs[0]);
  EXPECT_EQ(type_string(spec->names[0]->obj->type), "int");
  // The generic declaration itself is typed with the type parameter.
  FuncDecl* gen = func_named(*p.file, "Sum");
  auto* gspec = static_cast<ValueSpec*>(static_cast<DeclStmt*>(gen->body->list[0])->decl->specs[0]);
  EXPECT_EQ(gspec->names[0]->obj->type->kind, TypeKind::TypeParam);
}

// gc's source reader (syntax/source.go nextch) reports and drops a NUL byte, a byte that starts
// no valid UTF-8 sequence and a BOM after the first character — anywhere, in strings and
// comments too — and base.ErrorfAt keeps one of equal non-syntax errors in a row on a line.
// Expectations are `go build` (Go 1.19) on the same bytes.
TEST(Checker, InvalidSourceBytesAsGc) {
  using namespace std::string_literals;  // the NUL bytes are part of the source
  const std::string head = "package main\n\nimport \"fmt\"\n\nfunc main() {\n";
  struct Case {
    std::string body, want;
  };
  const Case cases[] = {
      // a truncated sequence and another bad byte on one line: one error
      {"\tfmt.Println(\"a\xe2\x82\" + \"\xff\")\n}\n", "prog.go:6:16: invalid UTF-8 encoding\n"},
      {"\tfmt.Println(\"a\x00" "b\")\n}\n"s, "prog.go:6:16: invalid NUL character\n"},
      {"\tfmt.Println(\"\xef\xbb\xbf\")\n}\n", "prog.go:6:15: invalid BOM in the middle of the file\n"},
      // dropped from the rune literal, which is then empty (reported at its closing quote)
      {"\tfmt.Println(`raw\xffx`, '\xff')\n}\n",
       "prog.go:6:18: invalid UTF-8 encoding\nprog.go:6:25: empty rune literal or unescaped '\n"},
      // a stray byte between tokens: no syntax error after it
      {"\tfmt.Println(\"x\")\xff\n}\n", "prog.go:6:18: invalid UTF-8 encoding\n"},
      {"\tx\xffy := 1\n\tfmt.Println(x\xffy)\n}\n",
       "prog.go:6:3: invalid UTF-8 encoding\nprog.go:7:15: invalid UTF-8 encoding\n"},
      {"\tfmt.Println(\"\xff\xff\", \"\x00\x00\")\n}\n"s,
       "prog.go:6:15: invalid UTF-8 encoding\nprog.go:6:21: invalid NUL character\n"},
      {"\tfmt.Println(1, '')\n}\n", "prog.go:6:18: empty rune literal or unescaped '\n"},
      {"\tfmt.Println(1, 'ab\n\t)\n}\n",
       "prog.go:6:20: newline in rune literal\n"
       "prog.go:6:20: syntax error: unexpected newline in argument list; possibly missing comma or )\n"},
  };
  for (const Case& c : cases) EXPECT_EQ(errors_of(head + c.body), c.want) << c.body;
  // A bad byte first in the file (reported by the first next(): the scanner is built before
  // the parser's error list once was — found by the fuzzer under ASan as a leak). go build's
  // loader, which reads the header before the compiler, words it "illegal UTF-8 encoding" and
  // "unexpected NUL in input"; gort gives the compiler's error.
  EXPECT_EQ(errors_of("\xffpackage main\n\nfunc main() {}\n").rfind("prog.go:1:1: invalid UTF-8 encoding\n", 0), 0u);
  // Valid multi-byte text and a leading BOM are fine.
  EXPECT_EQ(errors_of("\xef\xbb\xbf" + head + "\tfmt.Println(\"é 世界 \xf0\x9f\x98\x80\")\n}\n"), "");
}
