// An unrecovered panic prints "panic: " and the goroutine's trace to stderr; exit status 2.
// Deferred calls run before the program dies.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs")
	fmt.Println("before")
	panic("boom")
}

// Output:
// before
// deferred runs
// Stderr:
// panic: boom
// goroutine 1 [running]:
// Exit: 2
