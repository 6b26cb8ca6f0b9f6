// gort: --race --faketime --gomaxprocs 1
// Map accesses race as accesses of the map itself: two goroutines assign to one map.
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			m[k] = k
		}(i)
	}
	wg.Wait()
	fmt.Println(len(m))
}

// Output:
// 2
// Stderr:
// WARNING: DATA RACE
// Write at 0x
// main.main.func1()
// .go:17 +0x
// Previous write at 0x
// main.main.func1()
// .go:17 +0x
// Found 1 data race(s)
// Exit: 66
