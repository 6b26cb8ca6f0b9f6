// gort: --race --faketime --gomaxprocs 1
// copy writes the destination's elements and reads the source's: a write of an element by
// another goroutine races with it (Go reports it in runtime.slicecopy).
// Go's -race randomises which of two new goroutines runs first, so only the lines common to
// both orders are expected.
package main

import (
	"fmt"
	"sync"
)

func main() {
	src := []int{1, 2, 3}
	dst := make([]int, 3)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		copy(dst, src)
	}()
	go func() {
		defer wg.Done()
		dst[1] = 9
	}()
	wg.Wait()
	fmt.Println(len(dst))
}

// Output:
// 3
// Stderr:
// WARNING: DATA RACE
// Write at 0x
// main.main.func
// Previous write at 0x
// main.main.func
// Found 1 data race(s)
// Exit: 66
