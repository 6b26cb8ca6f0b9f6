// The seed tutorial's style of program with deterministic output: goroutines started in a loop
// with the loop variable passed as an argument, results through an unbuffered channel in
// order, a mutex-protected counter, and a generator goroutine.
// gort: --faketime
package main

import (
	"fmt"
	"sync"
	"time"
)

func say(s string, times int, done chan<- string) {
	for i := 0; i < times; i++ {
		time.Sleep(10 * time.Millisecond)
	}
	done <- s
}

func counter(limit int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := 1; i <= limit; i++ {
			ch <- i
		}
		close(ch)
	}()
	return ch
}

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.v[key]++
	c.mu.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.v[key]
}

func main() {
	done := make(chan string)
	go say("world", 3, done)
	fmt.Println("waiting for", <-done)

	results := make([]chan int, 5)
	for i := range results {
		results[i] = make(chan int, 1)
		go func(n int, out chan<- int) {
			out <- n * 10
		}(i, results[i])
	}
	for _, r := range results {
		fmt.Print(<-r, " ")
	}
	fmt.Println()

	for v := range counter(5) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	c := SafeCounter{v: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("somekey")
		}()
	}
	wg.Wait()
	fmt.Println(c.Value("somekey"))

	var mu sync.Mutex
	sum := 0
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			sum += n
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("sum", sum)

	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	x := 0
	for i := 0; i < 5; i++ {
		ping <- x
		x = <-pong
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("ping-pong", x, ok)
}

// Output:
// waiting for world
// 0 10 20 30 40 
// 1 2 3 4 5 
// 1000
// sum 5050
// ping-pong 5 false
