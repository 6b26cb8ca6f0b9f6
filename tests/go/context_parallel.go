// gort: --gomaxprocs 4
// Contexts shared between goroutines running in parallel: children of one parent created and
// cancelled concurrently (with timers, values and garbage collections in between), then the
// parent cancelled while others still wait on their children's Done channels.
package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

type key int

func main() {
	parent, cancelParent := context.WithCancel(context.WithValue(context.Background(), key(0), "root"))
	var wg sync.WaitGroup
	var cancelled, values atomic.Int64
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				c, cancel := context.WithTimeout(parent, time.Duration(i%3)*time.Microsecond)
				v := context.WithValue(c, key(1), w*1000+i)
				if v.Value(key(1)).(int) == w*1000+i && v.Value(key(0)) == "root" {
					values.Add(1)
				}
				if i%2 == 0 {
					cancel()
				} else {
					<-c.Done()
					cancel()
				}
				if c.Err() != nil {
					cancelled.Add(1)
				}
				if i%100 == 0 {
					runtime.GC()
				}
			}
		}(w)
	}
	var waiters sync.WaitGroup
	var woke atomic.Int64
	for w := 0; w < 50; w++ {
		c, cancel := context.WithCancel(parent)
		defer cancel()
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			<-c.Done()
			if c.Err() == context.Canceled {
				woke.Add(1)
			}
		}()
	}
	wg.Wait()
	runtime.GC()
	cancelParent()
	waiters.Wait()
	fmt.Println(values.Load(), cancelled.Load(), woke.Load(), parent.Err())
}

// Output:
// 4000 4000 50 context canceled
