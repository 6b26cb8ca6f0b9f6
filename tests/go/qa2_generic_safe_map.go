// A generic concurrency-safe map (SafeMap[K, V] around an RWMutex) next to sync.Map doing the
// same job: 8 goroutines count words; then LoadOrStore, LoadAndDelete, Range with early stop,
// and the generic map's methods through a generic interface.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type SafeMap[K comparable, V any] struct {
	mu sync.RWMutex
	m  map[K]V
}

func NewSafeMap[K comparable, V any]() *SafeMap[K, V] {
	return &SafeMap[K, V]{m: make(map[K]V)}
}

func (s *SafeMap[K, V]) Update(k K, f func(V) V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k] = f(s.m[k])
}

func (s *SafeMap[K, V]) Get(k K) (V, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.m[k]
	return v, ok
}

func (s *SafeMap[K, V]) Keys() []K {
	s.mu.RLock()
	defer s.mu.RUnlock()
	keys := make([]K, 0, len(s.m))
	for k := range s.m {
		keys = append(keys, k)
	}
	return keys
}

type Getter[K comparable, V any] interface {
	Get(K) (V, bool)
}

func lookup[K comparable, V any](g Getter[K, V], k K) string {
	if v, ok := g.Get(k); ok {
		return fmt.Sprintf("%v=%v", k, v)
	}
	return fmt.Sprintf("%v missing", k)
}

const text = "the quick brown fox jumps over the lazy dog the fox"

func main() {
	words := strings.Fields(text)
	counts := NewSafeMap[string, int]()
	var sm sync.Map
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, w := range words {
				counts.Update(w, func(n int) int { return n + 1 })
				v, _ := sm.LoadOrStore(w, new(int32))
				_ = v
			}
		}()
	}
	wg.Wait()
	keys := counts.Keys()
	sort.Strings(keys)
	for _, k := range keys {
		n, _ := counts.Get(k)
		fmt.Printf("%s:%d ", k, n)
	}
	fmt.Println()
	fmt.Println(lookup[string, int](counts, "fox"), lookup[string, int](counts, "cat"))

	n := 0
	sm.Range(func(k, v any) bool { n++; return true })
	fmt.Println("sync.Map keys:", n)
	v, loaded := sm.LoadOrStore("cat", 7)
	fmt.Println(v, loaded)
	v, loaded = sm.LoadOrStore("cat", 8)
	fmt.Println(v, loaded)
	v, loaded = sm.LoadAndDelete("cat")
	fmt.Println(v, loaded)
	v, loaded = sm.LoadAndDelete("cat")
	fmt.Println(v, loaded)
	seen := 0
	sm.Range(func(k, v any) bool { seen++; return seen < 3 })
	fmt.Println("stopped after", seen)
	sm.Delete("the")
	_, ok := sm.Load("the")
	fmt.Println("the present:", ok)

	byLen := NewSafeMap[int, []string]()
	for _, w := range words {
		w := w
		byLen.Update(len(w), func(ws []string) []string { return append(ws, w) })
	}
	fmt.Println(lookup[int, []string](byLen, 5), lookup[int, []string](byLen, 9))
}

// Output:
// brown:8 dog:8 fox:16 jumps:8 lazy:8 over:8 quick:8 the:24 
// fox=16 cat missing
// sync.Map keys: 8
// 7 false
// 7 true
// 7 true
// <nil> false
// stopped after 3
// the present: false
// 5=[quick brown jumps] 9 missing
