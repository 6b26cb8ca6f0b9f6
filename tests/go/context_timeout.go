// gort: --faketime
// WithTimeout around a slow goroutine (fake time jumps to the deadline), a fast one that
// beats it, WithDeadline with a deadline later than the parent's, and the timer stopped when
// cancelled early (the program would otherwise not need to wait).
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slow(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return "finished", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	dl, ok := ctx.Deadline()
	fmt.Println("has deadline:", ok, dl.Sub(start).Round(time.Millisecond))

	res, err := slow(ctx, time.Second)
	fmt.Printf("slow: %q %v\n", res, err)
	fmt.Println(errors.Is(err, context.DeadlineExceeded), err == context.DeadlineExceeded)
	fmt.Println("waited:", time.Since(start).Round(10*time.Millisecond))

	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Second)
	res, err = slow(ctx2, 10*time.Millisecond)
	fmt.Printf("fast: %q %v\n", res, err)
	cancel2()
	fmt.Println("after cancel:", ctx2.Err())

	// A child's later deadline does not extend its parent's.
	parent, cancelP := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancelP()
	child, cancelC := context.WithDeadline(parent, time.Now().Add(time.Hour))
	defer cancelC()
	pd, _ := parent.Deadline()
	cd, _ := child.Deadline()
	fmt.Println("child deadline == parent deadline:", pd.Equal(cd))
	t0 := time.Now()
	<-child.Done()
	fmt.Println("child:", child.Err(), time.Since(t0).Round(10*time.Millisecond))

	// A deadline in the past: cancelled at once.
	past, cancelPast := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancelPast()
	fmt.Println("past:", past.Err())

	// A worker loop with a per-step timeout.
	for i, d := range []time.Duration{10 * time.Millisecond, 300 * time.Millisecond, 20 * time.Millisecond} {
		c, cf := context.WithTimeout(context.Background(), 200*time.Millisecond)
		r, err := slow(c, d)
		cf()
		fmt.Println(i, r, err)
	}
	fmt.Println("total:", time.Since(start).Round(10*time.Millisecond))
}

// Output:
// has deadline: true 100ms
// slow: "" context deadline exceeded
// true true
// waited: 100ms
// fast: "finished" <nil>
// after cancel: context canceled
// child deadline == parent deadline: true
// child: context deadline exceeded 50ms
// past: context deadline exceeded
// 0 finished <nil>
// 1  context deadline exceeded
// 2 finished <nil>
// total: 390ms
