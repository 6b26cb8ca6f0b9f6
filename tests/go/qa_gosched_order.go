// Cooperative scheduling with one P (GOMAXPROCS=1 set by the program itself): two goroutines
// and main yielding with runtime.Gosched interleave in a fixed order in Go (new goroutines go
// to runnext; Gosched puts the caller on the global queue). Also NumGoroutine as they finish.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	prev := runtime.GOMAXPROCS(1)
	fmt.Println("previous >= 1:", prev >= 1, "now:", runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for _, name := range []string{"A", "B"} {
		wg.Add(1)
		go func(name string) {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				fmt.Println(name, i)
				runtime.Gosched()
			}
		}(name)
	}
	for i := 0; i < 3; i++ {
		fmt.Println("main", i)
		runtime.Gosched()
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
	wg.Wait()
	fmt.Println("goroutines:", runtime.NumGoroutine())
}

// go: skip Go 1.19 prints this order in most runs, but sysmon can hand the P off during a write and reorder it (1 of 9 runs here)
// Output:
// previous >= 1: true now: 1
// main 0
// B 0
// A 0
// main 1
// B 1
// A 1
// main 2
// B 2
// A 2
// goroutines: 3
// goroutines: 1
