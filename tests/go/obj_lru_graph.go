// An LRU cache (map + doubly linked list through pointers), BFS over map[string][]string, a
// [][]float64 matrix type with methods, and 2D arrays as values.
package main

import (
	"fmt"
	"sort"
	"strings"
)

// LRU cache: a map from key to list node plus a doubly linked list.
type node struct {
	key, val   string
	prev, next *node
}

type LRU struct {
	cap        int
	items      map[string]*node
	head, tail *node // sentinels
}

func NewLRU(n int) *LRU {
	l := &LRU{cap: n, items: map[string]*node{}, head: &node{}, tail: &node{}}
	l.head.next, l.tail.prev = l.tail, l.head
	return l
}

func (l *LRU) unlink(n *node) { n.prev.next, n.next.prev = n.next, n.prev }
func (l *LRU) front(n *node) {
	n.next, n.prev = l.head.next, l.head
	l.head.next.prev = n
	l.head.next = n
}

func (l *LRU) Get(k string) (string, bool) {
	n, ok := l.items[k]
	if !ok {
		return "", false
	}
	l.unlink(n)
	l.front(n)
	return n.val, true
}

func (l *LRU) Put(k, v string) {
	if n, ok := l.items[k]; ok {
		n.val = v
		l.unlink(n)
		l.front(n)
		return
	}
	if len(l.items) == l.cap {
		old := l.tail.prev
		l.unlink(old)
		delete(l.items, old.key)
	}
	n := &node{key: k, val: v}
	l.items[k] = n
	l.front(n)
}

func (l *LRU) Keys() []string {
	var ks []string
	for n := l.head.next; n != l.tail; n = n.next {
		ks = append(ks, n.key)
	}
	return ks
}

// BFS over a graph stored as map[string][]string.
func bfs(g map[string][]string, start string) map[string]int {
	dist := map[string]int{start: 0}
	queue := []string{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, nb := range g[cur] {
			if _, seen := dist[nb]; !seen {
				dist[nb] = dist[cur] + 1
				queue = append(queue, nb)
			}
		}
	}
	return dist
}

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := NewMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func main() {
	c := NewLRU(3)
	for _, kv := range []string{"a=1", "b=2", "c=3"} {
		p := strings.SplitN(kv, "=", 2)
		c.Put(p[0], p[1])
	}
	c.Get("a")
	c.Put("d", "4")
	_, okB := c.Get("b")
	c.Put("c", "33")
	v, okC := c.Get("c")
	fmt.Println(c.Keys(), okB, v, okC, len(c.items))

	edges := "a-b a-c b-d c-d d-e e-f x-y"
	g := map[string][]string{}
	for _, e := range strings.Fields(edges) {
		ends := strings.Split(e, "-")
		g[ends[0]] = append(g[ends[0]], ends[1])
		g[ends[1]] = append(g[ends[1]], ends[0])
	}
	dist := bfs(g, "a")
	names := make([]string, 0, len(dist))
	for n := range dist {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Print(n, "=", dist[n], " ")
	}
	fmt.Println(len(g), dist)

	a := Matrix{{1, 2}, {3, 4}}
	id := Matrix{{1, 0}, {0, 1}}
	p := a.Mul(a).Mul(id)
	fmt.Println(p, a)
	var grid [4][4]rune
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1][2] = '#'
	g2 := grid
	g2[0][0] = '@'
	for _, row := range grid {
		fmt.Println(string(row[:]))
	}
	fmt.Println(string(g2[0][:]))
}

// Output:
// [c d a] false 33 true 3
// a=0 b=1 c=1 d=2 e=3 f=4 8 map[a:0 b:1 c:1 d:2 e:3 f:4]
// [[7 10] [15 22]] [[1 2] [3 4]]
// ....
// ..#.
// ....
// ....
// @...
