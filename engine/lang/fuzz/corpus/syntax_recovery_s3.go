package main

import "fmt"

type T struct {
	a int,
	b string
}

var v = 

func main() {
	for i := 0; i < 10; i++ {
		if i % 2 == 0
		{
			fmt.Println(i)
		}
	}
	fmt.Println("done");;
	x := map[string]int{"a": 1 "b": 2}
	fmt.Println(x)
}
import "os"
