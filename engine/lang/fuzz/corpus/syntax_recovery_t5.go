package main

import "fmt"

type Person struct {
	Name string
	Age int
}

func (p Person) Greet() string {
	return "hi " + p.Name
}

func main() {
	p := Person{Name: "a", Age: 3}
	fmt.Println(p.Greet()
	var x = [3]int{1, 2, 3}
	fmt.Println(x[1:2:])
	switch {
	case x[0] > 1:
		fmt.Println("big")
	default
		fmt.Println("small")
	}
}
