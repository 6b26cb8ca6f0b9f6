// go: skip the oracle's message has a different file name and `go build` adds a header line
// A type error: gort reports it as Go does (file:line:col: message) with exit status 1.
package main

import "fmt"

func main() {
	var n int = "five"
	fmt.Println(n)
}

// Output:
// Stderr:
// compile_error.go:8:14: cannot use "five" (untyped string constant) as int value in variable declaration
// Exit: 1
