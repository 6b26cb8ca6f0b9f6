// Generics mistakes: a type argument that does not satisfy the constraint (a string for a
// Number, a slice for comparable), a type parameter that cannot be inferred, a generic function
// used without instantiation, and an operator the constraint does not allow.
package main

import "fmt"

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func Zero[T any]() T {
	var z T
	return z
}

func Max[T any](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Sum([]string{"a"}))
	fmt.Println(Index([][]int{{1}}, []int{1}))
	fmt.Println(Zero())
	f := Sum
	fmt.Println(f, Max(1, 2))
}

// Output:
// Stderr:
// qa2_compile_generics_learner.go:35:5: invalid operation: a > b (type parameter T is not comparable with >)
// qa2_compile_generics_learner.go:42:17: string does not satisfy Number (string missing in ~int | ~float64)
// qa2_compile_generics_learner.go:43:19: []int does not satisfy comparable
// qa2_compile_generics_learner.go:44:18: in call to Zero, cannot infer T (declared at qa2_compile_generics_learner.go:29:11)
// qa2_compile_generics_learner.go:45:7: cannot use generic function Sum without instantiation
// Exit: 1
// go: skip go build fails by design; expectations use current Go's wording (gort's default language version), positions checked against go1.19 build
