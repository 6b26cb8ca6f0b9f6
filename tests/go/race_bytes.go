// gort: --race --faketime --gomaxprocs 1
// []byte elements are stored one byte each: goroutines writing neighbouring bytes b[1], b[2] do
// not race (distinct variables, as in Go); both writing b[0] do (one race).
package main

import (
	"fmt"
	"sync"
)

func main() {
	b := make([]byte, 3)
	var wg sync.WaitGroup
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			b[i] = byte(i)
			b[0] = byte(i)
		}(i)
	}
	wg.Wait()
	fmt.Println(len(b), b[1], b[2])
}

// Output:
// 3 1 2
// Stderr:
// WARNING: DATA RACE
// Write at 0x
// main.main.func1()
// .go:19 +0x
// Previous write at 0x
// .go:19 +0x
// Found 1 data race(s)
// Exit: 66
