// A panic recovered, re-panicked and recovered again must not show up in a later uncaught
// panic's message. Found by tests/diff (gen.mjs).
// (tests/go Stderr blocks match substrings in order, so this file cannot catch gort's extra
// "panic: first [recovered]" line: tests/diff/run.mjs compares the first panic line exactly.)
package main

import "fmt"

func f() {
	defer func() { fmt.Println("recovered:", recover()) }()
	defer func() {
		v := recover()
		panic(fmt.Sprint("again: ", v))
	}()
	panic("first")
}

func main() {
	f()
	z := 0
	fmt.Println(10 / z)
}

// Output:
// recovered: again: first
//
// Stderr:
// panic: runtime error: integer divide by zero
// goroutine 1 [running]:
//
// Exit: 2
