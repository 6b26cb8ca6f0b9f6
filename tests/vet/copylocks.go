// copylocks: values containing a sync.Mutex (or another lock) copied by value.
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

type guarded struct {
	sync.RWMutex
	items []string
}

type holder struct {
	c counter
}

func (c counter) Value() int { return c.n }

func show(c counter) { fmt.Println(c.n) }

func byPointer(c *counter) { fmt.Println(c.n) }

func makeCounter() counter { return counter{} }

func clone(c *counter) counter { return *c }

func main() {
	var c counter
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
	d := c
	show(c)
	byPointer(&c)
	h := holder{c: c}
	fmt.Println(d.n, h.c.n, c.Value())
	list := []counter{{}, {}}
	for _, x := range list {
		fmt.Println(x.n)
	}
	for i := range list {
		byPointer(&list[i])
	}
	var g guarded
	g2 := g
	fmt.Println(len(g2.items))
	var wg sync.WaitGroup
	wg2 := wg
	_ = wg2
	var once sync.Once
	fmt.Println(once)
	var locks [2]sync.Mutex
	l2 := locks
	_ = l2
	fresh := makeCounter()
	ptr := &fresh
	var e = *ptr
	fmt.Println(fresh.n, e.n, clone(ptr).n)
	f := func(m sync.Mutex) {}
	f(sync.Mutex{})
	mp := new(sync.Mutex)
	mp.Lock()
	mp.Unlock()
}
