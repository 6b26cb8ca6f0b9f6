// context in a pipeline: a generator and a squarer stop when the consumer cancels; a slow call
// is timed out with WithTimeout; a deadline already past; cancel causes seen through ctx.Err
// and errors.Is; context.Canceled and DeadlineExceeded printed with %v and as errors.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

func gen(ctx context.Context, wg *sync.WaitGroup) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for n := 1; ; n++ {
			select {
			case out <- n:
			case <-ctx.Done():
				fmt.Println("gen stopped:", ctx.Err())
				return
			}
		}
	}()
	return out
}

func square(ctx context.Context, in <-chan int, wg *sync.WaitGroup) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-ctx.Done():
				return // may also end by gen closing in: no print here
			}
		}
	}()
	return out
}

func slowCall(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return fmt.Sprint("done after ", d), nil
	case <-ctx.Done():
		return "", fmt.Errorf("slowCall(%v): %w", d, ctx.Err())
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	sum := 0
	for v := range square(ctx, gen(ctx, &wg), &wg) {
		sum += v
		if v >= 100 {
			break
		}
	}
	cancel()
	wg.Wait()
	fmt.Println("sum:", sum)
	cancel()
	fmt.Println("err after second cancel:", ctx.Err())

	for _, d := range []time.Duration{50 * time.Millisecond, 2 * time.Second} {
		tctx, tcancel := context.WithTimeout(context.Background(), time.Second)
		res, err := slowCall(tctx, d)
		tcancel()
		fmt.Printf("%q %v\n", res, err)
		if err != nil {
			fmt.Println(errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled))
			var te interface{ Timeout() bool }
			fmt.Println(errors.As(err, &te) && te.Timeout())
		}
	}

	past, pcancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer pcancel()
	select {
	case <-past.Done():
		fmt.Println("already expired:", past.Err())
	default:
		fmt.Println("not expired")
	}

	parent, pc := context.WithCancel(context.Background())
	child, cc := context.WithTimeout(parent, time.Hour)
	defer cc()
	pc()
	<-child.Done()
	fmt.Println("child:", child.Err(), "parent:", parent.Err())
	fmt.Println(context.Canceled, context.DeadlineExceeded)
	fmt.Println(context.Background(), context.TODO())
}

// Unordered output:
// gen stopped: context canceled
// sum: 385
// err after second cancel: context canceled
// "done after 50ms" <nil>
// "" slowCall(2s): context deadline exceeded
// true false
// true
// already expired: context deadline exceeded
// child: context canceled parent: context canceled
// context canceled context deadline exceeded
// context.Background context.TODO
// gort: --faketime
