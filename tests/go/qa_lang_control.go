// Control flow: labeled break/continue over nested loops, switch with fallthrough, switch with
// no tag, switch with init, for with multiple variables, and shadowing in if/else chains.
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	for n := 0; n < 6; n++ {
		switch n {
		case 0:
			fmt.Print("zero ")
			fallthrough
		case 1:
			fmt.Print("zero-or-one ")
		case 2, 3:
			fmt.Print("two-or-three ")
			if n == 3 {
				break
			}
			fmt.Print("(two) ")
		default:
			fmt.Print("big ")
		}
	}
	fmt.Println()
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s))
	}
	fmt.Println()

	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
		fallthrough
	case x > 100:
		fmt.Println("fell into x > 100")
	case x > 0:
		fmt.Println("not reached")
	}

	for a, b := 0, 10; a < b; a, b = a+1, b-2 {
		fmt.Print(a, ":", b, " ")
	}
	fmt.Println()

	x := 1
	if x := 2; x > 1 {
		x := 3
		fmt.Println("inner", x)
	} else if y := x * 10; y > 0 {
		fmt.Println("never", y)
	}
	fmt.Println("outer", x)
	{
		x := "block"
		fmt.Println(x)
	}
	fmt.Println(x)

	var found bool
search:
	for _, row := range [][]int{{1, 2}, {3, 4}, {5, 6}} {
		for _, v := range row {
			switch {
			case v == 4:
				found = true
				break search
			}
		}
	}
	fmt.Println("found", found)
	count := 0
	for {
		count++
		if count%2 == 1 {
			continue
		}
		if count > 6 {
			break
		}
	}
	fmt.Println("count", count)
}

// Output:
// 0 0 0 1 1 0 1 1 2 0 2 1 
// zero zero-or-one zero-or-one two-or-three (two) two-or-three big big 
// ABCF
// x > 3
// fell into x > 100
// 0:10 1:8 2:6 3:4 
// inner 3
// outer 1
// block
// 1
// found true
// count 8
