// A multi-line composite literal without the trailing comma after the last element.
package main

import "fmt"

func main() {
	xs := []int{
		1,
		2
	}
	fmt.Println(xs)
}

// Output:
// Stderr:
// qa_compile_syntax4.go:9:4: syntax error: unexpected newline in composite literal; possibly missing comma or }
// Exit: 1
// go: skip go build fails by design; expectations use current Go's wording (gort's default language version), positions checked against go1.19 build
