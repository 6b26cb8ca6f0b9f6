// Function literals capture variables by reference: a counter generator and a shared variable.
package main

import "fmt"

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func apply(xs []int, f func(int) int) []int {
	var out []int
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	next := counter()
	fmt.Println(next(), next(), next())
	other := counter()
	fmt.Println(other(), next())
	x := 1
	add := func(d int) { x += d }
	add(5)
	add(10)
	fmt.Println(x)
	fmt.Println(apply([]int{1, 2, 3}, func(v int) int { return v * v }))
	fib := func(n int) int { return n }
	fmt.Println(fib(4))
}

// Output:
// 1 2 3
// 1 4
// 16
// [1 4 9]
// 4
