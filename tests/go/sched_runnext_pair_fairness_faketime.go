// gort: --faketime --gomaxprocs 1
// sched_runnext_pair_fairness under fake time, where slices are counted in polls and no sysmon
// preempts: a goroutine started before the pair sits in the P's queue behind it while the pair
// hands the P back and forth through runnext (each parks or exits within a few polls). The
// chain's slice still ends, so that goroutine runs and main receives what it sends.
package main

import (
	"fmt"
	"sync"
)

func pairs() {
	for {
		var wg sync.WaitGroup
		wg.Add(1)
		go func() { wg.Done() }()
		wg.Wait()
	}
}

func main() {
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) { ch <- i }(i)
		go pairs()
		fmt.Println("received", <-ch)
	}
}

// Output:
// received 0
// received 1
// received 2
