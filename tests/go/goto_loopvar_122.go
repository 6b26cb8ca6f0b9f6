// gort: --go 1.22
// go: skip Go 1.19 (the oracle) has the shared loop variable of Go 1.21
// A goto back to a labeled for loop runs the whole statement again: with Go 1.22 every
// iteration of every run has its own i (0 and 1, twice); round is 2 when they are called.
package main

import "fmt"

func main() {
	var fs []func() int
	round := 0
outer:
	for i := 0; i < 2; i++ {
		fs = append(fs, func() int { return i*10 + round })
		if i == 1 {
			continue outer
		}
	}
	round++
	if round < 2 {
		goto outer
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

// Output:
// 2 12 2 12
