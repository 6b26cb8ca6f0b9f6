// A String method that fmt calls and that waits for ever (a receive from an empty channel,
// holding a mutex): as in Go, the goroutine blocks inside fmt.Println, and with nothing else
// to run the program ends in Go's deadlock report, which shows the goroutine blocked in the
// receive. (gort used to refuse to park inside a callback and panicked instead.)
package main

import (
	"fmt"
	"sync"
)

type Blocker struct {
	mu sync.Mutex
	ch chan int
}

func (b *Blocker) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return fmt.Sprint("received ", <-b.ch)
}

func main() {
	b := &Blocker{ch: make(chan int, 1)}
	b.ch <- 7
	fmt.Println(b)
	fmt.Println(b) // the channel is empty now: blocks for ever
	fmt.Println("not reached")
}

// Output:
// received 7
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
// goroutine 1 [chan receive]:
// main.(*Blocker).String
// Exit: 2
