// Function-local types that share a name: two functions each declare their own `item` type
// with different fields, and a block-local type shadows a package-level type that has a String
// method. Go keeps them distinct (same printed name main.item, different types); fmt must use
// each value's own layout and method set.
package main

import "fmt"

type Sq struct{ s float64 }

func (q Sq) String() string { return "Sq!" }

func a() {
	type item struct{ A, B int }
	fmt.Printf("%+v %T\n", item{1, 2}, item{})
}

func b() {
	type item struct{ Name string }
	fmt.Printf("%+v %T\n", item{"x"}, item{})
	m := map[item]int{{"k"}: 1}
	fmt.Println(m)
	var i interface{} = item{"z"}
	_, isStringer := i.(fmt.Stringer)
	fmt.Println(isStringer)
}

func main() {
	a()
	b()
	fmt.Println(Sq{1})
	{
		type Sq int
		fmt.Println(Sq(4), Sq(5)+1)
		var v interface{} = Sq(6)
		_, isStringer := v.(fmt.Stringer)
		fmt.Println(isStringer)
	}
}

// Output:
// {A:1 B:2} main.item
// {Name:x} main.item
// map[{k}:1]
// false
// Sq!
// 4 6
// false
