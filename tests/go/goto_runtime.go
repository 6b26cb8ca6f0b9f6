// goto at run time: backward gotos that re-run a declaration (each run makes a new variable,
// so closures and pointers taken before the jump keep the old one), a variable declared
// before the label shared by every pass, gotos out of nested loops/switch/select/range,
// forward gotos over blocks, gotos inside function literals and defers registered in a goto loop.
package main

import "fmt"

type point struct{ x, y int }

func redeclare() {
	var fs []func() int
	var ps []*point
	var ss []*int
	i := 0
again:
	x := i * 10         // a fresh x on every pass
	p := point{i, -i}   // a fresh aggregate
	n := i
	fs = append(fs, func() int { return x })
	ps = append(ps, &p)
	ss = append(ss, &n)
	x++
	i++
	if i < 3 {
		goto again
	}
	for k := range fs {
		fmt.Println("closure", k, fs[k](), *ps[k], *ss[k])
	}
}

func shared() {
	total := 0
	var fs []func()
	i := 0
loop:
	fs = append(fs, func() { total += i })
	i++
	if i < 4 {
		goto loop
	}
	for _, f := range fs {
		f()
	}
	fmt.Println("shared", total, i)
}

func outOfNested() {
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			switch {
			case i*j == 6:
				fmt.Println("found", i, j)
				goto done
			}
		}
	}
	fmt.Println("not reached")
done:
	ch := make(chan int, 1)
	ch <- 7
	select {
	case v := <-ch:
		if v == 7 {
			goto selected
		}
	}
	fmt.Println("not reached")
selected:
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	count := 0
	for range m {
		count++
		if count == 2 {
			goto ranged
		}
	}
ranged:
	fmt.Println("select and range left", count)
}

func forward(n int) string {
	if n < 0 {
		goto negative
	}
	{
		if n == 0 {
			goto zero
		}
	}
	return "positive"
zero:
	return "zero"
negative:
	return "negative"
}

func deferred() (out []int) {
	i := 0
top:
	defer func(v int) { out = append(out, v) }(i)
	i++
	if i < 3 {
		goto top
	}
	return nil
}

func main() {
	redeclare()
	shared()
	outOfNested()
	fmt.Println(forward(-1), forward(0), forward(5))
	fmt.Println(deferred())
	collatz := func(n int) (steps int) {
	step:
		if n == 1 {
			return
		}
		steps++
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		goto step
	}
	fmt.Println("collatz", collatz(27))
	fmt.Println(func() (s string) {
		i := 0
	L:
		if i < 3 {
			s += fmt.Sprint(i)
			i++
			goto L
		}
		return
	}())
}

// Output:
// closure 0 1 {0 0} 0
// closure 1 11 {1 -1} 1
// closure 2 21 {2 -2} 2
// shared 16 4
// found 2 3
// select and range left 2
// negative zero positive
// [2 1 0]
// collatz 111
// 012
