// The three forms of `for`, break and continue, and range over a slice.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k%2 == 0 {
			continue
		}
		if k > 7 {
			break
		}
		fmt.Print(k, ",")
	}
	fmt.Println()
	for i, w := range []string{"x", "y"} {
		fmt.Println(i, w)
	}
	for range []int{1, 2} {
		fmt.Println("tick")
	}
	if v := n % 7; v == 3 {
		fmt.Println("three")
	} else if v > 3 {
		fmt.Println("big", v)
	} else {
		fmt.Println("small", v)
	}
}

// Output:
// 0 1 2
// 243
// 1,3,5,7,
// 0 x
// 1 y
// tick
// tick
// big 5
