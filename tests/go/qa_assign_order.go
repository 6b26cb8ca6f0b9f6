// Tuple assignment order (spec: index and pointer-indirection operands on the left and all
// expressions on the right are evaluated first, then assignments happen left to right):
// an element indexed by a variable assigned in the same statement, a map key, and a field
// through a pointer that the same statement sets to nil.
package main

import "fmt"

type T struct{ a []int }

func get() int { fmt.Print("get "); return 1 }

func main() {
	a := []int{1, 2, 3}
	i := 0
	i, a[i] = 1, 9
	fmt.Println(i, a)
	m := map[string]int{}
	k := "x"
	k, m[k] = "y", 5
	fmt.Println(k, m)
	t := &T{[]int{0, 0}}
	var p *T = t
	p, p.a[0] = nil, 7
	fmt.Println(p == nil, t.a)
	x := []int{0, 0, 0}
	j := 0
	x[j], j = 5, 2
	fmt.Println(x, j)
	b := []int{get(), get() + 1}
	fmt.Println(b)
}

// Output:
// 1 [9 2 3]
// y map[x:5]
// true [7 0]
// [5 0 0] 2
// get get [1 2]
