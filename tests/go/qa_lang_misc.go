// Assorted language corners seen in real programs: init() order and package-level variable
// dependency order, methods on slice/map/func types, type aliases, anonymous struct slices,
// assignment evaluation order, new(), predeclared names shadowed, string += in loops, switch
// on types with multi-type cases, and arrays sized by constant expressions.
package main

import (
	"fmt"
	"sort"
	"strings"
)

var (
	total = compute()
	base  = 10
)

func compute() int { return base * 2 }

func init() { fmt.Println("init 1, total =", total) }
func init() { fmt.Println("init 2") }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l *IntList) Add(v int) { *l = append(*l, v) }

type Set map[string]struct{}

func (s Set) Add(k string)      { s[k] = struct{}{} }
func (s Set) Has(k string) bool { _, ok := s[k]; return ok }
func (s Set) Keys() []string {
	var ks []string
	for k := range s {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type Handler func(string) string

func (h Handler) Twice(s string) string { return h(h(s)) }

type Celsius = float64

const N = 2 * 3

func describe(v interface{}) string {
	switch x := v.(type) {
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case fmt.Stringer:
		return "stringer"
	case []int:
		return fmt.Sprint("ints of len ", len(x))
	}
	return "?"
}

func main() {
	fmt.Println("main", total, base)
	var l IntList
	l.Add(3)
	l.Add(4)
	fmt.Println(l, l.Sum(), IntList{1, 2}.Sum())
	s := Set{}
	s.Add("b")
	s.Add("a")
	fmt.Println(s.Has("a"), s.Has("z"), s.Keys(), len(s))
	h := Handler(strings.ToUpper)
	ex := Handler(func(s string) string { return s + "!" })
	fmt.Println(h.Twice("go"), ex.Twice("hi"))
	var c Celsius = 36.6
	fmt.Printf("%v %T\n", c, c)

	people := []struct {
		Name string
		Age  int
	}{{"Ann", 31}, {"Bo", 22}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	pts := map[string][]struct{ X, Y int }{"line": {{0, 0}, {1, 1}}}
	fmt.Println(pts)

	a := []int{1, 2, 3}
	i := 0
	i, a[i] = 1, 9
	fmt.Println(i, a)
	a[0], a[2] = a[2], a[0]
	fmt.Println(a)
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)

	p := new(int)
	*p = 5
	ps := new([]string)
	*ps = append(*ps, "n")
	fmt.Println(*p, *ps, len(*ps))

	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	{
		string := 7
		fmt.Println(string + 1)
	}
	out := ""
	for i := 0; i < 5; i++ {
		out += fmt.Sprint(i)
		out += ","
	}
	fmt.Println(out)
	var arr [N * 2]bool
	fmt.Println(cap(arr), describe(3), describe(int64(4)), describe([]int{1}), describe(2.5))
	type Local struct{ V int }
	fmt.Printf("%v %+v %T\n", Local{1}, &Local{2}, Local{})
}

// Output:
// init 1, total = 20
// init 2
// main 20 10
// [3 4] 7 3
// true false [a b] 2
// GO hi!!
// 36.6 float64
// [{Bo 22} {Ann 31}]
// map[line:[{0 0} {1 1}]]
// 1 [9 2 3]
// [3 2 9]
// 2 3
// 5 [n] 1
// 42
// 8
// 0,1,2,3,4,
// 12 integer 3 (int) integer 4 (int64) ints of len 1 ?
// {1} &{V:2} main.Local
