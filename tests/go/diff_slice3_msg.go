// A 3-index slice with a negative max: Go checks max first and reports "[::-1]".
// Found by tests/diff (gen.mjs).
package main

import "fmt"

func main() {
	defer func() { fmt.Println(recover()) }()
	s := []int{1, 2, 3}
	hi := len(s) - 4
	fmt.Println(s[0:hi:hi])
}

// Output:
// runtime error: slice bounds out of range [::-1]
