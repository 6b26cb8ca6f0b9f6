// Go code called back by the standard library that sleeps, waits for a sync.WaitGroup or a
// sync.Cond, or takes a mutex another goroutine holds for a long time, with one P and fake
// time: the other goroutines run meanwhile, and the order of the output is Go's.
// gort: --faketime --gomaxprocs 1
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

type slow string

func (s slow) String() string {
	time.Sleep(50 * time.Millisecond)
	return strings.ToUpper(string(s))
}

type waiter struct{ wg *sync.WaitGroup }

func (w waiter) String() string {
	w.wg.Wait()
	return "all done"
}

type locked struct {
	mu *sync.Mutex
	sb *strings.Builder
}

func (l locked) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.sb.Write(p)
}

type ready struct {
	c  *sync.Cond
	ok *bool
}

func (r ready) String() string {
	r.c.L.Lock()
	for !*r.ok {
		r.c.Wait()
	}
	r.c.L.Unlock()
	return "ready"
}

func main() {
	start := time.Now()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Println("tick", i, time.Since(start))
			time.Sleep(20 * time.Millisecond)
		}
	}()
	fmt.Println(slow("slow"))
	fmt.Println(time.Since(start))

	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Duration(i) * 10 * time.Millisecond)
			fmt.Println("worker", i)
		}(i)
	}
	fmt.Println(waiter{&wg})

	var mu sync.Mutex
	var sb strings.Builder
	mu.Lock()
	go func() {
		time.Sleep(30 * time.Millisecond)
		sb.WriteString("first\n")
		mu.Unlock()
	}()
	fmt.Fprintln(locked{&mu, &sb}, "second")
	fmt.Print(sb.String())

	// Many goroutines contending, each inside fmt.Fprintf.
	var wg2 sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			fmt.Fprintf(locked{&mu, &sb}, "g%d\n", i)
		}(i)
	}
	wg2.Wait()
	lines := strings.Fields(sb.String())
	sort.Strings(lines)
	fmt.Println(len(lines), lines)

	ok := false
	c := sync.NewCond(&sync.Mutex{})
	go func() {
		time.Sleep(time.Second)
		c.L.Lock()
		ok = true
		c.L.Unlock()
		c.Broadcast()
	}()
	fmt.Println(ready{c, &ok})
	fmt.Println(time.Since(start))
}

// Output:
// tick 0 0s
// tick 1 20ms
// tick 2 40ms
// SLOW
// 50ms
// worker 1
// worker 2
// worker 3
// all done
// first
// second
// 10 [first g0 g1 g2 g3 g4 g5 g6 g7 second]
// ready
// 1.11s
