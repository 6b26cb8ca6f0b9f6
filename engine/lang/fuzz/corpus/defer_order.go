// defer runs deferred calls last-in first-out when the function returns; arguments are
// evaluated at the defer statement.
package main

import "fmt"

func f() (result int) {
	defer func() { result *= 2 }()
	return 21
}

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 1
	defer fmt.Println("x at defer time:", x)
	x = 2
	fmt.Println("f() =", f())
	fmt.Println("end of main, x =", x)
}

// Output:
// f() = 42
// end of main, x = 2
// x at defer time: 1
// deferred 2
// deferred 1
// deferred 0
