// gort: --gomaxprocs 1
// A goroutine spinning in `L: goto L` (a backward goto with no call in between) is preempted
// like a loop: with one P, main still gets to run after its sleep; then main spins in its
// own goto loop and another goroutine ends the program with os.Exit.
package main

import (
	"fmt"
	"os"
	"time"
)

func spin() {
L:
	goto L
}

func count(n *int) {
again:
	*n++
	goto again
}

func main() {
	go spin()
	n := 0
	go count(&n)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main ran while two goroutines spun")
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("exiting")
		os.Exit(3)
	}()
forever:
	goto forever
}

// Output:
// main ran while two goroutines spun
// exiting
// Exit: 3
