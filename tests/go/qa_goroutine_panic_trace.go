// A runtime error in a goroutine started from a helper (one worker, so one panic): the traceback names the goroutine's
// function and its line, and ends with "created by main.startWorkers" and the go statement's line.
package main

import (
	"fmt"
	"sync"
)

func process(items []int, idx int) int {
	return items[idx] * 2
}

func startWorkers(wg *sync.WaitGroup, items []int) {
	for i := 0; i < 1; i++ {
		wg.Add(1)
		go func(n int) {
			fmt.Println(process(items, n+2))
			wg.Done()
		}(i)
	}
}

func main() {
	var wg sync.WaitGroup
	items := []int{1, 2, 3}
	fmt.Println("start")
	startWorkers(&wg, items[:2])
	wg.Wait()
	fmt.Println("unreachable")
}

// Output:
// start
// Stderr:
// panic: runtime error: index out of range [2] with length 2
//  [running]:
// main.process(
// .go:11
// main.startWorkers.func1(
// .go:18 +0x
// created by main.startWorkers
// .go:17 +0x
// Exit: 2
