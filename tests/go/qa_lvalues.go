// Composite literal forms with elided types (pointer elements, nested slices of structs, array
// pointers, embedded-struct literals) and assignment targets (fields through pointers and
// function results, *&x, map entries, subslices, pointer-to-pointer, arrays of arrays via
// pointer, swaps of struct fields and array elements).
package main

import "fmt"

type P struct {
	X   int
	Arr [3]int
	M   map[string]int
	In  *P
}

var global P

func getP() *P { return &global }

func main() {
	a := &[3]int{1, 2, 3}
	b := []*[2]int{{1, 2}, {3, 4}}
	c := map[string]*P{"k": {X: 1}}
	d := [][]P{{{X: 1}}, {{X: 2}, {X: 3}}}
	e := &[]string{"x"}
	f := [...]*P{{X: 5}}
	g := struct{ P }{P{X: 6}}
	fmt.Println(a[1], b[1][0], c["k"].X, d[1][1].X, (*e)[0], f[0].X, g.X)
	p := &P{M: map[string]int{}}
	p.Arr[1] += 5
	(*p).X = 3
	*&p.X *= 2
	p.M["a"]++
	getP().X = 11
	getP().Arr[2]++
	p.In = &P{}
	p.In.Arr[0]--
	s := []int{1, 2, 3, 4}
	s[1:3][1] = 30
	x := 1
	px := &x
	*px++
	pp := &px
	**pp += 10
	var grid [2][3]int
	grid[1][2] = 7
	gp := &grid
	gp[0][1] = 8
	m2 := map[string][]int{"a": {1, 2}}
	m2["a"][1] = 20
	fmt.Println(p.X, p.Arr, p.M, global.X, global.Arr, p.In.Arr, s, x, grid, m2)
	type pair struct{ a, b int }
	pr := pair{1, 2}
	pr.a, pr.b = pr.b, pr.a
	arr := [2]pair{{1, 2}, {3, 4}}
	arr[0], arr[1] = arr[1], arr[0]
	fmt.Println(pr, arr)
}

// Output:
// 2 3 1 3 x 5 6
// 6 [0 5 0] map[a:1] 11 [0 0 1] [-1 0 0] [1 2 30 4] 12 [[0 8 0] [0 0 7]] map[a:[1 20]]
// {2 1} [{3 4} {1 2}]
