// Functions: variadics (with and without spread), multiple and named results, closures as
// generators and accumulators, func types as values and map values, method values and method
// expressions, recursion (mutual and memoized), and functions returning functions.
package main

import (
	"fmt"
	"strings"
)

type Op func(int, int) int

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) Get() int  { return c.n }

func sum(label string, nums ...int) (total int, count int) {
	for _, n := range nums {
		total += n
	}
	count = len(nums)
	return
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return q, r
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

var memo = map[int]int{}

func fib(n int) int {
	if n < 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	memo[n] = fib(n-1) + fib(n-2)
	return memo[n]
}

func apply(op Op, a, b int) int { return op(a, b) }

func main() {
	fmt.Println(sum("none"))
	fmt.Println(sum("some", 1, 2, 3))
	xs := []int{4, 5, 6}
	t, c := sum("spread", xs...)
	fmt.Println(t, c)
	fmt.Println(divmod(17, 5))
	q, _ := divmod(-17, 5)
	fmt.Println(q, -17%5)

	f := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(apply(ops["add"], 3, 4), apply(ops["mul"], 3, 4), ops["sub"] == nil)

	shout := compose(strings.ToUpper, func(s string) string { return s + "!" }, strings.TrimSpace)
	fmt.Println(shout("  hello "))

	var cnt Counter
	inc := cnt.Inc
	inc()
	inc()
	get := cnt.Get
	inc()
	fmt.Println(cnt.n, get(), cnt.Get())
	incExpr := (*Counter).Inc
	getExpr := Counter.Get
	incExpr(&cnt)
	fmt.Println(getExpr(cnt))

	fmt.Println(isEven(10), isOdd(7), fib(50), fib(90))

	var funcs []func() int
	for i := 0; i < 3; i++ {
		i := i
		funcs = append(funcs, func() int { return i * i })
	}
	for _, fn := range funcs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	acc := func() func(int) int {
		total := 0
		return func(x int) int { total += x; return total }
	}()
	acc(10)
	acc(5)
	fmt.Println(acc(1))
	fmt.Printf("%T\n", apply)
	var nilFunc func()
	fmt.Println(nilFunc == nil)
	func(msg string) { fmt.Println("iife", msg) }("now")
}

// Output:
// 0 0
// 6 3
// 15 3
// 3 2
// -3 -2
// 0 1 1 2 3 5 8 13 21 34 
// 7 12 true
// HELLO !
// 3 2 3
// 4
// true true 12586269025 2880067194370816120
// 0 1 4 
// 16
// func(main.Op, int, int) int
// true
// iife now
