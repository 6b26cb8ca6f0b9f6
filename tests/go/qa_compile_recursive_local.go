// Invalid recursive types used as map keys or compared: local types and through an alias
// (once a SIGSEGV: comparability recursed without bound; local types were not cycle-checked).
package main

import "fmt"

type T struct{ next [1]T }

type U = map[T]int

var u U

func f() {
	type L struct{ a [2]L }
	var m map[L]int
	fmt.Println(m, L{} == L{})
}

func main() {
	f()
	fmt.Println(u)
}

// Stderr:
// qa_compile_recursive_local.go:7:6: invalid recursive type: T refers to itself
// qa_compile_recursive_local.go:14:7: invalid recursive type: L refers to itself
// Exit: 1
// go: skip go build fails by design; go1.19 words it "invalid recursive type T" + "T refers to" lines (same positions)
