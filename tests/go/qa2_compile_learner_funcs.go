// Function mistakes learners make: a missing return after if/else-if, after a switch without
// default and after a for loop with a condition; too few and too many arguments; a result used
// from a function that returns nothing; a multi-value call in a single-value context.
package main

import (
	"fmt"
	"strconv"
)

func sign(n int) string {
	if n > 0 {
		return "+"
	} else if n < 0 {
		return "-"
	}
}

func grade(s int) string {
	switch {
	case s >= 90:
		return "A"
	case s >= 50:
		return "B"
	}
}

func find(xs []int, x int) int {
	for i := 0; i < len(xs); i++ {
		if xs[i] == x {
			return i
		}
	}
}

func forever() int {
	for {
	}
}

func add(a, b int) int { return a + b }

func hello() { fmt.Println("hello") }

func main() {
	fmt.Println(add(1))
	fmt.Println(add(1, 2, 3))
	x := hello()
	n := strconv.Atoi("3") + 1
	fmt.Println(sign(1), grade(2), find(nil, 3), forever(), x, n)
}

// Output:
// Stderr:
// qa2_compile_learner_funcs.go:17:1: missing return
// qa2_compile_learner_funcs.go:26:1: missing return
// qa2_compile_learner_funcs.go:34:1: missing return
// qa2_compile_learner_funcs.go:46:18: not enough arguments in call to add
// 	have (number)
// 	want (int, int)
// qa2_compile_learner_funcs.go:47:24: too many arguments in call to add
// 	have (number, number, number)
// 	want (int, int)
// qa2_compile_learner_funcs.go:48:7: hello() (no value) used as value
// qa2_compile_learner_funcs.go:49:7: multiple-value strconv.Atoi("3") (value of type (int, error)) in single-value context
// Exit: 1
// go: skip go build fails by design; expectations use current Go's wording (gort's default language version), positions checked against go1.19 build
