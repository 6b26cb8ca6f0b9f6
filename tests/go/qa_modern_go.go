// Go 1.21/1.22 conveniences in the default (current) language version: the any alias, the
// min/max builtins (ints, floats, strings), clear on a map and on a slice, range over an int.
package main

import "fmt"

func main() {
	var x any = 1
	fmt.Println(x, min(3, 1, 2), max(2.5, 1), min("b", "a"))
	m := map[string]int{"a": 1}
	clear(m)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(len(m), s)
	for i := range 3 {
		fmt.Print(i)
	}
	fmt.Println()
}

// Output:
// 1 1 2.5 a
// 0 [0 0 0]
// 012
// go: skip min/max/clear and range over int need Go 1.21/1.22 (the oracle is 1.19); output per the Go spec
