// A send with no receiver: the runtime detects that every goroutine is asleep; exit 2.
package main

func main() {
	ch := make(chan int)
	ch <- 1
}

// Output:
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
// goroutine 1 [chan send]:
// Exit: 2
