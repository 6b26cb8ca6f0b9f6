// parallel_sum: CPU-bound work split over goroutines. Try GOMAXPROCS 1 and then all cores:
// with more Ps the goroutines run in parallel on several Ms (web workers in the browser),
// and idle Ps steal work from busy ones.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func work(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i % 7
	}
	return s
}

func main() {
	start := time.Now()
	var wg sync.WaitGroup
	results := make([]int, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			results[g] = work(5000000)
		}(g)
	}
	wg.Wait()
	total := 0
	for _, r := range results {
		total += r
	}
	fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0), "total:", total)
	fmt.Println("took about", time.Since(start).Round(10*time.Millisecond))
}
