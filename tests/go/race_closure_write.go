// gort: --race --faketime --gomaxprocs 1
// A closure writes a captured variable after `go`; main writes it too with no ordering.
package main

import (
	"fmt"
	"time"
)

func main() {
	x := 0
	go func() {
		x = 1
	}()
	time.Sleep(10 * time.Millisecond)
	x = 2
	fmt.Println(x)
}

// Output:
// 2
// Stderr:
// WARNING: DATA RACE
// by main goroutine:
// main.main()
// .go:16 +0x
// Previous write at 0x
// main.main.func1()
// .go:13 +0x
// (finished) created at:
// main.main()
// .go:12 +0x
// Found 1 data race(s)
// Exit: 66
