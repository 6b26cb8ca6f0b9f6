// An invalid recursive struct type (a struct containing itself by value, directly and through
// an array): gc reports "invalid recursive type" with the cycle; gort must not crash.
package main

import "fmt"

type Node struct {
	val  int
	next Node
}

type A [2]B
type B struct{ a A }

func main() {
	var n Node
	fmt.Println(n.val)
}

// Output:
// Stderr:
// qa_compile_recursive_type.go:7:6: invalid recursive type
// qa_compile_recursive_type.go:12:6: invalid recursive type A
// Exit: 1
// go: skip go build fails by design; expectations use current Go's wording (gort's default language version), positions checked against go1.19 build
