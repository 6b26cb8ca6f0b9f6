package main

import "fmt"

type Node struct {
	val  int
	next Node
}

type C struct{ n Node }

type L struct {
	next *L
	arr  []L
	m    map[int]L
}

type I interface{ M() I }

func main() {
	var n Node
	m := Node{val: 1}
	c := C{}
	fmt.Println(n.val, m, c, n == m, L{}, c.n.val)
	var x Node = n
	_ = x
}
