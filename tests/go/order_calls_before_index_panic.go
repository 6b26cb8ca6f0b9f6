// An index panic in a call's argument list comes after every call of the statement has run
// (gc evaluates the calls first): g prints before the program dies. Checked against Go 1.19.
package main

import "fmt"

func g(tag string) int {
	fmt.Println("g", tag)
	return 1
}

func main() {
	s := []int{1, 2}
	i := 5
	fmt.Println(s[i], g("a"), append([]int{}, g("b")), []int{s[0], g("c")})
}

// Output:
// g a
// g b
// g c
// Stderr:
// panic: runtime error: index out of range [5] with length 2
// goroutine 1 [running]:
// main.main()
// Exit: 2
