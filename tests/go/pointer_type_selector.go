// A selector through a defined pointer type (type PS *T): z.f is shorthand for (*z).f for
// fields, promoted ones included (gort once said "type PS has no field or method x").
package main

import "fmt"

type T struct {
	x int
	E
}

type E struct{ y int }

func (T) M()  {}
func (*T) P() {}

type PS *T

func main() {
	var z PS = &T{1, E{2}}
	fmt.Println(z.x, z.y, z.E.y)
	z.x = 5
	z.x++
	z.y += 10
	p := &z.x
	*p *= 2
	fmt.Println(z.x, (*z).x, z.y)
	var n PS
	defer func() { fmt.Println(recover()) }()
	n.x = 1
}

// Output:
// 1 2 2
// 12 12 12
// runtime error: invalid memory address or nil pointer dereference
