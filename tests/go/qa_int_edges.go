// Integer edge cases that are undefined behaviour in C++ but defined in Go: MinInt / -1 and
// MinInt % -1 for every width, and shifts by counts >= the operand width (signed and unsigned).
package main

import (
	"fmt"
	"math"
)

func divEdges() {
	x := int64(math.MinInt64)
	y := int64(-1)
	fmt.Println(x/y, x%y)
	var a int32 = math.MinInt32
	var b int32 = -1
	fmt.Println(a/b, a%b)
	var c int8 = -128
	var d int8 = -1
	fmt.Println(c/d, c%d)
	n := math.MinInt
	m := -1
	fmt.Println(n/m, n%m)
	x /= y
	fmt.Println(x)
}

func main() {
	divEdges()
	x := 1
	neg := -8
	var u8 uint8 = 0xff
	var i16 int16 = -1
	for _, s := range []uint{0, 1, 7, 8, 15, 16, 31, 32, 63, 64, 65, 200} {
		fmt.Println(s, x<<s, neg>>s, u8<<s, u8>>s, i16<<s, i16>>s, uint64(1)<<s, uint32(0x80000000)>>s)
	}
	var big uint64 = 1 << 63
	fmt.Println(big>>63, big<<1, int64(big)>>63)
}

// Output:
// -9223372036854775808 0
// -2147483648 0
// -128 0
// -9223372036854775808 0
// -9223372036854775808
// 0 1 -8 255 255 -1 -1 1 2147483648
// 1 2 -4 254 127 -2 -1 2 1073741824
// 7 128 -1 128 1 -128 -1 128 16777216
// 8 256 -1 0 0 -256 -1 256 8388608
// 15 32768 -1 0 0 -32768 -1 32768 65536
// 16 65536 -1 0 0 0 -1 65536 32768
// 31 2147483648 -1 0 0 0 -1 2147483648 1
// 32 4294967296 -1 0 0 0 -1 4294967296 0
// 63 -9223372036854775808 -1 0 0 0 -1 9223372036854775808 0
// 64 0 -1 0 0 0 -1 0 0
// 65 0 -1 0 0 0 -1 0 0
// 200 0 -1 0 0 0 -1 0 0
// 1 0 -1
