// atomic.Pointer[T] (Go 1.19): a config pointer swapped atomically while readers load it —
// the typed replacement for atomic.Value that Go by Example and blog posts now show.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version int
	Name    string
}

func main() {
	var cfg atomic.Pointer[Config]
	fmt.Println("initially nil:", cfg.Load() == nil)
	cfg.Store(&Config{1, "first"})
	var wg sync.WaitGroup
	for i := 2; i <= 5; i++ {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			for {
				old := cfg.Load()
				if cfg.CompareAndSwap(old, &Config{old.Version + 1, fmt.Sprint("v", v)}) {
					return
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("version:", cfg.Load().Version)
	prev := cfg.Swap(&Config{100, "final"})
	fmt.Println(prev.Version, cfg.Load().Name)
}

// Output:
// initially nil: true
// version: 5
// 5 final
