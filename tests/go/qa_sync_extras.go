// sync/atomic and sync extras from Go 1.19: atomic.Value holding a struct swapped by writers,
// atomic.Uint32 and atomic.Int32 types, sync.Map.LoadAndDelete and Delete during Range, and
// sync.Pool with New. (atomic.Pointer[T] needs generics; left out.)
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name string
	N    int
}

func main() {
	var v atomic.Value
	v.Store(Config{"a", 1})
	var wg sync.WaitGroup
	var u atomic.Uint32
	var reads atomic.Int32
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%2 == 0 {
				v.Store(Config{"b", i})
			}
			c := v.Load().(Config)
			_ = c.Name
			reads.Add(1)
			u.Add(uint32(i))
		}(i)
	}
	wg.Wait()
	fmt.Println(reads.Load(), u.Load(), v.Load().(Config).Name != "")
	var m sync.Map
	for i := 0; i < 5; i++ {
		m.Store(i, fmt.Sprint("v", i))
	}
	val, loaded := m.LoadAndDelete(3)
	fmt.Println(val, loaded)
	m.Range(func(k, v any) bool {
		if k.(int)%2 == 0 {
			m.Delete(k)
		}
		return true
	})
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println(n)
	p := sync.Pool{New: func() any { return new([64]byte) }}
	b := p.Get().(*[64]byte)
	b[0] = 1
	p.Put(b)
	fmt.Println(len(p.Get().(*[64]byte)))
}

// Output:
// 8 28 true
// v3 true
// 1
// 64
