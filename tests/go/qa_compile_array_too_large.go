// Arrays larger than the address space are compile errors (gc's types/size.go); once the
// [...] literal hung and the nested array printed "out of memory" and then hung.
package main

import "fmt"

var a = [...]int{1 << 62: 1}

var b [1 << 40][1 << 40]byte

func main() {
	fmt.Println(len(a), len(b))
}

// Stderr:
// qa_compile_array_too_large.go:7:9: type [4611686018427387905]int larger than address space
// qa_compile_array_too_large.go:9:7: type [1099511627776][1099511627776]byte larger than address space
// Exit: 1
// go: skip go build fails by design; gc reports at the variable (7:5, 9:5), gort at the type
