// sync.Cond: a queue with Signal/Broadcast, workers re-check under the lock after every Wait.
package main

import (
	"fmt"
	"sync"
)

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func main() {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	var wg sync.WaitGroup
	results := make([]int, 0)
	var rmu sync.Mutex
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				q.mu.Lock()
				for len(q.items) == 0 {
					q.cond.Wait()
				}
				it := q.items[0]
				q.items = q.items[1:]
				q.mu.Unlock()
				if it < 0 {
					return
				}
				rmu.Lock()
				results = append(results, it)
				rmu.Unlock()
			}
		}()
	}
	for i := 1; i <= 100; i++ {
		q.mu.Lock()
		q.items = append(q.items, i)
		q.cond.Signal()
		q.mu.Unlock()
	}
	q.mu.Lock()
	for w := 0; w < 4; w++ {
		q.items = append(q.items, -1)
	}
	q.cond.Broadcast()
	q.mu.Unlock()
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println(len(results), sum)
}

// Output:
// 100 5050
