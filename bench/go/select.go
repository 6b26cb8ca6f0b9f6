// select fan-in: four producers send 1,000,000 values each on their own unbuffered channel;
// one consumer receives all 4M through a four-case select.
package main

import "fmt"

func produce(ch chan<- int, id, n int) {
	for i := 0; i < n; i++ {
		ch <- id
	}
}

func main() {
	a, b, c, d := make(chan int), make(chan int), make(chan int), make(chan int)
	n := 1000000
	go produce(a, 1, n)
	go produce(b, 2, n)
	go produce(c, 3, n)
	go produce(d, 4, n)
	total := 0
	for i := 0; i < 4*n; i++ {
		select {
		case v := <-a:
			total += v
		case v := <-b:
			total += v
		case v := <-c:
			total += v
		case v := <-d:
			total += v
		}
	}
	fmt.Println(total)
}
