// An interface literal embedded in a struct is not allowed (embedded fields must be type
// names); gc's parser says "expected field name or embedded type".
package main

type Logger struct {
	interface{ Write(string) }
	n int
}

func main() {}

// Output:
// Stderr:
// qa_compile_syntax7.go:6:2: syntax error: unexpected keyword interface, expected field name or embedded type
// Exit: 1
// go: skip go build fails by design; expectations use current Go's wording (gort's default language version), positions checked against go1.19 build
