// Compile errors around constraints: len/-/conversion/nil not allowed by a type set, a
// constraint interface used as a value type, methods and type sets not satisfied.
// go: skip go build fails by design; expectations use current Go's wording (gort's default language version), positions checked against go1.19 build
package main

import "fmt"

type Number interface {
	~int | ~float64
}

type Stringer interface{ String() string }

type T1 struct{}

func Print[S Stringer](s S) { fmt.Println(s.String()) }
func Double[N Number](n N) N  { return n * 2 }
func Keys[K comparable, V any](m map[K]V) []K { return nil }
func Bad[T any](x T) int      { return len(x) }
func Neg[T any](x T) T         { return -x }
func Conv[T Number](x T) string { return string(x) }
func Nil[T any](x T) bool      { return x == nil }

var n Number

func main() {
	Print(T1{})
	Double("x")
	Keys[[]int, int](nil)
	fmt.Println(Double[int8])
}

// Output:
// Stderr:
// generics_err_satisfy.go:19:44: invalid argument: x (variable of type T constrained by any) for built-in len
// generics_err_satisfy.go:20:42: invalid operation: operator - not defined on x (variable of type T constrained by any)
// generics_err_satisfy.go:21:49: cannot convert x (variable of type T constrained by Number) to type string:
// 	cannot convert float64 (in T) to string
// generics_err_satisfy.go:22:46: invalid operation: x == nil (mismatched types T and untyped nil)
// generics_err_satisfy.go:24:7: cannot use type Number outside a type constraint: interface contains type constraints
// generics_err_satisfy.go:27:7: T1 does not satisfy Stringer (missing method String)
// generics_err_satisfy.go:28:8: string does not satisfy Number (string missing in ~int | ~float64)
// generics_err_satisfy.go:29:7: []int does not satisfy comparable
// generics_err_satisfy.go:30:21: int8 does not satisfy Number (int8 missing in ~int | ~float64)
// Exit: 1
