// go: skip cmp is Go 1.21 (expectations from the package documentation)
package main

import (
	"cmp"
	"fmt"
	"math"
)

type Celsius float64

func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(2.5, 2.5))
	fmt.Println(cmp.Less(Celsius(3), 4), cmp.Less(math.NaN(), 0), cmp.Compare(math.NaN(), math.NaN()))
	fmt.Println(cmp.Or("", "x", "y"), cmp.Or(0, 0), cmp.Or[int]())
}

// Output:
// -1 1 0
// true true 0
// x 0 0
