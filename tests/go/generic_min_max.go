// The min and max built-ins (Go 1.21) on operands of a type parameter whose type set is
// ordered: cmp.Ordered, a union of numeric types, ~string; with untyped constants that
// convert to every type of the set. On floats (the spec's rules): a NaN argument gives NaN
// wherever it stands, and -0 is less than +0.
package main

import (
	"cmp"
	"fmt"
	"math"
)

type Celsius float64

func Max[T cmp.Ordered](a, b T) T      { return max(a, b) }
func Min3[T cmp.Ordered](a, b, c T) T  { return min(a, b, c) }
func Clamp[T ~int | ~float64](x T) T   { return max(0, min(x, 100)) }
func Longest[S ~string](a, b S) S      { return max(a, b) }
func MinOf[T cmp.Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		m = min(m, x)
	}
	return m
}

func main() {
	fmt.Println(Max(1, 2), Max("apple", "banana"), Max(2.5, -1.0), Max(Celsius(3), Celsius(-4)))
	fmt.Println(Min3(3, 1, 2), Min3("b", "c", "a"))
	fmt.Println(Clamp(-5), Clamp(50), Clamp(500), Clamp(12.5), Clamp(Celsius(101)))
	fmt.Println(Longest("go", "gopher"))
	fmt.Println(MinOf(5, 3, 9, 4), MinOf("x", "y"))
	fmt.Println(Max(math.NaN(), 1), Min3(1, math.NaN(), 0), Max(math.Inf(-1), -1e308))

	// Not generic: any NaN argument gives NaN wherever it stands; -0 is less than +0.
	n, one, zero, negZero := math.NaN(), 1.0, 0.0, math.Copysign(0, -1)
	fmt.Println(min(one, n, zero), min(n, one), min(one, n), max(one, n, zero), max(zero, one, n))
	var f32 float32 = float32(n)
	fmt.Println(min(f32, 1), max(float32(2), f32), min(float32(2), 1.5))
	fmt.Println(1/min(zero, negZero), 1/min(negZero, zero), 1/max(negZero, zero), 1/max(zero, negZero))
}

// Output:
// 2 banana 2.5 3
// 1 a
// 0 50 100 12.5 100
// gopher
// 3 x
// NaN NaN -1e+308
// NaN NaN NaN NaN NaN
// NaN NaN 1.5
// -Inf -Inf +Inf +Inf
// go: skip min and max are Go 1.21 built-ins and cmp a Go 1.21 package (the oracle is Go 1.19); the output follows the spec's "Min and max" section
