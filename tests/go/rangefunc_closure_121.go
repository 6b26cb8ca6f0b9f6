// gort: --go 1.21 --faketime --gomaxprocs 1
// go: skip the oracle (Go 1.19) gives the same output, but the run flags are gort's
// The 1.21 loop-variable pitfall is still there under --go 1.21 now that the default
// language version is 1.24: the three closures share one i.
package main

import "fmt"

func main() {
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { fmt.Print(i, " ") })
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
}

// Output:
// 3 3 3
