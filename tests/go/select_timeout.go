// gort: --faketime
// select waits for whichever case is ready first: here a result that comes too late loses to
// a timeout, and a fast one wins. Fake time makes this instant and exact.
package main

import (
	"fmt"
	"time"
)

func work(d time.Duration, out chan<- string) {
	time.Sleep(d)
	out <- fmt.Sprint("done after ", d)
}

func main() {
	slow := make(chan string, 1)
	go work(2*time.Second, slow)
	select {
	case r := <-slow:
		fmt.Println(r)
	case <-time.After(500 * time.Millisecond):
		fmt.Println("timeout waiting for slow")
	}
	fast := make(chan string, 1)
	go work(100*time.Millisecond, fast)
	select {
	case r := <-fast:
		fmt.Println(r)
	case <-time.After(time.Second):
		fmt.Println("timeout waiting for fast")
	}
}

// Output:
// timeout waiting for slow
// done after 100ms
