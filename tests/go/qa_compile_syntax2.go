// Syntax errors outside function bodies: a short variable declaration at package level, and
// an else on its own line (Go's semicolon insertion).
package main

import "fmt"

count := 0

func main() {
	if count > 0 {
		fmt.Println("positive")
	}
	else {
		fmt.Println("not positive")
	}
}

// Output:
// Stderr:
// qa_compile_syntax2.go:7:1: syntax error: non-declaration statement outside function body
// qa_compile_syntax2.go:13:2: syntax error: unexpected keyword else, expected }
// Exit: 1
// go: skip go build fails by design; expectations use current Go's wording (gort's default language version), positions checked against go1.19 build
