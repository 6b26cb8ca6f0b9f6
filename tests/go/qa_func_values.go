// Function values everywhere: a method expression on an interface type (Shape.Area), std
// functions in a map, a recursive closure stored in a struct field, funcs in struct literals,
// and a method value bound from an interface before the interface is reassigned.
package main

import (
	"fmt"
	"strings"
)

type Shape interface{ Area() float64 }
type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

type Node struct {
	Val      int
	Children []*Node
	visit    func(*Node) int
}

func main() {
	area := Shape.Area
	fmt.Println(area(Sq(3)))
	up := strings.ToUpper
	fns := map[string]func(string) string{"up": up, "low": strings.ToLower, "trim": strings.TrimSpace}
	fmt.Println(fns["up"]("a"), fns["low"]("B"), fns["trim"](" c "))
	root := &Node{Val: 1, Children: []*Node{{Val: 2}, {Val: 3, Children: []*Node{{Val: 4}}}}}
	root.visit = func(n *Node) int {
		s := n.Val
		for _, c := range n.Children {
			s += root.visit(c)
		}
		return s
	}
	fmt.Println(root.visit(root))
	type op struct {
		name string
		fn   func(float64, float64) float64
	}
	ops := []op{{"add", func(a, b float64) float64 { return a + b }}, {"pow", func(a, b float64) float64 {
		r := 1.0
		for i := 0; i < int(b); i++ {
			r *= a
		}
		return r
	}}}
	for _, o := range ops {
		fmt.Println(o.name, o.fn(2, 10))
	}
	var iface interface{ Area() float64 } = Sq(2)
	f := iface.Area
	iface = Sq(5)
	fmt.Println(f(), iface.Area())
}

// Output:
// 9
// A b c
// 10
// add 12
// pow 1024
// 4 25
