// gort: --faketime
// go: skip WithCancelCause/Cause (Go 1.20), AfterFunc/WithoutCancel (Go 1.21) are newer than
// the Go 1.19 oracle, and WithDeadline prints fake time's clock: expected output follows the
// Go 1.21 documentation and source (context.go), the printing Go 1.19's.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

func main() {
	// WithCancelCause / Cause.
	ctx, cancel := context.WithCancelCause(context.Background())
	fmt.Println(ctx.Err(), context.Cause(ctx))
	child, cancelChild := context.WithCancel(ctx)
	defer cancelChild()
	cancel(errors.New("disk full"))
	cancel(errors.New("ignored: already cancelled"))
	fmt.Println(ctx.Err(), "|", context.Cause(ctx))
	fmt.Println(child.Err(), "|", context.Cause(child))
	fmt.Println(ctx)

	c2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(nil)
	fmt.Println(c2.Err(), "|", context.Cause(c2))
	fmt.Println(context.Cause(context.Background()))

	// A deadline's cause is DeadlineExceeded.
	t, tcancel := context.WithTimeout(context.Background(), time.Second)
	defer tcancel()
	fmt.Println(t)
	<-t.Done()
	fmt.Println(context.Cause(t))

	// WithoutCancel keeps values, drops cancellation and deadline.
	parent, cancelP := context.WithTimeout(context.WithValue(context.Background(), "k", "v"), time.Second)
	wc := context.WithoutCancel(parent)
	cancelP()
	_, hasDL := wc.Deadline()
	fmt.Println(parent.Err(), wc.Err(), wc.Done() == nil, hasDL, wc.Value("k"))
	fmt.Println(wc)
	fmt.Printf("%T\n", wc)
	wcChild, cancelWC := context.WithCancel(wc)
	fmt.Println(wcChild.Err())
	cancelWC()
	fmt.Println(wcChild.Err())

	// AfterFunc runs f in its own goroutine once the context is done; stop prevents it.
	var wg sync.WaitGroup
	a, cancelA := context.WithCancel(context.Background())
	wg.Add(1)
	stop := context.AfterFunc(a, func() {
		defer wg.Done()
		fmt.Println("after func ran:", a.Err())
	})
	fmt.Println("before cancel")
	cancelA()
	wg.Wait()
	fmt.Println("stop after run:", stop())

	b, cancelB := context.WithCancel(context.Background())
	stopB := context.AfterFunc(b, func() { fmt.Println("must not run") })
	fmt.Println("stop:", stopB(), "again:", stopB())
	cancelB()
	time.Sleep(10 * time.Millisecond)

	// On an already-done context, f starts at once.
	done, cancelDone := context.WithCancel(context.Background())
	cancelDone()
	wg.Add(1)
	context.AfterFunc(done, func() { defer wg.Done(); fmt.Println("ran on done context") })
	wg.Wait()

	// On a deadline.
	dl, cancelDL := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancelDL()
	start := time.Now()
	wg.Add(1)
	context.AfterFunc(dl, func() { defer wg.Done(); fmt.Println("deadline func after", time.Since(start)) })
	wg.Wait()
}

// Output:
// <nil> <nil>
// context canceled | disk full
// context canceled | disk full
// context.Background.WithCancel
// context canceled | context canceled
// <nil>
// context.Background.WithDeadline(2009-11-10 23:00:01 +0000 UTC m=+1.000000001 [1s])
// context deadline exceeded
// context canceled <nil> true false v
// context.Background.WithValue(type string, val v).WithDeadline(2009-11-10 23:00:02 +0000 UTC m=+2.000000001 [1s]).WithoutCancel
// context.withoutCancelCtx
// <nil>
// context canceled
// before cancel
// after func ran: context canceled
// stop after run: false
// stop: true again: false
// ran on done context
// deadline func after 50ms
