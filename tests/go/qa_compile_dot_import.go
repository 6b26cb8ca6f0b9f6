// Dot imports that go build rejects: one whose names are never used, and a package-level
// declaration of a name a dot import already declared in the file block.
package main

import (
	. "fmt"
	. "strings"
)

func ToUpper(s string) string { return s }

func main() {
	Println("hi")
}

// Output:
// Stderr:
// qa_compile_dot_import.go:7:2: "strings" imported and not used
// qa_compile_dot_import.go:10:6: ToUpper already declared through dot-import of package strings ("strings")
// Exit: 1
// go: skip go build fails by design; expectations use current Go's wording (gort's default language version), positions checked against go1.19 build
