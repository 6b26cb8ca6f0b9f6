// A runtime error: integer division by zero.
package main

import "fmt"

func main() {
	a, b := 10, 0
	fmt.Println("dividing")
	fmt.Println(a / b)
}

// Output:
// dividing
// Stderr:
// panic: runtime error: integer divide by zero
// goroutine 1 [running]:
// Exit: 2
