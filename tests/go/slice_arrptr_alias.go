// (*[N]E)(s) aliases s's elements (Go 1.17): writes through the pointer are seen in s and
// vice versa, at any offset, for a compact []byte as for int32, string and struct elements;
// &p[i], range, copy, p[:], ==, map keys, fmt, reflect and encoding/json go through it.
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type point struct{ X, Y int }

func main() {
	// []byte: writes both ways, &p[i], len, range, copy, slicing back.
	b := make([]byte, 8)
	for i := range b {
		b[i] = byte(i)
	}
	p := (*[4]byte)(b[2:])
	p[0] = 100
	b[3] = 101
	fmt.Println(b, *p, len(p), cap(p[:]))
	q := &p[2]
	*q = 102
	fmt.Println(b[4], p[2])
	for i, v := range p {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	for i, v := range *p {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	n := copy(p[1:], []byte{7, 8, 9, 10})
	fmt.Println(n, b)
	copy(b[2:], []byte{1, 1, 1, 1})
	fmt.Println(*p, p)
	s2 := p[1:3]
	s2[0] = 55
	fmt.Println(b, len(s2), cap(s2))
	*p = [4]byte{9, 9, 9, 9}
	fmt.Println(b)
	arr := *p // a copy
	arr[0] = 0
	fmt.Println(b[2], arr)
	r := (*[4]byte)(b[2:6])
	fmt.Println(p == r, p == (*[4]byte)(b[3:]), *p == *r)
	m := map[*[4]byte]int{p: 1}
	m[r]++
	fmt.Println(len(m), m[p])
	fmt.Printf("%v %x %s\n", p, p, (*[2]byte)([]byte("hi")))

	// The whole slice, exactly N long.
	w := []byte("abcd")
	wp := (*[4]byte)(w)
	wp[0] = 'X'
	w[1] = 'Y'
	fmt.Println(string(w), string(wp[:]))

	// int32 elements, an offset.
	is := []int32{1, 2, 3, 4, 5}
	ip := (*[3]int32)(is[1:])
	ip[0] *= 10
	is[3] = -4
	fmt.Println(is, *ip)
	pi := &ip[1]
	*pi = 33
	fmt.Println(is)

	// strings.
	ss := make([]string, 2, 10)
	ss[0], ss[1] = "a", "b"
	sp := (*[2]string)(ss)
	sp[1] = "B"
	ss[0] = "A"
	fmt.Println(ss, *sp)

	// structs: element objects are shared.
	ps := []point{{1, 2}, {3, 4}, {5, 6}}
	pp := (*[2]point)(ps[1:])
	pp[0].X = 30
	ps[2].Y = 60
	fmt.Println(ps, *pp)
	pp[1] = point{7, 8}
	fmt.Println(ps)
	e := &pp[0]
	e.Y = 40
	fmt.Println(ps[1])

	// reflect and encoding/json through the pointer.
	rv := reflect.ValueOf(ip).Elem()
	rv.Index(2).SetInt(77)
	fmt.Println(is, rv.Len(), rv.Index(0))
	js, _ := json.Marshal(pp)
	fmt.Println(string(js))
	_ = json.Unmarshal([]byte(`[{"X":1,"Y":1},{"X":2}]`), pp)
	fmt.Println(ps)
	_ = json.Unmarshal([]byte(`[5,6]`), (*[2]byte)(b[6:]))
	fmt.Println(b)

	// Overlapping windows copy as memmove does.
	ov := []int{0, 1, 2, 3, 4, 5}
	*(*[4]int)(ov[2:]) = *(*[4]int)(ov)
	fmt.Println(ov)
	*(*[4]int)(ov) = *(*[4]int)(ov[2:])
	fmt.Println(ov)
	ob := []byte("abcdef")
	*(*[5]byte)(ob[1:]) = *(*[5]byte)(ob)
	fmt.Println(string(ob))
	ops := []point{{1, 1}, {2, 2}, {3, 3}}
	*(*[2]point)(ops[1:]) = *(*[2]point)(ops)
	fmt.Println(ops)

	// A zero-length conversion of a nil slice is nil; of an empty one, not.
	var nb []byte
	fmt.Println((*[0]byte)(nb) == nil, (*[0]byte)(b[:0]) == nil)
}

// Output:
// [0 1 100 101 4 5 6 7] [100 101 4 5] 4 4
// 102 102
// 0:100 1:101 2:102 3:5
// 0:100 1:101 2:102 3:5
// 3 [0 1 100 7 8 9 6 7]
// [1 1 1 1] &[1 1 1 1]
// [0 1 1 55 1 1 6 7] 2 3
// [0 1 9 9 9 9 6 7]
// 9 [0 9 9 9]
// true false true
// 1 2
// &[9 9 9 9] &09090909 &hi
// XYcd XYcd
// [1 20 3 -4 5] [20 3 -4]
// [1 20 33 -4 5]
// [A B] [A B]
// [{1 2} {30 4} {5 60}] [{30 4} {5 60}]
// [{1 2} {30 4} {7 8}]
// {30 40}
// [1 20 33 77 5] 3 20
// [{"X":30,"Y":40},{"X":7,"Y":8}]
// [{1 2} {1 1} {2 8}]
// [0 1 9 9 9 9 5 6]
// [0 1 0 1 2 3]
// [0 1 2 3 2 3]
// aabcde
// [{1 1} {1 1} {2 2}]
// true false
