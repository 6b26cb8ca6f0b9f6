// gort: --race --faketime --gomaxprocs 1
// Two goroutines increment a package counter without synchronisation: a data race between the
// second goroutine's read of counter and the first one's write, reported once.
package main

import (
	"fmt"
	"sync"
)

var counter int

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counter++
		}()
	}
	wg.Wait()
	fmt.Println(counter)
}

// Output:
// 2
// Stderr:
// WARNING: DATA RACE
// Read at 0x
// main.main.func1()
// .go:19 +0x
// Previous write at 0x
// main.main.func1()
// .go:19 +0x
// (finished) created at:
// main.main()
// .go:17 +0x
// Found 1 data race(s)
// Exit: 66
