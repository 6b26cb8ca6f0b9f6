// assign and bools: self-assignments, and && / || chains with a repeated or contradictory operand.
package main

import "fmt"

type pair struct{ a, b int }

func f() int { return 1 }

func main() {
	x, y := 1, 2
	p := pair{1, 2}
	s := []int{1, 2, 3}
	x = x
	p.a = p.a
	s[0] = s[0]
	x, y = x, y
	y = x
	s[f()] = s[f()]
	if x == 1 || x == 1 {
		fmt.Println("redundant or")
	}
	if x > 0 && y > 0 && x > 0 {
		fmt.Println("redundant and")
	}
	if x != 1 || x != 2 {
		fmt.Println("always true")
	}
	if x == 1 && x == 2 {
		fmt.Println("always false")
	}
	if x == 1 || x == 2 || y == 3 {
		fmt.Println("fine")
	}
	if f() == 1 || f() == 1 {
		fmt.Println("calls may differ")
	}
	if (x < y) || (x < y) {
		fmt.Println("parenthesized")
	}
	fmt.Println(x, y, p, s)
}
