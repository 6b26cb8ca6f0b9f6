package main

import (
	"errors"
	"fmt"
	"math"
	"math/rand"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"
	"bufio"
	"os"
	"runtime"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }


type ErrNotFound struct{ Key string }

func (e *ErrNotFound) Error() string { return "not found: " + e.Key }

func find(m map[string]int, k string) (int, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	return 0, &ErrNotFound{k}
}

func sum(nums ...int) (total int) {
	for _, n := range nums {
		total += n
	}
	return
}

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		results <- j * 2
	}
	_ = id
}

func loop() int {
	for {
		select {
		case <-time.After(time.Millisecond):
			return 1
		}
	}
}

func classify(x interface{}) string {
	switch v := x.(type) {
	case int, int64:
		return "int"
	case string:
		return "string:" + v
	case nil:
		return "nil"
	case fmt.Stringer:
		return v.String()
	}
	return "other"
}

func main() {
	p := Point{1, 2}
	q := Point{X: 1, Y: 2}
	fmt.Println(p == q, p.String())
	f := p.String
	g := Point.String
	fmt.Println(f(), g(p))
	arr := [...]int{1, 2, 3}
	for i, v := range &arr {
		fmt.Println(i, v)
	}
	s := arr[:]
	s = append(s, sum(s...))
	s2 := make([]int, len(s), 10)
	n := copy(s2, s)
	m := map[string]int{"a": 1}
	delete(m, "a")
	if _, err := find(m, "a"); err != nil {
		var nf *ErrNotFound
		if errors.As(err, &nf) {
			fmt.Println(nf.Key)
		}
		fmt.Println(err)
	}
	x, err := strconv.Atoi("42")
	if err != nil {
		panic(err)
	}
	fmt.Println(x+n, math.Sqrt(2), math.MaxInt64, rand.Intn(10))
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	var count int64
	atomic.AddInt64(&count, 1)
	var c atomic.Int32
	c.Add(1)
	str := "héllo"
	for i, r := range str {
		fmt.Println(i, string(r), utf8.RuneLen(r))
	}
	bs := []byte(str)
	rs := []rune(str)
	fmt.Println(len(bs), len(rs), strings.ToUpper(str), str[1:3], str[0])
	anon := struct {
		A int
		B string
	}{1, "x"}
	fmt.Println(anon.A)
	jobs := make(chan int, 10)
	results := make(chan int, 10)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	switch {
	case x > 1:
		fmt.Println("big")
		fallthrough
	case x > 0:
		fmt.Println("pos")
	default:
	}
	const big = 1 << 62
	var u8 uint8 = 255
	u8++
	var f32 float32 = 1.5
	d := time.Duration(x) * time.Millisecond
	fmt.Println(big, u8, f32*2, d.Seconds(), d, classify(p))
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		line := sc.Text()
		fmt.Println(line)
	}
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine(), loop(), fmt.Errorf("e %d", 1))
	var iface interface{} = 3
	if v, ok := iface.(int); ok {
		fmt.Println(v)
	}
	ptr := new(int)
	*ptr = 3
	pp := &p
	pp.X = 4
	fmt.Println(*ptr, pp.String(), -x, ^x, !true, x&^1, x<<2, 7.0/2, 7/2)
	var fn func(int) int
	fn = func(k int) int {
		if k <= 1 {
			return 1
		}
		return k * fn(k-1)
	}
	fmt.Println(fn(5), min(1, 2, 3), max(2.5, 1))
	var ch = make(chan struct{})
	go func() { close(ch) }()
	<-ch
	v, ok := <-ch
	fmt.Println(v, ok)
}
