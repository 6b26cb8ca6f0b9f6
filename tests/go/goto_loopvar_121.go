// gort: --go 1.21
// A goto back to a labeled for loop runs the whole statement again: Go 1.21 makes one loop
// variable per execution of the for statement, shared by that execution's closures (the
// first run's i ends at 2, the second's too; round is 2 when they are called).
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
// 22 22 22 22
