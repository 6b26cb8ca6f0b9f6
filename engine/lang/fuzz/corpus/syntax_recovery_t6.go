package main

import "fmt"

func main() {
	for (i := 0; i < 3; i++) {
		fmt.Println(i)
	}
	for i := 0, j := 0; i < 3; i++ {
	}
	if x := 1, y {
	}
	switch x := 2 3 {
	}
	fmt.Println("end")
	for i := 0; i < 3; i++ {
		fmt.Println(i)
	}
	k := 1 2
}
