// go: skip range over functions is Go 1.23 (the oracle is Go 1.19); expected output follows Go's runtime
// An iterator that ignores yield's false and calls the loop body again: Go's run-time check
// panics (runtime.panicrangestate), the program ends with exit status 2.
package main

import "fmt"

func bad(yield func(int) bool) {
	yield(1)
	yield(2)
}

func main() {
	for x := range bad {
		fmt.Println(x)
		break
	}
	fmt.Println("not reached")
}

// Output:
// 1
// Stderr:
// panic: runtime error: range function continued iteration after function for loop body returned false
// goroutine 1 [running]:
// Exit: 2
