// sort: Find, the Search helpers and methods, and the order sort.Sort / sort.Slice leave ties in.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	a := []string{"apple", "banana", "cherry", "date"}
	for _, t := range []string{"banana", "coconut", "zzz", ""} {
		i, found := sort.Find(len(a), func(i int) int { return strings.Compare(t, a[i]) })
		fmt.Println(t, i, found)
	}
	fmt.Println(sort.Find(0, func(int) int { return 0 }))
	f := []float64{1.5, 2.5, 2.5, 4}
	fmt.Println(sort.SearchFloat64s(f, 2.5), sort.SearchFloat64s(f, 3), sort.SearchFloat64s(f, 9), sort.Float64Slice(f).Search(0))
	fmt.Println(sort.IntSlice{1, 3, 5}.Search(4), sort.StringSlice{"a", "c"}.Search("b"), sort.SearchInts([]int{1, 2}, 2))
	words := strings.Fields("aa b cc d eee f gg h ii j kk l mm n oo p qq r ss t")
	w1 := append([]string(nil), words...)
	sort.Sort(byLen(w1))
	fmt.Println(w1)
	w2 := append([]string(nil), words...)
	sort.Slice(w2, func(i, j int) bool { return len(w2[i]) < len(w2[j]) })
	fmt.Println(w2)
	w3 := append([]string(nil), words...)
	sort.Stable(byLen(w3))
	fmt.Println(w3)
}

// Output:
// banana 1 true
// coconut 3 false
// zzz 4 false
//  0 false
// 0 false
// 1 3 4 0
// 2 1 1
// [p r j d n f l h t b kk gg mm oo aa qq cc ss ii eee]
// [p r j d n f l h t b kk gg mm oo aa qq cc ss ii eee]
// [b d f h j l n p r t aa cc gg ii kk mm oo qq ss eee]
