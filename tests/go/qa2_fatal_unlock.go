// Unlocking an unlocked mutex is a fatal error, not a panic: deferred calls and recover do not
// run it away. Go prints "fatal error: sync: unlock of unlocked mutex" and exits with status 2.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
	c.mu.Unlock() // the bug: a second Unlock left behind after a refactor
}

func main() {
	defer func() {
		fmt.Println("recovered?", recover())
	}()
	c := &Counter{}
	fmt.Println("incrementing")
	c.Inc()
	fmt.Println("unreachable", c.n)
}

// Output:
// incrementing
// Stderr:
// fatal error: sync: unlock of unlocked mutex
// goroutine 1 [running]:
// sync.(*Mutex).Unlock(
// main.(*Counter).Inc(
// .go:19 +0x
// main.main()
// .go:28 +0x
// Exit: 2
