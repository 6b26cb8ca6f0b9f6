// A for-select loop over two producers and a quit channel; totals are deterministic.
package main

import "fmt"

func main() {
	evens, odds := make(chan int), make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 10; i += 2 {
			evens <- i
		}
		quit <- true
	}()
	go func() {
		for i := 1; i < 10; i += 2 {
			odds <- i
		}
		quit <- true
	}()
	sumE, sumO, finished := 0, 0, 0
	for finished < 2 {
		select {
		case v := <-evens:
			sumE += v
		case v := <-odds:
			sumO += v
		case <-quit:
			finished++
		}
	}
	fmt.Println(sumE, sumO)
}

// Output:
// 20 25
