// Compile errors in generic code (types2's wording, current Go): operations the type set does
// not allow, unsatisfied constraints, failed inference, uninstantiated generic functions and
// types, wrong type argument counts; gc stops at the 10th error.
// go: skip go build fails by design; expectations use current Go's wording (gort's default language version), positions checked against go1.19 build
package main

func Index[T comparable](xs []T, v T) int { return 0 }
func Map[T, U any](xs []T) []U { return nil }

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T { var s T; return s }
func Eq[T any](a, b T) bool { return a == b }
func Add[T any](a, b T) T { return a + b }
func Less[T comparable](a, b T) bool { return a < b }

type Stack[T any] struct{ items []T }

func main() {
	Index([][]int{}, nil)
	_ = Map([]int{})
	f := Sum
	_ = f
	Sum([]string{})
	var s Stack
	_ = s
	_ = Index[int, int]
	_ = Stack[int, string]{}
}

// Output:
// Stderr:
// generics_err_ops.go:15:38: invalid operation: a == b (incomparable types in type set)
// generics_err_ops.go:16:36: invalid operation: operator + not defined on a (variable of type T constrained by any)
// generics_err_ops.go:17:47: invalid operation: a < b (type parameter T is not comparable with <)
// generics_err_ops.go:22:7: []int does not satisfy comparable
// generics_err_ops.go:23:9: in call to Map, cannot infer U (declared at generics_err_ops.go:8:13)
// generics_err_ops.go:24:7: cannot use generic function Sum without instantiation
// generics_err_ops.go:26:5: string does not satisfy Number (string missing in ~int | ~int64 | ~float64)
// generics_err_ops.go:27:8: cannot use generic type Stack[T any] without instantiation
// generics_err_ops.go:29:17: got 2 type arguments but want 1
// generics_err_ops.go:30:6: too many type arguments for type Stack: have 2, want 1
// generics_err_ops.go:30:6: too many errors
// Exit: 1
