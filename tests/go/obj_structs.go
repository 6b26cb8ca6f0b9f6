// Structs and arrays are values: copies are independent, pointers to fields and elements,
// methods on values and pointers, method values, embedding, slices of structs, linked lists, nested
// arrays, new, anonymous structs, %T.
package main

import "fmt"

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec      { return Vec{v.X + o.X, v.Y + o.Y} }
func (v *Vec) Scale(k float64)   { v.X *= k; v.Y *= k }
func (v Vec) String() string     { return fmt.Sprintf("(%g, %g)", v.X, v.Y) }

type Named struct {
	Name string
	Tags [2]string
	Pos  Vec
}

type Animal struct{ Name string }

func (a Animal) Describe() string { return "animal " + a.Name }

type Dog struct {
	Animal
	Breed string
}

type Node struct {
	Val  int
	Next *Node
}

func modify(n Named) Named {
	n.Name = "changed"
	n.Tags[0] = "changed"
	n.Pos.X = 99
	return n
}

func modifyPtr(n *Named) {
	n.Name = "via pointer"
	n.Tags[1] = "ptr"
	n.Pos.Scale(2)
}

func main() {
	a := Named{Name: "a", Tags: [2]string{"t1", "t2"}, Pos: Vec{1, 2}}
	b := a // deep copy of the value
	b.Name = "b"
	b.Tags[0] = "b-tag"
	b.Pos.Y = 20
	fmt.Println(a.Name, a.Tags, a.Pos.Y)
	fmt.Println(b.Name, b.Tags, b.Pos.Y)

	c := modify(a)
	fmt.Println(a.Name, a.Tags[0], a.Pos.X, "|", c.Name, c.Tags[0], c.Pos.X)
	modifyPtr(&a)
	fmt.Println(a.Name, a.Tags, a.Pos)

	// Pointer to a field and to an array element.
	px := &a.Pos.X
	*px = 7
	pt := &a.Tags[0]
	*pt = "direct"
	fmt.Println(a.Pos, a.Tags)

	// Arrays are values.
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 100
	fmt.Println(arr, arr2, arr == [3]int{1, 2, 3}, arr != arr2)

	// Struct comparison.
	fmt.Println(Vec{1, 2} == Vec{1, 2}, Vec{1, 2} == Vec{2, 1}, a == a, a == b)

	// Methods on values and pointers, method values.
	v := Vec{1, 1}
	v.Scale(3)
	w := v.Add(Vec{0.5, 0.5})
	add := v.Add
	v.X = 1000 // method value bound a copy
	fmt.Println(v, w, add(Vec{1, 1}))

	// Embedding.
	d := Dog{Animal{"rex"}, "lab"}
	fmt.Println(d.Name, d.Describe(), d)
	d2 := d
	d2.Name = "max"
	fmt.Println(d.Name, d2.Name)

	// Slices of structs: elements are addressable variables.
	pts := []Vec{{1, 1}, {2, 2}}
	for i := range pts {
		pts[i].Scale(10)
	}
	for _, p := range pts {
		p.Scale(100) // copy
	}
	fmt.Println(pts)
	first := &pts[0]
	first.X = -1
	fmt.Println(pts[0])
	copyOfFirst := pts[0]
	pts[0].Y = -2
	fmt.Println(copyOfFirst, pts[0])

	// Linked list through pointers.
	var head *Node
	for i := 1; i <= 5; i++ {
		head = &Node{i, head}
	}
	sum := 0
	for n := head; n != nil; n = n.Next {
		sum += n.Val
	}
	fmt.Println(sum, head.Val, head.Next.Val)

	// Arrays of structs, nested arrays.
	var grid [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = i * j
		}
	}
	row := grid[2]
	row[0] = 42
	fmt.Println(grid, row)
	var people [2]Named
	people[1].Name = "second"
	people[1].Pos.Scale(2)
	fmt.Printf("%v|%+v\n", people[0], people[1])

	// new and composite literal pointers.
	p := new(Vec)
	p.X = 3
	q := &Vec{4, 5}
	*q = *p
	p.Y = 9
	fmt.Println(*p, *q)
	n := new(int)
	*n += 5
	fmt.Println(*n)

	// Anonymous structs.
	anon := struct {
		A int
		B string
	}{1, "x"}
	anon2 := anon
	anon2.A = 2
	fmt.Println(anon, anon2)
	fmt.Printf("%T %T %T\n", anon, people, p)
}

// Output:
// a [t1 t2] 2
// b [b-tag t2] 20
// a t1 1 | changed changed 99
// via pointer [t1 ptr] (2, 4)
// (7, 4) [direct ptr]
// [1 2 3] [100 2 3] true true
// true false true false
// (1000, 3) (3.5, 3.5) (4, 4)
// rex animal rex {{rex} lab}
// rex max
// [(10, 10) (20, 20)]
// (-1, 10)
// (-1, 10) (-1, -2)
// 15 5 4
// [[0 0 0] [0 1 2] [0 2 4]] [42 2 4]
// { [ ] (0, 0)}|{Name:second Tags:[ ] Pos:(0, 0)}
// (3, 9) (3, 0)
// 5
// {1 x} {2 x}
// struct { A int; B string } [2]main.Named *main.Vec
