package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"os"
)

func main() {
	src := []byte("Hello Gopher!")
	s := hex.EncodeToString(src)
	fmt.Println(s, hex.EncodedLen(len(src)), hex.DecodedLen(len(s)))
	b, err := hex.DecodeString(s)
	fmt.Printf("%s %v\n", b, err)
	b, err = hex.DecodeString("48656C6c")
	fmt.Printf("%q %v\n", b, err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err, errors.Is(err, hex.ErrLength))
	b, err = hex.DecodeString("12zz")
	fmt.Printf("%q %v\n", b, err)
	var ibe hex.InvalidByteError
	fmt.Println(errors.As(err, &ibe), byte(ibe))
	_, err = hex.DecodeString("0\x01")
	fmt.Println(err)
	dst := make([]byte, hex.EncodedLen(3))
	n := hex.Encode(dst, []byte{0, 0x7f, 0xff})
	fmt.Println(n, string(dst))
	out := make([]byte, 3)
	n, err = hex.Decode(out, dst)
	fmt.Println(n, out, err)
	fmt.Print(hex.Dump([]byte("0123456789abcdefghijklmnopqrstuvwxyz\x00\x01\xff")))
	fmt.Print(hex.Dump(nil))
	d := hex.Dumper(os.Stdout)
	d.Write([]byte("abc"))
	d.Write([]byte("defghijklmnopqrs"))
	d.Close()
	fmt.Printf("%x %X\n", src, "hi")
}

// Output:
// 48656c6c6f20476f7068657221 26 13
// Hello Gopher! <nil>
// "Hell" <nil>
// encoding/hex: odd length hex string true
// "\x12" encoding/hex: invalid byte: U+007A 'z'
// true 122
// encoding/hex: invalid byte: U+0001
// 6 007fff
// 3 [0 127 255] <nil>
// 00000000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  |0123456789abcdef|
// 00000010  67 68 69 6a 6b 6c 6d 6e  6f 70 71 72 73 74 75 76  |ghijklmnopqrstuv|
// 00000020  77 78 79 7a 00 01 ff                              |wxyz...|
// 00000000  61 62 63 64 65 66 67 68  69 6a 6b 6c 6d 6e 6f 70  |abcdefghijklmnop|
// 00000010  71 72 73                                          |qrs|
// 48656c6c6f20476f7068657221 6869
