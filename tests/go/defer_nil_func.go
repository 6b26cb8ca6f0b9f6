// defer of a nil func value panics when the deferred call runs (at function exit, after the
// other statements), not at the defer statement; during a panic it is a new panic.
package main

import "fmt"

func f() {
	var g func()
	defer fmt.Println("deferred print runs")
	defer g()
	fmt.Println("after defer statement")
}

func h() {
	defer func() { fmt.Println("h recovered:", recover()) }()
	var g func(int)
	defer g(1)
	panic("first")
}

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	h()
	f()
}

// Output:
// h recovered: runtime error: invalid memory address or nil pointer dereference
// after defer statement
// deferred print runs
// recovered: runtime error: invalid memory address or nil pointer dereference
