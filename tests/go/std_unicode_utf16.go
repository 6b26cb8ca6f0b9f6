// unicode/utf16: Encode/Decode round trips, surrogates, invalid input.
package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	runes := []rune("a€😀\U0010FFFF")
	enc := utf16.Encode(runes)
	fmt.Printf("%x\n", enc)
	fmt.Println(string(utf16.Decode(enc)))
	fmt.Println(utf16.Encode([]rune{0xD800, -1, 0x110000, 'x'}))
	fmt.Println(utf16.Decode([]uint16{0xD800, 'a', 0xDC00, 0xD83D}))
	r1, r2 := utf16.EncodeRune('😀')
	fmt.Printf("%x %x\n", r1, r2)
	r1, r2 = utf16.EncodeRune('a')
	fmt.Printf("%x %x\n", r1, r2)
	fmt.Printf("%x %x\n", utf16.DecodeRune(0xd83d, 0xde00), utf16.DecodeRune('a', 'b'))
	fmt.Println(utf16.IsSurrogate(0xD800), utf16.IsSurrogate(0xDFFF), utf16.IsSurrogate('a'), utf16.IsSurrogate(0xE000))
	fmt.Println(len(utf16.Encode(nil)), len(utf16.Decode(nil)))
}

// Output:
// [61 20ac d83d de00 dbff dfff]
// a€😀􏿿
// [65533 65533 65533 120]
// [65533 97 65533 65533]
// d83d de00
// fffd fffd
// 1f600 fffd
// true true false false
// 0 0
