// Generic code as tutorials write it: an Ordered constraint, constraints with methods (value
// and pointer receivers), a generic interface Container[T], sync.Mutex in a generic struct,
// type switches on any(v), channels of T, recursion, comparable struct keys, a generic cache
// with two type parameters, an alias of an instance, method values and instantiated func values.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 |
		~float32 | ~float64 | ~string
}

func SortSlice[T Ordered](s []T) {
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
}

func MaxOf[T Ordered](first T, rest ...T) T {
	m := first
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

type Shape interface {
	Area() float64
	fmt.Stringer
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) String() string  { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

type Circle struct{ R float64 }

func (c *Circle) Area() float64  { return 3 * c.R * c.R }
func (c *Circle) String() string { return "Circle" }

func Total[S Shape](xs []S) (float64, string) {
	t := 0.0
	var names []string
	for _, x := range xs {
		t += x.Area()
		names = append(names, x.String())
	}
	return t, strings.Join(names, "+")
}

type Container[T any] interface {
	Put(T)
	All() []T
}

type SafeBox[T any] struct {
	mu    sync.Mutex
	items []T
}

func (b *SafeBox[T]) Put(v T) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.items = append(b.items, v)
}

func (b *SafeBox[T]) All() []T { return b.items }

func Fill[T any](c Container[T], vs ...T) {
	for _, v := range vs {
		c.Put(v)
	}
}

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprintf("int %d", x)
	case string:
		return "string " + x
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func Merge[T any](cs ...<-chan T) []T {
	var out []T
	for _, c := range cs {
		for v := range c {
			out = append(out, v)
		}
	}
	return out
}

func Gen[T any](vs ...T) <-chan T {
	c := make(chan T, len(vs))
	go func() {
		for _, v := range vs {
			c <- v
		}
		close(c)
	}()
	return c
}

func Reverse[T any](s []T) []T {
	if len(s) <= 1 {
		return s
	}
	return append(Reverse(s[1:]), s[0])
}

func Counter[K comparable](xs []K) map[K]int {
	m := make(map[K]int)
	for _, x := range xs {
		m[x]++
	}
	return m
}

type Point struct{ X, Y int }

type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
	limit int
}

func NewCache[K comparable, V any](limit int) *Cache[K, V] {
	return &Cache[K, V]{data: map[K]V{}, limit: limit}
}

func (c *Cache[K, V]) Set(k K, v V) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
	}
	c.data[k] = v
	if len(c.order) > c.limit {
		old := c.order[0]
		c.order = c.order[1:]
		delete(c.data, old)
	}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	return v, ok
}

type IntBox = SafeBox[int]

func main() {
	xs := []int{5, 2, 8, 1}
	SortSlice(xs)
	ws := []string{"pear", "apple", "fig"}
	SortSlice(ws)
	fmt.Println(xs, ws, MaxOf(3, 9, 4), MaxOf("a"), MaxOf(1.5, -2.0))
	fmt.Println(Total([]Rect{{1, 2}, {3, 4}}))
	fmt.Println(Total([]*Circle{{1}, {2}}))
	b := &SafeBox[string]{}
	Fill[string](b, "x", "y")
	fmt.Println(b.All(), len(b.All()))
	var ib IntBox
	ib.Put(7)
	fmt.Println(ib.All())
	fmt.Println(Describe(1), Describe("s"), Describe(2.5), Describe([]int{}))
	fmt.Println(Merge(Gen(1, 2), Gen(3)))
	fmt.Println(Reverse([]string{"a", "b", "c"}))
	cnt := Counter([]Point{{1, 2}, {1, 2}, {3, 4}})
	fmt.Println(cnt[Point{1, 2}], cnt[Point{3, 4}], len(cnt))
	c := NewCache[string, []int](2)
	c.Set("a", []int{1})
	c.Set("b", nil)
	c.Set("c", []int{3, 3})
	_, okA := c.Get("a")
	vc, okC := c.Get("c")
	fmt.Println(okA, vc, okC, c.order)
	f := MaxOf[float64]
	g := b.Put
	g("z")
	fmt.Println(f(1, 2, 3), b.All())
	fmt.Printf("%T %T %T\n", c, ib, f)
}

// Output:
// [1 2 5 8] [apple fig pear] 9 a 1.5
// 14 Rect(1x2)+Rect(3x4)
// 15 Circle+Circle
// [x y] 2
// [7]
// int 1 string s other float64 other []int
// [1 2 3]
// [c b a]
// 2 1 2
// false [3 3] true [b c]
// 3 [x y z]
// *main.Cache[string,[]int] main.SafeBox[int] func(float64, ...float64) float64
