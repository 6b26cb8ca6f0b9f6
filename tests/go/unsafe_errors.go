// unsafe's misuses as go build reports them, and unsafe.Pointer, which gort does not have (its
// values are not bytes in memory): a compile error that says so instead of a crash.
package main

import (
	"fmt"
	"unsafe"
)

type T struct{ a int }

func (T) M() {}

type U struct{ *T }

func main() {
	var t T
	var u U
	fmt.Println(unsafe.Offsetof(t), unsafe.Offsetof(t.M), unsafe.Offsetof(u.a))
	p := unsafe.Pointer(&t)
	_ = p
}

// Output:
// Stderr:
// unsafe_errors.go:19:30: invalid argument: t is not a selector expression
// unsafe_errors.go:19:50: invalid argument: t.M is a method value
// unsafe_errors.go:19:72: invalid argument: field a is embedded via a pointer in U
// unsafe_errors.go:20:14: undefined: unsafe.Pointer (gort's unsafe has only Sizeof, Alignof and Offsetof: its values are not bytes in memory)
// Exit: 1
// go: skip unsafe.Pointer exists in Go; the first three lines are go1.19 build's
