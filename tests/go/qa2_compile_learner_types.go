// Type mistakes learners make: mixing int and float64 in arithmetic and comparison, string +
// int, assigning a string to a byte, comparing structs containing slices, a slice as a map
// key, dereferencing a non-pointer, an unexported name from fmt, an undefined variable, and
// an unused aliased import.
package main

import (
	"fmt"
	m "math"
	"strings"
)

type Bag struct {
	Items []string
}

func main() {
	count := 3
	price := 2.5
	total := count * price
	if count > price {
		fmt.Println("more")
	}
	label := "total: " + count
	var b byte = "a"
	x, y := Bag{}, Bag{}
	fmt.Println(x == y)
	seen := map[[]int]bool{}
	fmt.Println(*count)
	fmt.println("hi")
	fmt.Println(totl, strings.ToUpper("a"), total, label, b, seen)
}

// Output:
// Stderr:
// qa2_compile_learner_types.go:9:2: "math" imported as m and not used
// qa2_compile_learner_types.go:20:11: invalid operation: count * price (mismatched types int and float64)
// qa2_compile_learner_types.go:21:13: invalid operation: count > price (mismatched types int and float64)
// qa2_compile_learner_types.go:24:11: invalid operation: "total: " + count (mismatched types untyped string and int)
// qa2_compile_learner_types.go:25:15: cannot use "a" (untyped string constant) as byte value in variable declaration
// qa2_compile_learner_types.go:27:14: invalid operation: x == y (struct containing []string cannot be compared)
// qa2_compile_learner_types.go:28:14: invalid map key type []int
// qa2_compile_learner_types.go:29:15: invalid operation: cannot indirect count (variable of type int)
// qa2_compile_learner_types.go:30:6: undefined: fmt.println
// qa2_compile_learner_types.go:31:14: undefined: totl
// qa2_compile_learner_types.go:9:2: too many errors
// Exit: 1
// go: skip go build fails by design; expectations use current Go's wording (gort's default language version), positions checked against go1.19 build
