// Timeout: 120
// 100,000 goroutines park on one channel, then are released together by close and counted
// with a WaitGroup (bench/ measures the memory per parked goroutine).
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 100000
	release := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-release
			mu.Lock()
			sum += i
			mu.Unlock()
		}(i)
	}
	close(release)
	wg.Wait()
	fmt.Println(sum)
}

// Output:
// 4999950000
