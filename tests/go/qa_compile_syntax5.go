// An assignment used as an if condition (a C habit); gc explains it.
package main

import "fmt"

func main() {
	x := 3
	if x = 5 {
		fmt.Println(x)
	}
}

// Output:
// Stderr:
// qa_compile_syntax5.go:8:7: syntax error: cannot use assignment x = 5 as value
// Exit: 1
// go: skip go build fails by design; expectations use current Go's wording (gort's default language version), positions checked against go1.19 build
