// sync.Cond's L is a sync.Locker (an interface): Lock through it must give the race detector
// its happens-before edge at once, or the waiter's read of the condition after Wait looks like
// a race with the writer's update under the same lock. `go run -race` reports nothing here;
// gort --race reported a DATA RACE on `ok` (the acquire of a Lock called through an interface
// was left pending). Also inside a String method that fmt calls (the waiter parks on its own
// thread there).
package main

import (
	"fmt"
	"sync"
	"time"
)

type ready struct {
	c  *sync.Cond
	ok *bool
}

func (r ready) String() string {
	r.c.L.Lock()
	for !*r.ok {
		r.c.Wait()
	}
	r.c.L.Unlock()
	return "ready inside String"
}

func main() {
	for _, nested := range []bool{false, true} {
		ok := false
		c := sync.NewCond(&sync.Mutex{})
		go func() {
			time.Sleep(20 * time.Millisecond)
			c.L.Lock()
			ok = true
			c.L.Unlock()
			c.Broadcast()
		}()
		if nested {
			fmt.Println(ready{c, &ok})
			continue
		}
		c.L.Lock()
		for !ok {
			c.Wait()
		}
		c.L.Unlock()
		fmt.Println("ready")
	}
}

// Output:
// ready
// ready inside String
