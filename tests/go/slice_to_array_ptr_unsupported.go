// go: skip gort's own limitation (Go 1.19 converts the slice to an array pointer)
// A slice-to-array-pointer conversion is refused at compile time (the VM cannot alias a
// slice's backing array as an array yet) instead of reinterpreting the slice header.
package main

import "fmt"

func main() {
	s := []byte{1, 2, 3, 4}
	p := (*[2]byte)(s)
	fmt.Println(p[0])
}

// Output:
// Stderr:
// slice_to_array_ptr_unsupported.go:10:7: gort: converting a slice to an array pointer is not supported yet
// Exit: 1
