// Data structures written by hand: an LRU cache (map + doubly linked list), a binary search
// tree with in-order traversal via a closure, a linked-list stack with a Stringer, and a
// recursive pretty-printer over map[string]interface{} using a type switch.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type node struct {
	key, val   int
	prev, next *node
}

type LRU struct {
	cap        int
	items      map[int]*node
	head, tail *node
}

func NewLRU(c int) *LRU {
	l := &LRU{cap: c, items: map[int]*node{}, head: &node{}, tail: &node{}}
	l.head.next, l.tail.prev = l.tail, l.head
	return l
}

func (l *LRU) unlink(n *node) { n.prev.next, n.next.prev = n.next, n.prev }
func (l *LRU) front(n *node) {
	n.next, n.prev = l.head.next, l.head
	l.head.next.prev = n
	l.head.next = n
}

func (l *LRU) Get(k int) (int, bool) {
	n, ok := l.items[k]
	if !ok {
		return 0, false
	}
	l.unlink(n)
	l.front(n)
	return n.val, true
}

func (l *LRU) Put(k, v int) {
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

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) Walk(f func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

type Stack struct {
	top  *elem
	size int
}
type elem struct {
	v    string
	next *elem
}

func (s *Stack) Push(v string) { s.top = &elem{v, s.top}; s.size++ }
func (s *Stack) String() string {
	var parts []string
	for e := s.top; e != nil; e = e.next {
		parts = append(parts, e.v)
	}
	return "[" + strings.Join(parts, " <- ") + "]"
}

func pretty(v interface{}, indent string) string {
	switch x := v.(type) {
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var sb strings.Builder
		sb.WriteString("{\n")
		for _, k := range keys {
			sb.WriteString(fmt.Sprintf("%s  %q: %s,\n", indent, k, pretty(x[k], indent+"  ")))
		}
		sb.WriteString(indent + "}")
		return sb.String()
	case []interface{}:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = pretty(e, indent)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case string:
		return fmt.Sprintf("%q", x)
	case nil:
		return "null"
	default:
		return fmt.Sprint(x)
	}
}

func main() {
	l := NewLRU(2)
	l.Put(1, 1)
	l.Put(2, 2)
	fmt.Println(l.Get(1))
	l.Put(3, 3)
	fmt.Println(l.Get(2))
	l.Put(4, 4)
	fmt.Println(l.Get(1))
	fmt.Println(l.Get(3))
	fmt.Println(l.Get(4))

	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = root.Insert(v)
	}
	var vals []int
	root.Walk(func(v int) { vals = append(vals, v) })
	fmt.Println(vals)

	s := &Stack{}
	for _, w := range []string{"a", "b", "c"} {
		s.Push(w)
	}
	fmt.Println(s, s.size)
	fmt.Printf("%v %s\n", s, s)

	doc := map[string]interface{}{
		"name": "gort", "version": 1.5, "tags": []interface{}{"go", "wasm", 3, true},
		"owner": map[string]interface{}{"id": 7, "email": nil},
	}
	fmt.Println(pretty(doc, ""))
}

// Output:
// 1 true
// 0 false
// 0 false
// 3 true
// 4 true
// [20 30 35 40 50 60 70 80]
// [c <- b <- a] 3
// [c <- b <- a] [c <- b <- a]
// {
//   "name": "gort",
//   "owner": {
//     "email": null,
//     "id": 7,
//   },
//   "tags": ["go", "wasm", 3, true],
//   "version": 1.5,
// }
