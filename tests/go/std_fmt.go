// fmt verbs, flags, width/precision, %!verb errors, MISSING/EXTRA, nested values, Sprint spacing, Errorf %w.
package main

import (
	"errors"
	"math"
	"fmt"
	"time"
)

type P struct {
	Name string
	Age  int
}

type W struct {
	D time.Duration
	d time.Duration
}

func main() {
	p := P{"Al", 3}
	cases := []struct {
		f string
		a []any
	}{
		{"%v|%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%O|%b|%#x|%#o|% d", []any{42, -42, 42, 42, -42, 42, 255, 255, 8, 8, 5, 255, 8, 42}},
		{"%c|%q|%U|%#U", []any{'A', 'x', 0x1F600, 'A'}},
		{"%s|%q|%v|%10s|%-10s|%.2s|%x|%X|% x|%#q", []any{"hi", "a\"b\n", "s", "r", "l", "héllo", "hi", "hi", "abc", "bq"}},
		{"%v|%.2f|%8.3f|%-8.2f|%e|%E|%g|%G|%f|%F", []any{3.14159, 3.14159, 2.5, 2.5, 123456.789, 0.000123, 1e21, 1e-7, 1.0, 2.0}},
		{"%v %v %v %v %v", []any{1e20, 1e21, 0.1, 100000.0, 1234567.0}},
		{"%v|%+v|%#v|%T", []any{p, p, p, p}},
		{"%v|%+v|%T", []any{&p, &p, &p}},
		{"%v|%d|%s|%x|%q|%T", []any{[]int{1, 2}, []int{3, 4}, []string{"a", "b"}, []byte("hi"), []string{"x"}, []byte{}}},
		{"%v|%#v|%v|%#v", []any{map[string]int{"b": 2, "a": 1}, map[string]int{"z": 1}, map[int]bool{3: true, 1: false}, []string(nil)}},
		{"%v|%d|%s|%v", []any{nil, nil, errors.New("boom"), true}},
		{"%d|%s|%t|%z", []any{"str", 5, 1, 3}},
		{"%d %d", []any{1}},
		{"%d", []any{1, 2, "x"}},
		{"%v|%s|%d|%v", []any{time.Second * 90, time.Millisecond, time.Second, W{time.Second, time.Second}}},
		{"%6.2f|%-8v|%08.3f|%+.1e|%x|%X", []any{-3.14159, 7, -3.14159, 12345.678, 3.5, -1.0}},
		{"%*d|%-*d|%.*f|%[2]d %[1]d", []any{5, 42, 5, 42, 2, 3.14159, 10, 20}},
		{"%!|%|%%|%5%", []any{}},
		{"%t|%v|%p", []any{true, false, nil}},
		{"%v|%v|%v", []any{int8(-5), uint8(200), float32(0.1)}},
		{"%s|%v", []any{[]any{1, "a", nil}, [2]bool{true, false}}},
		{"%x|%X|%#v|%v", []any{"héllo", []byte{1, 171}, 3.0, struct{}{}}},
		{"%08b|%o|%#b|%+q|%#v|%#v", []any{5, -8, 5, "héllo", "q", 42}},
		{"%v", []any{[]*P{nil}}},
		{"%.3v|%10.4v|%-10.3q|%.0f|%.0f|%.0f", []any{3.14159, "abcdefgh", "abcdef", 0.5, 1.5, 2.5}},
		{"%g|%g|%g|%g|%.3g|%.3g|%#g|%#.3x", []any{100000.0, 1000000.0, 1e-5, 0.0001, 1234.5678, 0.00012345, 1.0, 255}},
		{"%e|%g|%v|%v|%v", []any{0.0, math.Copysign(0, -1), float32(3.4e38), 5e-324, -1e100}},
	}
	for _, c := range cases {
		fmt.Println(fmt.Sprintf(c.f, c.a...))
	}
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil, true))
	fmt.Println(fmt.Sprintln("a", 1, 2, "b", nil) + "|")
	e := fmt.Errorf("wrap: %w", errors.New("inner"))
	fmt.Println(e, errors.Unwrap(e), fmt.Sprintf("%T %T", e, errors.Unwrap(e)))
	fmt.Println(fmt.Errorf("x %w %w", errors.New("a"), errors.New("b")))
	fmt.Println(fmt.Errorf("x %w", 5))
	fmt.Printf("%v %s\n", errors.New("e1"), error(nil))
}

// Output:
// 42|-42|   42|42   |-0042|+42|ff|FF|10|0o10|101|0xff|010| 42
// A|'x'|U+1F600|U+0041 'A'
// hi|"a\"b\n"|s|         r|l         |hé|6869|6869|61 62 63|`bq`
// 3.14159|3.14|   2.500|2.50    |1.234568e+05|1.230000E-04|1e+21|1E-07|1.000000|2.000000
// 1e+20 1e+21 0.1 100000 1.234567e+06
// {Al 3}|{Name:Al Age:3}|main.P{Name:"Al", Age:3}|main.P
// &{Al 3}|&{Name:Al Age:3}|*main.P
// [1 2]|[3 4]|[a b]|6869|["x"]|[]uint8
// map[a:1 b:2]|map[string]int{"z":1}|map[1:false 3:true]|[]string(nil)
// <nil>|%!d(<nil>)|boom|true
// %!d(string=str)|%!s(int=5)|%!t(int=1)|%!z(int=3)
// 1 %!d(MISSING)
// 1%!(EXTRA int=2, string=x)
// 1m30s|1ms|1000000000|{1s 1000000000}
//  -3.14|7       |-003.142|+1.2e+04|0x1.cp+01|-0X1P+00
//    42|42   |3.14|42 5
// %!!(MISSING)|%!|(MISSING)%|%
// true|false|%!p(<nil>)
// -5|200|0.1
// [%!s(int=1) a <nil>]|[true false]
// 68c3a96c6c6f|01AB|3|{}
// 00000101|-10|0b101|"h\u00e9llo"|"q"|42
// [<nil>]
// 3.14|      abcd|"abc"     |0|2|2
// 100000|1e+06|1e-05|0.0001|1.23e+03|0.000123|1.00000|0x0ff
// 0.000000e+00|-0|3.4e+38|5e-324|-1e+100
// a1 2bc3.5 <nil> true
// a 1 2 b <nil>
// |
// wrap: inner inner *fmt.wrapError *errors.errorString
// x a %!w(*errors.errorString=&{b})
// x %!w(int=5)
// e1 %!s(<nil>)
