// gc's order of evaluation inside an operator expression: the function calls run first, left
// to right, then the other operands are read and the operators applied — so a + f() sees f's
// write to a, and y/y + f() calls f before the division panics. (The spec leaves this open;
// programs observe gc's choice.) Found by tests/diff (seed 55).
package main

import "fmt"

var g = 1

func main() {
	a := 1
	f := func() int { a = 10; g = 20; return 1 }
	fmt.Println(a+f(), g+f())
	s := []int{1, 2}
	h := func() int { s = []int{5, 6, 7}; return 0 }
	fmt.Println(s[1] + h())
	var trace []string
	tr := func(tag string, v int) int { trace = append(trace, tag); return v }
	fmt.Println(tr("a", 1)+tr("b", 2)*tr("c", 3), trace)
	if n := 2; n*a < tr("d", 100) {
		fmt.Println("less", trace)
	}
	x, y := 0, 0
	defer func() { fmt.Println(recover(), x, trace) }()
	k := func() int { x = 7; return 1 }
	fmt.Println(y/y + k())
}

// Output:
// 11 21
// 6
// 7 [a b c]
// less [a b c d]
// runtime error: integer divide by zero 7 [a b c d]
