package main

import "fmt"

func main() {
	x := 5
	y := x++
	z := x > 3 ? 1 : 2
	for i := 0, j := 0; i < 3; i++ {
	}
	fmt.Println(x, y, z)
	}
}

fmt.Println("outside")
