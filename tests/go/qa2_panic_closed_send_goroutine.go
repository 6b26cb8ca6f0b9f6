// A producer goroutine sending after the consumer closed the channel: the panic in a
// goroutine ends the whole program (main's defers do not run), with the goroutine's trace,
// its "created by" frame and exit status 2.
// race: yes (under --race: the first producer's sends are not ordered before the close)
package main

import (
	"fmt"
	"time"
)

func produce(ch chan<- int, n int) {
	for i := 0; i < n; i++ {
		ch <- i
	}
}

func main() {
	defer fmt.Println("main deferred: not printed")
	ch := make(chan int, 10)
	go produce(ch, 3)
	time.Sleep(10 * time.Millisecond)
	close(ch)
	for v := range ch {
		fmt.Println("got", v)
	}
	go produce(ch, 1)
	time.Sleep(time.Second)
	fmt.Println("not reached")
}

// Output:
// got 0
// got 1
// got 2
// Stderr:
// panic: send on closed channel
// goroutine
// main.produce(
// .go:14 +0x
// created by main.main
// .go:27 +0x
// Exit: 2
