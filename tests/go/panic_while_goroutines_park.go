// A goroutine panics while many others keep parking: in WaitGroup.Wait (a loop of
// `Add(1); go Done(); Wait()`) and on a contended Mutex. The panic ends the program at whatever
// moment the others are in the middle of parking; a park caught half-way must still release its
// wait queue's lock, or the run's teardown waits on that lock forever (Go's panic printed, the
// process never exiting: about 1 run in 35 of this program hung so before the fix).
package main

import (
	"fmt"
	"sync"
)

func main() {
	for i := 0; i < 32; i++ {
		go func() {
			var inner sync.WaitGroup
			for {
				inner.Add(1)
				go inner.Done()
				inner.Wait()
			}
		}()
	}
	var mu sync.Mutex
	for i := 0; i < 4; i++ {
		go func() {
			for {
				mu.Lock()
				mu.Unlock()
			}
		}()
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		for j := 0; j < 2000; j++ {
			var w sync.WaitGroup
			w.Add(1)
			go w.Done()
			w.Wait()
		}
		panic(fmt.Sprintf("boom after %d waits", 2000))
	}()
	wg.Wait()
	fmt.Println("unreachable")
}

// Stderr:
// panic: boom after 2000 waits
//  [running]:
// main.main.func3()
// Exit: 2
