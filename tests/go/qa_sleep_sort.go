// "Sleep sort" and timer ordering: goroutines sleeping for different durations report in
// duration order; time.AfterFunc callbacks and time.After channels fire in deadline order
// even when created in reverse order; a timer reset to an earlier deadline fires first.
// On fake time: an order that rests on real-time sleeps flakes on a busy machine (the ASan
// build once printed 10 20 50 30 40 in CI); on the playground clock it is exact.
// gort: --faketime
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	nums := []int{30, 10, 50, 20, 40}
	out := make(chan int)
	for _, n := range nums {
		go func(n int) {
			time.Sleep(time.Duration(n) * 4 * time.Millisecond)
			out <- n
		}(n)
	}
	for range nums {
		fmt.Print(<-out, " ")
	}
	fmt.Println()

	var mu sync.Mutex
	var order []string
	var wg sync.WaitGroup
	for i := 5; i >= 1; i-- {
		wg.Add(1)
		name := fmt.Sprint("f", i)
		time.AfterFunc(time.Duration(i)*15*time.Millisecond, func() {
			mu.Lock()
			order = append(order, name)
			mu.Unlock()
			wg.Done()
		})
	}
	wg.Wait()
	fmt.Println(order)

	a := time.After(60 * time.Millisecond)
	b := time.After(20 * time.Millisecond)
	for i := 0; i < 2; i++ {
		select {
		case <-a:
			fmt.Println("a (60ms)")
		case <-b:
			fmt.Println("b (20ms)")
		}
	}
	t1 := time.NewTimer(200 * time.Millisecond)
	t2 := time.NewTimer(100 * time.Millisecond)
	t1.Reset(10 * time.Millisecond)
	select {
	case <-t1.C:
		fmt.Println("t1 first after reset")
	case <-t2.C:
		fmt.Println("t2 first")
	}
}

// Output:
// 10 20 30 40 50 
// [f1 f2 f3 f4 f5]
// b (20ms)
// a (60ms)
// t1 first after reset
