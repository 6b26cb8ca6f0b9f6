// The program ends when main returns, even while other goroutines are still running.
// gort: --faketime
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		for {
			time.Sleep(time.Millisecond)
		}
	}()
	go func() {
		ch := make(chan int)
		<-ch
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main done")
}

// Output:
// main done
