// A deadlock with more goroutines: main waits on a WaitGroup while two workers each hold one
// mutex and wait for the other's. Go reports all goroutines asleep, exit 2, and prints the
// blocked goroutines with their wait reasons.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var a, b sync.Mutex
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		a.Lock()
		time.Sleep(10 * time.Millisecond)
		b.Lock()
	}()
	go func() {
		defer wg.Done()
		b.Lock()
		time.Sleep(10 * time.Millisecond)
		a.Lock()
	}()
	fmt.Println("waiting")
	wg.Wait()
}

// Output:
// waiting
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
// goroutine 1 [semacquire]:
// sync.(*WaitGroup).Wait(
// main.main()
// .go:29 +0x
// [semacquire]:
// sync.(*Mutex).Lock(
// main.main.func1()
// .go:20 +0x
// created by main.main
// .go:16 +0x
// Exit: 2
