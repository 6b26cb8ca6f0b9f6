// Embedding depth rules: a field at a shallower depth wins over two conflicting embedded ones,
// unambiguous promoted fields/methods through two levels, pointer-embedded chains satisfying
// an interface with pointer-receiver methods, and %+v of nested embedded structs.
package main

import "fmt"

type A struct{ Name string; X int }
type B struct{ Name string; Y int }

func (A) Hello() string { return "A" }
func (B) Hello() string { return "B" }
func (A) OnlyA() string { return "onlyA" }

type C struct {
	A
	B
	Name string
}

type D struct {
	C
	Z int
}

type Base struct{ id int }

func (b *Base) ID() int     { return b.id }
func (b *Base) SetID(i int) { b.id = i }

type Mid struct{ Base }
type Top struct {
	*Mid
	tag string
}

type Idr interface {
	ID() int
	SetID(int)
}

func main() {
	c := C{A{"a", 1}, B{"b", 2}, "c"}
	fmt.Println(c.Name, c.A.Name, c.B.Name, c.X, c.Y, c.OnlyA(), c.A.Hello(), c.B.Hello())
	d := D{c, 3}
	fmt.Println(d.Name, d.X, d.OnlyA(), d.C.A.Name)
	fmt.Printf("%+v\n", d)
	t := Top{&Mid{Base{1}}, "t"}
	t.SetID(42)
	var i Idr = t
	fmt.Println(t.ID(), i.ID(), t.Mid.Base.id, t.id)
	i.SetID(7)
	fmt.Println(t.ID())
	var i2 Idr = &Mid{}
	i2.SetID(9)
	fmt.Println(i2.ID())
}

// Output:
// c a b 1 2 onlyA A B
// c 1 onlyA a
// {C:{A:{Name:a X:1} B:{Name:b Y:2} Name:c} Z:3}
// 42 42 42 42
// 7
// 9
