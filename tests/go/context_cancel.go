// Cancellation of a worker pool: workers stop on <-ctx.Done(); Err/Done before and after.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

func worker(ctx context.Context, id int, jobs <-chan int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			results <- fmt.Sprintf("worker %d did job %d", id, j)
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println("err before:", ctx.Err())
	select {
	case <-ctx.Done():
		fmt.Println("done before cancel?!")
	default:
		fmt.Println("not done before cancel")
	}

	jobs := make(chan int)
	results := make(chan string, 100)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(ctx, i, jobs, results, &wg)
	}
	for j := 0; j < 9; j++ {
		jobs <- j
	}
	cancel()
	wg.Wait()
	close(results)
	n := 0
	for range results {
		n++
	}
	fmt.Println("jobs done:", n)

	<-ctx.Done()
	fmt.Println("err after:", ctx.Err())
	fmt.Println(ctx.Err() == context.Canceled, errors.Is(ctx.Err(), context.Canceled))
	cancel() // a second cancel is a no-op
	fmt.Println("err after second cancel:", ctx.Err())
	d1, d2 := ctx.Done(), ctx.Done()
	fmt.Println("same Done channel:", d1 == d2)

	// Background and TODO are never cancelled.
	fmt.Println(context.Background().Done() == nil, context.Background().Err(), context.TODO().Err())
	_, ok := context.Background().Deadline()
	fmt.Println("background has deadline:", ok)

	// defer cancel() through a func value, and a cancel before anyone asked for Done.
	func() {
		c2, cancel2 := context.WithCancel(context.Background())
		defer cancel2()
		defer func() { fmt.Println("c2 err in defer:", c2.Err()) }()
	}()
	c3, cancel3 := context.WithCancel(context.Background())
	cancel3()
	<-c3.Done()
	fmt.Println("c3:", c3.Err())
	var f func() = cancel3
	f()
	fmt.Println(context.Canceled.Error())
}

// Output:
// err before: <nil>
// not done before cancel
// jobs done: 9
// err after: context canceled
// true true
// err after second cancel: context canceled
// same Done channel: true
// true <nil> <nil>
// background has deadline: false
// c2 err in defer: <nil>
// c3: context canceled
// context canceled
