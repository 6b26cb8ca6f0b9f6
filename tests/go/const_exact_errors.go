// go: skip the oracle's message has a different file name and `go build` adds a header line
// Constant errors as gc reports them (checked by hand against Go 1.19's go run): integer
// constants beyond 512 bits overflow at the operator, default-typed constants must fit their
// type, float -> integer is "truncated", floats print as go/constant spells them.
package main

import "fmt"

const c = 1 << 511

func main() {
	const d = c * 4
	x := 1 << 100
	var i int8 = 1e6
	var f = 1e400
	var g float32 = 1e39
	fmt.Println(d, x, i, f, g, int(1e100))
}

// Output:
// Stderr:
// const_exact_errors.go:12:14: constant multiplication overflow
// const_exact_errors.go:13:7: cannot use 1 << 100 (untyped int constant 1267650600228229401496703205376) as int value in assignment (overflows)
// const_exact_errors.go:14:15: cannot use 1e6 (untyped float constant 1e+06) as int8 value in variable declaration (truncated)
// const_exact_errors.go:15:10: cannot use 1e400 (untyped float constant 1e+400) as float64 value in variable declaration (overflows)
// const_exact_errors.go:16:18: cannot use 1e39 (untyped float constant 1e+39) as float32 value in variable declaration (overflows)
// const_exact_errors.go:17:33: cannot convert 1e100 (untyped float constant 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000) to type int
// Exit: 1
