// gort: --race --faketime --gomaxprocs 1
// Slice elements and struct fields: goroutines write s[0] and p.n unsynchronised (two races);
// writes to distinct elements s[1], s[2] do not race.
package main

import (
	"fmt"
	"sync"
)

type point struct{ n, m int }

func main() {
	s := make([]int, 3)
	p := &point{}
	var wg sync.WaitGroup
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s[i] = i
			s[0] = i
			p.n = i
		}(i)
	}
	wg.Wait()
	fmt.Println(len(s), p.m)
}

// Output:
// 3 0
// Stderr:
// WARNING: DATA RACE
// Write at 0x
// main.main.func1()
// .go:22 +0x
// Previous write at 0x
// .go:22 +0x
// WARNING: DATA RACE
// Write at 0x
// .go:23 +0x
// Previous write at 0x
// .go:23 +0x
// Found 2 data race(s)
// Exit: 66
