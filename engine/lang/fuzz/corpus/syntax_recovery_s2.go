package main

import "fmt"

func main()
{
	fmt.Println("hi")
}

func g() {
	x = := 3
	switch x {
	case 1 2:
		fmt.Println("a")
	case 3:
		fmt.Println("b"
	default:
	}
	while x < 3 {
	}
}
