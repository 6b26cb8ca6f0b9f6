// RWMutex semantics that programs rely on: a waiting writer blocks new readers (no writer
// starvation), readers share the lock, and Unlock lets the writer in before the late reader.
// Sequenced with sleeps; fake time in gort makes it exact.
// gort: --faketime
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	var mu sync.Mutex
	var log []string
	note := func(s string) {
		mu.Lock()
		log = append(log, s)
		mu.Unlock()
	}
	var wg sync.WaitGroup
	wg.Add(4)
	go func() {
		defer wg.Done()
		rw.RLock()
		note("reader1 in")
		time.Sleep(100 * time.Millisecond)
		note("reader1 out")
		rw.RUnlock()
	}()
	go func() {
		defer wg.Done()
		time.Sleep(10 * time.Millisecond)
		rw.RLock()
		note("reader2 in (shared)")
		rw.RUnlock()
	}()
	go func() {
		defer wg.Done()
		time.Sleep(30 * time.Millisecond)
		note("writer waiting")
		rw.Lock()
		note("writer in")
		time.Sleep(50 * time.Millisecond)
		note("writer out")
		rw.Unlock()
	}()
	go func() {
		defer wg.Done()
		time.Sleep(60 * time.Millisecond)
		note("reader3 waiting")
		rw.RLock()
		note("reader3 in")
		rw.RUnlock()
	}()
	wg.Wait()
	for _, l := range log {
		fmt.Println(l)
	}
}

// Output:
// reader1 in
// reader2 in (shared)
// writer waiting
// reader3 waiting
// reader1 out
// writer in
// writer out
// reader3 in
