// gc's order of evaluation across a whole statement: every call, receive, && / ||, len/cap/
// append/make, slicing, non-pointer type assertion and address-needing interface conversion of
// a non-addressable value runs first (post-order, left to right); variable loads, indexing,
// division, map reads and field loads come after. Checked against Go 1.19 (go run).
package main

import "fmt"

var G int
var GS []int
var M = map[int]int{1: 10}

type S struct{ a, b int }

var ps = &S{1, 2}

func f(v int) int {
	fmt.Println("f", v)
	G++
	GS = append(GS, 9)
	M[1]++
	ps.a++
	return v
}

func try(name string, fn func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	fn()
}

func main() {
	x, c := 1, 5
	inc := func() int { c++; x++; return 0 }
	// Locals, captured variables, globals, map reads and field loads are read after the calls;
	// len(GS) is evaluated early, between f(1) and f(2).
	fmt.Println(x, inc(), c, G, f(1), G, len(GS), f(2), M[1], ps.a, *ps, ps.b)
	s := []int{1, 2}
	i := 5
	try("args", func() { fmt.Println(s[i], f(3)) })
	try("slice literal", func() { y := []int{s[i], f(4)}; fmt.Println(y) })
	try("append", func() { y := append(s, s[i], f(5)); fmt.Println(y) })
	try("division", func() { z := 0; fmt.Println(f(6)/z, f(7)) })
	try("index target", func() { s[i] = f(8) })
	try("tuple assign", func() { var a, b int; a, b = s[i], f(9); fmt.Println(a, b) })
	try("return", func() { g := func() (int, int) { return s[i], f(10) }; g() })
	try("nested", func() { fmt.Println(f(s[i]), f(f(11))) })
	try("andand", func() { t := true; fmt.Println(s[i], t && f(12) > 0, f(13)) })
	try("len and slicing", func() { fmt.Println(len(GS), f(14), GS[0:1], f(15), len(GS)) })
	try("nil map", func() { var nm map[int]int; nm[1] = f(16) })
	var p *S
	try("nil pointer", func() { fmt.Println(p.a, f(17)) })
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	try("receive", func() { fmt.Println(s[i], <-ch) })
	fmt.Println(len(ch))
	try("map reads", func() { fmt.Println(M[1], f(19), M[1]) })
	try("string byte", func() { str := "ab"; fmt.Println(str[i], f(20)) })
	try("type assertion", func() { var e interface{} = "s"; fmt.Println(s[i], e.(int), f(21)) })
	try("slice expr", func() { fmt.Println(s[i], s[i:], f(22)) })
	try("comparison", func() { fmt.Println(s[i] == f(23)) })
	try("struct literal", func() { v := S{a: s[i], b: f(24)}; fmt.Println(v) })
	try("bool conversion", func() { a := 1; fmt.Println(a == 1, func() int { a = 2; return 0 }(), a == 1) })
}

// Output:
// f 1
// f 2
// 2 0 6 2 1 2 1 2 12 3 {3 2} 2
// f 3
// args panic: runtime error: index out of range [5] with length 2
// f 4
// slice literal panic: runtime error: index out of range [5] with length 2
// f 5
// append panic: runtime error: index out of range [5] with length 2
// f 6
// f 7
// division panic: runtime error: integer divide by zero
// f 8
// index target panic: runtime error: index out of range [5] with length 2
// f 9
// tuple assign panic: runtime error: index out of range [5] with length 2
// f 10
// return panic: runtime error: index out of range [5] with length 2
// nested panic: runtime error: index out of range [5] with length 2
// f 12
// f 13
// andand panic: runtime error: index out of range [5] with length 2
// f 14
// f 15
// 12 14 [9] 15 14
// f 16
// nil map panic: assignment to entry in nil map
// f 17
// nil pointer panic: runtime error: invalid memory address or nil pointer dereference
// receive panic: runtime error: index out of range [5] with length 2
// 1
// f 19
// 27 19 27
// string byte panic: runtime error: index out of range [5] with length 2
// type assertion panic: interface conversion: interface {} is string, not int
// slice expr panic: runtime error: slice bounds out of range [5:2]
// f 23
// comparison panic: runtime error: index out of range [5] with length 2
// f 24
// struct literal panic: runtime error: index out of range [5] with length 2
// true 0 false
