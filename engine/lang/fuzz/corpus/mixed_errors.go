package main

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"time"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r *Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Counter struct {
	sync.Mutex
	n map[string]int
}

func (c *Counter) Inc(k string) {
	c.Lock()
	defer c.Unlock()
	c.n[k]++
}

const (
	A = iota * 10
	B
	C
)

var x = y + 1
var y = f()

func f() int { return 41 }

func main() {
	var s Shape = &Rect{2, 3}
	fmt.Println(s.Area(), A, B, C, x)
	var unused int
	c := Counter{n: map[string]int{}}
	c.Inc("a")
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println(i)
		}()
	}
	wg.Wait()
	var b strings.Builder
	b.WriteString("x")
	t := time.Now()
	_ = time.Since(t) > 100*time.Millisecond
	if v, ok := s.(*Rect); ok {
		fmt.Println(v.W)
	}
	switch v := s.(type) {
	case *Rect:
		fmt.Println(v.H)
	default:
		fmt.Println("other")
	}
	ch := make(chan int, 1)
	select {
	case ch <- 1:
	case v := <-ch:
		_ = v
	default:
	}
	var r Rect
	var sh Shape = r
	_ = sh
	var n int = 1 << 70
	z := "a" + 1
	os.Exit(0)
}

func g() int {
	for {
	}
}

func h(x int) int {
	if x > 0 {
		return 1
	}
}
