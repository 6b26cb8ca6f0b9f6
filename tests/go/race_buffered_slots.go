// gort: --race --faketime --gomaxprocs 1
// A buffered channel synchronises a send only with the receive of the same value (and the
// k-th receive with the (k+cap)-th send), not two senders with each other: the first
// goroutine's write before its send races with the second's write after its own send.
// (One clock for the whole channel would order them and miss the race.)
package main

import (
	"fmt"
	"runtime"
)

var x int

func main() {
	ch := make(chan int, 2)
	done := make(chan bool, 2)
	go func() {
		x = 1
		ch <- 1
		done <- true
	}()
	runtime.Gosched() // let the first goroutine send first (not synchronisation)
	go func() {
		ch <- 2
		x = 2
		done <- true
	}()
	<-done
	<-done
	fmt.Println(len(ch))
}

// Output:
// 2
// Stderr:
// WARNING: DATA RACE
// Write at 0x
// main.main.func
// Previous write at 0x
// main.main.func
// Found 1 data race(s)
// Exit: 66
