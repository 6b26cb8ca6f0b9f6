// Channels beyond the basics: request/response with a channel of channels, a channel of funcs
// as a work queue run by a server goroutine, len/cap of buffered channels, receive from a
// closed buffered channel drains values first, directional channel conversion, a semaphore
// made of a buffered channel limiting concurrency, and a nil channel disabling a select case.
// gort: --faketime
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * r.n
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 3; i++ {
		rc := make(chan int)
		reqs <- request{i, rc}
		fmt.Print(<-rc, " ")
	}
	close(reqs)
	fmt.Println()

	work := make(chan func() string, 3)
	out := make(chan string)
	go func() {
		for f := range work {
			out <- f()
		}
		close(out)
	}()
	for i := 0; i < 3; i++ {
		i := i
		work <- func() string { return fmt.Sprint("task", i) }
	}
	close(work)
	for s := range out {
		fmt.Print(s, " ")
	}
	fmt.Println()

	bc := make(chan string, 4)
	bc <- "a"
	bc <- "b"
	fmt.Println(len(bc), cap(bc))
	close(bc)
	v1, ok1 := <-bc
	v2, ok2 := <-bc
	v3, ok3 := <-bc
	fmt.Printf("%q %v %q %v %q %v %d\n", v1, ok1, v2, ok2, v3, ok3, len(bc))

	var sendOnly chan<- int
	var recvOnly <-chan int
	bidi := make(chan int, 1)
	sendOnly, recvOnly = bidi, bidi
	sendOnly <- 5
	fmt.Println(<-recvOnly)

	sem := make(chan struct{}, 3)
	var active, peak int32
	var wg sync.WaitGroup
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			n := atomic.AddInt32(&active, 1)
			for {
				p := atomic.LoadInt32(&peak)
				if n <= p || atomic.CompareAndSwapInt32(&peak, p, n) {
					break
				}
			}
			time.Sleep(5 * time.Millisecond)
			atomic.AddInt32(&active, -1)
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("peak concurrency <= 3:", peak <= 3, peak > 0)

	data := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			data <- i
		}
		close(data)
	}()
	var in <-chan int = data
	pending := []int{}
	for in != nil {
		select {
		case v, ok := <-in:
			if !ok {
				in = nil
				break
			}
			pending = append(pending, v)
		}
	}
	fmt.Println(pending)
	fmt.Printf("%T %T\n", sendOnly, recvOnly)
}

// Output:
// 1 4 9 
// task0 task1 task2 
// 2 4
// "a" true "b" true "" false 0
// 5
// peak concurrency <= 3: true true
// [0 1 2]
// chan<- int <-chan int
