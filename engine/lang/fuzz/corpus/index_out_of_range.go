// A runtime error: indexing past the end of a slice panics with Go's message; exit 2.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := 5
	fmt.Println(s[0])
	fmt.Println(s[i])
}

// Output:
// 1
// Stderr:
// panic: runtime error: index out of range [5] with length 3
// goroutine 1 [running]:
// Exit: 2
