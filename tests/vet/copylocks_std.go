// copylocks on std types whose lock gort declares differently from Go (atomic.Int64, sync.Pool,
// sync.Map, sync.Cond): the messages name Go 1.19's fields (noCopy, Mutex) all the same.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type stats struct {
	hits atomic.Int64
	v    atomic.Value
}

func report(s stats) { fmt.Println(s.hits.Load()) }

func first[T any](xs []T) T { return xs[0] }

func main() {
	var s stats
	report(s)
	var p sync.Pool
	q := p
	var m sync.Map
	fmt.Println(q.Get(), m)
	var c sync.Cond
	d := c
	_ = d
	var rw sync.RWMutex
	fmt.Println(&rw)
	locks := []sync.Mutex{{}}
	fmt.Println(len(locks), first([]int{1}))
}
