// Mixed edge cases: recursive String/Error methods, generics, byte/rune names, untyped nil,
// locks in embedded fields, redundant/suspect chains over non-trivial operands.
package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

type T struct{ a int }

func (t T) String() string { return fmt.Sprintf("%v", t) }

type P struct{ b int }

func (p *P) String() string { return fmt.Sprint(p) }

type E struct{}

func (e E) Error() string { return fmt.Sprintf("%s", e) }

type Num interface{ ~int | ~string }

func show[V Num](v V) { fmt.Printf("%d\n", v) }

type withFunc struct{ f func() }

type embedsMu struct {
	sync.Mutex
	n int
}

type ptrMu struct{ mu *sync.Mutex }

func main() {
	var b byte = 'a'
	var r rune = 'b'
	fmt.Printf("%s\n", 'x')
	fmt.Printf("%s %s\n", b, r)
	fmt.Printf("%d\n", time.Second)
	fmt.Printf("%s\n", time.Second)
	fmt.Printf("%d\n", withFunc{})
	fmt.Printf("%s\n", errors.New("e"))
	fmt.Printf("%d\n", errors.New("e"))
	fmt.Printf("%v %d\n", nil, nil)
	fmt.Printf("%s\n", strings.Builder{})
	fmt.Printf("%t\n", T{1})
	fmt.Printf("%s\n", &P{1})
	fmt.Printf("%s\n", P{1})
	fmt.Printf("%d\n", [2]string{"a", "b"})
	fmt.Printf("%x\n", [2]byte{1, 2})
	fmt.Printf("%6.2v|%-5t\n", 1.5, true)
	fmt.Printf("%[1]*d\n", 2, 3)
	fmt.Printf("%.*d\n", 2)
	fmt.Printf("%-+ #0d\n", 1)
	fmt.Printf("%d\n", 1<<3+2*4)
	fmt.Printf("%s\n", b+1)
	fmt.Printf("%s %s\n", T{1}.a*2+3, -T{1}.a)
	show(3)
	var e embedsMu
	e2 := e
	var pm ptrMu
	pm2 := pm
	fmt.Println(e2.n, pm2.mu == nil, T{}, E{})
	var m map[string]sync.Mutex
	_ = m
	ch := make(chan sync.Mutex)
	_ = ch
	arr := []sync.Mutex{}
	for i, mu := range arr {
		_, _ = i, mu
	}
	var x, y int
	if x == y || y == x {
	}
	if x+1 == 2 || x+1 == 2 {
	}
	if !(x > 1) && !(x > 1) {
	}
	s := []int{1}
	if s[x] != 1 || s[x] != 2 {
	}
}
