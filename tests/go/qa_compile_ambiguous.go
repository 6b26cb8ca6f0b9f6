// Ambiguous selectors: two embedded structs at the same depth both provide Hello and Name;
// using them unqualified is a compile error, and such a type does not implement an interface
// needing Hello.
package main

import "fmt"

type A struct{ Name string }
type B struct{ Name string }

func (A) Hello() string { return "A" }
func (B) Hello() string { return "B" }

type C struct {
	A
	B
}

type Greeter interface{ Hello() string }

func main() {
	c := C{}
	fmt.Println(c.Name)
	fmt.Println(c.Hello())
	var g Greeter = c
	fmt.Println(g)
}

// Output:
// Stderr:
// qa_compile_ambiguous.go:23:16: ambiguous selector c.Name
// qa_compile_ambiguous.go:24:16: ambiguous selector c.Hello
// as Greeter value in variable declaration: C does not implement Greeter (missing method Hello)
// Exit: 1
// go: skip go build fails by design; expectations use current Go's wording (gort's default language version), positions checked against go1.19 build
