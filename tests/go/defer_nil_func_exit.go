// An unrecovered deferred nil func value: Go's nil-dereference panic with its signal line.
package main

import "fmt"

func main() {
	var g func()
	defer g()
	fmt.Println("after defer statement")
}

// Output:
// after defer statement
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
// [signal SIGSEGV: segmentation violation
// goroutine 1 [running]:
// Exit: 2
