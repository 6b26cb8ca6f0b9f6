// Generic pipeline stages: Source, Map, Filter, Batch and Collect as generic functions over
// channels, chained with different element types, plus a stage that stops early on a done
// channel so the upstream goroutines exit (checked with runtime.NumGoroutine).
// gort: --faketime
package main

import (
	"fmt"
	"runtime"
	"strings"
	"time"
)

func Source[T any](done <-chan struct{}, vs ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, v := range vs {
			select {
			case out <- v:
			case <-done:
				return
			}
		}
	}()
	return out
}

func Map[T, U any](done <-chan struct{}, in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- f(v):
			case <-done:
				return
			}
		}
	}()
	return out
}

func Filter[T any](done <-chan struct{}, in <-chan T, keep func(T) bool) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for v := range in {
			if !keep(v) {
				continue
			}
			select {
			case out <- v:
			case <-done:
				return
			}
		}
	}()
	return out
}

func Batch[T any](in <-chan T, n int) <-chan []T {
	out := make(chan []T)
	go func() {
		defer close(out)
		var b []T
		for v := range in {
			b = append(b, v)
			if len(b) == n {
				out <- b
				b = nil
			}
		}
		if len(b) > 0 {
			out <- b
		}
	}()
	return out
}

func Collect[T any](in <-chan T) []T {
	var r []T
	for v := range in {
		r = append(r, v)
	}
	return r
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v->%v", p.Key, p.Val) }

func main() {
	done := make(chan struct{})
	words := Source(done, "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta")
	long := Filter(done, words, func(s string) bool { return len(s) > 3 })
	pairs := Map(done, long, func(s string) Pair[string, int] { return Pair[string, int]{strings.ToUpper(s[:1]), len(s)} })
	for b := range Batch(pairs, 2) {
		fmt.Println(len(b), b)
	}

	squares := Map(done, Source(done, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), func(n int) float64 { return float64(n*n) / 2 })
	fmt.Printf("%v\n", Collect(Filter(done, squares, func(f float64) bool { return f != float64(int(f)) })))

	before := runtime.NumGoroutine()
	done2 := make(chan struct{})
	nums := Map(done2, Source(done2, 1, 2, 3, 4, 5, 6, 7, 8, 9), func(n int) int { return n * 10 })
	fmt.Println(<-nums, <-nums, <-nums)
	close(done2)
	for i := 0; i < 100 && runtime.NumGoroutine() > before; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("upstream goroutines exited:", runtime.NumGoroutine() <= before)
	close(done)
}

// Output:
// 2 [A->5 B->4]
// 2 [G->5 D->5]
// 2 [E->7 Z->4]
// [0.5 4.5 12.5 24.5 40.5]
// 10 20 30
// upstream goroutines exited: true
