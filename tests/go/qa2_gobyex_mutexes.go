// Go by Example "Mutexes" as written there: a Container whose map of counters is guarded by a
// mutex, incremented by three goroutines; then "Select" and "Timeouts" with fake time: two
// results arriving after 1s and 2s, a call timing out after 1s and one finishing in time.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Container struct {
	mu       sync.Mutex
	counters map[string]int
}

func (c *Container) inc(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counters[name]++
}

func main() {
	c := Container{counters: map[string]int{"a": 0, "b": 0}}
	var wg sync.WaitGroup
	doIncrement := func(name string, n int) {
		for i := 0; i < n; i++ {
			c.inc(name)
		}
		wg.Done()
	}
	wg.Add(3)
	go doIncrement("a", 10000)
	go doIncrement("a", 10000)
	go doIncrement("b", 10000)
	wg.Wait()
	fmt.Println(c.counters)

	start := time.Now()
	c1 := make(chan string)
	c2 := make(chan string)
	go func() {
		time.Sleep(1 * time.Second)
		c1 <- "one"
	}()
	go func() {
		time.Sleep(2 * time.Second)
		c2 <- "two"
	}()
	for i := 0; i < 2; i++ {
		select {
		case msg1 := <-c1:
			fmt.Println("received", msg1)
		case msg2 := <-c2:
			fmt.Println("received", msg2)
		}
	}
	fmt.Println("select took", time.Since(start).Round(time.Second))

	r1 := make(chan string, 1)
	go func() {
		time.Sleep(2 * time.Second)
		r1 <- "result 1"
	}()
	select {
	case res := <-r1:
		fmt.Println(res)
	case <-time.After(1 * time.Second):
		fmt.Println("timeout 1")
	}
	r2 := make(chan string, 1)
	go func() {
		time.Sleep(2 * time.Second)
		r2 <- "result 2"
	}()
	select {
	case res := <-r2:
		fmt.Println(res)
	case <-time.After(3 * time.Second):
		fmt.Println("timeout 2")
	}
	fmt.Println("total", time.Since(start).Round(time.Second))
}

// Output:
// map[a:20000 b:10000]
// received one
// received two
// select took 2s
// timeout 1
// result 2
// total 5s
// gort: --faketime
