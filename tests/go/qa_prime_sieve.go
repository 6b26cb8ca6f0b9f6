// The classic concurrent prime sieve (a goroutine per prime, chained by unbuffered channels):
// the first 300 primes; thousands of channel handoffs per prime.
package main

import "fmt"

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	sum := 0
	for i := 0; i < 300; i++ {
		prime := <-ch
		sum += prime
		if i%50 == 49 {
			fmt.Println(i+1, prime)
		}
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Println("sum", sum)
}

// Output:
// 50 229
// 100 541
// 150 863
// 200 1223
// 250 1583
// 300 1987
// sum 271061
