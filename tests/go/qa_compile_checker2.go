// More checker errors: redeclaration, an unused expression result, a constant index out of
// range, append on a non-slice, ! on an int, nil assigned to an int, an invalid recursive
// type, and calling a method that does not exist on a named type.
package main

import "fmt"

type Node struct {
	val  int
	next Node
}

type Temp float64

func main() {
	x := 1
	var x int
	x + 1
	arr := [3]int{}
	fmt.Println(arr[5])
	n := 5
	n = append(n, 1)
	fmt.Println(!n)
	var k int = nil
	t := Temp(3)
	t.Fahrenheit()
	fmt.Println(k, t)
}

// Output:
// Stderr:
// qa_compile_checker2.go:8:6: invalid recursive type
// qa_compile_checker2.go:17:6: x redeclared in this block
// 	qa_compile_checker2.go:16:2: other declaration of x
// qa_compile_checker2.go:18:2: x + 1 (value of type int) is not used
// qa_compile_checker2.go:20:18: invalid argument: index 5 out of bounds [0:3]
// qa_compile_checker2.go:22:13: first argument to append must be a slice; have n (variable of type int)
// qa_compile_checker2.go:23:15: invalid operation: operator ! not defined on n (variable of type int)
// qa_compile_checker2.go:24:14: cannot use nil as int value in variable declaration
// qa_compile_checker2.go:26:4: t.Fahrenheit undefined (type Temp has no field or method Fahrenheit)
// Exit: 1
// go: skip go build fails by design; expectations use current Go's wording (gort's default language version), positions checked against go1.19 build
