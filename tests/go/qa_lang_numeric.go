// Numbers: integer overflow wrapping for every width, unsigned underflow, shifts, bit ops,
// conversions (float->int truncation, int->float), constants with iota (skips, expressions,
// typed), float formatting with Println/%v/%g/%e/%f, and division semantics.
package main

import (
	"fmt"
	"math"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu"}[d]
}

type Size uint64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

const (
	a = iota * 10
	b
	c = "str"
	d
	e = iota
)

func main() {
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	var i16 int16 = -32768
	i16--
	var u32 uint32 = 1 << 31
	u32 *= 2
	var i64 int64 = math.MaxInt64
	i64++
	var u uint = 3
	fmt.Println(i8, u8, i16, u32, i64, u-4 > 0)
	x := 200
	fmt.Println(int8(x), uint8(x+100), int16(x*350), uint16(x*350))
	fmt.Println(1<<10, -8>>1, 0xF0&0x3C, 0xF0|0x0F, 6^3, 6&^3, ^5)
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2)
	f := 3.99
	fmt.Println(int(f), int(-f), float64(7)/2, math.Round(2.5), math.Floor(-2.5))
	fmt.Println(Sunday, Monday, Thursday, Weekday(2))
	fmt.Printf("%d %v %s\n", Tuesday, Tuesday, Tuesday)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d, e)

	fmt.Println(0.1+0.2, 1.0, 1e21, 1e20, 123456789.0, 1e-5, 0.000123)
	fmt.Println(float32(0.1), float32(1)/3, 2.0/3)
	fmt.Printf("%v %g %e %f %.2f %8.3f|%-8.2f|\n", 1.5, 1e6, 123456.789, math.Pi, math.Pi, math.E, 2.5)
	fmt.Printf("%6.2f%% %x %o %b %08b %X %#x\n", 12.3456, 255, 8, 5, 5, 3054, 255)
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), -0.0, math.Copysign(0, -1))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.SmallestNonzeroFloat64, math.MaxFloat64)
	var zero float64
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.2), math.Max(3, 7), math.Mod(7, 3))
	n := 1
	for i := 0; i < 70; i++ {
		n *= 3
	}
	fmt.Println(n)
	var h uint32 = 2166136261
	for _, ch := range []byte("hash me") {
		h ^= uint32(ch)
		h *= 16777619
	}
	fmt.Println(h)
	fmt.Println(len("héllo"), complexLike(3, 4))
}

func complexLike(re, im float64) string {
	return fmt.Sprintf("(%g%+gi) |%v|", re, im, math.Hypot(re, im))
}

// Output:
// -128 255 32767 0 -9223372036854775808 true
// -56 44 4464 4464
// 1024 -4 48 255 5 4 -6
// 3 -3 1 -1 3.5
// 3 -3 3.5 3 -3
// Sun Mon Thu Tue
// 2 Tue Tue
// 1024 1048576 1073741824
// 0 10 str str 4
// 0.3 1 1e+21 1e+20 1.23456789e+08 1e-05 0.000123
// 0.1 0.33333334 0.6666666666666666
// 1.5 1e+06 1.234568e+05 3.141593 3.14    2.718|2.50    |
//  12.35% ff 10 101 00000101 BEE 0xff
// +Inf -Inf NaN 0 -0
// 9223372036854775807 -9223372036854775808 4294967295 5e-324 1.7976931348623157e+308
// +Inf -Inf false
// 1.4142135623730951 1024 3.2 7 1
// 2293070008301402073
// 2372640957
// 6 (3+4i) |5|
