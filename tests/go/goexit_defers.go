// runtime.Goexit ends only the goroutine that calls it, from any call depth: its deferred calls
// run (innermost first), recover() returns nil while it unwinds (Goexit is not a panic), a
// deferred call that calls Goexit ends the goroutine after the remaining deferred calls, and
// a deferred Goexit during a panic ends the goroutine instead of the program.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func deep(n int) {
	defer fmt.Println("deep defer", n)
	if n == 0 {
		runtime.Goexit()
	}
	deep(n - 1)
	fmt.Println("not reached", n)
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			fmt.Println("recover during Goexit:", recover())
		}()
		deep(2)
		fmt.Println("not reached either")
	}()
	wg.Wait()

	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("outer defer still runs")
		defer func() {
			runtime.Goexit()
		}()
		fmt.Println("body returns")
	}()
	<-done

	done2 := make(chan bool)
	go func() {
		defer close(done2)
		defer func() {
			fmt.Println("deferred Goexit during a panic")
			runtime.Goexit()
		}()
		panic("boom")
	}()
	<-done2
	fmt.Println("main done")
}

// Output:
// deep defer 0
// deep defer 1
// deep defer 2
// recover during Goexit: <nil>
// body returns
// outer defer still runs
// deferred Goexit during a panic
// main done
