// Where Go yields a zero value of an aggregate type (struct, array) without anyone storing one:
// a missing key or a nil map with comma-ok, a receive from a closed channel (plain, comma-ok and
// in select). gort keeps aggregates as owned objects, so each of these must make a fresh zero.
package main

import "fmt"

type P struct{ X, Y int }

func main() {
	var nilmap map[string]P
	v, ok := nilmap["a"]
	fmt.Println(v, ok, nilmap["b"].X)
	m := map[[2]int]struct{ a [3]int }{{1, 2}: {[3]int{1, 2, 3}}}
	w, ok := m[[2]int{3, 4}]
	w.a[0] = 9 // a fresh zero: must not change what a later lookup sees
	w2, ok2 := m[[2]int{3, 4}]
	fmt.Println(w, ok, w2, ok2, m[[2]int{1, 2}])

	ch := make(chan P, 1)
	ch <- P{1, 2}
	close(ch)
	p, ok := <-ch
	fmt.Println(p, ok)
	p, ok = <-ch
	fmt.Println(p, ok, <-ch)
	arr := make(chan [2]string)
	close(arr)
	a, ok := <-arr
	fmt.Println(a, ok, len(a[0]))
	select {
	case q, ok := <-arr:
		q[1] = "x"
		fmt.Println(q, ok)
	}
	select {
	case q := <-ch:
		fmt.Println(q.X + q.Y)
	}
}

// Output:
// {0 0} false 0
// {[9 0 0]} false {[0 0 0]} false {[1 2 3]}
// {1 2} true
// {0 0} false {0 0}
// [ ] false 0
// [ x] false
// 0
