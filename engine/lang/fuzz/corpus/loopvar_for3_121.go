// gort: --go 1.21
// Go 1.21: one i shared by all iterations; every closure sees its final value 3.
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
// 3
// 3
// 3
