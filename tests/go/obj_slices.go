// Slices: append growth caps as Go 1.19 prints them, aliasing of reslices, 3-index slices, copy
// with overlap, delete/insert idioms, slices of structs, 2D slices, array slicing, nil vs empty,
// range snapshot, []byte/[]rune.
package main

import "fmt"

type Pair struct {
	K string
	V int
}

func main() {
	// Growth: cap() as printed by Go 1.19.
	var s []int
	for i := 1; i <= 10; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	var ss []string
	var bs []byte
	var ps []Pair
	for i := 0; i < 20; i++ {
		ss = append(ss, "x")
		bs = append(bs, 'x')
		ps = append(ps, Pair{"k", i})
	}
	fmt.Println(cap(ss), cap(bs), cap(ps))
	fmt.Println(cap(append([]int(nil), 1, 2, 3, 4, 5)), cap(append(make([]int, 300), 1)))

	// Aliasing: reslices share the backing array until append outgrows it.
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	mid := base[2:5]
	mid[0] = 20
	fmt.Println(base, mid, len(mid), cap(mid))
	mid = append(mid, 50) // fits: overwrites base[5]
	fmt.Println(base, mid)
	limited := base[2:4:4]
	limited = append(limited, 99) // cap exhausted: new array
	limited[0] = -1
	fmt.Println(base, limited, cap(limited))

	// copy with overlap.
	c := []int{1, 2, 3, 4, 5}
	n := copy(c[1:], c)
	fmt.Println(n, c)
	c = []int{1, 2, 3, 4, 5}
	n = copy(c, c[2:])
	fmt.Println(n, c)
	dst := make([]byte, 3)
	n = copy(dst, "hello")
	fmt.Println(n, dst, string(dst))

	// Deleting and inserting.
	del := []string{"a", "b", "c", "d"}
	del = append(del[:1], del[2:]...)
	fmt.Println(del, len(del), cap(del))
	ins := []int{1, 2, 4}
	ins = append(ins[:2], append([]int{3}, ins[2:]...)...)
	fmt.Println(ins)

	// Slices of structs: append copies the value.
	p := Pair{"a", 1}
	pairs := []Pair{p}
	p.V = 100
	pairs = append(pairs, p)
	pairs[0].V = 5
	fmt.Println(p, pairs)
	grown := append(pairs, Pair{"c", 3})
	grown[0].K = "changed"
	fmt.Println(pairs[0], grown[0])

	// 2D slices.
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 4)
		for j := range grid[i] {
			grid[i][j] = i + j
		}
	}
	grid[1] = append(grid[1], 100)
	fmt.Println(grid, len(grid[1]))

	// Arrays and slices of arrays.
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:4]
	sl[0] = 200
	fmt.Println(arr, sl, len(sl), cap(sl))
	sl = append(sl, 400)
	fmt.Println(arr)
	parr := &arr
	parr[4] = 500
	fmt.Println(arr[4], len(parr))

	// nil vs empty.
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), cap(empty))
	nilS = append(nilS, empty...)
	fmt.Println(nilS == nil, nilS[:0] == nil)
	fmt.Println(nilS, empty)

	// Range evaluates the slice once; the value is a copy.
	r := []int{1, 2, 3}
	for i, v := range r {
		if i == 0 {
			r = append(r, 4)
			r[1] = 20
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(r))

	// make with len and cap; reslice up to cap.
	m := make([]int, 2, 10)
	m = m[:cap(m)]
	fmt.Println(len(m), m[9])
	m = m[8:]
	fmt.Println(len(m), cap(m))

	// Byte slices and strings.
	b := []byte("héllo")
	b[0] = 'H'
	fmt.Println(len(b), string(b), b[1])
	b = append(b, " world"...)
	fmt.Println(string(b))
	runes := []rune("héllo")
	runes[1] = 'e'
	fmt.Println(len(runes), string(runes))

	// A stack and a queue.
	var stack []int
	for i := 0; i < 5; i++ {
		stack = append(stack, i)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top)
	}
	fmt.Println()
	queue := []string{"a", "b", "c"}
	for len(queue) > 0 {
		fmt.Print(queue[0])
		queue = queue[1:]
	}
	fmt.Println()
}

// Output:
// 1 2 4 4 8 8 8 8 16 16
// 32 32 32
// 6 608
// [0 1 20 3 4 5 6 7] [20 3 4] 3 6
// [0 1 20 3 4 50 6 7] [20 3 4 50]
// [0 1 20 3 4 50 6 7] [-1 3 99] 4
// 4 [1 1 2 3 4]
// 3 [3 4 5 4 5]
// 3 [104 101 108] hel
// [a c d] 3 4
// [1 2 3 4]
// {a 100} [{a 5} {a 100}]
// {a 5} {changed 5}
// [[0 1 2 3] [1 2 3 4 100] [2 3 4 5]] 5
// [1 200 3 4 5] [200 3 4] 3 4
// [1 200 3 4 400]
// 500 5
// true false 0 0
// true true
// [] []
// 1 2 3 4
// 10 0
// 2 2
// 6 Héllo 195
// Héllo world
// 5 hello
// 43210
// abc
