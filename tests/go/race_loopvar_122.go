// gort: --race --go 1.22 --faketime --gomaxprocs 1
// go: skip Go 1.19 has only per-loop variables (1.22 semantics are newer)
// With Go 1.22 semantics each iteration has its own v: no race, no report.
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
// Exit: 0
