// gort: --gomaxprocs 3
// The runtime package: GOMAXPROCS (query and change), NumGoroutine, Gosched, NumCPU.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.GOMAXPROCS(0))
	prev := runtime.GOMAXPROCS(1)
	fmt.Println(prev, runtime.GOMAXPROCS(0))
	fmt.Println(runtime.NumGoroutine())
	done := make(chan bool)
	go func() { done <- true }()
	runtime.Gosched()
	<-done
	fmt.Println(runtime.NumCPU() >= 1)
}

// Output:
// 3
// 3 1
// 1
// true
