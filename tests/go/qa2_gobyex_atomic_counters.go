// Go by Example "Atomic Counters" as written there (atomic.Uint64, Go 1.19), next to the older
// form with atomic.AddUint64 on a plain uint64 and atomic.Int32/Bool/Value. (atomic.Pointer[T]
// is in tests/go/gaps/qa2_atomic_pointer.go.)
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var ops atomic.Uint64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			for c := 0; c < 1000; c++ {
				ops.Add(1)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())

	var old uint64
	var n32 atomic.Int32
	var flag atomic.Bool
	var v atomic.Value
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			atomic.AddUint64(&old, 2)
			n32.Add(-1)
			if i == 7 {
				flag.Store(true)
				v.Store("seven")
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("old:", atomic.LoadUint64(&old), "n32:", n32.Load(), "flag:", flag.Load(), "v:", v.Load())
	fmt.Println("swapped:", n32.CompareAndSwap(-20, 5), n32.Load(), n32.Swap(9), n32.Load())
}

// Output:
// ops: 50000
// old: 40 n32: -20 flag: true v: seven
// swapped: true 5 5 9
