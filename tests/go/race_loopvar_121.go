// gort: --race --go 1.21 --faketime --gomaxprocs 1
// The loop-variable pitfall under Go 1.21 semantics is a data race: each goroutine reads the
// one v that the loop keeps writing. The race detector reports the read in the closure and the
// loop's write, and the goroutine's creation site; the run then ends with status 66.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	n := 0
	for _, v := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if v == "" {
				n++
			}
		}()
	}
	wg.Wait()
	fmt.Println("done", n)
}

// Output:
// done 0
// Stderr:
// ==================
// WARNING: DATA RACE
// Read at 0x
// main.main.func1()
// .go:19 +0x
// by main goroutine:
// main.main()
// .go:15 +0x
// (running) created at:
// main.main()
// .go:17 +0x
// ==================
// Found 1 data race(s)
// Exit: 66
