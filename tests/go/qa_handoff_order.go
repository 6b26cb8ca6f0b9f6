// Output order of unbuffered and buffered channel handoffs with one P: a sender printing
// before each send and main printing each receive, a producer/consumer on a buffered
// channel, and a WaitGroup of workers writing to a shared channel. With GOMAXPROCS=1 Go's
// interleaving is deterministic (the woken G goes to runnext; the sender keeps running).
// gort: --gomaxprocs 1
package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Println("send", i)
			ch <- i
		}
		close(ch)
	}()
	for v := range ch {
		fmt.Println("recv", v)
	}

	buf := make(chan int, 2)
	go func() {
		for i := 0; i < 5; i++ {
			buf <- i
			fmt.Println("produced", i)
		}
		close(buf)
	}()
	for v := range buf {
		fmt.Println("consumed", v)
	}

	var wg sync.WaitGroup
	res := make(chan string)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			res <- fmt.Sprint("worker ", i)
		}(i)
	}
	go func() {
		wg.Wait()
		close(res)
	}()
	for r := range res {
		fmt.Println(r)
	}
}

// Output:
// send 0
// send 1
// recv 0
// recv 1
// send 2
// recv 2
// produced 0
// produced 1
// produced 2
// consumed 0
// consumed 1
// consumed 2
// consumed 3
// produced 3
// produced 4
// consumed 4
// worker 0
// worker 1
// worker 2
