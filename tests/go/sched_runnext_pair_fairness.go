// gort: --gomaxprocs 1
// Two goroutines that wake each other forever (a loop of `go child(); wg.Wait()`, the child
// calling Done) hand the only P back and forth through runnext: each parks or exits before its
// time slice could end. Go still lets the others run (the chain inherits one slice, and sysmon
// preempts it), so main wakes from its sleep and its receive, prints and returns.
package main

import (
	"fmt"
	"sync"
	"time"
)

func pairs() {
	for {
		var wg sync.WaitGroup
		wg.Add(1)
		go func() { wg.Done() }()
		wg.Wait()
	}
}

func main() {
	go pairs()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main woke from its sleep")
	ch := make(chan string)
	go func() { ch <- "a goroutine queued behind the pair ran" }()
	go pairs()
	fmt.Println(<-ch)
	for i := 0; i < 3; i++ {
		time.Sleep(time.Millisecond)
		fmt.Println("tick", i)
	}
}

// Output:
// main woke from its sleep
// a goroutine queued behind the pair ran
// tick 0
// tick 1
// tick 2
