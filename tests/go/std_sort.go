// sort: Ints/Strings/Float64s, Slice (ties land as Go's pdqsort leaves them), SliceStable, Sort/Stable, Search.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	ints := []int{5, 2, 8, 1, 9, 3, 3, 7, 0, -4, 22, 13, 6, 11, 10, 15, 14}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 7))
	strs := []string{"pear", "apple", "fig", "banana"}
	sort.Strings(strs)
	fmt.Println(strs, sort.SearchStrings(strs, "fig"))
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	people := []Person{}
	for i := 0; i < 40; i++ {
		people = append(people, Person{fmt.Sprintf("p%d", i), (i * 7) % 5})
	}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name < people[j].Name })
	fmt.Println(people[:5])
	ps := []Person{{"A", 30}, {"B", 20}, {"C", 30}, {"D", 10}}
	sort.Sort(ByAge(ps))
	fmt.Println(ps)
	sort.Stable(sort.Interface(ByAge(ps)))
	fmt.Println(ps)
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
}

// Output:
// [-4 0 1 2 3 3 5 6 7 8 9 10 11 13 14 15 22] true 8
// [apple banana fig pear] 2
// [-1 0 2.5 3.25]
// [{p20 0} {p10 0} {p35 0} {p30 0} {p25 0} {p5 0} {p0 0} {p15 0} {p28 1} {p3 1} {p8 1} {p38 1} {p33 1} {p13 1} {p23 1} {p18 1} {p26 2} {p11 2} {p6 2} {p36 2} {p16 2} {p21 2} {p31 2} {p1 2} {p19 3} {p34 3} {p24 3} {p39 3} {p14 3} {p29 3} {p9 3} {p4 3} {p22 4} {p12 4} {p17 4} {p2 4} {p32 4} {p37 4} {p7 4} {p27 4}]
// [{p0 0} {p1 2} {p10 0} {p11 2} {p12 4}]
// [{D 10} {B 20} {A 30} {C 30}]
// [{D 10} {B 20} {A 30} {C 30}]
// 8
