// Forgetting to close a channel that main ranges over: after the producer finishes, main blocks
// forever in "chan receive" and the runtime reports the deadlock with main.main's line.
package main

import "fmt"

func produce(ch chan<- int) {
	for i := 0; i < 3; i++ {
		ch <- i
	}
}

func main() {
	ch := make(chan int)
	go produce(ch)
	for v := range ch {
		fmt.Println("got", v)
	}
}

// Output:
// got 0
// got 1
// got 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
// goroutine 1 [chan receive]:
// main.main()
// .go:16 +0x
// Exit: 2
