package main

import "fmt"

func main() {
	x := []int{
		1,
		2
		3,
	}
	fmt.Println(x
	for i := 0; i < 3; i++ {
		fmt.Println(i))
	}
	y := 
	if x {
	}
}

func f(a int b int) int {
	var z = 3
	go func() {
		fmt.Println(z)
	}()
	return a +
}
