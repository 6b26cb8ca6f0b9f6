// Eight goroutines each computing fib(N) recursively (N = 30, or the first argument); run with
// GOMAXPROCS 1 and 2: the ratio of the two work times (start-up subtracted) is the parallel
// speed-up. fib(30) is the short run (~0.3 s of work under Node, where a first run's
// start-up costs weigh); fib(32) does 2.6 times the work.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	n := 30
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			n = v
		}
	}
	var wg sync.WaitGroup
	results := make([]int, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			results[g] = fib(n)
		}(g)
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println(sum)
}
