// gort: --race --gomaxprocs 2
// Race-free synchronisation that must not be reported: a buffered channel used as a
// semaphore, results handed over through channels, a Mutex-guarded append, a WaitGroup
// before reading what the goroutines wrote, sync.Once, and each goroutine writing only its
// own slice element.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func main() {
	sem := make(chan struct{}, 1)
	done := make(chan bool)
	x := 0
	for i := 0; i < 4; i++ {
		go func() {
			sem <- struct{}{}
			x++
			<-sem
			done <- true
		}()
	}
	for i := 0; i < 4; i++ {
		<-done
	}
	fmt.Println("semaphore:", x)

	var mu sync.Mutex
	var wg sync.WaitGroup
	var words []string
	var sb strings.Builder
	for _, w := range []string{"c", "a", "b"} {
		wg.Add(1)
		go func(w string) {
			defer wg.Done()
			mu.Lock()
			words = append(words, w)
			sb.WriteString(w)
			mu.Unlock()
		}(w)
	}
	wg.Wait()
	sort.Strings(words)
	fmt.Println("mutex:", words, sb.Len())

	squares := make([]int, 5)
	for i := range squares {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			squares[i] = i * i
		}(i)
	}
	wg.Wait()
	out := make([]int, len(squares))
	copy(out, squares)
	fmt.Println("elements:", out)

	var once sync.Once
	config := ""
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { config = "loaded" })
			_ = config
		}()
	}
	wg.Wait()
	fmt.Println("once:", config)

	results := make(chan []int)
	go func() {
		r := []int{1, 2}
		r = append(r, 3)
		results <- r
	}()
	r := <-results
	r[0] = 10
	fmt.Println("handed over:", r)
}

// Output:
// semaphore: 4
// mutex: [a b c] 3
// elements: [0 1 4 9 16]
// once: loaded
// handed over: [10 2 3]
