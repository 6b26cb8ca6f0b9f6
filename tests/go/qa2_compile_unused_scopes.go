// "declared and not used" in the places learners meet it: an if-init variable, a variable
// shadowed with := inside a block (the outer one is used, the inner one not), a closure's
// local, a type switch variable used in no case, a blank-imported package (fine) next to an
// unused one, and a variable only assigned to.
package main

import (
	"fmt"
	_ "strings"
	"time"
)

func parse(s string) (int, error) { return len(s), nil }

func main() {
	if n, err := parse("x"); err != nil {
		fmt.Println(err)
	}
	total := 0
	for _, s := range []string{"a"} {
		total, err := parse(s)
		if err != nil {
			return
		}
	}
	fmt.Println(total)
	f := func() {
		tmp := 1
	}
	f()
	var v interface{} = 1
	switch x := v.(type) {
	case int:
		fmt.Println("int")
	}
	var last string
	last = "z"
}

// Output:
// Stderr:
// qa2_compile_unused_scopes.go:10:2: "time" imported and not used
// qa2_compile_unused_scopes.go:16:5: declared and not used: n
// qa2_compile_unused_scopes.go:21:3: declared and not used: total
// qa2_compile_unused_scopes.go:28:3: declared and not used: tmp
// qa2_compile_unused_scopes.go:32:9: declared and not used: x
// qa2_compile_unused_scopes.go:36:6: declared and not used: last
// Exit: 1
// go: skip go build fails by design; expectations use current Go's wording (gort's default language version), positions checked against go1.19 build
