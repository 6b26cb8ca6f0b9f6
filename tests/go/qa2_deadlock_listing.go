// A deadlock with goroutines in different wait states: main blocked on a WaitGroup, one
// goroutine receiving from a channel nobody sends on, one sending with no receiver, one in a
// select, one on a nil channel, one waiting for a mutex and one in sync.Cond.Wait. Go prints
// "all goroutines are asleep" and each blocked goroutine with its wait reason, exit status 2.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	cond := sync.NewCond(&sync.Mutex{})
	in := make(chan int)
	out := make(chan int)
	var nilch chan string
	wg.Add(6)
	go func() { defer wg.Done(); <-in }()
	go func() { defer wg.Done(); out <- 1 }()
	go func() {
		defer wg.Done()
		select {
		case <-in:
		case out <- 2:
		}
	}()
	go func() { defer wg.Done(); nilch <- "x" }()
	mu.Lock()
	go func() { defer wg.Done(); mu.Lock() }()
	go func() {
		defer wg.Done()
		cond.L.Lock()
		cond.Wait()
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("all started")
	wg.Wait()
}

// Output:
// all started
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
// goroutine 1 [semacquire]:
// main.main()
// .go:40 +0x
// [chan receive]:
// main.main.func1()
// .go:21 +0x
// [chan send]:
// main.main.func2()
// .go:22 +0x
// [select]:
// main.main.func3()
// .go:25 +0x
// [chan send (nil chan)]:
// main.main.func4()
// .go:30 +0x
// [semacquire]:
// main.main.func5()
// .go:32 +0x
// [sync.Cond.Wait]:
// main.main.func6()
// .go:36 +0x
// Exit: 2
