// lostcancel: the cancel function of context.WithCancel/WithTimeout/WithDeadline must be called.
package main

import (
	"context"
	"fmt"
	"time"
)

func early(fail bool) error {
	ctx, cancel := context.WithCancel(context.Background())
	if fail {
		return fmt.Errorf("failed")
	}
	defer cancel()
	return ctx.Err()
}

func sometimes(debug bool) {
	ctx, stop := context.WithTimeout(context.Background(), time.Second)
	if debug {
		fmt.Println(stop != nil)
	}
	fmt.Println(ctx.Err())
}

func good() error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	return ctx.Err()
}

func handedBack() (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(context.Background())
	return ctx, cancel
}

func namedResult() (ctx context.Context, cancel context.CancelFunc) {
	ctx, cancel = context.WithCancel(context.Background())
	return
}

func loop(n int) {
	for i := 0; i < n; i++ {
		ctx, cancel := context.WithCancel(context.Background())
		fmt.Println(ctx.Err())
		cancel()
	}
}

func discarded() context.Context {
	ctx, _ := context.WithDeadline(context.Background(), time.Now())
	return ctx
}

func declared() {
	var ctx, cancel = context.WithCancel(context.Background())
	fmt.Println(ctx.Err())
	if ctx.Err() != nil {
		cancel()
		return
	}
}

func main() {
	fmt.Println(early(true), good())
	sometimes(false)
	_, c1 := handedBack()
	c1()
	_, c2 := namedResult()
	c2()
	loop(1)
	fmt.Println(discarded().Err())
	declared()
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println(ctx.Err(), cancel != nil)
}
