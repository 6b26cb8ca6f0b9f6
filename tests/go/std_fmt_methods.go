// fmt with String/Error methods: value vs pointer receivers, in slices/maps/fields, unexported fields, panicking String, named byte slices, %#v.
package main

import (
	"errors"
	"fmt"
	"time"
)

type T struct{ N int }

func (t *T) String() string { return fmt.Sprint("T#", t.N) }

type V struct{ N int }

func (v V) String() string { return fmt.Sprintf("V<%d>", v.N) }

type Wrap struct {
	Err  error
	Val  V
	P    *T
	Any  any
	D    time.Duration
	list []V
}

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

type Panicky struct{}

func (Panicky) String() string { panic("oops") }

type Bytes []byte
type Strs []string

func main() {
	fmt.Println(T{1}, &T{2}, []T{{3}}, []*T{{4}}, map[string]*T{"k": {5}})
	fmt.Println(V{1}, &V{2}, []V{{3}}, map[V]int{{4}: 1})
	w := Wrap{errors.New("e"), V{7}, &T{8}, V{9}, time.Second, []V{{10}}}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println(Red, Green, []Color{Green, Red}, map[Color]bool{Green: true})
	fmt.Printf("%d %v %s %q %x\n", Green, Green, Green, Green, Green)
	fmt.Println(Panicky{})
	var np *T
	fmt.Println(np, []*T{nil})
	fmt.Printf("%s|%x|%v|%q\n", Bytes("hi"), Bytes("hi"), Bytes("hi"), Strs{"a"})
	fmt.Printf("%v %+v\n", struct {
		A *int
		B []string
		C map[string]int
		D chan int
		E func()
		F error
	}{}, struct{ X, Y any }{1, nil})
	fmt.Printf("%#v\n", []any{1, "a", nil, 2.5, true, V{1}, []int(nil), map[string]int(nil)})
	fmt.Printf("%#v %#v %#v\n", uint8(7), int64(-3), [2]string{"a", "b"})
	fmt.Printf("%v %.1f %5.1f%%\n", []float64{1, 2.5, 1e6, 1e21}, []float64{1.25, 2.35}, 99.5)
	fmt.Printf("%6v|%-6v|%06d|%x\n", []int{1, 2}, true, -12, []int{10, 255})
	fmt.Printf("%c|%c|%U\n", 0x1F600, -1, -1)
	type inner struct{ a, b int }
	fmt.Printf("%v %+v %#v\n", inner{1, 2}, &inner{3, 4}, inner{5, 6})
}

// Output:
// {1} T#2 [{3}] [T#4] map[k:T#5]
// V<1> V<2> [V<3>] map[V<4>:1]
// {e V<7> T#8 V<9> 1s [{10}]}
// {Err:e Val:V<7> P:T#8 Any:V<9> D:1s list:[{N:10}]}
// Red Green [Green Red] map[Green:true]
// 1 Green Green "Green" 477265656e
// %!v(PANIC=String method: oops)
// <nil> [<nil>]
// hi|6869|[104 105]|["a"]
// {<nil> [] map[] <nil> <nil> <nil>} {X:1 Y:<nil>}
// []interface {}{1, "a", interface {}(nil), 2.5, true, main.V{N:1}, []int(nil), map[string]int(nil)}
// 0x7 -3 [2]string{"a", "b"}
// [1 2.5 1e+06 1e+21] [1.2 2.4]  99.5%
// [     1      2]|true  |-00012|[a ff]
// 😀|�|U+FFFFFFFFFFFFFFFF
// {1 2} &{a:3 b:4} main.inner{a:5, b:6}
