// A constraint whose union has an interface term (Number | ~string): valid Go since 1.18.
// Found by tests/diff (gen.mjs).
package main

import "fmt"

type Number interface {
	~int | ~int8 | ~float64
}

type Ordered interface {
	Number | ~string
}

func max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(max(3, 5), max(int8(-1), -2), max(2.5, 1.5), max("a", "b"))
}

// Output:
// 5 -1 2.5 b
