// main returning ends the program even though goroutines are still running or blocked; their
// remaining output never appears and the exit status is 0. A goroutine blocked forever is not
// a deadlock while main runs on; select{} with a sleeping timer goroutine is not a deadlock
// either until the timers are gone.
// gort: --faketime
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		for i := 0; ; i++ {
			time.Sleep(time.Millisecond)
		}
	}()
	go func() {
		select {}
	}()
	block := make(chan int)
	go func() { <-block }()
	done := make(chan bool)
	go func() {
		time.Sleep(30 * time.Millisecond)
		fmt.Println("worker done")
		done <- true
	}()
	<-done
	go func() {
		time.Sleep(time.Hour)
		fmt.Println("never printed")
	}()
	fmt.Println("main returns")
}

// Output:
// worker done
// main returns
