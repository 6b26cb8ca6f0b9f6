// Dynamic interface checks must compare method signatures, not just names: three types with a
// method M of different signatures asserted to interface{ M() int } / interface{ M() string }.
// Go matches only the exact signature; a name-only match would call M with the wrong result type.
package main

import "fmt"

type A struct{}

func (A) M() string { return "A.M" }

type B struct{}

func (B) M() int { return 42 }

type C struct{}

func (C) M(x int) int { return x }

func main() {
	for _, v := range []interface{}{A{}, B{}, C{}} {
		if m, ok := v.(interface{ M() int }); ok {
			fmt.Println("M() int:", m.M())
		} else if m, ok := v.(interface{ M() string }); ok {
			fmt.Println("M() string:", m.M())
		} else {
			fmt.Printf("%T has another M\n", v)
		}
	}
	var s fmt.Stringer
	_, ok := interface{}(B{}).(fmt.Stringer)
	fmt.Println(ok, s == nil)
}

// Output:
// M() string: A.M
// M() int: 42
// main.C has another M
// false true
