// fmt with nested and composite values: %v/%+v/%#v of structs holding pointers, slices, maps
// and interfaces; %T; width/precision/flags; Sprint spacing rules; Errorf with %w; Println of
// nil values; pointer-to-struct printing (&{...}).
package main

import (
	"errors"
	"fmt"
)

type Inner struct {
	A int
	B []string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	M     map[string]int
	Any   interface{}
	Err   error
	Funcs []func()
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Pair struct {
	K string
	V Celsius
}

func main() {
	in := Inner{1, []string{"x", "y"}}
	o := Outer{Name: "o", In: in, M: map[string]int{"b": 2, "a": 1}, Any: 3.5}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", in)
	fmt.Printf("%#v %#v %#v\n", []int{1}, map[string]bool{"t": true}, "q")
	fmt.Println(&in, []*Inner{} == nil)
	fmt.Printf("%T %T %T %T\n", o.Any, o.Err, o.M, o.Ptr)
	fmt.Println(Celsius(21.5), []Celsius{1, 2}, Pair{"t", 3}, &Pair{"p", 4})
	fmt.Printf("%v %s %d\n", Celsius(0), Celsius(-4), 42)
	fmt.Printf("|%5d|%-5d|%05d|%+d|%x|\n", 42, 42, 42, 42, -42)
	fmt.Printf("|%10s|%-10s|%.2s|%q|\n", "right", "left", "truncate", `a"b`)
	fmt.Printf("|%t|%v|%p|\n", true, nil, nil)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.0, true), fmt.Sprintln("x", 1))
	base := errors.New("not found")
	wrapped := fmt.Errorf("loading %q: %w", "cfg", base)
	fmt.Println(wrapped, errors.Is(wrapped, base), errors.Unwrap(wrapped) == base)
	var e error
	var p *Inner
	var m map[int]int
	var s []int
	var f func()
	var i interface{}
	fmt.Println(e, p, m, s, f == nil, i)
	fmt.Printf("%v %+v %d\n", e, p, s)
	fmt.Printf("%v\n", [2][2]int{{1, 2}, {3, 4}})
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	fmt.Printf("%x %X %q\n", "Hi!", []byte("Hi!"), 'ä')
	fmt.Printf("%8.3e|%g|%g|%G\n", 1234.5678, 0.00001234, 1e100, 1e-7)
	fmt.Printf("%3c|%-4q|%U\n", 'z', 'z', 0x1F600)
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	type T struct {
		p *int
	}
	fmt.Println(T{} == T{}, fmt.Sprintf("%v", T{}))
}

// Output:
// {o {1 [x y]} <nil> map[a:1 b:2] 3.5 <nil> []}
// {Name:o In:{A:1 B:[x y]} Ptr:<nil> M:map[a:1 b:2] Any:3.5 Err:<nil> Funcs:[]}
// main.Inner{A:1, B:[]string{"x", "y"}}
// []int{1} map[string]bool{"t":true} "q"
// &{1 [x y]} false
// float64 <nil> map[string]int *main.Inner
// 21.5°C [1.0°C 2.0°C] {t 3.0°C} &{p 4.0°C}
// 0.0°C -4.0°C 42
// |   42|42   |00042|+42|-2a|
// |     right|left      |tr|"a\"b"|
// |true|<nil>|%!p(<nil>)|
// %!d(string=str) %!s(int=5)
// %!d(MISSING)
// 1 2
// %!(EXTRA int=3)ab1 2c3 true x 1
//
// loading "cfg": not found true true
// <nil> <nil> map[] [] true <nil>
// <nil> <nil> []
// [[1 2] [3 4]]
// {} []
// 486921 486921 'ä'
// 1.235e+03|1.234e-05|1e+100|1E-07
//   z|'z' |U+1F600
//     1|2   |
// true {<nil>}
