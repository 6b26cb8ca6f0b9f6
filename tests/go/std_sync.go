// sync.Mutex/WaitGroup/Once/RWMutex/Map/Pool and sync/atomic under contention.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func main() {
	c := Counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Inc("k")
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.n["k"])

	var ops int64
	var a32 int32
	var ai atomic.Int64
	var wg2 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg2.Add(1)
		go func() {
			for j := 0; j < 500; j++ {
				atomic.AddInt64(&ops, 1)
				atomic.AddInt32(&a32, 2)
				ai.Add(3)
			}
			wg2.Done()
		}()
	}
	wg2.Wait()
	fmt.Println(atomic.LoadInt64(&ops), atomic.LoadInt32(&a32), ai.Load())
	fmt.Println(atomic.CompareAndSwapInt64(&ops, 10000, 1), ops, atomic.CompareAndSwapInt64(&ops, 5, 2), ops)
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	var rw sync.RWMutex
	shared := 0
	var wg3 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg3.Add(2)
		go func() { defer wg3.Done(); rw.Lock(); shared++; rw.Unlock() }()
		go func() { defer wg3.Done(); rw.RLock(); _ = shared; rw.RUnlock() }()
	}
	wg3.Wait()
	fmt.Println(shared)
	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	v, loaded := m.LoadOrStore("a", 9)
	fmt.Println(v, loaded)
	m.Delete("a")
	_, ok = m.Load("a")
	fmt.Println(ok)
	m.Range(func(k, v any) bool { fmt.Println("range", k, v); return true })
	p := sync.Pool{New: func() any { return "new" }}
	fmt.Println(p.Get())
	p.Put("x")
	fmt.Println(p.Get())
	var flag atomic.Bool
	flag.Store(true)
	fmt.Println(flag.Load())
	var av atomic.Value
	av.Store([]int{1, 2})
	fmt.Println(av.Load())
	mu := sync.Mutex{}
	fmt.Println(mu.TryLock(), mu.TryLock())
}

// Output:
// 5000
// 10000 20000 30000
// true 1 false 1
// once 0
// 10
// 1 true
// 1 true
// false
// range b 2
// new
// x
// true
// [1 2]
// true false
