// The well-known single-P ordering puzzle: goroutines started in a loop and then main
// sleeps. With GOMAXPROCS=1 Go runs the most recently created goroutine first (runnext),
// then the others in creation order: 4 0 1 2 3. Tutorials print this and explain it.
// gort: --faketime --gomaxprocs 1
package main

import (
	"fmt"
	"time"
)

func main() {
	for i := 0; i < 5; i++ {
		go func(n int) {
			fmt.Print(n, " ")
		}(i)
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println()
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func(n int) {
			fmt.Print("w", n, " ")
			done <- true
		}(i)
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	fmt.Println()
}

// Output:
// 4 0 1 2 3 
// w2 w0 w1 
