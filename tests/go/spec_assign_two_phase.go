// The spec's two-phase assignment: index expressions and pointer indirections on the left
// and the right-hand operands are evaluated first, then the assignments happen left to right
// — in tuple assignments and on the left of a range clause (for i, x[i] = range y used to
// index with the new i).
package main

import "fmt"

func main() {
	x := []int{0, 0, 0}
	i := 0
	i, x[i] = 1, 2
	fmt.Println(i, x)
	i = 0
	x[i], i = 2, 1
	fmt.Println(i, x)
	x = []int{0, 0, 0}
	for i, x[i] = range []int{7, 8, 9} {
	}
	fmt.Println(i, x)
	x = []int{0, 0, 0}
	for i, x[i] = range []int{5, 6} {
		fmt.Println("iter", i, x)
	}
	var p *int
	a, b := 1, 2
	p = &a
	p, *p = &b, 10
	fmt.Println(a, b)
	m := map[string]int{}
	k := "a"
	k, m[k] = "b", 1
	fmt.Println(k, m)
	arr := [3]int{}
	j := 0
	for j, arr[j] = range [3]int{4, 5, 6} {
	}
	fmt.Println(j, arr)
	keys := map[int]string{}
	n := 7
	for n, keys[n] = range []string{"x"} {
	}
	fmt.Println(n, keys)
	var v interface{}
	for _, v = range []int{3, 4} {
	}
	var r interface{}
	for _, r = range "hé" {
	}
	fmt.Println(v, r)
}

// Output:
// 1 [2 0 0]
// 1 [2 0 0]
// 2 [8 9 0]
// iter 0 [0 0 5]
// iter 1 [6 0 5]
// 10 2
// b map[a:1]
// 2 [5 6 0]
// 0 map[7:x]
// 4 233
