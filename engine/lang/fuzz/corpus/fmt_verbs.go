// fmt's verbs and the spacing rules of Print and Println.
package main

import "fmt"

func main() {
	n, f, s, b := 42, 3.14159, "go", true
	fmt.Printf("%v %v %v %v\n", n, f, s, b)
	fmt.Printf("%d|%5d|%-5d|%05d\n", n, n, n, n)
	fmt.Printf("%s|%q|%8s|%-8s|\n", s, s, s, s)
	fmt.Printf("%f|%.2f|%8.3f|%g\n", f, f, f, f)
	fmt.Printf("%t %t\n", b, !b)
	fmt.Printf("%T %T %T %T\n", n, f, s, b)
	fmt.Printf("%v %d\n", []int{1, 2, 3}, []int{4, 5})
	fmt.Printf("%q %v\n", []string{"a", "b"}, []string{"c", "d"})
	fmt.Printf("100%%\n")
	fmt.Println("a", 1, 2.5, true, "b")
	fmt.Print("x", "y", 1, 2, "z\n")
	fmt.Print(1, 2, "\n")
	fmt.Println(1e21, 1e20, 0.000001, 2.0, -0.5)
}

// Output:
// 42 3.14159 go true
// 42|   42|42   |00042
// go|"go"|      go|go      |
// 3.141590|3.14|   3.142|3.14159
// true false
// int float64 string bool
// [1 2 3] [4 5]
// ["a" "b"] [c d]
// 100%
// a 1 2.5 true b
// xy1 2z
// 1 2
// 1e+21 1e+20 1e-06 2 -0.5
