// len and cap of an array (or a pointer to one) are constants when the operand has no calls
// or channel receives (the spec's "Length and capacity"); then the operand is not evaluated.
package main

import "fmt"

type grid struct{ cells [4][3]float64 }

func get() [5]int { fmt.Println("get called"); return [5]int{} }

func main() {
	students := [...][3]float64{{1, 2, 3}, {4, 5, 6}}
	const N = float64(len(students) * len(students[0]))
	var p *[4]int // nil: len(*p) is constant and *p is not evaluated
	const C = len(p) + len(*p)
	var g grid
	var gp *grid
	const D = cap(students[1]) + len(g.cells[2]) + len(gp.cells)
	i := 7
	const E = len(students[i]) // out of range, but not evaluated
	fmt.Println(N, C, D, E)
	ch := make(chan [2]int, 1)
	ch <- [2]int{}
	n := len(<-ch)     // a receive: not constant, evaluated
	m := len(get())    // a call: not constant, evaluated
	fmt.Println(n, m, len([3]int{1, 2, 3}))
}

// Output:
// 6 8 10 3
// get called
// 2 5 3
