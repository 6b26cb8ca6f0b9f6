// select: 200,000 receives through a two-case select fed by two producers.
package main

import "fmt"

func produce(ch chan<- int, n int) {
	for i := 0; i < n; i++ {
		ch <- 1
	}
}

func main() {
	a, b := make(chan int), make(chan int)
	n := 100000
	go produce(a, n)
	go produce(b, n)
	total := 0
	for i := 0; i < 2*n; i++ {
		select {
		case v := <-a:
			total += v
		case v := <-b:
			total += v
		}
	}
	fmt.Println(total)
}
