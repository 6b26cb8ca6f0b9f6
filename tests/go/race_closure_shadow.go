// gort: --race --go 1.21
// Fix 1: `v := v` gives each iteration's closure its own copy — a, b, c in some order. Under --race: no report.
package main

import (
	"fmt"
	"time"
)

func main() {
	s := []string{"a", "b", "c"}
	for _, v := range s {
		v := v
		go func() {
			fmt.Println(v)
		}()
	}
	time.Sleep(100 * time.Millisecond)
}

// Unordered output:
// a
// b
// c
