// sync/atomic: every width's functions, the typed values, Value's Swap/CompareAndSwap and
// their panics, Pointer[T] under contention.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "panic:", recover()) }()
	f()
}

type node struct{ n int }

func main() {
	var u32 uint32
	var u64 uint64
	var up uintptr
	var i32 int32
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)), atomic.SwapUint32(&u32, 7), atomic.CompareAndSwapUint32(&u32, 7, 8), atomic.LoadUint32(&u32))
	fmt.Println(atomic.AddUint64(&u64, 5), atomic.SwapUint64(&u64, 9), atomic.CompareAndSwapUint64(&u64, 1, 2), atomic.LoadUint64(&u64))
	atomic.StoreUintptr(&up, 40)
	fmt.Println(atomic.AddUintptr(&up, 2), atomic.SwapUintptr(&up, 1), atomic.CompareAndSwapUintptr(&up, 1, 3), atomic.LoadUintptr(&up))
	fmt.Println(atomic.AddInt32(&i32, -3), atomic.SwapInt32(&i32, 4), atomic.CompareAndSwapInt32(&i32, 4, 5), atomic.LoadInt32(&i32))

	var U atomic.Uint64
	U.Store(10)
	fmt.Println(U.Add(5), U.Swap(1), U.CompareAndSwap(1, 2), U.Load())
	var P atomic.Uintptr
	fmt.Println(P.Add(3), P.Swap(8), P.CompareAndSwap(0, 1), P.Load())
	var B atomic.Bool
	fmt.Println(B.Swap(true), B.CompareAndSwap(true, false), B.Load())

	var v atomic.Value
	fmt.Println(v.Load(), v.CompareAndSwap(nil, "a"), v.Swap("b"), v.Load())
	fmt.Println(v.CompareAndSwap("x", "y"), v.CompareAndSwap("b", "c"), v.Load())
	try("Store nil", func() { v.Store(nil) })
	try("Store int", func() { v.Store(1) })
	try("Swap nil", func() { v.Swap(nil) })
	try("Swap int", func() { v.Swap(1) })
	try("CAS nil", func() { v.CompareAndSwap("c", nil) })
	try("CAS mixed", func() { v.CompareAndSwap("c", 1) })
	try("CAS int", func() { v.CompareAndSwap(1, 2) })

	var p atomic.Pointer[node]
	fmt.Println(p.Load() == nil, p.CompareAndSwap(nil, &node{0}))
	var wg sync.WaitGroup
	var c atomic.Uint64
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				for {
					old := p.Load()
					if p.CompareAndSwap(old, &node{old.n + 1}) {
						break
					}
				}
				c.Add(1)
				atomic.AddUint32(&u32, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(p.Load().n, c.Load(), atomic.LoadUint32(&u32))
	old := p.Swap(nil)
	fmt.Println(old.n, p.Load())
}

// Output:
// 4294967295 4294967295 true 8
// 5 5 false 9
// 42 42 true 3
// -3 -3 true 5
// 15 15 true 2
// 3 3 false 8
// false true false
// <nil> true a b
// false true c
// Store nil panic: sync/atomic: store of nil value into Value
// Store int panic: sync/atomic: store of inconsistently typed value into Value
// Swap nil panic: sync/atomic: swap of nil value into Value
// Swap int panic: sync/atomic: swap of inconsistently typed value into Value
// CAS nil panic: sync/atomic: compare and swap of nil value into Value
// CAS mixed panic: sync/atomic: compare and swap of inconsistently typed values
// CAS int panic: sync/atomic: compare and swap of inconsistently typed value into Value
// true true
// 2000 2000 2008
// 2000 <nil>
