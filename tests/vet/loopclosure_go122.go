// vet-go-differs: Go 1.22 loop semantics (the default): each iteration has its own variable, so
// only the loop over an outer variable (p) is reported. Go 1.19's vet knows only 1.21 semantics.
package main

import (
	"fmt"
	"sync"
)

type node struct {
	val  int
	next *node
}

func deferred() {
	for i := 0; i < 3; i++ {
		defer func() {
			fmt.Println("deferred", i)
		}()
	}
}

func main() {
	var wg sync.WaitGroup
	words := []string{"a", "b", "c"}
	for i, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println(i, w)
		}()
	}
	wg.Wait()
	// Not the last statement: vet gives up (the Wait could be next).
	for _, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println(w)
		}()
		wg.Wait()
	}
	// Passed as an argument: each goroutine gets its own copy.
	for _, w := range words {
		wg.Add(1)
		go func(s string) {
			defer wg.Done()
			fmt.Println(s)
		}(w)
	}
	wg.Wait()
	// Copied into a fresh variable first.
	for _, w := range words {
		w := w
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println(w)
		}()
	}
	wg.Wait()
	head := &node{1, &node{2, nil}}
	var p *node
	for p = head; p != nil; p = p.next {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println(p.val)
		}()
	}
	wg.Wait()
	deferred()
}
