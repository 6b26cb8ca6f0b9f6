package main

import (
	"fmt"
	"math"
)

func main() {
	var a int8 = 127
	a++
	var b uint8 = 0
	b--
	var c int32 = math.MaxInt32
	c += 1
	x := int64(math.MinInt64)
	y := int64(-1)
	fmt.Println(a, b, c, x/y, x%y, -7/2, -7%2)
	var u uint64 = 0
	u--
	big, neg := 70000, -40000
	fmt.Println(u, uint16(big), int16(neg))
}

// Output:
// -128 255 -2147483648 -9223372036854775808 0 -3 -1
// 18446744073709551615 4464 25536
