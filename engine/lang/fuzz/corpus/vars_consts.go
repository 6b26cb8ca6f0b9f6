// var, const, := and the basic types; integer and float arithmetic; string concatenation.
package main

import "fmt"

const greeting = "hi"
const big = 1 << 40

var counter int

func main() {
	var a int = 7
	var b = 2
	c := a / b
	d := a % b
	var x float64 = 7
	y := x / 2
	s := greeting + ", " + "gopher"
	var z bool
	var empty string
	counter += 3
	fmt.Println(a, b, c, d, y, s, z, len(empty), counter, big)
	fmt.Println(-7/2, -7%2, 1<<10, 0xff, 1_000_000)
	const typed float64 = 1.5
	fmt.Println(typed*2, 10/4, 10/4.0, float64(a)/float64(b), int(y))
	a, b = b, a
	fmt.Println(a, b)
	fmt.Println(len(s), s[0], s[1:4], s == "hi, gopher", s < "z")
}

// Output:
// 7 2 3 1 3.5 hi, gopher false 0 3 1099511627776
// -3 -1 1024 255 1000000
// 3 2 2.5 3.5 3
// 2 7
// 10 104 i,  true true
