// go: skip range over functions is Go 1.23 (the oracle is Go 1.19); expected output follows the spec
// Range over functions: a defer in the loop body runs when the enclosing function returns (not
// per iteration, and after the iterator's own deferred calls), deferred closures see each
// iteration's variable and can change named results, a panic in the body unwinds through the
// iterator, and the run-time checks panic as Go's do (recovered here to print them).
package main

import (
	"fmt"
	"runtime"
)

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("  iterator returns")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func run() {
	defer fmt.Println("run: first defer")
	for i := range count(3) {
		defer fmt.Println("body defer", i)
		fmt.Println("body", i)
	}
	fmt.Println("run: after loop")
}

func total() (sum int) {
	for i := range count(4) {
		defer func() { sum += i }()
	}
	return 100
}

func nested() {
	for i := range count(2) {
		for j := range count(2) {
			defer fmt.Println("nested defer", i, j)
		}
	}
	fmt.Println("nested: loops over")
}

func safe() (err any) {
	defer func() { err = recover() }()
	for i := range count(5) {
		if i == 2 {
			panic(fmt.Sprint("boom at ", i))
		}
	}
	return nil
}

var saved func(int) bool

func keep(yield func(int) bool) {
	saved = yield
	yield(1)
}

func ignoresFalse(yield func(int) bool) {
	yield(1)
	yield(2)
}

func swallow(yield func(int) bool) {
	defer func() { recover() }()
	yield(1)
}

func recallAfterPanic(yield func(int) bool) {
	func() {
		defer func() { fmt.Println("iterator recovered:", recover()) }()
		yield(1)
	}()
	yield(2)
}

func check(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Println(name+":", r, isRuntime)
	}()
	f()
}

func main() {
	run()
	fmt.Println("total", total())
	nested()
	fmt.Println("safe:", safe())

	check("continued", func() {
		for x := range ignoresFalse {
			fmt.Println("x", x)
			break
		}
	})
	check("exhausted", func() {
		for x := range keep {
			fmt.Println("kept", x)
		}
		saved(2)
	})
	check("after panic", func() {
		for x := range recallAfterPanic {
			panic(fmt.Sprint("body panic ", x))
		}
	})
	check("swallowed", func() {
		for range swallow {
			panic("body panic")
		}
	})
}

// Output:
// body 0
// body 1
// body 2
//   iterator returns
// run: after loop
// body defer 2
// body defer 1
// body defer 0
// run: first defer
//   iterator returns
// total 106
//   iterator returns
//   iterator returns
//   iterator returns
// nested: loops over
// nested defer 1 1
// nested defer 1 0
// nested defer 0 1
// nested defer 0 0
//   iterator returns
// safe: boom at 2
// x 1
// continued: runtime error: range function continued iteration after function for loop body returned false true
// kept 1
// exhausted: runtime error: range function continued iteration after whole loop exit true
// iterator recovered: body panic 1
// after panic: runtime error: range function continued iteration after loop body panic true
// swallowed: runtime error: range function recovered a loop body panic and did not resume panicking true
