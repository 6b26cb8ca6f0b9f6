// Value semantics and data structures: struct/array copies vs pointer methods, range copies,
// nested arrays, embedded interfaces, errors.As/Is with custom types, a BST walked by a
// goroutine, nested maps, rune maps, func maps, comma-ok assertions, copy/append aliasing,
// recover of runtime errors as error values.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }

type Grid [3][3]int

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type buf struct{ data []string }

func (b *buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *buf) Write(s string) { b.data = append(b.data, s) }

type NotFound struct{ Name string }

func (e NotFound) Error() string { return e.Name + " not found" }

var ErrBase = errors.New("base")

func lookup(name string) error {
	switch name {
	case "a":
		return nil
	case "b":
		return NotFound{name}
	default:
		return fmt.Errorf("lookup %q: %w", name, ErrBase)
	}
}

type Matrix struct {
	rows, cols int
	data       []float64
}

func NewMatrix(r, c int) *Matrix { return &Matrix{r, c, make([]float64, r*c)} }
func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) Walk(ch chan<- int) {
	if t == nil {
		return
	}
	t.Left.Walk(ch)
	ch <- t.Val
	t.Right.Walk(ch)
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	p.Scale(3)
	fmt.Println(p, q, p.Add(q))
	pts := []Point{{1, 1}, {2, 2}}
	for i := range pts {
		pts[i].Scale(2)
	}
	for _, pt := range pts {
		pt.Scale(100)
	}
	fmt.Println(pts)
	var g Grid
	g[1][1] = 5
	h := g
	h[1][1] = 6
	fmt.Println(g, h[1])
	var rw ReadWriter = &buf{}
	rw.Write("x")
	rw.Write("y")
	var r Reader = rw
	fmt.Println(r.Read(), rw.Read(), rw.Read() == "")
	for _, n := range []string{"a", "b", "c"} {
		err := lookup(n)
		var nf NotFound
		switch {
		case err == nil:
			fmt.Println(n, "ok")
		case errors.As(err, &nf):
			fmt.Println(n, "notfound:", nf.Name, err)
		case errors.Is(err, ErrBase):
			fmt.Println(n, "base:", err)
		}
	}
	m := NewMatrix(2, 2)
	m.Set(1, 0, 2.5)
	fmt.Println(m.At(1, 0), len(m.data), *m)
	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		root = root.Insert(v)
	}
	ch := make(chan int)
	go func() {
		root.Walk(ch)
		close(ch)
	}()
	var sb strings.Builder
	for v := range ch {
		sb.WriteString(fmt.Sprint(v, " "))
	}
	fmt.Println(strings.TrimSpace(sb.String()))
	nested := map[string]map[string]int{}
	for _, w := range []string{"a:x", "a:y", "b:x", "a:x"} {
		parts := strings.Split(w, ":")
		if nested[parts[0]] == nil {
			nested[parts[0]] = map[string]int{}
		}
		nested[parts[0]][parts[1]]++
	}
	fmt.Println(nested)
	counts := make(map[rune]int)
	for _, c := range "hello" {
		counts[c]++
	}
	fmt.Println(counts['l'], len(counts))
	funcs := map[string]func(float64) float64{
		"double": func(x float64) float64 { return x * 2 },
		"square": func(x float64) float64 { return x * x },
	}
	fmt.Println(funcs["double"](3), funcs["square"](3))
	var iface interface{} = p
	if pp, ok := iface.(Point); ok {
		fmt.Println("point", pp.X)
	}
	if _, ok := iface.(fmt.Stringer); !ok {
		fmt.Println("not a stringer")
	}
	type pair struct {
		k string
		v int
	}
	ps := []pair{{"a", 1}, {"b", 2}}
	cp := make([]pair, len(ps))
	copy(cp, ps)
	cp[0].v = 100
	fmt.Println(ps, cp)
	s := []int{1, 2, 3, 4, 5}
	s2 := s[1:3]
	s2 = append(s2, 99)
	fmt.Println(s, s2, len(s2), cap(s2))
	var arr [4]string
	arr[2] = "z"
	fmt.Printf("%q %d\n", arr, len(arr))
	x := 0
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
	fmt.Fprintln(os.Stderr, "to stderr")
	if len(os.Args) > 5 {
		os.Exit(1)
	}
	defer fmt.Println("done")
	func() {
		defer func() {
			if r := recover(); r != nil {
				err, ok := r.(error)
				fmt.Println("recovered error?", ok, err)
			}
		}()
		var mm map[string]int
		mm["a"] = 1
	}()
	a := []int{1, 2, 3}
	i := 3
	defer func() { fmt.Println("r:", recover()) }()
	_ = a[i]
}

// Output:
// {3 6} {10 2} {13 8}
// [{2 2} {4 4}]
// [[0 0 0] [0 5 0] [0 0 0]] [0 6 0]
// x y true
// a ok
// b notfound: b b not found
// c base: lookup "c": base
// 2.5 4 {2 2 [0 0 2.5 0]}
// 1 3 4 5 8 9
// map[a:map[x:2 y:1] b:map[x:1]]
// 2 4
// 6 9
// point 3
// not a stringer
// [{a 1} {b 2}] [{a 100} {b 2}]
// [1 2 3 99 5] [2 3 99] 3 4
// ["" "" "z" ""] 4
// 2
// recovered error? true assignment to entry in nil map
// r: runtime error: index out of range [3] with length 3
// done
// Stderr:
// to stderr
