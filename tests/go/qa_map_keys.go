// Map keys and interface equality by content: runtime-built equal strings inside structs, arrays
// and interfaces; +0/-0 float keys; int vs int64 vs uint vs named types as interface keys;
// pointer and channel keys by identity; errors compared by pointer identity.
package main

import (
	"fmt"
	"strings"
)

type key struct {
	name string
	tags [2]string
}

func main() {
	a := strings.Repeat("ab", 3)
	b := "aba" + strings.ToLower("BAB")
	m := map[interface{}]int{}
	m[key{a, [2]string{a, "x"}}] = 1
	m[a] = 2
	m[[2]string{a, b}] = 3
	fmt.Println(m[key{b, [2]string{b, "x"}}], m[b], m[[2]string{b, a}], len(m))
	sm := map[string]int{a: 5}
	fmt.Println(sm[b], a == b)
	km := map[key]bool{{name: a}: true}
	fmt.Println(km[key{name: b}])
	var f1, f2 interface{} = 0.0, -0.0 * 1
	z := 0.0
	negz := -z
	fm := map[float64]string{z: "zero"}
	fmt.Println(fm[negz], f1 == f2)
	im := map[interface{}]string{1: "int", int64(1): "int64", uint(1): "uint", "1": "str"}
	fmt.Println(len(im), im[1], im[int64(1)], im[uint(1)])
	pm := map[*int]int{}
	x, y := 1, 1
	pm[&x] = 1
	pm[&y] = 2
	fmt.Println(len(pm), pm[&x], pm[&y])
	cm := map[chan int]int{}
	c := make(chan int)
	cm[c] = 7
	fmt.Println(cm[c], len(cm))
}

type MyInt int
type MyStr string

func init() {
	fmt.Println(interface{}(MyInt(1)) == interface{}(1), interface{}(MyStr("a")) == interface{}("a"), interface{}(MyInt(2)) == interface{}(MyInt(2)))
	mm := map[interface{}]int{MyInt(1): 1, 1: 2, MyStr("a"): 3, "a": 4}
	fmt.Println(len(mm), mm[MyInt(1)], mm[1], mm[MyStr("a")], mm["a"])
	var e1, e2 error = fmt.Errorf("x"), fmt.Errorf("x")
	fmt.Println(e1 == e2, e1 == e1)
}

// Output:
// false false true
// 4 1 2 3 4
// false true
// 1 2 3 3
// 5 true
// true
// zero true
// 4 int int64 uint
// 2 1 2
// 7 1
