// gort: --race --faketime --gomaxprocs 1
// The first goroutine writes and ends before the second one starts; nothing orders the two
// (a sleep is not synchronisation), so the second one's read races with the ended one's
// write. (A detector that hands an ended goroutine's thread id to the next would miss it.)
package main

import (
	"fmt"
	"time"
)

var shared []int

func main() {
	go func() {
		shared = append(shared, 1)
	}()
	time.Sleep(10 * time.Millisecond)
	done := make(chan bool)
	go func() {
		fmt.Println(len(shared))
		done <- true
	}()
	<-done
}

// Output:
// 1
// Stderr:
// WARNING: DATA RACE
// Read at 0x
// main.main.func2()
// .go:21 +0x
// Previous write at 0x
// main.main.func1()
// .go:16 +0x
// (running) created at:
// main.main()
// .go:20 +0x
// (finished) created at:
// main.main()
// .go:15 +0x
// Found 1 data race(s)
// Exit: 66
