// math/rand with explicit seeds must reproduce Go's exact sequences (users print them), and
// sort: sort.Sort on a user type implementing sort.Interface, sort.Stable keeping order of
// equals, sort.Search for insertion points, sort.Reverse, and Shuffle with a seeded source.
package main

import (
	"fmt"
	"math/rand"
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
	r := rand.New(rand.NewSource(42))
	for i := 0; i < 5; i++ {
		fmt.Print(r.Intn(100), " ")
	}
	fmt.Println()
	fmt.Println(r.Perm(6), r.Int63(), r.Float64())
	rand.Seed(7)
	fmt.Println(rand.Intn(1000), rand.Intn(1000), rand.Int31n(10), rand.Int63n(1e9))
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8}
	r2 := rand.New(rand.NewSource(1))
	r2.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs)

	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 20}, {"Eve", 25}}
	sort.Sort(ByAge(people))
	fmt.Println(people[0], people[4].Age)
	sort.Stable(sort.Reverse(ByAge(people)))
	fmt.Println(people[0].Age, people[4])
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name < people[j].Name })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)

	sorted := []int{1, 3, 5, 7, 9}
	i := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 6 })
	fmt.Println(i, sort.SearchInts(sorted, 7), sort.SearchInts(sorted, 100))
	strs := []string{"pear", "apple", "fig"}
	sort.Sort(sort.Reverse(sort.StringSlice(strs)))
	fmt.Println(strs, sort.IsSorted(sort.IntSlice(sorted)))
	fl := []float64{2.5, -1, 3.25}
	sort.Float64s(fl)
	fmt.Println(fl)
}

// Output:
// 5 87 68 50 23 
// [3 5 2 4 0 1] 2010156224608899041 0.3616827612305432
// 886 870 3 955557379
// [6 1 8 2 3 4 7 5]
// {Dan 20} 30
// 30 {Dan 20}
// [{Alice 30} {Bob 25} {Carol 30} {Dan 20} {Eve 25}]
// [{Dan 20} {Bob 25} {Eve 25} {Alice 30} {Carol 30}]
// 3 3 5
// [pear fig apple] true
// [-1 2.5 3.25]
