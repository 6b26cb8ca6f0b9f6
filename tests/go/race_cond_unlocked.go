// A real race beside a sync.Cond: the writer sets the flag without holding L, so the reader's
// check under L is not ordered after it. Both Go's race detector and gort's report it (the
// fix that made Lock through an interface acquire at once must not hide true races).
// race: yes (under --race)
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	ok := false
	c := sync.NewCond(&sync.Mutex{})
	go func() {
		time.Sleep(20 * time.Millisecond)
		ok = true
		c.Broadcast()
	}()
	c.L.Lock()
	for !ok {
		c.Wait()
	}
	c.L.Unlock()
	fmt.Println("done")
}

// Output:
// done
