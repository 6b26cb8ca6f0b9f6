// gort: --gomaxprocs 1
// Preemption: with one P, a goroutine spinning in `for {}` must not stop main from running
// again after its Sleep (sysmon asks a G that ran over 10 ms to yield).
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		for {
		}
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main got the CPU back")
}

// Output:
// main got the CPU back
