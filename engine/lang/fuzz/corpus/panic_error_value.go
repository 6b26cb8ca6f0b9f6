// panic with a non-string value prints it the way Go does (with its type for error values).
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprintf("again: %v", r))
	}()
	panic(42)
}

// Output:
// recovered: 42
// Stderr:
// panic: 42 [recovered]
// panic: again: 42
// goroutine 1 [running]:
// Exit: 2
