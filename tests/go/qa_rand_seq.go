// (Subset of qa_rand_sort using only APIs gort declares.) Seeded math/rand must reproduce Go's
// exact sequences; sort.Sort/Stable on a user sort.Interface type; sort.Search.
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
	fmt.Println(r.Perm(6), r.Float64())
	rand.Seed(7)
	fmt.Println(rand.Intn(1000), rand.Intn(1000), rand.Int31n(10), rand.Int63n(1e9), rand.Int63(), rand.Float32())
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8}
	rand.Seed(1)
	rand.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs, rand.Perm(4))

	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 20}, {"Eve", 25}}
	sort.Stable(ByAge(people))
	fmt.Println(people)
	sort.Sort(ByAge(people))
	fmt.Println(people[0], people[4].Age)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	sorted := []int{1, 3, 5, 7, 9}
	i := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 6 })
	fmt.Println(i, sort.SearchInts(sorted, 7), sort.SearchInts(sorted, 100), sort.IntsAreSorted(sorted))
}

// Output:
// 5 87 68 50 23 
// [3 5 2 4 0 1] 0.2179415745756228
// 886 870 3 955557379 6440086189707786506 0.14615595
// [6 1 8 2 3 4 7 5] [2 0 3 1]
// [{Dan 20} {Bob 25} {Eve 25} {Alice 30} {Carol 30}]
// {Dan 20} 30
// [{Eve 25} {Dan 20} {Carol 30} {Bob 25} {Alice 30}]
// 3 3 5 true
