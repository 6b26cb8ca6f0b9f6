// tests/unit/compiler/compiler_test.cpp — the compiler end to end: Go source → check → compile
// → run on the real runtime with a capturing output sink; asserts program output and exit
// status (expected outputs were produced with go run 1.19), plus the compiled code's register
// kinds (exact pointer masks) and compile errors for unsupported std functions.
#include <gtest/gtest.h>

#include <mutex>
#include <string>

#include "lang/compiler/compiler.h"
#include "lang/frontend.h"
#include "lang/std/std_decls.h"
#include "runtime/runtime.h"
#include "stdlib/natives.h"
#include "vm/hooks.h"
#include "vm/native.h"

namespace gort {
namespace {

struct Captured {
  int status = -1;
  std::string out, err, diags;
};

std::mutex g_mu;
Captured* g_cap = nullptr;

void capture(int64_t, int stream, std::string_view bytes) {
  std::lock_guard<std::mutex> lock(g_mu);
  if (!g_cap) return;
  (stream == 2 ? g_cap->err : g_cap->out).append(bytes);
}
void capture_rt(int stream, std::string_view bytes) { capture(0, stream, bytes); }

bool build(const std::string& src, vm::Module& m, std::string* diags, int go_minor = 22) {
  lang::Program prog;
  std::vector<lang::Diagnostic> d;
  lang::CheckOptions o;
  o.go_minor = go_minor;
  if (!lang::check_source(src, "prog.go", o, prog, d) || !lang::compile(prog, m, d)) {
    *diags = lang::format_diagnostics("prog.go", d);
    return false;
  }
  return true;
}

Captured run(const std::string& src, int gomaxprocs = 1, int go_minor = 22) {
  Captured c;
  vm::Module m;
  if (!build(src, m, &c.diags, go_minor)) {
    c.status = 1;
    return c;
  }
  {
    std::lock_guard<std::mutex> lock(g_mu);
    g_cap = &c;
  }
  vm::set_output(capture);
  rt::detail::global_yield.store(0);
  rt::Config cfg;
  cfg.gomaxprocs = gomaxprocs;
  cfg.faketime = true;
  cfg.seed = 1;
  c.status = rt::run_main(cfg, vm::make_hooks(m, capture_rt), vm::new_g_state(m, m.entry, nullptr, 0));
  {
    std::lock_guard<std::mutex> lock(g_mu);
    g_cap = nullptr;
  }
  return c;
}

TEST(Compiler, ScalarsStringsAndCalls) {
  Captured c = run(R"(package main
import "fmt"
func divmod(a, b int) (q, r int) { q = a / b; r = a % b; return }
func main() {
	var u8 uint8 = 250
	u8 += 10
	var i8 int8 = 127
	i8++
	q, r := divmod(17, 5)
	s := "héllo"
	fmt.Println(q, r, u8, i8, -7/2, -7%3, 1<<10, 0xff&^0x0f, len(s), s[1:3] == "\xc3\xa9")
	x := 10.0 / 3
	fmt.Println(x, float32(x), int(x), s+"!")
}
)");
  EXPECT_EQ(c.diags, "");
  EXPECT_EQ(c.status, 0);
  EXPECT_EQ(c.out, "3 2 4 -128 -3 -1 1024 240 6 true\n3.3333333333333335 3.3333333 3 héllo!\n");
}

// Each register has one kind; the mask marks exactly the Obj* ones (the string parameter and
// the string temporaries), never the int ones, and never the call window.
TEST(Compiler, PointerMaskIsExact) {
  vm::Module m;
  std::string d;
  ASSERT_TRUE(build(R"(package main
func f(s string, n int) int {
	x := n + 1
	t := s + "x"
	return len(t) + x
}
func main() { f("a", 1) }
)", m, &d)) << d;
  const vm::Proto* f = nullptr;
  for (const auto& p : m.protos) if (p.name == "main.f") f = &p;
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->nparams, 2);
  EXPECT_TRUE(f->reg_is_ptr(0));   // s
  EXPECT_FALSE(f->reg_is_ptr(1));  // n
  int ptrs = 0;
  for (uint32_t r = 0; r < f->nregs; ++r) ptrs += f->reg_is_ptr(r);
  // s, the constant "x", the s + "x" temporary and t: four string registers; the ints
  // (n, x, n + 1, len(t) + x) are scalars.
  EXPECT_EQ(ptrs, 4) << vm::disassemble(*f);
  EXPECT_FALSE(f->reg_is_ptr(f->nregs - 1));  // the window
  EXPECT_EQ(vm::verify(m), "");
}

// A call's one scalar result that the next instructions consume stays in the call window: in
// fib, the second call's result feeds ADD_INT directly (no MOVE to a temporary between them);
// the first one must be moved out, since the second call reuses the window.
TEST(Compiler, LastCallResultIsReadFromTheWindow) {
  vm::Module m;
  std::string d;
  ASSERT_TRUE(build(R"(package main
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}
func main() { println(fib(10)) }
)", m, &d)) << d;
  const vm::Proto* f = nullptr;
  for (const auto& p : m.protos) if (p.name == "main.fib") f = &p;
  ASSERT_NE(f, nullptr);
  int calls = 0, moves = 0;
  size_t last_call = 0;
  for (size_t i = 0; i < f->code.size(); ++i) {
    if (f->code[i].op == vm::Opcode::CALL) { ++calls; last_call = i; }
    if (f->code[i].op == vm::Opcode::MOVE) ++moves;
  }
  EXPECT_EQ(calls, 2) << vm::disassemble(*f);
  EXPECT_EQ(moves, 1) << vm::disassemble(*f);
  ASSERT_LT(last_call + 1, f->code.size());
  const vm::Instr& add = f->code[last_call + 1];
  EXPECT_EQ(add.op, vm::Opcode::ADD_INT) << vm::disassemble(*f);
  EXPECT_EQ(add.c, f->code[last_call].a) << vm::disassemble(*f);  // reads the window
  EXPECT_EQ(vm::verify(m), "");
  EXPECT_EQ(run("package main\nfunc fib(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n"
                "\treturn fib(n-1) + fib(n-2)\n}\nfunc main() { println(fib(20)) }\n").err,
            "6765\n");
}

TEST(Compiler, LoopVariablePerIterationDependsOnVersion) {
  const char* src = R"(package main
func main() {
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { print(i) })
	}
	for _, s := range []string{"a", "b"} {
		fs = append(fs, func() { print(s) })
	}
	for _, f := range fs { f() }
	println()
}
)";
  EXPECT_EQ(run(src, 1, 22).err, "012ab\n");
  EXPECT_EQ(run(src, 1, 21).err, "333bb\n");
}

TEST(Compiler, DeferRecoverNamedResults) {
  Captured c = run(R"(package main
import "fmt"
func safeDiv(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprint(r)
		}
	}()
	return a / b, ""
}
func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
}
func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	order()
	fmt.Println()
}
)");
  EXPECT_EQ(c.status, 0) << c.err;
  EXPECT_EQ(c.out, "3 \n0 runtime error: integer divide by zero\n2 1 0 \n");
}

TEST(Compiler, UnrecoveredPanicPrintsValueAndTraceExits2) {
  Captured c = run(R"(package main
import "errors"
type E struct{ code int }
func (e E) Error() string { return "E" }
func main() {
	defer func() { panic(errors.New("second")) }()
	panic(E{3})
}
)");
  EXPECT_EQ(c.status, 2);
  EXPECT_NE(c.err.find("panic: E\n\tpanic: second\n"), std::string::npos) << c.err;
  EXPECT_NE(c.err.find("goroutine 1 [running]:\nmain.main.func1()"), std::string::npos) << c.err;
}

TEST(Compiler, InterfacesEmbeddingTypeSwitch) {
  Captured c = run(R"(package main
import "fmt"
type Speaker interface{ Speak() string }
type Base struct{ id int }
func (b Base) Speak() string { return fmt.Sprint("base ", b.id) }
func (b *Base) Set(i int) { b.id = i }
type Derived struct{ Base; name string }
type Celsius float64
func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }
func kind(x any) string {
	switch v := x.(type) {
	case nil: return "nil"
	case int: return fmt.Sprint("int ", v+1)
	case Speaker: return "speaker " + v.Speak()
	case fmt.Stringer: return "stringer " + v.String()
	default: return fmt.Sprintf("%T", v)
	}
}
func main() {
	d := Derived{Base{1}, "d"}
	d.Set(5)
	var s Speaker = d
	var p Speaker = &d
	d.Set(6)
	fmt.Println(s.Speak(), p.Speak(), kind(nil), kind(41), kind(d), kind(Celsius(2)), kind([]int{}))
	f := d.Speak
	d.Set(7)
	fmt.Println(f(), d.Speak())
}
)");
  EXPECT_EQ(c.status, 0) << c.err << c.diags;
  EXPECT_EQ(c.out,
            "base 5 base 6 nil int 42 speaker base 6 stringer 2.0C []int\nbase 6 base 7\n");
}

TEST(Compiler, GoroutinesChannelsSelectMaps) {
  Captured c = run(R"(package main
import (
	"fmt"
	"sort"
	"sync"
)
type result struct{ id, sq int }
func main() {
	jobs := make(chan int)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- result{j, j * j}
			}
		}()
	}
	for i := 1; i <= 5; i++ { jobs <- i }
	close(jobs)
	wg.Wait()
	close(results)
	m := map[int]int{}
	for r := range results { m[r.id] = r.sq }
	keys := []int{}
	for k := range m { keys = append(keys, k) }
	sort.Ints(keys)
	fmt.Println(keys, m[5], len(m))
	a, b := make(chan string, 1), make(chan string, 1)
	b <- "b"
	select {
	case v := <-a:
		fmt.Println("a", v)
	case v, ok := <-b:
		fmt.Println("b", v, ok)
	}
	select {
	case a <- "x":
		fmt.Println("sent", <-a)
	default:
		fmt.Println("default")
	}
}
)", 2);
  EXPECT_EQ(c.status, 0) << c.err << c.diags;
  EXPECT_EQ(c.out, "[1 2 3 4 5] 25 5\nb b true\nsent x\n");
}

// Pointers held only in registers must survive collections (exact frame scanning).
TEST(Compiler, PointersInRegistersSurviveGC) {
  Captured c = run(R"(package main
import (
	"fmt"
	"runtime"
)
type node struct {
	val  int
	next *node
	name string
}
func main() {
	var head *node
	for i := 0; i < 20000; i++ {
		head = &node{i, head, fmt.Sprint("n", i)}
		if i%5000 == 0 { runtime.GC() }
	}
	sum := 0
	last := ""
	for n := head; n != nil; n = n.next {
		sum += n.val
		last = n.name
	}
	runtime.GC()
	fmt.Println(sum, last, head.name)
}
)");
  EXPECT_EQ(c.status, 0) << c.err << c.diags;
  EXPECT_EQ(c.out, "199990000 n0 n19999\n");
}

TEST(Compiler, SelectSendOnClosedAndNativeGoroutineAndArrayRangeCopy) {
  Captured c = run(R"(package main
import (
	"fmt"
	"sync"
	"time"
)
func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(10 * time.Millisecond)
		close(ch)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		select {
		case ch <- 1:
			fmt.Println("sent")
		}
	}()
	var wg sync.WaitGroup
	wg.Add(1)
	go wg.Done()
	wg.Wait()
	a := [3]int{1, 2, 3}
	for i, v := range a {
		a[2] = 100
		fmt.Print(i, v, " ")
	}
	fmt.Println(a, 1<<uint(len(a)))
}
)");
  EXPECT_EQ(c.status, 0) << c.err << c.diags;
  EXPECT_EQ(c.out, "recovered: send on closed channel\n0 1 1 2 2 3 [1 2 100] 8\n");
}

// A goroutine blocked in a native shows that native, and every goroutine but main its creator.
TEST(Compiler, DeadlockTracebackShowsNativeAndCreator) {
  Captured c = run(R"(package main
import "sync"
func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	wg.Add(1)
	go func() {
		mu.Lock()
		wg.Done()
	}()
	wg.Wait()
}
)");
  EXPECT_EQ(c.status, 2);
  EXPECT_NE(c.err.find("fatal error: all goroutines are asleep - deadlock!"), std::string::npos);
  EXPECT_NE(c.err.find("sync.(*WaitGroup).Wait(...)"), std::string::npos) << c.err;
  EXPECT_NE(c.err.find("main.main()\n\t/tmp/prog.go:12 +0x"), std::string::npos) << c.err;
  EXPECT_NE(c.err.find("sync.(*Mutex).Lock(...)"), std::string::npos) << c.err;
  EXPECT_NE(c.err.find("main.main.func1()\n\t/tmp/prog.go:9 +0x"), std::string::npos) << c.err;
  EXPECT_NE(c.err.find("created by main.main\n\t/tmp/prog.go:8 +0x"), std::string::npos) << c.err;
}

TEST(Compiler, UnsupportedStdFunctionIsACompileError) {
  // A declared std function that has no native (if STD implements them all, skip).
  const char* pkgs[] = {"strings", "strconv", "math", "sort", "time", "os", "unicode", "errors",
                        "fmt", "bufio", "sync", "runtime"};
  for (const char* pkg : pkgs) {
    // Every function declared in the package's std text ("func Name(").
    std::string text(lang::std_package_source(pkg));
    std::string fname;
    for (size_t at = text.find("\nfunc "); at != std::string::npos; at = text.find("\nfunc ", at + 1)) {
      size_t b = at + 6, e = text.find('(', b);
      if (e == std::string::npos || e == b) continue;  // methods start with '('
      // A function with a body is written in Go (engine/lang/std/go), not a native.
      size_t nl = text.find('\n', b);
      if (text.substr(b, nl == std::string::npos ? std::string::npos : nl - b).find('{') != std::string::npos)
        continue;
      std::string n = text.substr(b, e - b);
      if (!stdlib::find_native(std::string(pkg) + "." + n)) {
        fname = n;
        break;
      }
    }
    if (fname.empty()) continue;
    const char* c[2] = {pkg, fname.c_str()};
    std::string name = std::string(c[0]) + "." + c[1];
    vm::Module m;
    std::string d;
    std::string src = std::string("package main\nimport \"") + c[0] + "\"\nfunc main() {\n\tvar f = " +
                      name + "\n\t_ = f\n}\n";
    EXPECT_FALSE(build(src, m, &d));
    EXPECT_NE(d.find("gort: " + name + " is not supported yet"), std::string::npos) << d;
    return;
  }
  GTEST_SKIP() << "every candidate std function has a native";
}


// Generics are monomorphized: each instance copies, compares and prints values by its real
// type (aggregates are copied on Dup, arrays of structs compare by value), methods of generic
// types get one proto per instance, and %T names the instance (outputs from go run 1.19).
TEST(Compiler, GenericInstancesUseTheirTypesValueSemantics) {
  Captured c = run(R"(package main

import "fmt"

type P struct{ X, Y int }

func Swap[T any](a, b *T) { *a, *b = *b, *a }

func Dup[T any](x T) (T, T) {
	y := x
	return x, y
}

type Box[T any] struct{ v T }

func (b *Box[T]) Set(v T) { b.v = v }
func (b Box[T]) Get() T   { return b.v }

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

func Eq[T comparable](a, b T) bool { return a == b }

func main() {
	a, b := P{1, 2}, P{3, 4}
	Swap(&a, &b)
	x, y := Dup([2]P{{5, 6}})
	x[0].X = 9
	fmt.Println(a, b, x, y)
	bx := Box[[]int]{}
	bx.Set([]int{7})
	var bi Box[P]
	bi.Set(P{1, 1})
	g := bi.Get()
	g.X = 5
	fmt.Println(bx.Get(), bi.Get(), g, Keys(map[P]string{{1, 2}: "a"}))
	var e1, e2 error
	fmt.Println(Eq(P{1, 2}, P{1, 2}), e1 == e2, Eq(1.5, 1.5), Eq("a", "b"))
	fmt.Printf("%T %T %v\n", bx, &bi, bi)
}
)");
  EXPECT_EQ(c.diags, "");
  EXPECT_EQ(c.status, 0);
  EXPECT_EQ(c.out,
            "{3 4} {1 2} [{9 6} {0 0}] [{5 6} {0 0}]\n[7] {1 1} {5 1} 1\ntrue true true false\n"
            "main.Box[[]int] *main.Box[main.P] {{1 1}}\n");
}

// A panic inside an instance names it as Go's tracebacks do.
TEST(Compiler, GenericInstanceTracebackName) {
  Captured c = run(R"(package main

func At[T any](xs []T, i int) T { return xs[i] }

type S[T any] struct{ xs []T }

func (s *S[T]) Last() T { return At(s.xs, len(s.xs)-1) }

func main() {
	var s S[string]
	_ = s.Last()
}
)");
  EXPECT_EQ(c.status, 2);
  EXPECT_NE(c.err.find("panic: runtime error: index out of range [-1]"), std::string::npos) << c.err;
  EXPECT_NE(c.err.find("main.At[...]("), std::string::npos) << c.err;
  EXPECT_NE(c.err.find("main.(*S[...]).Last("), std::string::npos) << c.err;
}

}  // namespace
}  // namespace gort

namespace gort {
namespace {

// The race detector is a compile option: only a race build has RACE instructions, one before
// each checked access (a box store/load here), so a normal run pays nothing for it.
size_t count_race(const vm::Module& m) {
  size_t n = 0;
  for (const vm::Proto& p : m.protos)
    for (const vm::Instr& in : p.code) n += in.op == vm::Opcode::RACE;
  return n;
}

TEST(Compiler, RaceChecksOnlyInARaceBuild) {
  const char* src = R"(package main
var g int
func main() {
	x := 0
	go func() { x = 1 }()
	g = x
})";
  for (bool race : {false, true}) {
    lang::Program prog;
    std::vector<lang::Diagnostic> d;
    lang::CheckOptions o;
    vm::Module m;
    ASSERT_TRUE(lang::check_source(src, "prog.go", o, prog, d));
    ASSERT_TRUE(lang::compile(prog, m, d, race));
    if (!race) {
      EXPECT_EQ(count_race(m), 0u);
      continue;
    }
    EXPECT_GE(count_race(m), 3u);  // x = 1, read of x, g = x
    for (const vm::Proto& p : m.protos)
      for (size_t i = 0; i < p.code.size(); ++i)
        if (p.code[i].op == vm::Opcode::RACE) {
          ASSERT_LT(i + 1, p.code.size());
          vm::Opcode next = p.code[i + 1].op;
          EXPECT_TRUE(next == vm::Opcode::BOX_LOAD || next == vm::Opcode::BOX_STORE ||
                      next == vm::Opcode::STOREG || next == vm::Opcode::LOADG);
        }
  }
}

}  // namespace
}  // namespace gort
