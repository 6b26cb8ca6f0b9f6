// The Stringer pitfall: String on a pointer receiver is not used when a value is printed
// (only when a pointer is), String on a value receiver is used for both; inside slices, maps
// and struct fields; Error taking precedence over String; a String method that panics; a nil
// pointer with a value-receiver String; and %v vs %d vs %s on such types.
package main

import (
	"fmt"
	"strings"
)

type ValS struct{ n int }

func (v ValS) String() string { return fmt.Sprintf("ValS<%d>", v.n) }

type PtrS struct{ n int }

func (p *PtrS) String() string { return fmt.Sprintf("PtrS<%d>", p.n) }

type Both struct{}

func (Both) String() string { return "string" }
func (Both) Error() string  { return "error" }

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	return [...]string{"Red", "Green", "Blue"}[c]
}

type Wrapper struct {
	V ValS
	P PtrS
	Q *PtrS
	C Color
}

type Panicky struct{}

func (Panicky) String() string { panic("boom") }

type NilSafe struct{ name string }

func (n *NilSafe) String() string {
	if n == nil {
		return "NilSafe(nil)"
	}
	return "NilSafe(" + n.name + ")"
}

type Upper string

func (u Upper) String() string { return strings.ToUpper(string(u)) }

func main() {
	v := ValS{1}
	p := PtrS{2}
	fmt.Println(v, &v, p, &p)
	fmt.Printf("%v %v %+v %+v\n", v, &v, p, &p)
	fmt.Printf("%s %d %#v\n", v, v, v)
	fmt.Println([]ValS{{3}, {4}}, []PtrS{{5}}, []*PtrS{{6}})
	fmt.Println(map[string]ValS{"a": {7}}, map[Color]int{Blue: 2, Red: 1})
	fmt.Println(Wrapper{ValS{8}, PtrS{9}, &PtrS{10}, Green})
	fmt.Printf("%+v\n", Wrapper{ValS{8}, PtrS{9}, nil, Blue})
	fmt.Println(Both{}, Color(1), Blue+0, Red)
	fmt.Printf("%d %v %s %x %q\n", Blue, Blue, Blue, Blue, Blue)
	fmt.Println(Panicky{})
	fmt.Printf("[%v] [%s]\n", Panicky{}, []Panicky{{}})
	var ns *NilSafe
	fmt.Println(ns, &NilSafe{"x"})
	var vp *ValS
	fmt.Println(vp)
	fmt.Printf("%v|%s|%d\n", vp, vp, vp)
	fmt.Println(Upper("shout"), []Upper{"a", "b"})
	fmt.Printf("%q %x %5s|%-7v|\n", Upper("q"), Upper("hi"), Upper("ab"), Upper("cd"))
	var s fmt.Stringer = v
	fmt.Println(s.String(), s)
	s = &p
	fmt.Println(s)
	_, ok := interface{}(p).(fmt.Stringer)
	_, okp := interface{}(&p).(fmt.Stringer)
	fmt.Println(ok, okp)
}

// Output:
// ValS<1> ValS<1> {2} PtrS<2>
// ValS<1> ValS<1> {n:2} PtrS<2>
// ValS<1> {1} main.ValS{n:1}
// [ValS<3> ValS<4>] [{5}] [PtrS<6>]
// map[a:ValS<7>] map[Red:1 Blue:2]
// {ValS<8> {9} PtrS<10> Green}
// {V:ValS<8> P:{n:9} Q:<nil> C:Blue}
// error Green Blue Red
// 2 Blue Blue 426c7565 "Blue"
// %!v(PANIC=String method: boom)
// [%!v(PANIC=String method: boom)] [[%!s(PANIC=String method: boom)]]
// NilSafe(nil) NilSafe(x)
// <nil>
// <nil>|<nil>|0
// SHOUT [A B]
// "Q" 4849    AB|CD     |
// ValS<1> ValS<1>
// PtrS<2>
// false true
