// closure_shadow: the first fix for the loop-variable pitfall. `v := v` declares a new
// variable in each iteration's body, initialised from the loop variable, so each
// goroutine's closure captures its own copy. Prints a, b and c in some order under any
// Go version.
package main

import (
	"fmt"
	"time"
)

func main() {
	s := []string{"a", "b", "c"}
	for _, v := range s {
		v := v // Create a new variable 'v' for each iteration.
		go func() {
			fmt.Println(v)
		}()
	}
	time.Sleep(1 * time.Second)
}
