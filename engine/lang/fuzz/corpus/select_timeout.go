// select_timeout: select waits on several channel operations at once and runs the first
// that is ready. time.After gives a channel that receives after a delay: a timeout.
package main

import (
	"fmt"
	"time"
)

func main() {
	results := make(chan string)
	go func() {
		time.Sleep(50 * time.Millisecond)
		results <- "fast worker done"
	}()
	go func() {
		time.Sleep(500 * time.Millisecond)
		results <- "slow worker done"
	}()

	timeout := time.After(200 * time.Millisecond)
	for i := 0; i < 2; i++ {
		select {
		case r := <-results:
			fmt.Println(r)
		case <-timeout:
			fmt.Println("timed out after 200ms")
			return
		}
	}
}
