// runtime.Goexit in main runs main's deferred calls, lets the other goroutines finish, and
// then the runtime reports "no goroutines (main called runtime.Goexit) - deadlock!" (exit 2).
// gort: --faketime
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("worker still finishes")
	}()
	defer fmt.Println("main's defer runs")
	runtime.Goexit()
	fmt.Println("not reached")
}

// Output:
// main's defer runs
// worker still finishes
// Stderr:
// fatal error: no goroutines (main called runtime.Goexit) - deadlock!
// Exit: 2
