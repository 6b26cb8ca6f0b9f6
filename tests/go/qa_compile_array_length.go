// Invalid array lengths are compile errors with types2's wording (once an uncaught C++
// exception for nil: std::out_of_range from the operand text), and so is a negative index
// in a slice literal (once a run-time panic).
package main

import "fmt"

func f[T ~[2]int](x T) {
	var a [len(x)]int
	fmt.Println(a)
}

var n = 3

func main() {
	var a [n]int
	var b [nil]int
	var c [(nil)]int
	var d [1.5]int
	var e ["x"]int
	var g [-1]int
	var h [1 << 63]int
	var i = []int{-1: 1}
	var j interface{} = nil.(int)
	fmt.Println(a, b, c, d, e, g, h, i, j)
}

// Stderr:
// qa_compile_array_length.go:9:9: array length len(x) (value of type int) must be constant
// qa_compile_array_length.go:16:9: invalid array length n
// qa_compile_array_length.go:17:9: invalid array length nil
// qa_compile_array_length.go:18:9: array length nil must be constant
// qa_compile_array_length.go:19:9: array length 1.5 (untyped float constant) must be integer
// qa_compile_array_length.go:20:9: array length "x" (untyped string constant) must be integer
// qa_compile_array_length.go:21:9: invalid array length -1 (untyped int constant)
// qa_compile_array_length.go:22:9: array length 1 << 63 (untyped int constant 9223372036854775808) must be integer
// qa_compile_array_length.go:23:16: invalid argument: index -1 (constant of type int) must not be negative
// qa_compile_array_length.go:24:22: invalid operation: nil is not an interface
// Exit: 1
// go: skip go build fails by design; every line checked against go1.19 build
