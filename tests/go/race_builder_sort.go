// gort: --race --faketime --gomaxprocs 1
// Natively implemented std types are checked too: two goroutines writing one
// strings.Builder race (Go reports it inside the Builder's methods; gort at the calling
// line), as does sort.Ints on a slice another goroutine reads.
// Go's -race randomises which of two new goroutines runs first, so only the lines common to
// both orders are expected; Go counts the Builder race twice (its addr and buf fields), gort
// once, so the count is not compared.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func main() {
	var sb strings.Builder
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sb.WriteString("x")
		}()
	}
	wg.Wait()
	fmt.Println(sb.String())

	nums := []int{3, 1, 2}
	wg.Add(2)
	go func() {
		defer wg.Done()
		sort.Ints(nums)
	}()
	go func() {
		defer wg.Done()
		fmt.Println(nums[0] > 0)
	}()
	wg.Wait()
}

// Output:
// xx
// true
// Stderr:
// WARNING: DATA RACE
// at 0x
// main.main.func1()
// .go:24 +0x
// Previous
// main.main.func1()
// .go:24 +0x
// WARNING: DATA RACE
// main.main.func
// Previous
// main.main.func
// data race(s)
// Exit: 66
