// gort: --race --faketime --gomaxprocs 1
// Two goroutines append to copies of one slice header with spare capacity: both write the
// same element of the shared array (append in place), a race; reading the array's old
// elements while a goroutine's append grows it (a copy) is one too.
// Go's -race randomises which of two new goroutines runs first, so only the lines common to
// both orders are expected.
package main

import (
	"fmt"
	"sync"
)

func main() {
	base := make([]int, 1, 4)
	var a, b []int
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		a = append(base, 1)
	}()
	go func() {
		defer wg.Done()
		b = append(base, 2)
	}()
	wg.Wait()
	fmt.Println(len(a), len(b), a[1] == b[1])
}

// Output:
// 2 2 true
// Stderr:
// WARNING: DATA RACE
// Write at 0x
// main.main.func
// Previous write at 0x
// main.main.func
// Found 1 data race(s)
// Exit: 66
