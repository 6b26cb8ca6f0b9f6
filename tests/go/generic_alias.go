// go: skip generic type aliases are Go 1.24 (the oracle is Go 1.19); expected output follows the spec
// Generic type aliases (Go 1.24): an alias with type parameters denotes its right-hand side
// with the arguments substituted (identical types, not new ones), including a generic type's
// instance, an alias to its own type parameter, and local generic aliases; a plain alias of
// an instantiation has the instance's methods.
package main

import "fmt"

type List[T any] struct{ items []T }

func (l *List[T]) Add(v T) { l.items = append(l.items, v) }

type Vec[T any] = []T
type Set[K comparable] = map[K]struct{}
type Pair[A, B any] = struct {
	First  A
	Second B
}
type IntList = List[int]
type Lst[T any] = List[T]
type Num interface{ ~int | ~float64 }
type Nums[T Num] = []T

func Sum[T Num](xs Nums[T]) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	v := Vec[int]{1, 2, 3}
	var w []int = v
	fmt.Printf("%T %v %d\n", v, w, len(v))
	s := Set[string]{"a": {}}
	s["b"] = struct{}{}
	fmt.Printf("%T %d\n", s, len(s))
	p := Pair[string, int]{"x", 1}
	fmt.Printf("%T %+v\n", p, p)
	var il IntList
	il.Add(5)
	var l2 *List[int] = &il
	fmt.Printf("%T %v\n", il, l2.items)
	var ls Lst[string]
	ls.Add("q")
	fmt.Printf("%T %v\n", ls, ls.items)
	fmt.Println(Sum(Nums[float64]{1.5, 2.5}), Sum([]int{1, 2, 3}))
	type Grid[T any] = [][]T
	g := Grid[string]{{"a"}, {"b", "c"}}
	fmt.Printf("%T %d\n", g, len(g[1]))
	type Id[T any] = T
	var n Id[Id[int]] = 7
	fmt.Println(n + 1)
}

// Output:
// []int [1 2 3] 3
// map[string]struct {} 2
// struct { First string; Second int } {First:x Second:1}
// main.List[int] [5]
// main.List[string] [q]
// 4 6
// [][]string 2
// 8
