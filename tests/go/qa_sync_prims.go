// sync primitives together: RWMutex-protected cache with many readers, Once for lazy init under
// contention, Cond-based bounded queue, atomic counters (functions and atomic.Int64 type), and
// sync.Map; the results are deterministic totals.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Cache struct {
	mu   sync.RWMutex
	data map[string]int
}

func (c *Cache) Get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k string, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
	max   int
}

func NewQueue(max int) *Queue {
	q := &Queue{max: max}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	for len(q.items) == q.max {
		q.cond.Wait()
	}
	q.items = append(q.items, v)
	q.cond.Broadcast()
	q.mu.Unlock()
}

func (q *Queue) Take() int {
	q.mu.Lock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.cond.Broadcast()
	q.mu.Unlock()
	return v
}

func main() {
	c := &Cache{data: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Set(fmt.Sprint("k", i%5), i%5)
			for j := 0; j < 100; j++ {
				c.Get("k1")
			}
		}(i)
	}
	wg.Wait()
	v, ok := c.Get("k3")
	fmt.Println(len(c.data), v, ok)

	var once sync.Once
	var inits int32
	config := ""
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() {
				atomic.AddInt32(&inits, 1)
				config = "loaded"
			})
		}()
	}
	wg.Wait()
	fmt.Println(config, atomic.LoadInt32(&inits))

	q := NewQueue(2)
	var total int64
	var consumers sync.WaitGroup
	for w := 0; w < 3; w++ {
		consumers.Add(1)
		go func() {
			defer consumers.Done()
			for {
				v := q.Take()
				if v < 0 {
					return
				}
				atomic.AddInt64(&total, int64(v))
			}
		}()
	}
	for i := 1; i <= 100; i++ {
		q.Put(i)
	}
	for w := 0; w < 3; w++ {
		q.Put(-1)
	}
	consumers.Wait()
	fmt.Println("queue total", atomic.LoadInt64(&total))

	var hits atomic.Int64
	var flag atomic.Bool
	var cas int32
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hits.Add(2)
			flag.Store(true)
			atomic.CompareAndSwapInt32(&cas, 0, 1)
		}()
	}
	wg.Wait()
	fmt.Println(hits.Load(), flag.Load(), cas)

	var sm sync.Map
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sm.Store(i, i*i)
		}(i)
	}
	wg.Wait()
	actual, loaded := sm.LoadOrStore(2, 100)
	fmt.Println(actual, loaded)
	var keys []int
	sm.Range(func(k, v any) bool {
		keys = append(keys, k.(int)+v.(int))
		return true
	})
	sort.Ints(keys)
	fmt.Println(keys)
}

// Output:
// 5 3 true
// loaded 1
// queue total 5050
// 100 true 1
// 4 true
// [0 2 6 12 20]
