// Untyped constant expressions are exact (arbitrary precision) and round only when they get
// a type: (1e20-1.5)-1e20 is -1.5, 1<<100>>98 is 4, float32(0.1) rounds 0.1 once.
// Checked against Go 1.19.
package main

import (
	"fmt"
	"math"
)

const big = 1 << 100
const huge = 1e300

func main() {
	fmt.Println((1e20 - 1.5) - 1e20)
	fmt.Println(big>>98, big/(big>>3), big%7)
	fmt.Println(huge * huge / huge)
	fmt.Println(math.MaxUint64/3, uint64(math.MaxUint64>>1), uint64(math.MaxUint64-math.MaxInt64))
	const x = 0.1
	fmt.Println(float32(x), float64(x), float32(x) == float32(0.1))
	var f32 float32 = x * 3
	fmt.Println(f32, x*3 == 0.3, 0.1+0.2 == 0.3)
	fmt.Println(7/2, 7/2.0, -7/2, -7%3, (1<<70)/(1<<68))
	const third = 1.0 / 3
	fmt.Println(third*3 == 1, third)
	fmt.Println(math.Pi*1e10, math.MaxFloat64/2*2)
	fmt.Println(complex(1, 2)*complex(3, 4), real(complex(1e20, 1)-1e20))
	fmt.Println(^0, ^uint8(3), -(-128), 1<<63-1, math.MinInt64)
	fmt.Println(1e-7, 0.000001*3, 1e100/3)
	fmt.Printf("%.20f\n", 0.1+0.2)
	fmt.Println(math.SmallestNonzeroFloat64, math.MaxFloat32, float32(math.MaxFloat32))
	fmt.Println(4.9406564584124654e-324/2 == 0, 1e400/1e399, (1<<511)>>509)
	fmt.Println(-5>>1, -1<<3, 0x7fffffffffffffff*2/2, 9007199254740993.0)
	const c = 1e-400 * 1e400
	fmt.Println(c, float32(16777217), int64(1e18+1))
}

// Output:
// -1.5
// 4 8 2
// 1e+300
// 6148914691236517205 9223372036854775807 9223372036854775808
// 0.1 0.1 true
// 0.3 true true
// 3 3.5 -3 -1 4
// true 0.3333333333333333
// 3.1415926535897934e+10 1.7976931348623157e+308
// (-5+10i) 0
// -1 252 128 9223372036854775807 -9223372036854775808
// 1e-07 3e-06 3.333333333333333e+99
// 0.29999999999999998890
// 5e-324 3.4028234663852886e+38 3.4028235e+38
// false 10 4
// -3 -8 9223372036854775807 9.007199254740992e+15
// 1 1.6777216e+07 1000000000000000001
