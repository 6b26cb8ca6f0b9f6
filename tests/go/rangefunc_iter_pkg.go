// go: skip package iter and the iterator functions of slices and maps are Go 1.23 (the oracle is Go 1.19); expected output from their docs
// Package iter (Seq, Seq2, Pull, Pull2) and the Go 1.23 iterator functions of slices and maps:
// composing iterators (filter and map over a Seq), collecting, sorting, chunking, inserting,
// pulling values one at a time, stop running the iterator's cleanup, a panic in a pulled
// iterator reaching the caller of next.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Filter[V any](seq iter.Seq[V], keep func(V) bool) iter.Seq[V] {
	return func(yield func(V) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[V, W any](seq iter.Seq[V], f func(V) W) iter.Seq[W] {
	return func(yield func(W) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[V any](seq iter.Seq[V], n int) iter.Seq[V] {
	return func(yield func(V) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// Zip pairs two sequences with Pull.
func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(slices.Values(nums), func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) string { return fmt.Sprint(n * n) })
	fmt.Println(slices.Collect(squares))
	fmt.Println(strings.Join(slices.Collect(Map(Take(Naturals(), 4), func(n int) string { return strings.Repeat("*", n) })), " "))

	for i, v := range slices.All([]string{"x", "y", "z"}) {
		fmt.Println("all", i, v)
	}
	for i, v := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Println("backward", i, v)
	}
	fmt.Println(slices.AppendSeq([]int{0}, slices.Values([]int{1, 2})))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Println("chunk", c, len(c), cap(c))
	}
	fmt.Println(slices.SortedFunc(slices.Values([]int{3, 1, 2}), func(a, b int) int { return b - a }))

	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(slices.Sorted(maps.Keys(m)))
	fmt.Println(slices.Sorted(maps.Values(m)))
	sum := 0
	for _, v := range maps.All(m) {
		sum += v
	}
	fmt.Println("sum", sum)
	idx := maps.Collect(slices.All([]string{"p", "q"}))
	fmt.Println(idx)
	maps.Insert(idx, slices.All([]string{"r"}))
	fmt.Println(idx)

	var seq iter.Seq[int] = slices.Values([]int{7, 8})
	for v := range seq {
		fmt.Println("seq", v)
	}
	var seq2 iter.Seq2[int, int] = func(yield func(int, int) bool) {
		_ = yield(1, 10) && yield(2, 20)
	}
	for k, v := range seq2 {
		fmt.Println("seq2", k, v)
	}

	next, stop := iter.Pull(slices.Values([]string{"one", "two", "three"}))
	v, ok := next()
	fmt.Println(v, ok)
	v, ok = next()
	fmt.Println(v, ok)
	stop()
	v, ok = next()
	fmt.Printf("%q %v\n", v, ok)
	stop()

	next2, stop2 := iter.Pull2(maps.All(map[string]int{"k": 7}))
	k, n, ok := next2()
	fmt.Println(k, n, ok)
	k, n, ok = next2()
	fmt.Printf("%q %d %v\n", k, n, ok)
	stop2()

	gen := func(yield func(int) bool) {
		defer fmt.Println("gen cleanup")
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
	nx, st := iter.Pull(iter.Seq[int](gen))
	a, _ := nx()
	b, _ := nx()
	fmt.Println(a, b)
	st()
	fmt.Println("stopped")

	for x, y := range Zip(slices.Values([]string{"a", "b", "c"}), Naturals()) {
		fmt.Println("zip", x, y)
	}

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nx, st := iter.Pull(iter.Seq[int](func(yield func(int) bool) {
			yield(1)
			panic("iterator failed")
		}))
		defer st()
		fmt.Println(nx())
		fmt.Println(nx())
	}()
}

// Output:
// [4 16 36 64 100]
// * ** *** ****
// all 0 x
// all 1 y
// all 2 z
// backward 2 z
// backward 1 y
// backward 0 x
// [0 1 2]
// chunk [1 2] 2 2
// chunk [3 4] 2 2
// chunk [5] 1 1
// [3 2 1]
// [a b c]
// [1 2 3]
// sum 6
// map[0:p 1:q]
// map[0:r 1:q]
// seq 7
// seq 8
// seq2 1 10
// seq2 2 20
// one true
// two true
// "" false
// k 7 true
// "" 0 false
// 0 1
// gen cleanup
// stopped
// zip a 1
// zip b 2
// zip c 3
// 1 true
// recovered: iterator failed
