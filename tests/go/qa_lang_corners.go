// Language corners that must keep working: range over an array pointer, byte index ranging over
// a string, an embedded interface satisfying an interface, variadic interface calls incl. nil and
// spread, f(g()) with multiple results, map of funcs keyed by a named type, named slice types in
// assertions, pointer to pointer, Fprint to os.Stdout, append forms, defers with arguments,
// empty struct / zero-length array comparison, strings.Split edge cases, strings.Cut.
package main

import (
	"fmt"
	"os"
	"strings"
)

type Op int

const (
	Add Op = iota + 1
	Sub
)

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q *Sq) Area() float64 { return q.s * q.s }

type Holder struct {
	Shape
	label string
}

func variadicIface(args ...interface{}) int { return len(args) }

func multi() (int, string, error) { return 1, "a", nil }

func takes(a int, b string, e error) string { return fmt.Sprint(a, b, e) }

func main() {
	arr := [3]string{"x", "y", "z"}
	for i := range &arr {
		arr[i] = strings.Repeat(arr[i], i+1)
	}
	fmt.Println(arr)
	for i := range "héllo" {
		fmt.Print(i)
	}
	fmt.Println()
	h := Holder{&Sq{3}, "sq"}
	var s Shape = h
	fmt.Println(s.Area(), h.label)
	fmt.Println(variadicIface(), variadicIface(nil), variadicIface(1, "a"), variadicIface([]interface{}{1, 2}...))
	fmt.Println(takes(multi()))
	fmt.Println(multi())
	var ops = map[Op]func(int, int) int{Add: func(a, b int) int { return a + b }, Sub: func(a, b int) int { return a - b }}
	fmt.Println(ops[Add](5, 3), ops[Sub](5, 3))
	type Matrix [][]float64
	m := Matrix{{1, 2}, {3, 4}}
	fmt.Println(m, len(m[0]))
	var iface interface{} = m
	if mm, ok := iface.(Matrix); ok {
		fmt.Println("matrix", mm[1][1])
	}
	x := 10
	px := &x
	ppx := &px
	**ppx = 20
	fmt.Println(x, *px == **ppx)
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%s-%d\n", "fp", 2)
	bs := make([]byte, 0, 8)
	bs = append(bs, 'a')
	bs = append(bs, []byte("bc")...)
	bs = append(bs, "de"...)
	fmt.Println(string(bs), len(bs), cap(bs))
	r := []rune("héllo")
	r[1] = 'e'
	fmt.Println(string(r), len(r), string(r[4]))
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		defer func(n int) { sb.WriteString(fmt.Sprint(n)); if n == 3 { fmt.Println("deferred order:", sb.String()) } }(i)
	}
	type E struct{}
	fmt.Println(E{} == E{}, [0]int{} == [0]int{})
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		fmt.Print(v)
	}
	fmt.Println()
	fmt.Println(strings.Fields(" a\tb\nc  "), strings.Split("", ","), len(strings.Split("", ",")))
	lines := strings.Split("a\nb\n", "\n")
	fmt.Printf("%q\n", lines)
	fmt.Println(strings.Index("chicken", "ken"))
	fmt.Println(strings.Cut("k=v", "="))
}

// Output:
// [x yy zzz]
// 01345
// 9 sq
// 0 1 2 2
// 1a<nil>
// 1 a <nil>
// 8 2
// [[1 2] [3 4]] 2
// matrix 4
// 20 true
// to stdout 1
// fp-2
// abcde 5 8
// hello 5 o
// true true
// 12
// [a b c] [] 1
// ["a" "b" ""]
// 4
// k v true
// deferred order: 123
