// GC stress over the object model: 4 goroutines build and drop maps of *struct values holding
// strings, slices, arrays, nested maps, interfaces and linked pointers while collections run;
// a long-lived structure must survive intact.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Rec struct {
	Name  string
	Tags  []string
	Score [2]float64
	Next  *Rec
	Attrs map[string]int
	Any   interface{}
}

func build(id, n int) map[string]*Rec {
	m := map[string]*Rec{}
	var prev *Rec
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("r%d-%d", id, i)
		r := &Rec{Name: name, Tags: []string{name + "a", name + "b"}, Score: [2]float64{float64(i), 0.5}, Next: prev}
		r.Attrs = map[string]int{"i": i, "len": len(name)}
		if i%3 == 0 {
			r.Any = []int{i, i}
		} else {
			r.Any = strings.Repeat("x", i%7)
		}
		m[name] = r
		prev = r
		if i%5 == 0 {
			delete(m, fmt.Sprintf("r%d-%d", id, i/2))
		}
	}
	return m
}

func check(m map[string]*Rec) (int, int) {
	sum, chain := 0, 0
	for k, r := range m {
		if k != r.Name || r.Tags[0] != r.Name+"a" || r.Attrs["len"] != len(r.Name) {
			panic("corrupt " + k)
		}
		sum += r.Attrs["i"]
		if s, ok := r.Any.([]int); ok && s[0] != s[1] {
			panic("corrupt slice")
		}
	}
	for _, r := range m {
		for p := r; p != nil; p = p.Next {
			chain++
		}
		break
	}
	return sum, chain
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	results := map[int][2]int{}
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			total := [2]int{}
			for round := 0; round < 20; round++ {
				m := build(id, 2000)
				s, _ := check(m)
				total[0] += s
				total[1] += len(m)
			}
			mu.Lock()
			results[id] = total
			mu.Unlock()
		}(g)
	}
	wg.Wait()
	keys := []int{}
	for k := range results {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Println(k, results[k])
	}
	// One long-lived structure that must survive all those collections.
	keep := build(9, 5000)
	for i := 0; i < 30; i++ {
		_ = build(10, 2000)
	}
	s, c := check(keep)
	fmt.Println(len(keep), s, c > 0)
}

// Output:
// 0 [35992000 32000]
// 1 [35992000 32000]
// 2 [35992000 32000]
// 3 [35992000 32000]
// 4000 11249000 true
