// sync.WaitGroup.Go (Go 1.25): each task runs in its own goroutine and Wait returns after all.
// go: skip WaitGroup.Go is newer than the Go 1.19 oracle
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var got []int
	for i := 0; i < 5; i++ {
		wg.Go(func() {
			mu.Lock()
			got = append(got, i*i)
			mu.Unlock()
		})
	}
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)
}

// Output:
// [0 1 4 9 16]
