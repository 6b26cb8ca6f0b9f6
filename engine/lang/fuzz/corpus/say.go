// say: two goroutines run at once. `go say("world")` starts a new goroutine while main
// goes on to call say("hello") itself; every 100 ms each prints its word, so the lines
// interleave. The program ends when main returns — the "world" goroutine is not waited
// for, so its fifth line may never appear.
package main

import (
	"fmt"
	"time"
)

func say(s string) {
	for i := 0; i < 5; i++ {
		time.Sleep(100 * time.Millisecond)
		fmt.Println(s)
	}
}

func main() {
	go say("world")
	say("hello")
}
