// select: timeouts with time.After, non-blocking send/receive with default, a select loop
// over several channels until both are closed (nil-ing out closed channels), and a quit channel.
// gort: --faketime
package main

import (
	"fmt"
	"time"
)

func main() {
	c1 := make(chan string, 1)
	go func() {
		time.Sleep(200 * time.Millisecond)
		c1 <- "result 1"
	}()
	select {
	case res := <-c1:
		fmt.Println(res)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timeout 1")
	}
	c2 := make(chan string, 1)
	go func() {
		time.Sleep(10 * time.Millisecond)
		c2 <- "result 2"
	}()
	select {
	case res := <-c2:
		fmt.Println(res)
	case <-time.After(500 * time.Millisecond):
		fmt.Println("timeout 2")
	}

	messages := make(chan string)
	select {
	case msg := <-messages:
		fmt.Println("received", msg)
	default:
		fmt.Println("no message received")
	}
	select {
	case messages <- "hi":
		fmt.Println("sent")
	default:
		fmt.Println("no message sent")
	}

	a, b := make(chan int), make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i < 14; i++ {
			b <- i
		}
		close(b)
	}()
	sumA, sumB, n := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sumA += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sumB += v
			n++
		}
	}
	fmt.Println(sumA, sumB, n)

	quit := make(chan bool)
	fib := make(chan int)
	go func() {
		for i := 0; i < 10; i++ {
			fmt.Print(<-fib, " ")
		}
		fmt.Println()
		quit <- true
	}()
	x, y := 0, 1
	for running := true; running; {
		select {
		case fib <- x:
			x, y = y, x+y
		case <-quit:
			fmt.Println("quit")
			running = false
		}
	}
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println("impossible", v)
	case <-time.After(time.Millisecond):
		fmt.Println("nil channel never ready")
	}
}

// Output:
// timeout 1
// result 2
// no message received
// no message sent
// 3 46 7
// 0 1 1 2 3 5 8 13 21 34 
// quit
// nil channel never ready
