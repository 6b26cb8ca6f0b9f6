// Channel ping-pong: 2,000,000 round trips between two goroutines on unbuffered channels.
package main

import "fmt"

func main() {
	ping, pong := make(chan int), make(chan int)
	n := 2000000
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < n; i++ {
		ping <- i
		sum += <-pong - i
	}
	close(ping)
	fmt.Println(sum)
}
