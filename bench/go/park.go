// 100,000 goroutines parked on one channel, then released. Before the release it prints, on
// stderr, the memory the runtime holds (runtime.MemStats.Sys) before the first and after the
// last go statement: bench/run.mjs divides the difference by 100,000 for gort's bytes per
// parked goroutine (Go's own figure there is the max-RSS difference to empty.go).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	n := 100000
	release := make(chan bool)
	var wg sync.WaitGroup
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			<-release
			wg.Done()
		}()
	}
	runtime.ReadMemStats(&after)
	println("sys", before.Sys, after.Sys)
	close(release)
	wg.Wait()
	fmt.Println(n)
}
