// Two goroutines take turns through unbuffered channels, so the output order is fixed.
package main

import "fmt"

func player(name string, in <-chan int, out chan<- int, done chan<- bool) {
	for {
		n, ok := <-in
		if !ok {
			done <- true
			return
		}
		fmt.Println(name, n)
		if n == 5 {
			close(out)
			done <- true
			return
		}
		out <- n + 1
	}
}

func main() {
	a, b := make(chan int), make(chan int)
	done := make(chan bool)
	go player("ping", a, b, done)
	go player("pong", b, a, done)
	a <- 0
	<-done
	<-done
}

// Output:
// ping 0
// pong 1
// ping 2
// pong 3
// ping 4
// pong 5
