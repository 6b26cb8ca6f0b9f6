// sort.Reverse over IntSlice/StringSlice (Sort and Stable), IsSorted, Float64Slice, and *rand.Rand's methods on a seeded source.
package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func main() {
	xs := []int{5, 2, 9, 1, 5, 6}
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs, sort.IsSorted(sort.Reverse(sort.IntSlice(xs))), sort.IntSlice(xs).Len())
	ss := sort.StringSlice{"pear", "fig", "apple"}
	ss.Sort()
	fmt.Println(ss, ss.Less(0, 1))
	fs := []float64{2.5, -1, 3}
	sort.Float64Slice(fs).Sort()
	fmt.Println(fs, sort.Float64sAreSorted(fs))
	sort.Stable(sort.Reverse(sort.StringSlice(ss)))
	fmt.Println(ss)
	r := rand.New(rand.NewSource(99))
	fmt.Println(r.Int63(), r.Int31(), r.Int63n(1000), r.Int31n(10), r.Float32())
	ys := []int{1, 2, 3, 4, 5, 6}
	r.Shuffle(len(ys), func(i, j int) { ys[i], ys[j] = ys[j], ys[i] })
	fmt.Println(ys)
	r.Seed(1)
	fmt.Println(r.Intn(100), rand.Intn(100))
	fmt.Printf("%T\n", sort.Reverse(sort.IntSlice(nil)))
}

// Output:
// [9 6 5 5 2 1] true 6
// [apple fig pear] true
// [-1 2.5 3] true
// [pear fig apple]
// 2431074399724039541 1365407263 547 2 0.4504799
// [4 3 1 5 2 6]
// 81 81
// *sort.reverse
