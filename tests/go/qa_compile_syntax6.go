// A missing closing brace at the end of the file.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(i)
	}

// Output:
// Stderr:
// qa_compile_syntax6.go:16:1: syntax error: unexpected EOF, expected }
// Exit: 1
// go: skip go build fails by design; expectations use current Go's wording (gort's default language version), positions checked against go1.19 build
