//go:build go1.21

// closure_pitfall: the classic loop-variable pitfall. Before Go 1.22 a `for range` loop
// had ONE variable v shared by every iteration; each closure captures that variable, not
// its value at the time, so goroutines that run after the loop has finished all see the
// last value and print "c" three times. The build line above asks for Go 1.21 semantics;
// with Go 1.22 or later (remove the line, or pick 1.22 in the playground) every iteration
// has its own v and the program prints a, b and c in some order.
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
