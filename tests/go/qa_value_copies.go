// Aggregates are values: arrays and structs copied when boxed in interfaces, asserted out,
// read from maps, sent on channels, passed to functions and deferred calls, and used as map
// keys; only pointers share.
package main

import "fmt"

type P struct {
	X   int
	Arr [2]int
}

func mutate(v interface{}) {
	if p, ok := v.(P); ok {
		p.X = 100
		p.Arr[0] = 100
	}
}

func main() {
	arr := [3]int{1, 2, 3}
	var i interface{} = arr
	arr[0] = 9
	fmt.Println(i.([3]int)[0], arr[0])
	p := P{1, [2]int{1, 1}}
	var j interface{} = p
	p.X = 2
	p.Arr[1] = 2
	mutate(j)
	fmt.Println(j, p)
	q := j.(P)
	q.Arr[0] = 50
	fmt.Println(j, q)
	s := []P{{1, [2]int{}}}
	var k interface{} = s
	s[0].X = 7
	fmt.Println(k)
	m := map[string]P{"a": p}
	pp := m["a"]
	pp.Arr[0] = -1
	fmt.Println(m["a"].Arr, pp.Arr)
	ch := make(chan P, 1)
	ch <- p
	p.Arr[0] = 77
	fmt.Println((<-ch).Arr)
	arrs := [][2]int{{1, 2}}
	a0 := arrs[0]
	a0[0] = 5
	fmt.Println(arrs, a0)
	f := func(x [2]int) [2]int { x[1] = 0; return x }
	orig := [2]int{3, 4}
	fmt.Println(f(orig), orig)
	structs := map[P]int{p: 1}
	p.X = 99
	fmt.Println(len(structs), structs[p])
	var iface interface{} = &p
	iface.(*P).X = 5
	fmt.Println(p.X)
	defer func(v P) { fmt.Println("deferred copy", v.X, v.Arr) }(p)
	p.X = 6
	p.Arr[0] = 6
	go func(v [2]int) {}(p.Arr)
}

// Output:
// 1 9
// {1 [1 1]} {2 [1 2]}
// {1 [1 1]} {1 [50 1]}
// [{7 [0 0]}]
// [1 2] [-1 2]
// [1 2]
// [[1 2]] [5 2]
// [3 0] [3 4]
// 1 0
// 5
// deferred copy 5 [77 2]
