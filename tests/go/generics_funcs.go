// Generic functions: constraints with ~ unions, variadic T, inference from arguments and
// from a constraint's core type ([S ~[]E, E any]), explicit instantiation, generic types with
// pointer-receiver methods (a linked list, a map-based set, a binary tree), %T of instances.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

type Celsius float64

func SumOf[T Number](xs ...T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(SumOf(xs...)) / float64(len(xs))
}

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func (l *List[T]) ToSlice() []T {
	out := make([]T, 0, l.size)
	l.Each(func(v T) { out = append(out, v) })
	return out
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func NewSet[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

func JoinAll[T Stringer](xs []T, sep string) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += sep
		}
		s += x.String()
	}
	return s
}

func MapKV[K comparable, V any, R any](m map[K]V, f func(K, V) R) []R {
	var out []R
	for k, v := range m {
		out = append(out, f(k, v))
	}
	return out
}

func Ptr[T any](v T) *T { return &v }

func Zero[T any]() T {
	var z T
	return z
}

func First[S ~[]E, E any](s S) (E, error) {
	if len(s) == 0 {
		var z E
		return z, errors.New("empty")
	}
	return s[0], nil
}

type Names []string

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func Convert[From, To Number](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func main() {
	fmt.Println(SumOf(1, 2, 3), SumOf(1.5, 2.5), SumOf[Celsius](10, 20.5))
	fmt.Printf("%.2f %.2f\n", Average([]int{1, 2, 4}), Average([]Celsius{}))
	var l List[string]
	l.Push("a")
	l.Push("b")
	l.Push("c")
	fmt.Println(l.ToSlice(), l.size)
	li := &List[int]{}
	for i := 0; i < 4; i++ {
		li.Push(i * 10)
	}
	fmt.Println(li.ToSlice())
	s := NewSet("x", "y")
	fmt.Println(s.Has("x"), s.Has("z"), len(s))
	fmt.Println(JoinAll([]ID{1, 2, 3}, ", "))
	r := MapKV(map[string]int{"a": 1}, func(k string, v int) string { return k + "=" + strconv.Itoa(v) })
	fmt.Println(r)
	p := Ptr(42)
	*p++
	fmt.Println(*p, *Ptr("s"), Zero[int](), Zero[string]() == "", Zero[*int]() == nil)
	fmt.Println(First(Names{"ann", "bob"}))
	fmt.Println(First([]int{}))
	var t *Tree[string]
	for _, w := range []string{"m", "c", "x", "a"} {
		t = t.Insert(w)
	}
	t.Walk(func(s string) { fmt.Print(s, " ") })
	fmt.Println()
	fmt.Println(Convert[int, float64]([]int{1, 2}), Convert[float64, int8]([]float64{1.9, -2.5}))
	fmt.Printf("%T %T %T %v\n", l, s, t, Set[int]{})
	fmt.Printf("%v %+v\n", t.Left.Val, Tree[int]{Val: 3})
}

// Output:
// 6 4 30.5
// 2.33 0.00
// [c b a] 3
// [30 20 10 0]
// true false 2
// #1, #2, #3
// [a=1]
// 43 s 0 true true
// ann <nil>
// 0 empty
// a c m x
// [1 2] [1 -2]
// main.List[string] main.Set[string] *main.Tree[string] map[]
// c {Left:<nil> Right:<nil> Val:3}
