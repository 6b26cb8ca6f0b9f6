// Constant errors: overflowing a byte, a truncated float constant assigned to an int, integer
// division by a constant zero, a shift of a float constant, and an untyped constant too big for
// int passed to Println.
package main

import "fmt"

func main() {
	var b byte = 255
	b = 256
	var n int
	n = 1.5
	x := 10 / 0
	y := 2.5 << 1
	fmt.Println(1 << 70)
	fmt.Println(b, n, x, y)
}

// Output:
// Stderr:
// qa_compile_consts.go:10:6: cannot use 256 (untyped int constant) as byte value in assignment (overflows)
// qa_compile_consts.go:12:6: cannot use 1.5 (untyped float constant) as int value in assignment (truncated)
// qa_compile_consts.go:13:12: invalid operation: division by zero
// qa_compile_consts.go:14:7: invalid operation: shifted operand 2.5 (untyped float constant) must be integer
// qa_compile_consts.go:15:14: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in argument to fmt.Println (overflows)
// Exit: 1
// go: skip go build fails by design; expectations use current Go's wording (gort's default language version), positions checked against go1.19 build
