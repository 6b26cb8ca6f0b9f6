// 100,000 goroutines parked on one channel, then released (memory per parked goroutine is the
// max-RSS difference to empty.go, divided by 100,000).
package main

import (
	"fmt"
	"sync"
)

func main() {
	n := 100000
	release := make(chan bool)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			<-release
			wg.Done()
		}()
	}
	close(release)
	wg.Wait()
	fmt.Println(n)
}
