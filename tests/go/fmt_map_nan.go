// fmt prints a map with NaN keys with their values (a NaN key cannot be looked up again, so
// the entries are printed as the map holds them); NaN keys sort first. Found by tests/diff.
package main

import (
	"fmt"
	"math"
)

func main() {
	nan := math.NaN()
	m := map[float64]string{nan: "a", 1: "one", math.Inf(1): "inf"}
	m[nan] = "a"
	fmt.Println(len(m), m[1])
	fmt.Printf("%v\n", m)
	delete(m, nan)
	fmt.Println(len(m))
	n := map[float64]int{nan: 7}
	fmt.Println(n)
	fmt.Printf("%#v\n", n)
}

// Output:
// 4 one
// map[NaN:a NaN:a 1:one +Inf:inf]
// 4
// map[NaN:7]
// map[float64]int{NaN:7}
