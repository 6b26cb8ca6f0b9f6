// gort: --faketime --gomaxprocs 1 --go 1.21
// The loop-variable pitfall: with Go 1.21 semantics the three closures share one v, and with
// one P and fake time they all run after the loop ended: c c c.
// race: yes (under --race)
package main

import (
	"fmt"
	"time"
)

func main() {
	s := []string{"a", "b", "c"}
	for _, v := range s {
		go func() {
			fmt.Println(v)
		}()
	}
	time.Sleep(1 * time.Second)
}

// Output:
// c
// c
// c
