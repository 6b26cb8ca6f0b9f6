// A global of more than 2e9 bytes is rejected as by gc's linker (once: out of memory at run
// time).
package main

import "fmt"

var a [1e10]int

func main() {
	fmt.Println(len(a))
}

// Stderr:
// qa_compile_symbol_too_large.go:7:5: main.a: symbol too large (80000000000 bytes > 2000000000 bytes)
// Exit: 1
// go: skip go build fails by design; checked against go1.19 build
