// gort: --race --faketime --gomaxprocs 1
// A flag polled without atomics (the busy-wait reads done while another goroutine writes it).
// Which access comes first depends on scheduling (Go: the read; gort: the write), so only the
// report's shape is checked: main's read at line 16 and the closure's write at line 14.
package main

import (
	"fmt"
	"runtime"
)

var done bool

func main() {
	go func() {
		done = true
	}()
	for !done {
		runtime.Gosched()
	}
	fmt.Println("seen")
}

// Output:
// seen
// Stderr:
// WARNING: DATA RACE
// main.main
// .go:1
// main.main
// .go:1
// created at:
// main.main()
// .go:15 +0x
// Found 1 data race(s)
// Exit: 66
