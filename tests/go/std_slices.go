// go: skip slices is Go 1.21 (expectations from the package documentation; tie orders of
// SortFunc checked against Go 1.19's sort.Slice, the same pdqsort)
package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type Ints []int

func byAge(a, b Person) int { return a.Age - b.Age }

func sorting() {
	s := []int{5, 2, 8, 1, 9, 3, 3, 7}
	slices.Sort(s)
	fmt.Println(s, slices.IsSorted(s), slices.IsSorted([]int{2, 1}))
	f := []float64{3, math.NaN(), -1, 2}
	slices.Sort(f)
	fmt.Println(f)
	ps := []Person{{"a", 3}, {"b", 1}, {"c", 3}, {"d", 2}, {"e", 1}, {"f", 3}, {"g", 2},
		{"h", 1}, {"i", 3}, {"j", 2}, {"k", 1}, {"l", 3}, {"m", 2}, {"n", 0}}
	q := slices.Clone(ps)
	slices.SortFunc(q, byAge)
	fmt.Println(q, slices.IsSortedFunc(q, byAge))
	q = slices.Clone(ps)
	slices.SortStableFunc(q, byAge)
	fmt.Println(q)
	big := make([]int, 100)
	for i := range big {
		big[i] = (i * 37) % 101
	}
	slices.Sort(big)
	fmt.Println(slices.IsSorted(big), big[0], big[99])
	words := Ints{3, 1, 2}
	slices.Sort(words)
	fmt.Println(words)
}

func searching() {
	s := []int{1, 3, 5, 5, 7}
	fmt.Println(slices.BinarySearch(s, 5))
	fmt.Println(slices.BinarySearch(s, 4))
	fmt.Println(slices.BinarySearch(s, 9))
	fmt.Println(slices.BinarySearch([]int{}, 1))
	ps := []Person{{"Alice", 20}, {"Bob", 24}, {"Gopher", 13}}
	slices.SortFunc(ps, func(a, b Person) int { return strings.Compare(a.Name, b.Name) })
	n, found := slices.BinarySearchFunc(ps, "Bob", func(p Person, t string) int { return strings.Compare(p.Name, t) })
	fmt.Println(n, found)
	fmt.Println(slices.Index(s, 5), slices.Index(s, 2), slices.Contains(s, 7), slices.Contains(s, 8))
	fmt.Println(slices.IndexFunc(s, func(v int) bool { return v > 4 }), slices.ContainsFunc(s, func(v int) bool { return v < 0 }))
	fmt.Println(slices.Equal(s, []int{1, 3, 5, 5, 7}), slices.Equal([]int{}, nil), slices.Equal(s, s[:2]))
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2}, []int{1}), slices.Compare([]int{1}, []int{1, 2}), slices.Compare(s, s))
	fmt.Println(slices.CompareFunc([]string{"A"}, []string{"a"}, func(a, b string) int {
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	}))
	fmt.Println(slices.Min([]int{4, 2, 9}), slices.Max([]string{"b", "c", "a"}), slices.Max([]float64{1, math.NaN(), 3}))
	fmt.Println(slices.MinFunc(ps, func(a, b Person) int { return a.Age - b.Age }), slices.MaxFunc(ps, func(a, b Person) int { return a.Age - b.Age }))
}

func editing() {
	s := []string{"a", "b", "c", "d"}
	fmt.Println(slices.Insert(s, 1, "x", "y"), slices.Insert(s, 4, "z"), slices.Insert(s, 0))
	s2 := make([]int, 3, 10)
	copy(s2, []int{1, 2, 3})
	s2 = slices.Insert(s2, 1, 9, 8)
	fmt.Println(s2, len(s2))
	d := []int{0, 1, 2, 3, 4}
	r := slices.Delete(d, 1, 3)
	fmt.Println(r, d)
	d = []int{0, 1, 2, 3, 4, 5}
	r = slices.DeleteFunc(d, func(v int) bool { return v%2 == 1 })
	fmt.Println(r, d)
	fmt.Println(slices.Replace([]int{0, 1, 2, 3}, 1, 3, 7), slices.Replace([]int{0, 1, 2, 3}, 1, 2, 7, 8, 9), slices.Replace([]int{0, 1, 2}, 1, 3))
	c := []int{1, 1, 2, 3, 3, 3, 1}
	fmt.Println(slices.Compact(c), c)
	fmt.Println(slices.CompactFunc([]string{"a", "A", "b", "B", "c"}, strings.EqualFold))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	cl := slices.Clip(g)
	fmt.Println(len(cl), cap(cl))
	rv := []int{1, 2, 3, 4, 5}
	slices.Reverse(rv)
	fmt.Println(rv)
	fmt.Println(slices.Clone([]int(nil)) == nil, slices.Clone([]int{}) == nil)
	fmt.Println(slices.Concat([]int{1}, nil, []int{2, 3}), slices.Repeat([]string{"x", "y"}, 3), len(slices.Repeat([]int{1}, 0)))
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, "panic:", recover()) }()
	f()
}

func panics() {
	try("Insert", func() { slices.Insert([]int{1}, 5, 1) })
	try("Delete", func() { slices.Delete([]int{1, 2}, 1, 3) })
	try("Min", func() { slices.Min([]int{}) })
	try("MaxFunc", func() { slices.MaxFunc([]int{}, func(a, b int) int { return a - b }) })
	try("Grow", func() { slices.Grow([]int{}, -1) })
	try("Repeat", func() { slices.Repeat([]int{1}, -1) })
}

func main() {
	sorting()
	searching()
	editing()
	panics()
}

// Output:
// [1 2 3 3 5 7 8 9] true false
// [NaN -1 2 3]
// [{n 0} {h 1} {b 1} {k 1} {e 1} {g 2} {j 2} {d 2} {m 2} {a 3} {f 3} {i 3} {l 3} {c 3}] true
// [{n 0} {b 1} {e 1} {h 1} {k 1} {d 2} {g 2} {j 2} {m 2} {a 3} {c 3} {f 3} {i 3} {l 3}]
// true 0 100
// [1 2 3]
// 2 true
// 2 false
// 5 false
// 0 false
// 1 true
// 2 -1 true false
// 2 false
// true true false
// true
// -1 1 -1 0
// 0
// 2 c NaN
// {Gopher 13} {Bob 24}
// [a x y b c d] [a b c d z] [a b c d]
// [1 9 8 2 3] 5
// [0 3 4] [0 3 4 0 0]
// [0 2 4] [0 2 4 0 0 0]
// [0 7 3] [0 7 8 9 2 3] [0]
// [1 2 3 1] [1 2 3 1 0 0 0]
// [a b c]
// 1 true
// 1 1
// [5 4 3 2 1]
// true false
// [1 2 3] [x y x y x y] 0
// Insert panic: runtime error: slice bounds out of range [5:1]
// Delete panic: runtime error: slice bounds out of range [:3:2]
// Min panic: slices.Min: empty list
// MaxFunc panic: slices.MaxFunc: empty list
// Grow panic: cannot be negative
// Repeat panic: cannot be negative
