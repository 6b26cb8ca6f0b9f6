// A tour of the language features the compiler supports together: interfaces and methods
// (value/pointer receivers), embedding, mutex-guarded maps, errors.As, variadics, named
// results, type switches, channels with range/close, select with a ticker, closures, method
// values, arrays (value semantics), struct map keys, strings.Builder, defer + recover.
// gort: --faketime
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c Circle) Area() float64     { return 3 * c.R * c.R }
func (c Circle) Perimeter() float64 { return 6 * c.R }
func (c *Circle) Grow(f float64)   { c.R *= f }

type Animal struct{ Name string }

func (a Animal) Speak() string   { return a.Name + " makes a sound" }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func find(x int) (int, error) {
	if x < 0 {
		return 0, &MyErr{x}
	}
	if x == 0 {
		return 0, errors.New("zero")
	}
	return x * 2, nil
}

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}


func describe(i interface{}) string {
	switch v := i.(type) {
	case int:
		return fmt.Sprintf("int %d", v)
	case string:
		return "string " + v
	case Shape:
		return fmt.Sprintf("shape %.1f", v.Area())
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func producer(ch chan<- int, n int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		ch <- i
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, Circle{1}, &Circle{2}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Println("total area", total)
	c := Circle{1}
	c.Grow(3)
	fmt.Println(c.R, c.Area())

	d := Dog{Animal{"rex"}, "lab"}
	fmt.Println(d.Speak(), d.Name)
	d.Rename("max")
	fmt.Println(d.Speak())
	fmt.Printf("%v %+v\n", d, d)

	cnt := Counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			cnt.Inc([]string{"a", "b"}[i%2])
		}(i)
	}
	wg.Wait()
	fmt.Println(cnt.n["a"], cnt.n["b"], len(cnt.n))

	for _, x := range []int{3, 0, -2} {
		v, err := find(x)
		var me *MyErr
		if errors.As(err, &me) {
			fmt.Println("myerr", me.Code)
		} else if err != nil {
			fmt.Println("err", err)
		} else {
			fmt.Println("ok", v)
		}
	}
	fmt.Println(sum(), sum(1, 2, 3), sum([]int{4, 5}...))
	q, r := divmod(17, 5)
	fmt.Println(q, r)

	fmt.Println(describe(42), describe("hi"), describe(Rect{1, 1}), describe(nil), describe(1.5))

	m := map[string][]int{}
	words := strings.Fields("the quick brown fox jumps over the lazy dog the end")
	for i, w := range words {
		m[w] = append(m[w], i)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, m[k], " ")
	}
	fmt.Println()

	ch := make(chan int, 3)
	var pwg sync.WaitGroup
	pwg.Add(2)
	go producer(ch, 5, &pwg)
	go producer(ch, 5, &pwg)
	go func() { pwg.Wait(); close(ch) }()
	s := 0
	for v := range ch {
		s += v
	}
	fmt.Println("sum", s)

	done := make(chan struct{})
	results := make(chan string)
	go func() {
		defer close(done)
		for r := range results {
			fmt.Println("got", r)
		}
	}()
	for i := 0; i < 3; i++ {
		results <- fmt.Sprint("r", i)
	}
	close(results)
	<-done

	timeout := time.After(50 * time.Millisecond)
	tick := time.NewTicker(10 * time.Millisecond)
	n := 0
loop:
	for {
		select {
		case <-tick.C:
			n++
		case <-timeout:
			break loop
		}
	}
	tick.Stop()
	fmt.Println("ticks>0", n > 0)

	f := func(x int) func() int {
		return func() int { x++; return x }
	}(10)
	f()
	fmt.Println(f())
	sp := d.Speak
	d.Rename("other")
	fmt.Println(sp())

	arr := [5]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 100
	fmt.Println(arr, arr2, len(arr))
	pt := &arr
	pt[1] = 50
	fmt.Println(arr[1])
	type P struct{ X, Y int }
	ps := map[P]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(ps[P{1, 2}], ps[P{3, 4}], len(ps))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d-", i)
	}
	fmt.Println(sb.String())
	defer fmt.Println("deferred 1")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	var mp map[string]int
	mp["x"] = 1
}

// Output:
// total area 21
// 3 27
// rex makes a sound rex
// max makes a sound
// {{max} lab} {Animal:{Name:max} Breed:lab}
// 25 25 2
// ok 6
// err zero
// myerr -2
// 0 6 9
// 3 2
// int 42 string hi shape 1.0 nil other float64
// brown[2] dog[8] end[10] fox[3] jumps[4] lazy[7] over[5] quick[1] the[0 6 9] 
// sum 20
// got r0
// got r1
// got r2
// ticks>0 true
// 12
// max makes a sound
// [1 2 3 0 0] [100 2 3 0 0] 5
// 50
// a b 2
// 0-1-2-
// recovered: assignment to entry in nil map
// deferred 1
