// go: skip go build fails by design (its header line and ./ paths differ); expectations are go1.19 build's output
// Compile errors: a forward goto over a variable declaration in the same block (`:=` is
// named at its operator, `var` at its first name; the last declaration before the label is
// the one named), while a goto that leaves the block, a backward goto over a declaration, a
// goto over a declaration inside a nested block and a goto over a constant are fine.
package main

import "fmt"

func main() {
	goto A
	a, b := 1, 2
	fmt.Println(a, b)
A:
	goto B
	var (
		p int
		q = "q"
	)
	fmt.Println(p, q)
B:
	goto C
	x := 1
	var y, z int
	fmt.Println(x, y, z)
C:
	{
		goto D
		w := 3
		fmt.Println(w)
	}
D:
	n := 0
E:
	n++
	if n < 3 {
		goto E
	}
	goto F
	{
		hidden := 1
		fmt.Println(hidden)
	}
	const k = 1
F:
	fmt.Println(n, k)
}

// Output:
// Stderr:
// goto_err_over_decl.go:11:7: goto A jumps over declaration of a, b at goto_err_over_decl.go:12:7
// goto_err_over_decl.go:15:7: goto B jumps over declaration of p at goto_err_over_decl.go:17:3
// goto_err_over_decl.go:22:7: goto C jumps over declaration of y at goto_err_over_decl.go:24:6
// Exit: 1
