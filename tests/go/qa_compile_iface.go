// Interface satisfaction errors: a pointer-receiver method does not put the method in the
// value type's method set, a missing method, a wrong signature, and an impossible type assertion.
package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Square struct{ s float64 }

func (q *Square) Area() float64 { return q.s * q.s }
func (q *Square) Name() string  { return "square" }

type Circle struct{ r float64 }

func (c Circle) Area() float64 { return 3 * c.r * c.r }

type Tri struct{}

func (Tri) Area() int      { return 0 }
func (Tri) Name() string   { return "tri" }

func main() {
	var s Shape = Square{2}
	var c Shape = Circle{1}
	shapes := []Shape{Tri{}}
	var st fmt.Stringer = &Square{}
	fmt.Println(s, c, shapes, st)
	var sh Shape = &Square{1}
	_ = sh.(Circle)
}

// Output:
// Stderr:
// as Shape value in variable declaration: Square does not implement Shape (method Area has pointer receiver)
// as Shape value in variable declaration: Circle does not implement Shape (missing method Name)
// qa_compile_iface.go:29:20: cannot use Tri{} (value of
// 		have Area() int
// 		want Area() float64
// qa_compile_iface.go:30:24: cannot use &Square{} (value of type *Square) as fmt.Stringer value in variable declaration: *Square does not implement fmt.Stringer (missing method String)
// qa_compile_iface.go:33:6: impossible type assertion: sh.(Circle)
// 	Circle does not implement Shape (missing method Name)
// Exit: 1
// go: skip go build fails by design; expectations use current Go's wording (gort's default language version), positions checked against go1.19 build
