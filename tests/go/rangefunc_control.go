// go: skip range over functions is Go 1.23 (the oracle is Go 1.19); expected output follows the spec
// Range over functions (Go 1.23): the three yield shapes, break and continue, labelled
// break/continue of an outer loop and of an outer range-over-func loop, return (with results,
// and from nested loops into named results), goto out of a body, the assignment form, a switch's
// own break inside a body, and per-iteration variables.
package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  count stopped at", i)
				return
			}
		}
		fmt.Println("  count done")
	}
}

func pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
}

func three(yield func() bool) {
	for i := 0; i < 3; i++ {
		if !yield() {
			return
		}
	}
}

func find(target int) (int, string) {
	for i := range count(10) {
		if i == target {
			return i * 10, "found"
		}
	}
	return -1, "missing"
}

func search(n, want int) (r, c int, ok bool) {
	for i := range count(n) {
		for j := range count(n) {
			if i*n+j == want {
				return i, j, true
			}
		}
	}
	return
}

func main() {
	n := 0
	for range three {
		n++
	}
	fmt.Println("three:", n)

	for i := range count(5) {
		if i == 2 {
			break
		}
		fmt.Println("i =", i)
	}

	for i := range count(4) {
		if i%2 == 0 {
			continue
		}
		fmt.Println("odd", i)
	}

	for k, v := range pairs {
		fmt.Println(k, v)
	}
	for k := range pairs {
		fmt.Print(k, " ")
	}
	fmt.Println()

outer:
	for j := 0; j < 3; j++ {
		for i := range count(3) {
			if i == 1 && j == 0 {
				continue outer
			}
			if j == 2 {
				break outer
			}
			fmt.Println("j", j, "i", i)
		}
	}

rows:
	for r := range count(3) {
		for c := range count(3) {
			if c > r {
				continue rows
			}
			if r == 2 && c == 1 {
				break rows
			}
			fmt.Println("cell", r, c)
		}
	}

	fmt.Println(find(3))
	fmt.Println(find(20))
	fmt.Println(search(3, 5))

	for i := range count(5) {
		if i == 3 {
			goto done
		}
		fmt.Println("before goto", i)
	}
	fmt.Println("not reached")
done:
	fmt.Println("after goto")

	var fs []func() int
	for i := range count(3) {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var last int
	for last = range count(4) {
	}
	fmt.Println("last", last)
	var k string
	var val int
	for k, val = range pairs {
		if val == 2 {
			break
		}
	}
	fmt.Println(k, val)

	for i := range count(3) {
		switch i {
		case 1:
			break
		default:
			fmt.Println("sw", i)
		}
	}
}

// Output:
// three: 3
// i = 0
// i = 1
//   count stopped at 2
// odd 1
// odd 3
//   count done
// a 1
// b 2
// c 3
// a b c
// j 0 i 0
//   count stopped at 1
// j 1 i 0
// j 1 i 1
// j 1 i 2
//   count done
//   count stopped at 0
// cell 0 0
//   count stopped at 1
// cell 1 0
// cell 1 1
//   count stopped at 2
// cell 2 0
//   count stopped at 1
//   count stopped at 2
//   count stopped at 3
// 30 found
//   count done
// -1 missing
//   count done
//   count stopped at 2
//   count stopped at 1
// 1 2 true
// before goto 0
// before goto 1
// before goto 2
//   count stopped at 3
// after goto
//   count done
// 0 1 4
//   count done
// last 3
// b 2
// sw 0
// sw 2
//   count done
