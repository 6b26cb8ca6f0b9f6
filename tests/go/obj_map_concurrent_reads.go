// Concurrent reads (lookups and ranges) of a shared map are legal Go: no "concurrent map"
// fatal error may be reported however the readers overlap. Writes are serialized by a mutex.
// gort: --gomaxprocs 4
package main

import (
	"fmt"
	"sync"
)

func main() {
	shared := map[string]int{}
	for i := 0; i < 1000; i++ {
		shared[fmt.Sprint("k", i)] = i
	}
	var mu sync.Mutex
	guarded := map[int]int{}
	var wg sync.WaitGroup
	sums := make([]int, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for round := 0; round < 50; round++ {
				for i := 0; i < 1000; i += 7 {
					sums[g] += shared[fmt.Sprint("k", i)]
				}
				for _, v := range shared {
					sums[g] += v
				}
				mu.Lock()
				guarded[g*1000+round]++
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(sums[0], sums[7], len(guarded))
}

// Output:
// 28528550 28528550 400
