// The spec's assignment phase one: calls in LHS index operands run before the RHS calls.
// Found by tests/diff (gen.mjs).
package main

import "fmt"

var trace []string

func tr[T any](tag string, v T) T {
	trace = append(trace, tag)
	return v
}

func main() {
	vals := []string{"p", "q", "r"}
	vals[tr("i", 1)] = tr("v", vals[tr("j", 2)])
	fmt.Println(vals, trace)
}

// Output:
// [p r r] [i j v]
