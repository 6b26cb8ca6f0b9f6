// gort: --gomaxprocs 4
// sync.Map used by goroutines running in parallel: Store, LoadOrStore, Load, Delete and Range
// at the same time from 8 goroutines. sync.Map is safe for concurrent use, so the totals are
// exact (without a lock in the Map this dies with "concurrent map writes" or loses entries).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				k := w*10000 + i
				m.Store(k, i)
				if v, loaded := m.LoadOrStore(k, -1); !loaded || v.(int) != i {
					panic("LoadOrStore lost a Store")
				}
				if i%2 == 1 {
					m.Delete(k)
				}
				if i%500 == 0 {
					m.Range(func(k, v any) bool { return true })
				}
			}
		}(w)
	}
	wg.Wait()
	n, sum := 0, 0
	m.Range(func(k, v any) bool {
		n++
		sum += v.(int)
		return true
	})
	fmt.Println(n, sum)
	v, ok := m.Load(70000 + 1998)
	fmt.Println(v, ok)
	v, ok = m.LoadAndDelete(70000 + 1998)
	_, ok2 := m.Load(70000 + 1998)
	fmt.Println(v, ok, ok2)
}

// Output:
// 8000 7992000
// 1998 true
// 1998 true false
