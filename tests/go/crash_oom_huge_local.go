// A local array too large for memory (but not for the address space) is Go's fatal
// "out of memory" at once; gort once looped over its 2^40 slots (hang) after the message.
package main

import "fmt"

func main() {
	fmt.Println("start")
	var a [1 << 20][1 << 20]byte
	a[1][2] = 3
	fmt.Println(a[1][2])
}

// Output:
// start
// Stderr:
// fatal error: runtime: out of memory
// Exit: 2
