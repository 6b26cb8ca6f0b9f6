// A grouped var declaration inside a function is one declaration per spec, in order: a later
// spec's calls and closures see the earlier specs' variables (gort's compiler hoisted every
// spec's calls above the whole group: "internal compiler error: unknown variable a").
package main

import (
	"fmt"
	"strings"
)

type counter struct{ n int }

func (c *counter) next() int { c.n++; return c.n }

func main() {
	var (
		a = []int{1, 2}
		n = len(a)
		s = fmt.Sprint(a, n)
	)
	fmt.Println(a, n, s)

	var (
		x = 1
		f = func() int { return x * 10 }
		y = f()
	)
	x = 5
	fmt.Println(y, f())

	c := &counter{}
	var (
		p    = c.next()
		q, r = c.next(), c.next() + p
		w    = strings.Repeat("ab", c.next())
	)
	fmt.Println(p, q, r, w)

	var (
		parts = strings.Fields(" go is fun ")
		last  = parts[len(parts)-1]
		upper = strings.ToUpper(last)
	)
	fmt.Println(len(parts), last, upper)
}

// Output:
// [1 2] 2 [1 2] 2
// 10 50
// 1 2 4 abababab
// 3 fun FUN
