// Type errors in a realistic program: mismatched operand types, wrong argument type, wrong
// number of return values, a missing return, assignment mismatch, calling a non-function and
// using a multi-value call in single-value context.
package main

import (
	"fmt"
	"strconv"
)

func half(n int) float64 {
	return n / 2
}

func parse(s string) (int, error) {
	if s == "" {
		return 0
	}
	return strconv.Atoi(s)
}

func sign(n int) int {
	if n > 0 {
		return 1
	} else if n < 0 {
		return -1
	}
}

func main() {
	a := 3
	b := 2.5
	fmt.Println(a + b)
	var s string = a
	x, y := half(4)
	n := strconv.Atoi("12")
	a()
	fmt.Println(s, x, y, n, parse, sign)
}

// Output:
// Stderr:
// qa_compile_types.go:12:9: cannot use n / 2 (value of type int) as float64 value in return statement
// qa_compile_types.go:17:10: not enough return values
// 	have (number)
// 	want (int, error)
// qa_compile_types.go:28:1: missing return
// qa_compile_types.go:33:14: invalid operation: a + b (mismatched types int and float64)
// qa_compile_types.go:34:17: cannot use a (variable of type int) as string value in variable declaration
// qa_compile_types.go:35:10: assignment mismatch: 2 variables but half returns 1 value
// qa_compile_types.go:36:7: assignment mismatch: 1 variable but strconv.Atoi returns 2 values
// qa_compile_types.go:37:2: invalid operation: cannot call non-function a (variable of type int)
// Exit: 1
// go: skip go build fails by design; expectations use current Go's wording (gort's default language version), positions checked against go1.19 build
