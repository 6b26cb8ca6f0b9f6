// Syntax corners: a composite literal in an if condition (parenthesized), keyed array literals,
// [...] arrays, func types with named results, methods on array types, an embedded interface
// type, len of a constant string as an array size, semicolon-separated const specs, chains
// split after dots, raw strings, binary/octal/hex/underscored/hex-float literals, rune
// escapes, &^= <<= ^=, for range without variables, switch with init, local type aliases.
package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

type F func(a, b int) (sum int)

type Vec3 [3]float64

func (v Vec3) Dot(w Vec3) float64 { return v[0]*w[0] + v[1]*w[1] + v[2]*w[2] }

type Writer interface{ Write(string) }

type Logger struct {
	Writer
	n int
}

type sink struct{ lines []string }

func (s *sink) Write(x string) { s.lines = append(s.lines, x) }

const n = len("abcd")

var (
	a, b = 1, 2
	arr  [n]int
)

const (
	x = iota; y
)

func main() {
	p := Point{1, 2}
	if p == (Point{1, 2}) {
		fmt.Println("equal")
	}
	names := [...]string{2: "b", 0: "a"}
	nums := [5]int{1, 3: 4}
	fmt.Println(len(names), names, nums, len(arr), a, b, x, y)
	var add F = func(a, b int) (sum int) { sum = a + b; return }
	fmt.Println(add(2, 3), Vec3{1, 2, 3}.Dot(Vec3{4, 5, 6}))
	s := &sink{}
	l := Logger{s, 0}
	l.Write("hello")
	fmt.Println(s.lines)
	msg := strings.
		ToUpper("xox")
	fmt.Println(msg, `raw
string\n`)
	v := 0b1010 + 0o17 + 0x1F + 1_000_000
	f := 0x1p-2
	fmt.Println(v, f, '\x41', '\u00e9', '\'', "\u00e9\t|")
	m := 0xFF
	m &^= 0x0F
	m <<= 2
	m ^= ^0
	fmt.Println(m)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	cnt := 0
	for range ch {
		cnt++
	}
	switch x := strings.Count("cheese", "e"); x {
	case 3:
		fmt.Println("three e", cnt)
	}
	for i := range "héllo" {
		fmt.Print(i, ";")
	}
	fmt.Println()
	type pair = struct{ a, b int }
	ps := map[pair]string{{1, 2}: "x"}
	fmt.Println(ps[pair{1, 2}])
}

// Output:
// equal
// 3 [a  b] [1 0 0 4 0] 4 1 2 0 1
// 5 32
// [hello]
// XOX raw
// string\n
// 1000056 0.25 65 233 39 é	|
// -961
// three e 2
// 0;1;3;4;5;
// x
