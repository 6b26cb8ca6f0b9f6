// gort: --race --gomaxprocs 2
// Go's memory model for channels, none of it a race: a send happens before the receive that
// gets the value; a close before a receive that sees it; with capacity C the k-th receive
// before the (k+C)-th send completes (a buffered channel as a semaphore); an unbuffered
// receive before its send completes; and context cancellation before Done is seen.
package main

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	// send → receive, buffered: each value carries the writes made before it was sent.
	data := make([]int, 8)
	ready := make(chan int, 8)
	for i := 0; i < 8; i++ {
		go func(i int) {
			data[i] = i * 10
			ready <- i
		}(i)
	}
	sum := 0
	for i := 0; i < 8; i++ {
		sum += data[<-ready]
	}
	fmt.Println("sum:", sum)

	// close → receive
	var msg string
	closed := make(chan struct{})
	go func() {
		msg = "closed"
		close(closed)
	}()
	<-closed
	fmt.Println(msg)

	// k-th receive → (k+C)-th send: a capacity-2 semaphore guarding a counter per slot.
	limit := make(chan struct{}, 1)
	counter := 0
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			limit <- struct{}{}
			counter++
			<-limit
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter)

	// unbuffered receive → send completes
	var reply int
	ping := make(chan int)
	go func() {
		reply = 42
		<-ping
	}()
	ping <- 1
	_ = reply // the receive happened before this send completed... but reply was written before the receive
	fmt.Println("ping done")

	// select over several channels
	a, b := make(chan int), make(chan int, 1)
	var got [2]int
	go func() { got[0] = 1; a <- 0 }()
	go func() { got[1] = 2; b <- 1 }()
	for i := 0; i < 2; i++ {
		select {
		case k := <-a:
			fmt.Println("a", got[k])
		case k := <-b:
			fmt.Println("b", got[k])
		}
	}

	// context cancellation
	ctx, cancel := context.WithCancel(context.Background())
	var reason string
	go func() {
		reason = "stopped"
		cancel()
	}()
	<-ctx.Done()
	fmt.Println(reason, ctx.Err())
}

// Unordered output:
// sum: 280
// closed
// counter: 6
// ping done
// a 1
// b 2
// stopped context canceled
