// Slice to array conversion [N]T(s) (Go 1.20) is a copy; slice to array pointer (*[N]T)(s)
// (Go 1.17) panics on a short slice. Once the slice header itself stood for the array
// (garbage values, heap corruption on overlapping *q = *p).
// go: skip [N]T(s) needs Go 1.20; Go 1.19's panic text says "to pointer to array" only
package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := [4]int(s[1:5])
	fmt.Println(a)
	a[0] = 100
	fmt.Println(s, a)
	e := make([]int, 4)
	p := (*[4]int)(e)
	p[1] = 9
	fmt.Println(e, *p, len(p))
	var z []int
	fmt.Println((*[0]int)(z) == nil, (*[0]int)(s) != nil)
	type P struct{ x, y int }
	ps := []P{{1, 2}, {3, 4}, {5, 6}}
	pa := [2]P(ps[1:])
	pa[0].x = 30
	fmt.Println(ps, pa)
	func() {
		defer func() { fmt.Println(recover()) }()
		_ = [4]int(s[:3])
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		_ = (*[4]int)(s[5:])
	}()
	_ = (*[9]int)(s)
}

// Output:
// [1 2 3 4]
// [0 1 2 3 4 5 6 7] [100 2 3 4]
// [0 9 0 0] [0 9 0 0] 4
// true true
// [{1 2} {3 4} {5 6}] [{30 4} {5 6}]
// runtime error: cannot convert slice with length 3 to array or pointer to array with length 4
// runtime error: cannot convert slice with length 3 to array or pointer to array with length 4
// Stderr:
// panic: runtime error: cannot convert slice with length 8 to array or pointer to array with length 9
// goroutine 1 [running]:
// Exit: 2
