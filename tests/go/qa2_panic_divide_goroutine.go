// Integer division by zero inside a worker goroutine, after other workers finished: the panic
// ends the program with Go's runtime error message ("[recovered]" only appears when re-panicked)
// and the frames of the worker and the inlined average, exit status 2. A recovered one first.
package main

import (
	"fmt"
	"sync"
)

func average(nums []int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total / len(nums)
}

func safeAverage(nums []int) (avg int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("average: %v", r)
		}
	}()
	return average(nums), nil
}

func main() {
	fmt.Println(safeAverage([]int{1, 2, 3}))
	fmt.Println(safeAverage(nil))
	var wg sync.WaitGroup
	results := make([]int, 3)
	for i, nums := range [][]int{{4, 6}, {10}} {
		wg.Add(1)
		go func(i int, nums []int) {
			defer wg.Done()
			results[i] = average(nums)
		}(i, nums)
	}
	wg.Wait()
	fmt.Println(results)
	wg.Add(1)
	go func() {
		results[2] = average([]int{})
		wg.Done() // not deferred: a deferred Done would let main go on while the panic ends the program
	}()
	wg.Wait()
	fmt.Println("not reached")
}

// Output:
// 2 <nil>
// 0 average: runtime error: integer divide by zero
// [5 10 0]
// Stderr:
// panic: runtime error: integer divide by zero
// goroutine
// main.average(
// .go:16
// main.main.func2()
// .go:44 +0x
// created by main.main
// .go:43 +0x
// Exit: 2
