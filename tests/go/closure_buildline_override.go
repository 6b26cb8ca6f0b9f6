//go:build go1.21

// gort: --faketime --gomaxprocs 1 --go 1.22
// go: skip Go 1.19 (the oracle) has the shared loop variable of Go 1.21
// An explicit --go 1.22 (the playground's Go selector) overrides the file's build line, so a
// tutorial can show the same program under both semantics: each iteration has its own v.
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
