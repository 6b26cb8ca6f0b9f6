// []byte elements are stored compactly (1 byte each) while [N]byte arrays keep 8-byte slots:
// every operation must work on both representations and across them.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"unicode/utf8"
)

type B byte

func main() {
	b := make([]byte, 5, 8)
	for i := range b {
		b[i] = byte(250 + i) // wraps past 255
	}
	fmt.Println(b, len(b), cap(b))
	b = append(b, 'x', 'y')
	fmt.Println(b, len(b), cap(b))
	b = append(b, "hello"...)
	fmt.Println(string(b[7:]), len(b), cap(b))

	// A slice of an array ([N]byte, slotted) mixed with compact slices.
	var arr [6]byte
	copy(arr[:], "abcdef")
	s := arr[1:4]
	s[0] = 'B'
	fmt.Println(string(arr[:]), string(s), arr)
	t := make([]byte, 3)
	copy(t, s)
	fmt.Println(string(t))
	copy(s, "XYZ!")
	fmt.Println(string(arr[:]))
	u := append([]byte("12"), arr[:]...)
	fmt.Println(string(u))
	arr2 := append(s[:1], '7') // in place within arr
	fmt.Println(string(arr2), string(arr[:]))

	// Overlapping copy within one compact array.
	o := []byte("0123456789")
	copy(o[2:], o)
	fmt.Println(string(o))
	o = []byte("0123456789")
	copy(o, o[3:])
	fmt.Println(string(o))

	// Pointers to elements.
	p := &b[0]
	*p = 'P'
	*p++
	fmt.Println(b[0], *p, p == &b[0], p == &b[1])

	// Conversions.
	fmt.Println(string(b[5:7]), []byte("héllo"), []rune(string([]byte{0xe2, 0x82, 0xac})))
	pa := (*[2]byte)(o[1:]) // aliases o (see slice_arrptr_alias.go)
	fmt.Println(*pa, len(pa), string(o[:4]))

	// Defined byte type, bytes package, formatting.
	bb := []B{1, 2, 3}
	bb = append(bb, 4)
	fmt.Printf("%v %d %x %s %q\n", bb, bb, []byte("hi"), []byte("ok"), []byte("q"))
	fmt.Printf("%v %x %X % x\n", []byte{1, 2}, o[:3], []byte{0xab}, []byte{1, 2})
	fmt.Println(bytes.Equal([]byte("ab"), arr[:2]), bytes.ToUpper([]byte("abc")), bytes.Contains(o, []byte("456")))
	var buf bytes.Buffer
	buf.Write([]byte("buf "))
	buf.WriteString("text")
	fmt.Println(buf.String(), buf.Len())

	// Readers reading into []byte.
	rd := strings.NewReader("stream of bytes")
	chunk := make([]byte, 6)
	n, _ := rd.Read(chunk)
	fmt.Println(n, string(chunk[:n]))
	n, _ = rd.Read(arr[:])
	fmt.Println(n, string(arr[:n]))
	br := bufio.NewReader(strings.NewReader("line one\nline two\n"))
	n, _ = br.Read(chunk)
	fmt.Println(n, string(chunk[:n]))

	// utf8 on []byte.
	e := make([]byte, 4)
	n = utf8.EncodeRune(e, '€')
	r, w := utf8.DecodeRune(e)
	fmt.Println(n, e[:n], string(r), w, utf8.Valid(e[:n]))

	// sort, reflect, json.
	sb := []byte("sorted")
	sort.Slice(sb, func(i, j int) bool { return sb[i] < sb[j] })
	fmt.Println(string(sb))
	rv := reflect.ValueOf(sb)
	rv.Index(0).SetUint('Z')
	fmt.Println(string(sb), rv.Index(1).Uint(), reflect.DeepEqual(sb, []byte("Zeorst")), reflect.DeepEqual([]byte("ab"), arr[:2]))
	js, _ := json.Marshal(struct {
		D []byte
		A [2]byte
	}{[]byte("hi"), [2]byte{1, 2}})
	fmt.Println(string(js))
	var back struct{ D []byte }
	_ = json.Unmarshal(js, &back)
	fmt.Println(string(back.D))

	// A larger slice.
	big := make([]byte, 1<<20)
	big[len(big)-1] = 7
	sum := 0
	for _, v := range big {
		sum += int(v)
	}
	fmt.Println(sum, len(big))

	// Index out of range still panics with Go's text.
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = b[len(b)+1]
}

// Output:
// [250 251 252 253 254] 5 8
// [250 251 252 253 254 120 121] 7 8
// hello 12 16
// aBcdef Bcd [97 66 99 100 101 102]
// Bcd
// aXYZef
// 12aXYZef
// X7 aX7Zef
// 0101234567
// 3456789789
// 81 81 true false
// xy [104 195 169 108 108 111] [8364]
// [52 53] 2 3456
// [1 2 3 4] [1 2 3 4] 6869 ok "q"
// [1 2] 333435 AB 01 02
// false [65 66 67] true
// buf text 8
// 6 stream
// 6  of by
// 6 line o
// 3 [226 130 172] € 3 true
// deorst
// Zeorst 101 true false
// {"D":"aGk=","A":[1,2]}
// hi
// 7 1048576
// recovered: runtime error: index out of range [13] with length 12
