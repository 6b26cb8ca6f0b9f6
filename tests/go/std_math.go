// math functions and constants, float formatting of their results.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.5), math.Floor(-2.5), math.Ceil(2.1), math.Round(2.5), math.Trunc(-2.7))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Log(math.E), math.Log2(8), math.Log10(1000), math.Exp(1))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.Pi)
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Sin(1), math.Cos(1), math.Atan2(1, 2), math.Hypot(3, 4))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000))
	fmt.Println(float32(math.Pi), 1.0/3.0, float32(1.0)/3.0, 2.0/3.0*3.0)
}

// Output:
// 1.4142135623730951 1024 3.5 -3 3 3 -2
// 7 3 1 1 3 3 2.718281828459045
// +Inf -Inf NaN true true
// 9223372036854775807 -9223372036854775808 2147483647 3.141592653589793
// 0.8415 0.5403 0.4636 5.0000
// 4607182418800017408 2
// 3.1415927 0.3333333333333333 0.33333334 2
