// Calling Done once too often: "sync: negative WaitGroup counter" is a plain panic (a string,
// recoverable), raised in the goroutine that made the extra call; unrecovered it ends the
// program with exit status 2 after the recovered demonstration.
package main

import (
	"fmt"
	"sync"
)

func main() {
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T: %v\n", r, r)
		}()
		var wg sync.WaitGroup
		wg.Add(1)
		wg.Done()
		wg.Done()
	}()
	var wg sync.WaitGroup
	wg.Add(2)
	for i := 0; i < 3; i++ {
		go func(i int) {
			fmt.Println("worker", i)
			wg.Done()
		}(i)
	}
	wg.Wait()
	select {}
}

// Unordered output:
// recovered string: sync: negative WaitGroup counter
// worker 0
// worker 1
// worker 2
// Stderr:
// panic: sync: negative WaitGroup counter
// goroutine
// main.main.func2(
// .go:27 +0x
// created by main.main
// .go:25 +0x
// Exit: 2
