//go:build go1.21

// gort: --faketime --gomaxprocs 1
// The same pitfall selected by the file's build line instead of a flag.
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
