// Concurrent prime sieve: a chain of filter goroutines, one per prime found, each passing on
// the numbers its prime does not divide. Finds the first 2,000 primes; prints the last and
// their sum.
package main

import "fmt"

func numbers(out chan<- int) {
	for i := 2; ; i++ {
		out <- i
	}
}

func filter(in <-chan int, out chan<- int, p int) {
	for {
		if v := <-in; v%p != 0 {
			out <- v
		}
	}
}

func main() {
	src := make(chan int)
	go numbers(src)
	sum, last := 0, 0
	for k := 0; k < 2000; k++ {
		p := <-src
		sum += p
		last = p
		next := make(chan int)
		go filter(src, next, p)
		src = next
	}
	fmt.Println(last, sum)
}
