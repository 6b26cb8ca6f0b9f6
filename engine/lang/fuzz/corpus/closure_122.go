// gort: --go 1.22
// go: skip Go 1.19 (the oracle) has the shared loop variable of Go 1.21
// With Go 1.22 semantics each iteration has its own v: a, b and c in some order.
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

// Unordered output:
// a
// b
// c
