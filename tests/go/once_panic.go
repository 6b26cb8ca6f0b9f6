// sync.Once whose f panics: Do still counts as done (Go's `defer o.done.Store(1)`), also for
// goroutines calling Do afterwards and for a Do inside the deferred function that recovers.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	calls := 0
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once.Do(func() {
			calls++
			panic("boom in f")
		})
	}()
	once.Do(func() { calls++ })
	fmt.Println("calls:", calls)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { calls++ })
		}()
	}
	wg.Wait()
	fmt.Println("calls:", calls)
	var once2 sync.Once
	func() {
		defer func() {
			r := recover()
			once2.Do(func() { fmt.Println("never") })
			fmt.Println("inner recovered:", r)
		}()
		once2.Do(func() { panic(fmt.Sprintf("%d", 42)) })
	}()
	fmt.Println("done")
}

// Output:
// recovered: boom in f
// calls: 1
// calls: 1
// inner recovered: 42
// done
