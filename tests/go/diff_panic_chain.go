// A panic recovered, re-panicked and recovered again must not show up in a later uncaught
// panic's message. Found by tests/diff (gen.mjs).
// (Fixed: gort printed an extra "panic: first [recovered]" line. tests/go Stderr blocks match
// substrings in order, so tests/diff/run.mjs, which compares the first panic line, found it.)
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
