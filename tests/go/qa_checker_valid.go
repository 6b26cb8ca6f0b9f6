// Valid programs a type checker must accept: a compile-time interface assertion var _ I = (*T)(nil),
// auto-address for pointer methods, nil for every nilable type, untyped bool to a named bool,
// struct conversion between identical layouts, overlapping embedded interface methods, method
// values as func-typed arguments, chan direction conversions, Duration arithmetic, unused
// type-switch variable in some clauses, and blank identifiers.
package main

import (
	"errors"
	"fmt"
	"io"
	"time"
)

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q *Sq) Area() float64 { return q.s * q.s }
func (q *Sq) Grow()         { q.s++ }

var _ Shape = (*Sq)(nil)

type Flag bool
type Celsius struct{ V float64 }
type Fahrenheit struct{ V float64 }

type RW interface {
	io.Reader
	Read(p []byte) (int, error)
	Close() error
}

type Op func(int) int

func apply(f Op, v int) int { return f(v) }

type Acc struct{ n int }

func (a *Acc) Add(v int) int { a.n += v; return a.n }

func producer() <-chan int {
	c := make(chan int, 1)
	c <- 7
	close(c)
	return c
}

func consume(c <-chan int) int { return <-c }

func main() {
	var q Sq
	q.Grow()
	fmt.Println(q.Area())
	var f func()
	var m map[string]int
	var ch chan int
	var s []int
	var p *int
	var e error
	f, m, ch, s, p, e = nil, nil, nil, nil, nil, nil
	fmt.Println(f == nil, m == nil, ch == nil, s == nil, p == nil, e == nil)
	var fl Flag = 3 > 2
	fmt.Println(fl)
	c := Celsius{100}
	fh := Fahrenheit(c)
	fmt.Println(fh.V)
	var acc Acc
	fmt.Println(apply(acc.Add, 5), apply(acc.Add, 5), apply(func(x int) int { return x * 2 }, 4))
	fmt.Println(consume(producer()))
	n := 3
	d := time.Duration(n) * time.Second
	fmt.Println(d, time.Second*2, 2.5*float64(time.Second), time.Duration(1.5*float64(time.Second)))
	e = io.EOF
	fmt.Println(e == io.EOF, errors.Is(e, io.EOF))
	var x interface{} = 5
	switch v := x.(type) {
	case string:
		fmt.Println("string", v)
	case int:
		fmt.Println("int")
	}
	for _ = range []int{1} {
	}
	_ = x
	var rw RW
	fmt.Println(rw == nil)
}

// Output:
// 1
// true true true true true true
// true
// 100
// 5 10 8
// 7
// 3s 2s 2.5e+09 1.5s
// true true
// int
// true
