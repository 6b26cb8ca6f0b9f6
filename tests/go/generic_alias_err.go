//go:build go1.23

// go: skip generic type aliases are Go 1.24 (the oracle is Go 1.19); messages are types2's (Go 1.24)
// A generic type alias in a file whose build line asks for Go 1.23 is an error (at its first
// type parameter), as is a generic alias used without instantiation or with the wrong number
// of type arguments.
package main

type Vec[T any] = []T

var a Vec
var b Vec[int, string]

func main() {
	_, _ = a, b
}

// Stderr:
// generic_alias_err.go:9:10: generic type alias requires go1.24 or later
// generic_alias_err.go:11:7: cannot use generic type Vec[T any] without instantiation
// generic_alias_err.go:12:7: too many type arguments for type Vec: have 2, want 1
// Exit: 1
