// Two goroutines writing one map at the same time: like Go, gort detects the overlapping
// writes and dies with "fatal error: concurrent map writes" (exit 2) instead of corrupting the
// table. The writers loop until that happens.
// gort: --gomaxprocs 2
// race: yes (under --race)
package main

import "sync"

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; ; i++ {
				m[i%1000+g*1000] = i
			}
		}(g)
	}
	wg.Wait()
}

// Stderr:
// fatal error: concurrent map writes
// goroutine
// Exit: 2
