//go:build go1.22

// go: skip range over functions is Go 1.23 (the oracle is Go 1.19); message is types2's
// A file whose build line asks for Go 1.22 cannot range over a function (gc: requires
// go1.23 or later); range over an integer is still fine.
package main

import "fmt"

func seq(yield func(int) bool) {
	yield(1)
}

func main() {
	for i := range 2 {
		fmt.Println(i)
	}
	for x := range seq {
		fmt.Println(x)
	}
}

// Stderr:
// rangefunc_version.go:18:17: cannot range over seq (value of type func(yield func(int) bool)): requires go1.23 or later
// Exit: 1
