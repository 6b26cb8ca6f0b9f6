// A syntax error: a missing closing parenthesis at the end of a line. The parser reports
// only syntax errors (no type checking) and go build exits with status 1.
package main

import "fmt"

func main() {
	names := []string{"a", "b"}
	for _, n := range names {
		fmt.Println("name:", n
	}
}

// Output:
// Stderr:
// qa_compile_syntax.go:10:25: syntax error: unexpected newline in argument list; possibly missing comma or )
// Exit: 1
// go: skip go build fails by design; expectations use current Go's wording (gort's default language version), positions checked against go1.19 build
