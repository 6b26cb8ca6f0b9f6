// Generic code in every position: go/defer of instantiated functions, instances as package
// variables and initializers, method values and method expressions of instances, an instance
// satisfying fmt.Stringer and an interface through its pointer, a local generic type.
package main

import (
	"fmt"
	"sync"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T)   { s.items = append(s.items, v) }
func (s Stack[T]) Len() int     { return len(s.items) }
func (s Stack[T]) String() string { return fmt.Sprint("stack", s.items) }

func Worker[T any](id int, in <-chan T, wg *sync.WaitGroup, out *Stack[string], mu *sync.Mutex) {
	defer wg.Done()
	for v := range in {
		mu.Lock()
		out.Push(fmt.Sprint(id, ":", v))
		mu.Unlock()
	}
}

func Show[T any](v T) { fmt.Println("show", v) }

var global Stack[int]
var cache = NewMap[string, int]()

func NewMap[K comparable, V any]() map[K]V { return map[K]V{} }

func main() {
	ch := make(chan float64)
	var wg sync.WaitGroup
	var mu sync.Mutex
	res := &Stack[string]{}
	wg.Add(1)
	go Worker[float64](1, ch, &wg, res, &mu)
	ch <- 1.5
	ch <- 2
	close(ch)
	wg.Wait()
	fmt.Println(res.items)
	defer Show("deferred")
	defer Show[int](7)
	global.Push(3)
	push := global.Push
	push(4)
	ln := Stack[int].Len
	pp := (*Stack[int]).Push
	pp(&global, 5)
	fmt.Println(ln(global), global)
	var s fmt.Stringer = global
	fmt.Println(s.String())
	cache["a"]++
	fmt.Println(cache)
	var x interface{ Len() int } = &global
	fmt.Println(x.Len())
	type L[T any] struct{ v T }
	var l L[int]
	l.v = 3
	fmt.Printf("%v %T\n", l, l)
}

// Output:
// [1:1.5 1:2]
// 3 stack[3 4 5]
// stack[3 4 5]
// map[a:1]
// 3
// {3} main.L[int]
// show 7
// show deferred
