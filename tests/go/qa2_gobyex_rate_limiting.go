// Go by Example "Rate Limiting" as written there: requests served one per 200ms tick, then a
// bursty limiter (buffered channel pre-filled with 3 tokens) where the first three requests go
// through at once and the last two wait for ticks. Elapsed times are printed rounded.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	since := func() time.Duration { return time.Since(start).Round(100 * time.Millisecond) }

	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)

	limiter := time.Tick(200 * time.Millisecond)
	for req := range requests {
		<-limiter
		fmt.Println("request", req, since())
	}

	start = time.Now()
	burstyLimiter := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		burstyLimiter <- time.Now()
	}
	go func() {
		for t := range time.Tick(200 * time.Millisecond) {
			burstyLimiter <- t
		}
	}()

	burstyRequests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		burstyRequests <- i
	}
	close(burstyRequests)
	for req := range burstyRequests {
		<-burstyLimiter
		fmt.Println("request", req, since())
	}
}

// Output:
// request 1 200ms
// request 2 400ms
// request 3 600ms
// request 4 800ms
// request 5 1s
// request 1 0s
// request 2 0s
// request 3 0s
// request 4 200ms
// request 5 400ms
// gort: --faketime
