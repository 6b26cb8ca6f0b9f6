// A worker pool: three workers take jobs from one channel and send results to another.
package main

import (
	"fmt"
	"time"
)

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		time.Sleep(10 * time.Millisecond)
		results <- j * 2
	}
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan int, 100)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	total := 0
	for a := 1; a <= 9; a++ {
		r := <-results
		fmt.Println("result", r)
		total += r
	}
	fmt.Println("total", total)
}

// Unordered output:
// result 6
// result 4
// result 2
// result 8
// result 12
// result 10
// result 14
// result 18
// result 16
// total 90
