// preempt_spin: a goroutine that spins forever in `for {}` never blocks, yet main still
// wakes from its Sleep and prints, even with GOMAXPROCS=1: the runtime preempts a
// goroutine that has run for more than 10 ms so that others get the processor.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		for {
		}
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("main still runs: the spinning goroutine was preempted")
}
