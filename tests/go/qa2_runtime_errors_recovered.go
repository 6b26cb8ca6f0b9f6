// Runtime errors recovered and printed one by one, the way tutorials show their messages:
// nil map write, send on and close of a closed channel, close of a nil channel, integer divide
// and modulo by zero, type assertions naming concrete and interface types (missing method),
// negative WaitGroup counter, slice and array bounds, nil function call, nil pointer through a
// method; each recovered value's dynamic type and whether it is a runtime.Error.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Shape interface{ Area() float64 }
type Named interface{ Name() string }

type Square struct{ s float64 }

func (q Square) Area() float64 { return q.s * q.s }

type Circle struct{ r float64 }

func (c *Circle) Area() float64 { return 3 * c.r * c.r }
func (c *Circle) Name() string  { return "circle" }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%-14s %T runtime=%v: %v\n", name+":", r, isRuntime, r)
	}()
	f()
}

func main() {
	var m map[string]int
	zero := 0
	var sh Shape = Square{2}
	var empty interface{}
	var nilShape Shape
	var fn func()
	var cp *Circle
	idx := 5
	try("nil map", func() { m["a"] = 1 })
	try("closed send", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("double close", func() { c := make(chan int); close(c); close(c) })
	try("nil close", func() { var c chan int; close(c) })
	try("divide", func() { fmt.Println(10 / zero) })
	try("modulo", func() { fmt.Println(10 % zero) })
	try("concrete", func() { _ = sh.(*Circle) })
	try("iface", func() { _ = sh.(Named) })
	try("nil iface", func() { _ = nilShape.(Square) })
	try("empty", func() { _ = empty.(string) })
	try("empty any", func() { _ = empty.(Named) })
	try("int to str", func() { var x interface{} = 3; _ = x.(string) })
	try("wg negative", func() { var wg sync.WaitGroup; wg.Add(1); wg.Done(); wg.Done() })
	try("slice index", func() { s := []int{1, 2, 3}; _ = s[idx] })
	try("slice bounds", func() { s := []int{1, 2, 3}; _ = s[1:idx] })
	try("slice inverted", func() { s := []int{1, 2, 3}; lo := 3; _ = s[lo:2] })
	try("string index", func() { s := "abc"; _ = s[idx] })
	try("array index", func() { var a [3]int; _ = a[idx%8] })
	try("nil func", func() { fn() })
	try("nil method", func() { cp.Area() })
	try("make len", func() { n := -1; _ = make([]int, n) })
	try("custom", func() { panic(fmt.Errorf("custom %d", 1)) })
	try("no panic", func() {})
}

// Output:
// nil map:       runtime.plainError runtime=true: assignment to entry in nil map
// closed send:   runtime.plainError runtime=true: send on closed channel
// double close:  runtime.plainError runtime=true: close of closed channel
// nil close:     runtime.plainError runtime=true: close of nil channel
// divide:        runtime.errorString runtime=true: runtime error: integer divide by zero
// modulo:        runtime.errorString runtime=true: runtime error: integer divide by zero
// concrete:      *runtime.TypeAssertionError runtime=true: interface conversion: main.Shape is main.Square, not *main.Circle
// iface:         *runtime.TypeAssertionError runtime=true: interface conversion: main.Square is not main.Named: missing method Name
// nil iface:     *runtime.TypeAssertionError runtime=true: interface conversion: main.Shape is nil, not main.Square
// empty:         *runtime.TypeAssertionError runtime=true: interface conversion: interface {} is nil, not string
// empty any:     *runtime.TypeAssertionError runtime=true: interface conversion: interface is nil, not main.Named
// int to str:    *runtime.TypeAssertionError runtime=true: interface conversion: interface {} is int, not string
// wg negative:   string runtime=false: sync: negative WaitGroup counter
// slice index:   runtime.boundsError runtime=true: runtime error: index out of range [5] with length 3
// slice bounds:  runtime.boundsError runtime=true: runtime error: slice bounds out of range [:5] with capacity 3
// slice inverted: runtime.boundsError runtime=true: runtime error: slice bounds out of range [3:2]
// string index:  runtime.boundsError runtime=true: runtime error: index out of range [5] with length 3
// array index:   runtime.boundsError runtime=true: runtime error: index out of range [5] with length 3
// nil func:      runtime.errorString runtime=true: runtime error: invalid memory address or nil pointer dereference
// nil method:    runtime.errorString runtime=true: runtime error: invalid memory address or nil pointer dereference
// make len:      runtime.errorString runtime=true: runtime error: makeslice: len out of range
// custom:        *errors.errorString runtime=false: custom 1
// no panic:      <nil> runtime=false: <nil>
