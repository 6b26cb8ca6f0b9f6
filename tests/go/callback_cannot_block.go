// A String method that fmt calls and that would wait for ever (a receive from an empty
// channel): gort cannot park a goroutine inside Go code the standard library called, so after
// waiting a while it panics with a message saying so — fmt reports a panicking String method
// as %!v(PANIC=String method: ...) — and nothing is left half-done: the mutex the method held
// is released by its defer, the channel has no stale waiter, and the program goes on. (Go
// would block here, and end in "all goroutines are asleep - deadlock!".)
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
	fmt.Println(b) // the channel is empty now
	b.mu.Lock()
	fmt.Println("mutex free again")
	b.mu.Unlock()
	b.ch <- 8
	fmt.Println(b)
	go func() { b.ch <- 9 }()
	fmt.Println("from main:", <-b.ch)
}

// Output:
// received 7
// %!v(PANIC=String method: gort: a blocking operation inside a String/Error method or callback called by a native function is not supported)
// mutex free again
// received 8
// from main: 9
// go: skip Go blocks for ever in the second Println (a deadlock); gort refuses to park inside a callback
