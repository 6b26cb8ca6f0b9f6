// go: skip newer API than the Go 1.19 oracle (bytes.Clone/CutPrefix/CutSuffix 1.20, ContainsFunc and Buffer.Available/AvailableBuffer 1.21)
package main

import (
	"bytes"
	"fmt"
	"strconv"
	"unicode"
)

func main() {
	src := []byte("abc")
	c := bytes.Clone(src)
	c[0] = 'X'
	fmt.Println(string(src), string(c), bytes.Clone(nil) == nil, bytes.Clone([]byte{}) != nil)
	after, ok := bytes.CutPrefix([]byte("prefix:body"), []byte("prefix:"))
	fmt.Printf("%s %v\n", after, ok)
	after, ok = bytes.CutPrefix([]byte("body"), []byte("x"))
	fmt.Printf("%s %v\n", after, ok)
	before, ok := bytes.CutSuffix([]byte("file.go"), []byte(".go"))
	fmt.Printf("%s %v\n", before, ok)
	before, ok = bytes.CutSuffix([]byte("file.go"), nil)
	fmt.Printf("%s %v\n", before, ok)
	fmt.Println(bytes.ContainsFunc([]byte("abc1"), unicode.IsDigit), bytes.ContainsFunc([]byte("abc"), unicode.IsDigit))
	var b bytes.Buffer
	b.Grow(64)
	fmt.Println(b.Available() >= 64)
	buf := b.AvailableBuffer()
	buf = strconv.AppendInt(buf, -42, 10)
	b.Write(buf)
	fmt.Println(b.String(), b.Available() >= 61)
}

// Output:
// abc Xbc true true
// body true
// body false
// file true
// file.go true
// true false
// true
// -42 true
