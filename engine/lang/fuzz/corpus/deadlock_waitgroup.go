// A WaitGroup that is never done: main blocks forever in Wait — a deadlock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		fmt.Println("one worker done")
	}()
	wg.Wait()
}

// Output:
// one worker done
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
// goroutine 1 [semacquire]:
// Exit: 2
