// Go Tour "Equivalent Binary Trees" with the golang.org/x/tour/tree package written inline
// (New(k) inserts k, 2k, ..., 10k in a random order): Walk sends the values in order on a
// channel from a recursive goroutine, Same compares two walks.
package main

import (
	"fmt"
	"math/rand"
)

type Tree struct {
	Left  *Tree
	Value int
	Right *Tree
}

func New(k int) *Tree {
	var t *Tree
	for _, v := range rand.Perm(10) {
		t = insert(t, (1+v)*k)
	}
	return t
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{nil, v, nil}
	}
	if v < t.Value {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	s := ""
	if t.Left != nil {
		s += t.Left.String() + " "
	}
	s += fmt.Sprint(t.Value)
	if t.Right != nil {
		s += " " + t.Right.String()
	}
	return "(" + s + ")"
}

func Walk(t *Tree, ch chan int) {
	var walk func(t *Tree)
	walk = func(t *Tree) {
		if t == nil {
			return
		}
		walk(t.Left)
		ch <- t.Value
		walk(t.Right)
	}
	walk(t)
	close(ch)
}

func Same(t1, t2 *Tree) bool {
	c1, c2 := make(chan int), make(chan int)
	go Walk(t1, c1)
	go Walk(t2, c2)
	for {
		v1, ok1 := <-c1
		v2, ok2 := <-c2
		if ok1 != ok2 || v1 != v2 {
			return false
		}
		if !ok1 {
			return true
		}
	}
}

func main() {
	ch := make(chan int)
	go Walk(New(1), ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(Same(New(1), New(1)))
	fmt.Println(Same(New(1), New(2)))
	fmt.Println(Same(New(3), New(3)))
	fmt.Println(Same(&Tree{Value: 1}, &Tree{Value: 1, Right: &Tree{Value: 2}}))
	small := insert(insert(insert(nil, 2), 1), 3)
	fmt.Println(small)
	var empty *Tree
	fmt.Println(empty, Same(empty, nil))
}

// Output:
// 1 2 3 4 5 6 7 8 9 10 
// true
// false
// true
// false
// ((1) 2 (3))
// () true
