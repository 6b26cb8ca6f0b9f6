// lostcancel and unreachable through switch, select, loops with break, labeled break, fallthrough,
// calls that never return (panic, log.Fatal, os.Exit) and function literals.
package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"time"
)

func sw(x int) error {
	ctx, cancel := context.WithCancel(context.Background())
	switch x {
	case 1:
		cancel()
	case 2:
		return ctx.Err()
	default:
		defer cancel()
	}
	return nil
}

func sel(ch chan int) int {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	select {
	case v := <-ch:
		cancel()
		return v
	case <-ctx.Done():
		return 0
	}
}

func loopBreak(n int) {
	ctx, cancel := context.WithCancel(context.Background())
	for i := 0; i < n; i++ {
		if i == 3 {
			break
		}
		fmt.Println(ctx.Err())
	}
	cancel()
}

func infiniteLoop(ch chan int) int {
	ctx, cancel := context.WithCancel(context.Background())
	for {
		select {
		case v := <-ch:
			if v > 0 {
				cancel()
				return v
			}
		case <-ctx.Done():
			return -1
		}
	}
}

func fatal(fail bool) {
	ctx, cancel := context.WithCancel(context.Background())
	if fail {
		log.Fatal("boom")
	}
	if ctx == nil {
		os.Exit(1)
	}
	cancel()
}

func panics(fail bool) {
	ctx, cancel := context.WithCancel(context.Background())
	if fail {
		panic("boom")
	}
	fmt.Println(ctx)
	cancel()
}

func lit() {
	f := func() {
		ctx, cancel := context.WithCancel(context.Background())
		fmt.Println(ctx)
		if ctx != nil {
			return
		}
		cancel()
	}
	f()
}

func rangeLoop(xs []int) {
	ctx, cancel := context.WithCancel(context.Background())
	for _, x := range xs {
		if x > 0 {
			cancel()
			return
		}
	}
	fmt.Println(ctx)
}

func labeled() {
outer:
	for {
		for {
			break outer
		}
	}
	fmt.Println("reachable")
	for {
		select {}
	}
	fmt.Println("unreachable")
}

func sw2(x int) int {
	switch {
	case x > 1:
		return 1
	case x < 0:
		fallthrough
	default:
		panic("x")
	}
	return 2
}

func main() {
	fmt.Println(sw(1), sel(nil))
	loopBreak(1)
	fmt.Println(infiniteLoop(nil))
	fatal(false)
	panics(false)
	lit()
	rangeLoop(nil)
	labeled()
	fmt.Println(sw2(2))
}
