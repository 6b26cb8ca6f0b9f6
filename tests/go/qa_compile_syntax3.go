// A syntax error beginners make with C habits: the opening brace of a function on its own
// line (semicolon insertion ends the signature).
package main

import "fmt"

func main()
{
	fmt.Println("hi")
}

// Output:
// Stderr:
// qa_compile_syntax3.go:8:1: syntax error: unexpected semicolon or newline before {
// Exit: 1
// go: skip go build fails by design; expectations use current Go's wording (gort's default language version), positions checked against go1.19 build
