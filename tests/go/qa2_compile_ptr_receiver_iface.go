// The pointer-receiver pitfall: a method with a pointer receiver is not in the value type's
// method set, so a value does not implement the interface (assignment, argument, return and
// slice element), while a pointer does; plus a missing method and a wrong signature.
package main

import "fmt"

type Incrementer interface {
	Inc()
	Value() int
}

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Value() int { return c.n }

type Gauge struct{ v float64 }

func (g Gauge) Value() float64 { return g.v }
func (g Gauge) Inc()           {}

func use(i Incrementer) { i.Inc() }

func make1() Incrementer {
	return Counter{}
}

func main() {
	c := Counter{}
	var i Incrementer = c
	use(c)
	all := []Incrementer{&c, c}
	var ok Incrementer = &c
	var g Incrementer = Gauge{}
	var s fmt.Stringer = c
	fmt.Println(i, all, ok, g, s, make1())
}

// Output:
// Stderr:
// qa2_compile_ptr_receiver_iface.go:26:9: cannot use Counter{} (value of struct type Counter) as Incrementer value in return statement: Counter does not implement Incrementer (method Inc has pointer receiver)
// qa2_compile_ptr_receiver_iface.go:31:22: cannot use c (variable of struct type Counter) as Incrementer value in variable declaration: Counter does not implement Incrementer (method Inc has pointer receiver)
// qa2_compile_ptr_receiver_iface.go:32:6: cannot use c (variable of struct type Counter) as Incrementer value in argument to use: Counter does not implement Incrementer (method Inc has pointer receiver)
// qa2_compile_ptr_receiver_iface.go:33:27: cannot use c (variable of struct type Counter) as Incrementer value in array or slice literal: Counter does not implement Incrementer (method Inc has pointer receiver)
// qa2_compile_ptr_receiver_iface.go:35:22: cannot use Gauge{} (value of struct type Gauge) as Incrementer value in variable declaration: Gauge does not implement Incrementer (wrong type for method Value)
// 		have Value() float64
// 		want Value() int
// qa2_compile_ptr_receiver_iface.go:36:23: cannot use c (variable of struct type Counter) as fmt.Stringer value in variable declaration: Counter does not implement fmt.Stringer (missing method String)
// Exit: 1
// go: skip go build fails by design; expectations use current Go's wording (gort's default language version), positions checked against go1.19 build
