// A float32 constant overflows only if it rounds to infinity: 3.4028235e38 (just above
// MaxFloat32) rounds to it, as in Go.
package main

import (
	"fmt"
	"math"
)

func main() {
	var f float32 = 3.4028235e38
	fmt.Println(f, f == math.MaxFloat32, float32(1e-46), float32(-3.40282356e38))
}

// Output:
// 3.4028235e+38 true 0 -3.4028235e+38
