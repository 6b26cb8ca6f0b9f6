// Recovering panics inside goroutines ("safe go" wrapper turning panics into errors), then a
// goroutine panic that is NOT recovered: main's own deferred recover cannot catch it (recover
// only works in the panicking goroutine), main's defers do not run, and the program exits 2.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

func safeGo(wg *sync.WaitGroup, errs chan<- error, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs <- fmt.Errorf("recovered: %v", r)
			}
		}()
		f()
	}()
}

func main() {
	defer func() {
		fmt.Println("main's recover (never runs):", recover())
	}()
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	safeGo(&wg, errs, func() { panic("task 1 failed") })
	safeGo(&wg, errs, func() { var m map[string]int; m["x"] = 1 })
	safeGo(&wg, errs, func() { fmt.Sprint("fine") })
	safeGo(&wg, errs, func() { a := []int{}; _ = a[3] })
	wg.Wait()
	close(errs)
	var msgs []string
	for e := range errs {
		msgs = append(msgs, e.Error())
	}
	sort.Strings(msgs)
	for _, m := range msgs {
		fmt.Println(m)
	}
	go func() {
		panic(fmt.Errorf("unrecovered in goroutine"))
	}()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}

// Output:
// recovered: assignment to entry in nil map
// recovered: runtime error: index out of range [3] with length 0
// recovered: task 1 failed
// Stderr:
// panic: unrecovered in goroutine
//  [running]:
// main.main.func
// .go:47 +0x
// created by main.main
// .go:46 +0x
// Exit: 2
