// Runtime type identity: interface satisfaction with pointer-receiver methods (value vs pointer,
// embedded *T vs T), and a type switch over unnamed composite types that differ only in
// element type, length, direction, field name or named-ness.
package main

import "fmt"

type I interface{ M() string }
type T struct{ n int }

func (t *T) M() string { return fmt.Sprint("T.M ", t.n) }

type W struct{ *T }
type V struct{ T }

type Ints []int

func kind(x interface{}) string {
	switch x.(type) {
	case []int:
		return "[]int"
	case Ints:
		return "Ints"
	case map[string]int:
		return "map"
	case func() int:
		return "func() int"
	case func() string:
		return "func() string"
	case chan int:
		return "chan int"
	case <-chan int:
		return "<-chan int"
	case [3]int:
		return "[3]int"
	case [4]int:
		return "[4]int"
	case struct{ A int }:
		return "struct{A}"
	case struct{ B int }:
		return "struct{B}"
	case *int:
		return "*int"
	case *string:
		return "*string"
	}
	return "other"
}

func main() {
	var x interface{} = T{1}
	_, ok1 := x.(I)
	var y interface{} = &T{2}
	i2, ok2 := y.(I)
	var w interface{} = W{&T{3}}
	i3, ok3 := w.(I)
	var v interface{} = V{T{4}}
	_, ok4 := v.(I)
	var vp interface{} = &V{T{5}}
	i5, ok5 := vp.(I)
	fmt.Println(ok1, ok2, ok3, ok4, ok5)
	fmt.Println(i2.M(), i3.M(), i5.M())
	var s string
	n := 0
	for _, e := range []interface{}{[]int{}, Ints{}, map[string]int{}, func() int { return 0 }, func() string { return "" }, make(chan int), (<-chan int)(make(chan int)), [3]int{}, [4]int{}, struct{ A int }{}, struct{ B int }{}, &n, &s, 1.5} {
		fmt.Print(kind(e), "; ")
	}
	fmt.Println()
	_, isInts := interface{}([]int{1}).(Ints)
	fmt.Println(isInts)
}

// Output:
// false true true false true
// T.M 2 T.M 3 T.M 5
// []int; Ints; map; func() int; func() string; chan int; <-chan int; [3]int; [4]int; struct{A}; struct{B}; *int; *string; other; 
// false
