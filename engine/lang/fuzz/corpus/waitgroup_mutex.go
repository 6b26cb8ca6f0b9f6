// waitgroup_mutex: a sync.WaitGroup waits for a set of goroutines to finish; a sync.Mutex
// makes their updates of a shared counter safe. Without the mutex the increments would race
// and the total would often be less than 1000.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var (
		mu      sync.Mutex
		wg      sync.WaitGroup
		counter int
	)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter =", counter)
}
