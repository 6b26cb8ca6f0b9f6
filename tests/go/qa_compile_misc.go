// More checker errors from real programs: break outside a loop, a duplicate case, an undefined
// method, an unexported field of another package, assigning to a map entry's struct field,
// a constant overflow, a non-boolean condition, and misuse of := with no new variables.
package main

import (
	"fmt"
	"strings"
)

type P struct{ X int }

func main() {
	m := map[string]P{"a": {1}}
	m["a"].X = 5
	var sb strings.Builder
	sb.buf = nil
	var small int8 = 200
	n := 3
	n := 4
	if n {
		fmt.Println("n")
	}
	switch n {
	case 1:
	case 1:
	}
	fmt.Println(sb.Size(), small, m)
	break
}

// Output:
// Stderr:
// qa_compile_misc.go:15:2: cannot assign to struct field m["a"].X in map
// qa_compile_misc.go:17:5: sb.buf undefined (
// qa_compile_misc.go:18:19: cannot use 200 (untyped int constant) as int8 value in variable declaration (overflows)
// qa_compile_misc.go:20:4: no new variables on left side of :=
// qa_compile_misc.go:21:5: non-boolean condition in if statement
// qa_compile_misc.go:26:7: duplicate case 1
// qa_compile_misc.go:28:17: sb.Size undefined (type strings.Builder has no field or method Size)
// qa_compile_misc.go:29:2: break is not in a loop, switch, or select
// Exit: 1
// go: skip go build fails by design; expectations use current Go's wording (gort's default language version), positions checked against go1.19 build
