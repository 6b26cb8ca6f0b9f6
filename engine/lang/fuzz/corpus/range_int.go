// go: skip range over an integer is Go 1.22; the oracle is Go 1.19
// Range over an integer (Go 1.22).
package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Println(i)
	}
	total := 0
	for range 10 {
		total++
	}
	fmt.Println(total)
}

// Output:
// 0
// 1
// 2
// 10
