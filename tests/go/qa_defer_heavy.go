// Heavy defer use: a panic unwinding 50k frames that each defer a closure, recovered at the top,
// and 100k deferred calls in one function modifying a named result.
package main

import "fmt"

var count int

func deep(n int) {
	defer func() { count++ }()
	if n == 0 {
		panic("bottom")
	}
	deep(n - 1)
}

func many() (s int) {
	for i := 0; i < 100000; i++ {
		defer func(i int) { s += i }(i)
	}
	return 0
}

func main() {
	func() {
		defer func() { fmt.Println("recovered", recover(), count) }()
		deep(50000)
	}()
	fmt.Println(many())
}

// Output:
// recovered bottom 50001
// 4999950000
