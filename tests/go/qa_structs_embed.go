// Structs, methods with value and pointer receivers, embedding with promoted fields and
// methods, shadowed methods, and %v / %+v of nested structs.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Named struct {
	Name string
	Point
}

type Animal struct{ Legs int }

func (a Animal) Describe() string { return fmt.Sprintf("animal with %d legs", a.Legs) }
func (a Animal) Kind() string     { return "animal" }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Kind() string { return "dog" }

type Rect struct {
	Min, Max Point
	Tags     []string
}

func main() {
	p := Point{1, 2}
	q := p.Add(Point{3, 4})
	q.Scale(10)
	fmt.Println(p, q)
	pp := &p
	pp.Scale(2)
	fmt.Println(p, *pp)

	n := Named{"origin", Point{5, 6}}
	n.Scale(2)
	fmt.Println(n.X, n.Y, n.Name, n.Point)
	fmt.Println(n) // Named has String via embedded Point: promoted

	d := Dog{Animal{4}, "collie"}
	fmt.Println(d.Describe(), d.Kind(), d.Animal.Kind(), d.Legs)
	fmt.Printf("%v\n", d)
	fmt.Printf("%+v\n", d)

	r := Rect{Point{0, 0}, Point{3, 4}, []string{"a", "b"}}
	fmt.Printf("%v\n", r)
	fmt.Printf("%+v\n", r)
	fmt.Printf("%T %T %T\n", r, &r, d)

	anon := struct {
		A int
		B string
	}{7, "seven"}
	fmt.Printf("%v %+v\n", anon, anon)
	var zero Rect
	fmt.Printf("%+v\n", zero)
	fmt.Println(p == Point{2, 4}, d == Dog{Animal{4}, "collie"})
}

// Output:
// (1,2) (40,60)
// (2,4) (2,4)
// 10 12 origin (10,12)
// (10,12)
// animal with 4 legs dog animal 4
// {{4} collie}
// {Animal:{Legs:4} Breed:collie}
// {(0,0) (3,4) [a b]}
// {Min:(0,0) Max:(3,4) Tags:[a b]}
// main.Rect *main.Rect main.Dog
// {7 seven} {A:7 B:seven}
// {Min:(0,0) Max:(0,0) Tags:[]}
// true true
