// Eight CPU-bound goroutines; run with GOMAXPROCS 1 and 2 to measure the parallel speed-up.
// 10M iterations each: long enough (Go ~0.3 s, gort under Node several s) that start-up time
// does not hide the speed-up.
package main

import (
	"fmt"
	"sync"
)

func spin(n int) int {
	x := 0
	for i := 0; i < n; i++ {
		x = (x*31 + i) % 1000003
	}
	return x
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			results[g] = spin(10000000)
		}(g)
	}
	wg.Wait()
	fmt.Println(results[0], results[7])
}
