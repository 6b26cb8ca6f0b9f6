// Misusing sync: a negative WaitGroup counter is a recoverable panic with Go's message;
// it is recovered and printed, then unlocking an unlocked Mutex is a fatal error (not
// recoverable even with a deferred recover) and ends the program with exit 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var wg sync.WaitGroup
		wg.Add(1)
		wg.Done()
		wg.Done()
	}()
	defer func() { fmt.Println("never printed:", recover()) }()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocking again")
	mu.Unlock()
}

// Output:
// recovered: sync: negative WaitGroup counter
// unlocking again
// Stderr:
// fatal error: sync: unlock of unlocked mutex
// Exit: 2
