// container/ring: New, Next/Prev/Move, Link/Unlink, Do, Len, the zero Ring.
package main

import (
	"container/ring"
	"fmt"
)

func show(r *ring.Ring) {
	r.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println("len", r.Len())
}

func main() {
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	show(r)
	show(r.Move(3))
	show(r.Move(-1))
	fmt.Println(r.Prev().Value, r.Next().Value)
	removed := r.Unlink(2)
	show(r)
	show(removed)
	s := ring.New(2)
	s.Value, s.Next().Value = "a", "b"
	r.Link(s)
	show(r)
	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Value)
	var nr *ring.Ring
	fmt.Println(nr.Len(), ring.New(0) == nil, r.Unlink(0) == nil)
	sum := 0
	r.Do(func(p any) {
		if n, ok := p.(int); ok {
			sum += n
		}
	})
	fmt.Println(sum)
}

// Output:
// 0 1 2 3 4 len 5
// 3 4 0 1 2 len 5
// 4 0 1 2 3 len 5
// 4 1
// 0 3 4 len 3
// 1 2 len 2
// 0 a b 3 4 len 5
// 1 true <nil>
// 0 true true
// 7
