// Slices: literals, indexing, len, append, slicing (sharing the backing array), range.
package main

import "fmt"

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	s := []int{3, 1, 4}
	s = append(s, 1, 5)
	s[0] = 9
	fmt.Println(s, len(s), sum(s))
	t := s[1:3]
	t[0] = 100
	fmt.Println(t, len(t), s)
	var names []string
	fmt.Println(names == nil, len(names))
	for i := 0; i < 3; i++ {
		names = append(names, fmt.Sprint("n", i))
	}
	for i, n := range names {
		fmt.Println(i, n)
	}
	m := make([]int, 3, 10)
	fmt.Println(m, len(m), cap(m))
	grid := [][]int{{1, 2}, {3, 4}}
	grid[1] = append(grid[1], 5)
	fmt.Println(grid, len(grid[1]))
	u := append([]int(nil), s[:2]...)
	fmt.Println(u)
}

// Output:
// [9 1 4 1 5] 5 20
// [100 4] 2 [9 100 4 1 5]
// true 0
// 0 n0
// 1 n1
// 2 n2
// [0 0 0] 3 10
// [[1 2] [3 4 5]] 3
// [9 100]
