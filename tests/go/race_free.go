// gort: --race
// Race-free sharing under the race detector: a mutex-protected counter, a channel hand-off, a
// buffered-channel semaphore, WaitGroup, RWMutex, atomics, Once and Cond — no report, exit 0.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type stats struct {
	mu sync.Mutex
	n  int
}

func main() {
	// Mutex.
	var s stats
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				s.mu.Lock()
				s.n++
				s.mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("mutex", s.n)

	// Channel hand-off: the write before the send happens before the read after the receive.
	data := make([]int, 3)
	ch := make(chan bool)
	go func() {
		data[0], data[1], data[2] = 1, 2, 3
		ch <- true
	}()
	<-ch
	fmt.Println("chan", data)

	// Close as a signal.
	msg := ""
	done := make(chan struct{})
	go func() {
		msg = "closed"
		close(done)
	}()
	<-done
	fmt.Println(msg)

	// WaitGroup: each goroutine writes its own element, main reads after Wait.
	out := make([]int, 8)
	for i := range out {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			out[i] = i * i
		}(i)
	}
	wg.Wait()
	fmt.Println("wg", out)

	// RWMutex.
	var rw sync.RWMutex
	m := map[string]int{}
	for i := 0; i < 3; i++ {
		wg.Add(2)
		go func(i int) {
			defer wg.Done()
			rw.Lock()
			m[fmt.Sprint(i)] = i
			rw.Unlock()
		}(i)
		go func() {
			defer wg.Done()
			rw.RLock()
			_ = m["0"]
			rw.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println("rw", len(m))

	// Atomics: the plain write before the atomic store is visible after the atomic load.
	var ready int32
	payload := 0
	go func() {
		payload = 42
		atomic.StoreInt32(&ready, 1)
	}()
	for atomic.LoadInt32(&ready) == 0 {
	}
	fmt.Println("atomic", payload)
	var hits int64
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&hits, 1)
		}()
	}
	wg.Wait()
	fmt.Println("hits", atomic.LoadInt64(&hits))

	// Once.
	var once sync.Once
	config := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { config = 7 })
			_ = config
		}()
	}
	wg.Wait()
	fmt.Println("once", config)

	// Cond.
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	value := 0
	go func() {
		mu.Lock()
		value = 9
		mu.Unlock()
		cond.Signal()
	}()
	mu.Lock()
	for value == 0 {
		cond.Wait()
	}
	mu.Unlock()
	fmt.Println("cond", value)
}

// Output:
// mutex 400
// chan [1 2 3]
// closed
// wg [0 1 4 9 16 25 36 49]
// rw 3
// atomic 42
// hits 4
// once 7
// cond 9
// Exit: 0
