// The compile errors beginners hit first: an unused variable, an unused import, and a value
// assigned but never read. go build prints each as file:line:col with exit status 1.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	x := 5
	y := 10
	var z int
	z = 3
	fmt.Println(y)
	for i, v := range []int{1, 2} {
		fmt.Println(v)
	}
}

// Output:
// Stderr:
// qa_compile_unused.go:7:2: "os" imported and not used
// qa_compile_unused.go:8:2: "strings" imported and not used
// qa_compile_unused.go:12:2: declared and not used: x
// qa_compile_unused.go:14:6: declared and not used: z
// qa_compile_unused.go:17:6: declared and not used: i
// Exit: 1
// go: skip go build fails by design; expectations use current Go's wording (gort's default language version), positions checked against go1.19 build
