// Concurrency patterns from the Go tutorials: atomic counters, a stateful goroutine owning a map
// (select over request channels), sort.Sort/sort.Slice (Go callbacks from natives), sync.Once,
// a fan-in pipeline, rate limiting with time.Tick, RWMutex, Timer.Stop and time.AfterFunc.
// gort: --faketime
package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type readOp struct {
	key  int
	resp chan int
}
type writeOp struct {
	key, val int
	resp     chan bool
}

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string { return fmt.Sprintf("%s (%d)", p.Name, p.Age) }

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	output := func(c <-chan int) {
		for n := range c {
			out <- n
		}
		wg.Done()
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	var ops uint64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			for c := 0; c < 100; c++ {
				atomic.AddUint64(&ops, 1)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ops:", atomic.LoadUint64(&ops))

	reads := make(chan readOp)
	writes := make(chan writeOp)
	go func() {
		state := make(map[int]int)
		for {
			select {
			case read := <-reads:
				read.resp <- state[read.key]
			case write := <-writes:
				state[write.key] = write.val
				write.resp <- true
			}
		}
	}()
	w := writeOp{key: 3, val: 33, resp: make(chan bool)}
	writes <- w
	<-w.resp
	r := readOp{key: 3, resp: make(chan int)}
	reads <- r
	fmt.Println("read", <-r.resp)

	fruits := []string{"peach", "banana", "kiwi"}
	sort.Sort(byLen(fruits))
	fmt.Println(fruits)
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	fmt.Printf("%v %+v %s\n", people[0], people[1], people[2])

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}
	total := 0
	for v := range merge(sq(gen(1, 2, 3)), sq(gen(4, 5))) {
		total += v
	}
	fmt.Println("total", total)

	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.Tick(20 * time.Millisecond)
	start := time.Now()
	for req := range requests {
		<-limiter
		_ = req
	}
	fmt.Println("rate limited", time.Since(start) >= 80*time.Millisecond)
	rand.Seed(1)
	x := rand.Intn(100)
	fmt.Println(x >= 0 && x < 100)
	var rw sync.RWMutex
	m := map[string]int{}
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			rw.Lock()
			m[strings.Repeat("k", i%3+1)]++
			rw.Unlock()
			rw.RLock()
			_ = m["k"]
			rw.RUnlock()
		}(i)
	}
	wg2.Wait()
	fmt.Println(m)
	timer := time.NewTimer(50 * time.Millisecond)
	stopped := timer.Stop()
	fmt.Println("stopped", stopped)
	done := make(chan bool)
	time.AfterFunc(10*time.Millisecond, func() { done <- true })
	fmt.Println("afterfunc", <-done)
}

// Output:
// ops: 5000
// read 33
// [kiwi peach banana]
// [Bob (25) Alice (30) Carol (35)]
// Bob (25) Alice (30) Carol (35)
// once
// total 55
// rate limited true
// true
// map[k:4 kk:3 kkk:3]
// stopped true
// afterfunc true
