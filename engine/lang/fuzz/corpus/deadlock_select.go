// An empty select blocks forever; with no other goroutine that is a deadlock.
package main

import "fmt"

func main() {
	fmt.Println("waiting forever")
	select {}
}

// Output:
// waiting forever
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
// goroutine 1 [select (no cases)]:
// Exit: 2
