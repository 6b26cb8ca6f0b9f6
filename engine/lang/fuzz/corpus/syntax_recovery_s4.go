package main

import "fmt"

func main() {
	a := 1
	b := 2
	if a == 1 {
		fmt.Println("one")
	} else if b = 2 {
		fmt.Println("two")
	}
	fmt.Printf("%d\n", a b)
	c := [3]int{1, 2, 3
	}
	func inner() {
	}
	d := a +* b
	e := (a + b
	f := a b c
	g := 1
	h := 2
	i := 3
	fmt.Println(c, d, e, f, g, h, i)
	j := )
	k := ]
	l := }
}
