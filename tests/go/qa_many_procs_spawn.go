// GOMAXPROCS above the machine's core count (a browser with many cores gets a large default):
// rounds of 1000 short goroutines each sending to a channel that main drains. Spinning Ms find
// work in the global run queue constantly here. Must finish (it hung natively: see
// docs/qa-report.md, sched.cpp findrunnable's global-queue path).
// gort: --gomaxprocs 4
// Timeout: 60
package main

import (
	"fmt"
	"sync"
)

func main() {
	total := 0
	for r := 0; r < 30; r++ {
		done := make(chan int)
		for i := 0; i < 1000; i++ {
			go func(i int) {
				done <- i
			}(i)
		}
		for i := 0; i < 1000; i++ {
			total += <-done
		}
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	n := 0
	for r := 0; r < 20; r++ {
		for i := 0; i < 500; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				mu.Lock()
				n++
				mu.Unlock()
			}()
		}
		wg.Wait()
	}
	fmt.Println(total, n)
}

// Output:
// 14985000 10000
