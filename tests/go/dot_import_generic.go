// A dot import of a package of generic functions (slices, Go 1.21): its functions are called
// and instantiated without a qualifier, beside a qualified import of sort.
package main

import (
	"fmt"
	. "slices"
	"sort"
)

func main() {
	x := []int{3, 1, 2}
	SortFunc(x, func(a, b int) int { return a - b })
	fmt.Println(x, Max(x), IndexFunc(x, func(v int) bool { return v == 2 }), Contains(x, 4))
	y := []string{"b", "a"}
	sort.Strings(y)
	fmt.Println(y, sort.SearchInts([]int{1, 3, 5}, 3), Equal(y, []string{"a", "b"}))
}

// Output:
// [1 2 3] 3 1 false
// [a b] 1 true
// go: skip slices is Go 1.21 (the oracle is Go 1.19); the expected output follows the slices package documentation
