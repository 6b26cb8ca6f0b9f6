// Pipelines and fan-out/fan-in (Go blog "Pipelines and cancellation"): gen -> sq (x3) -> merge,
// plus early cancellation with a done channel so upstream goroutines exit.
// gort: --faketime
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
	"time"
)

func gen(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func sq(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func merge(done <-chan struct{}, cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	output := func(c <-chan int) {
		defer wg.Done()
		for n := range c {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	done := make(chan struct{})
	in := gen(done, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
	c1, c2, c3 := sq(done, in), sq(done, in), sq(done, in)
	var got []int
	for n := range merge(done, c1, c2, c3) {
		got = append(got, n)
	}
	sort.Ints(got)
	fmt.Println(got)
	close(done)

	done2 := make(chan struct{})
	out := merge(done2, sq(done2, gen(done2, 2, 3, 4, 5, 6, 7)))
	first := <-out
	fmt.Println("first", first)
	close(done2)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}

// Output:
// [1 4 9 16 25 36 49 64 81 100]
// first 4
// goroutines left: 1
