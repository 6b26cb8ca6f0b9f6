// go: skip per-iteration variables of three-clause loops are Go 1.22; the oracle is Go 1.19
// Go 1.22 (the default): each iteration of a three-clause loop has its own i.
package main

import "fmt"

func main() {
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { fmt.Println(i) })
	}
	for _, f := range fs {
		f()
	}
}

// Output:
// 0
// 1
// 2
