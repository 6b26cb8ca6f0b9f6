// Generics (Go 1.18+): generic functions with constraints (any, comparable, a union
// constraint with ~), a generic Stack[T] type with methods, Map/Filter/Reduce, a generic Pair,
// explicit instantiation, and type inference.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type MyInt int

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.25}), Sum([]MyInt{4, 5}))
	words := []string{"go", "is", "fun", "and", "fast"}
	lens := Map(words, func(s string) int { return len(s) })
	fmt.Println(lens)
	fmt.Println(Filter(words, func(s string) bool { return len(s) > 2 }))
	fmt.Println(Reduce(words, "", func(a string, s string) string { return a + strings.ToUpper(s[:1]) }))
	fmt.Println(Index(words, "fun"), Index([]float64{1, 2}, 3))
	k := Keys(map[string]int{"b": 1, "a": 2})
	sort.Strings(k)
	fmt.Println(k)

	var s Stack[string]
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Len())
	v, ok := s.Pop()
	fmt.Println(v, ok)
	s.Pop()
	v, ok = s.Pop()
	fmt.Printf("%q %v\n", v, ok)
	is := &Stack[int]{}
	for i := 0; i < 3; i++ {
		is.Push(i * i)
	}
	fmt.Println(is.items, is.Len())

	p := Pair[string, int]{"x", 1}
	fmt.Println(p, []Pair[int, bool]{{1, true}})
	fmt.Printf("%T\n", p)
	fmt.Println(Max(3, 7), Max(2.5, 1.5), Max("a", "b"), Max[float64](1, 2.5))
}

// Output:
// 6 3.75 9
// [2 2 3 3 4]
// [fun and fast]
// GIFAF
// 2 -1
// [a b]
// 2
// b true
// "" false
// [0 1 4] 3
// x=1 [1=true]
// main.Pair[string,int]
// 7 2.5 b 2.5
