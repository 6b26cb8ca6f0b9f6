// Slices: append growth sharing, copy, reslicing with 3-index slices, 2D slices, slices of
// slices aliasing, removing/inserting elements, and printing nil vs empty slices.
package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s), s)
	for i := 0; i < 5; i++ {
		s = append(s, i*i)
	}
	fmt.Println(s, len(s))

	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	b[0] = 20
	fmt.Println(a, b, len(b), cap(b))
	b = append(b, 30)
	fmt.Println(a, b)
	c := a[1:3:3]
	c = append(c, 99)
	c[0] = -1
	fmt.Println(a, c, len(c))

	dst := make([]int, 3)
	n := copy(dst, a)
	fmt.Println(n, dst)
	n = copy(a[1:], a)
	fmt.Println(n, a)

	grid := make([][]rune, 3)
	for i := range grid {
		grid[i] = make([]rune, 4)
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1][2] = '#'
	grid[0][0] = '@'
	for _, row := range grid {
		fmt.Println(string(row))
	}

	matrix := [][]int{{1, 2, 3}, {4, 5, 6}}
	t := make([][]int, 3)
	for i := range t {
		t[i] = make([]int, 2)
		for j := range t[i] {
			t[i][j] = matrix[j][i]
		}
	}
	fmt.Println(matrix, t)

	x := []string{"a", "b", "c", "d", "e"}
	i := 2
	x = append(x[:i], x[i+1:]...)
	fmt.Println(x, len(x))
	x = append(x[:1], append([]string{"NEW"}, x[1:]...)...)
	fmt.Println(x)

	empty := []int{}
	fmt.Println(empty == nil, empty, len(empty))
	fmt.Printf("%v %d %q\n", []string{"x", "y"}, []int{1, 2}, []string{"p q", "r"})
	var arr [5]int
	sl := arr[:]
	sl[4] = 9
	fmt.Println(arr, len(arr))
	arr2 := arr
	arr2[0] = 1
	fmt.Println(arr, arr2, arr == arr2)
	bs := []byte("hello")
	bs[0] = 'H'
	fmt.Println(string(bs), bs)

	stack := []int{}
	for i := 1; i <= 3; i++ {
		stack = append(stack, i)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top, " ")
	}
	fmt.Println()
}

// Output:
// true 0 0 []
// [0 1 4 9 16] 5
// [1 20 3 4 5] [20 3] 2 4
// [1 20 3 30 5] [20 3 30]
// [1 20 3 30 5] [-1 3 99] 3
// 3 [1 20 3]
// 4 [1 1 20 3 30]
// @...
// ..#.
// ....
// [[1 2 3] [4 5 6]] [[1 4] [2 5] [3 6]]
// [a b d e] 4
// [a NEW b d e]
// false [] 0
// [x y] [1 2] ["p q" "r"]
// [0 0 0 0 9] 5
// [0 0 0 0 9] [1 0 0 0 9] false
// Hello [72 101 108 108 111]
// 3 2 1 
