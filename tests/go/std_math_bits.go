// math/bits: every function family, with Go's panics of Div.
package main

import (
	"fmt"
	"math/bits"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Println(name, "panic:", r, isErr)
	}()
	f()
}

func main() {
	fmt.Println(bits.UintSize)
	fmt.Println(bits.LeadingZeros(1), bits.LeadingZeros8(1), bits.LeadingZeros16(0), bits.LeadingZeros32(255), bits.LeadingZeros64(1<<40))
	fmt.Println(bits.TrailingZeros(8), bits.TrailingZeros8(0), bits.TrailingZeros16(1<<15), bits.TrailingZeros32(0), bits.TrailingZeros64(1<<63))
	fmt.Println(bits.OnesCount(255), bits.OnesCount8(7), bits.OnesCount16(0xffff), bits.OnesCount32(0xf0f0f0f0), bits.OnesCount64(^uint64(0)))
	fmt.Println(bits.RotateLeft(1, -1) == 1<<(bits.UintSize-1), bits.RotateLeft8(0x81, 1), bits.RotateLeft16(1, 17), bits.RotateLeft32(0x80000000, 1), bits.RotateLeft64(3, -1))
	fmt.Printf("%08b %x %x %x\n", bits.Reverse8(0x13), bits.Reverse16(0x1), bits.Reverse32(0x1), bits.Reverse64(0xf))
	fmt.Printf("%x %x %x\n", bits.ReverseBytes16(0x1234), bits.ReverseBytes32(0x12345678), bits.ReverseBytes64(0x0102030405060708))
	fmt.Println(bits.Len(0), bits.Len8(8), bits.Len16(0x100), bits.Len32(1<<31), bits.Len64(1<<63))
	s, c := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(s, c)
	s32, c32 := bits.Add32(1<<31, 1<<31, 1)
	fmt.Println(s32, c32)
	d, b := bits.Sub64(0, 1, 0)
	fmt.Println(d, b)
	d32, b32 := bits.Sub32(5, 3, 1)
	fmt.Println(d32, b32)
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	h32, l32 := bits.Mul32(0xffffffff, 0xffffffff)
	fmt.Println(h32, l32)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r, bits.Rem64(5, 7, 3))
	q32, r32 := bits.Div32(1, 2, 7)
	fmt.Println(q32, r32, bits.Rem32(9, 1, 4))
	hu, lu := bits.Mul(3, 4)
	qu, ru := bits.Div(0, 13, 4)
	su, cu := bits.Add(1, 2, 1)
	du, bu := bits.Sub(1, 2, 0)
	fmt.Println(hu, lu, qu, ru, su, cu, du == ^uint(0), bu)
	try("Div64 zero", func() { bits.Div64(0, 1, 0) })
	try("Div64 overflow", func() { bits.Div64(5, 0, 3) })
	try("Div32 overflow", func() { bits.Div32(3, 0, 3) })
	try("Rem64 zero", func() { bits.Rem64(1, 1, 0) })
}

// Output:
// 64
// 63 7 16 24 23
// 3 8 15 32 63
// 8 3 16 16 64
// true 3 2 1 9223372036854775809
// 11001000 8000 80000000 f000000000000000
// 3412 78563412 807060504030201
// 0 4 9 32 64
// 0 1
// 1 1
// 18446744073709551615 1
// 1 0
// 2 0
// 4294967294 1
// 6148914691236517205 1 0
// 613566756 6 1
// 0 12 3 1 4 0 true 1
// Div64 zero panic: runtime error: integer divide by zero true
// Div64 overflow panic: runtime error: integer overflow true
// Div32 overflow panic: runtime error: integer overflow true
// Rem64 zero panic: runtime error: integer divide by zero true
