// Go by Example rate limiting: requests served one per tick, and a bursty limiter (a buffered
// channel of 3 pre-filled tokens refilled by a ticker); checks gaps between requests.
// Fake time for gort: the gaps are exact there, so a loaded machine cannot make it flaky
// (the real-time checks are loose enough for Go under load).
// gort: --faketime
package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.Tick(20 * time.Millisecond)
	var last time.Time
	for req := range requests {
		<-limiter
		now := time.Now()
		if !last.IsZero() {
			gap := now.Sub(last)
			fmt.Println("request", req, "gap ok:", gap >= 10*time.Millisecond)
		} else {
			fmt.Println("request", req)
		}
		last = now
	}

	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	go func() {
		for t := range time.Tick(200 * time.Millisecond) {
			bursty <- t
		}
	}()
	burst := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		burst <- i
	}
	close(burst)
	start := time.Now()
	for req := range burst {
		<-bursty
		el := time.Since(start)
		fmt.Println("bursty request", req, "immediate:", el < 100*time.Millisecond)
	}
}

// Output:
// request 1
// request 2 gap ok: true
// request 3 gap ok: true
// request 4 gap ok: true
// request 5 gap ok: true
// bursty request 1 immediate: true
// bursty request 2 immediate: true
// bursty request 3 immediate: true
// bursty request 4 immediate: false
// bursty request 5 immediate: false
