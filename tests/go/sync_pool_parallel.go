// gort: --gomaxprocs 4
// sync.Pool from goroutines running in parallel: every Get returns either a value that was Put
// or a fresh one from New, never nil and never the same object to two goroutines at once.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type buf struct {
	owner int64
	data  [8]int
}

func main() {
	var made atomic.Int64
	pool := sync.Pool{New: func() any { made.Add(1); return new(buf) }}
	var wg sync.WaitGroup
	var bad atomic.Int64
	for w := 1; w <= 8; w++ {
		wg.Add(1)
		go func(w int64) {
			defer wg.Done()
			for i := 0; i < 3000; i++ {
				b := pool.Get().(*buf)
				if !atomic.CompareAndSwapInt64(&b.owner, 0, w) {
					bad.Add(1) // handed to two goroutines at once
				}
				b.data[i%8]++
				atomic.StoreInt64(&b.owner, 0)
				pool.Put(b)
			}
		}(int64(w))
	}
	wg.Wait()
	fmt.Println("shared:", bad.Load(), "every Get returned a *buf; New ran:", made.Load() > 0)
}

// Output:
// shared: 0 every Get returned a *buf; New ran: true
