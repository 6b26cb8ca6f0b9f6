// Maps: insert/update/delete, comma-ok, struct keys and values (values are copies), maps of
// slices and nested maps, deleting while ranging, NaN and ±0 float keys, interface keys, nil-map
// reads, a 100k-entry map, fmt's sorted printing.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Point struct{ X, Y int }

type Inventory struct {
	Name  string
	Count int
}

func main() {
	// Basic operations.
	ages := map[string]int{"alice": 31, "bob": 25}
	ages["carol"] = 40
	ages["bob"]++
	fmt.Println(len(ages), ages["bob"], ages["nobody"])
	if v, ok := ages["alice"]; ok {
		fmt.Println("alice is", v)
	}
	if _, ok := ages["dave"]; !ok {
		fmt.Println("no dave")
	}
	delete(ages, "carol")
	delete(ages, "carol")
	fmt.Println(ages)

	// Sorted iteration.
	keys := make([]string, 0, len(ages))
	for k := range ages {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ages[k])
	}

	// Struct keys and values; values are copies.
	grid := map[Point]string{{1, 2}: "a", {0, 0}: "origin"}
	grid[Point{1, 2}] = "b"
	fmt.Println(len(grid), grid[Point{1, 2}], grid)
	inv := map[string]Inventory{"x": {"widget", 3}}
	item := inv["x"]
	item.Count = 100
	fmt.Println(inv["x"].Count, item.Count)
	inv["x"] = item
	fmt.Println(inv)

	// Pointer values share.
	ptrs := map[string]*Inventory{"y": {"gadget", 1}}
	ptrs["y"].Count += 10
	fmt.Println(ptrs["y"].Count, *ptrs["y"])

	// Map of slices and nested maps.
	groups := map[string][]int{}
	for i := 0; i < 10; i++ {
		k := "odd"
		if i%2 == 0 {
			k = "even"
		}
		groups[k] = append(groups[k], i)
	}
	fmt.Println(groups)
	nested := map[string]map[string]int{}
	for _, w := range []string{"a:x", "a:y", "b:x", "a:x"} {
		outer, inner := w[:1], w[2:]
		if nested[outer] == nil {
			nested[outer] = map[string]int{}
		}
		nested[outer][inner]++
	}
	fmt.Println(nested, len(nested["a"]))

	// Word count.
	text := "the quick brown fox jumps over the lazy dog the end"
	counts := map[string]int{}
	word := ""
	for _, r := range text + " " {
		if r == ' ' {
			if word != "" {
				counts[word]++
			}
			word = ""
			continue
		}
		word += string(r)
	}
	fmt.Println(counts["the"], len(counts), counts)

	// Deleting while ranging is allowed; every key is visited once at most.
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	sum := 0
	for k, v := range m {
		if k%2 == 1 {
			delete(m, k)
		}
		sum += v - k*k
	}
	fmt.Println(len(m), sum)

	// Float keys: NaN never equal, +0 == -0.
	f := map[float64]int{}
	f[math.NaN()] = 1
	f[math.NaN()] = 2
	f[0.0] = 3
	f[math.Copysign(0, -1)] = 4
	fmt.Println(len(f), f[0])
	_, found := f[math.NaN()]
	fmt.Println(found)

	// Interface keys of mixed dynamic types.
	any := map[interface{}]string{1: "int", "1": "string", 1.5: "float", true: "bool", Point{1, 1}: "point"}
	fmt.Println(any[1], any["1"], any[Point{1, 1}], len(any))

	// nil map reads are fine.
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	for range nilMap {
		fmt.Println("never")
	}
	delete(nilMap, "x")

	// Large map.
	big := make(map[int]int, 10)
	for i := 0; i < 100000; i++ {
		big[i%50000] += i
	}
	fmt.Println(len(big), big[0], big[49999])
	for i := 0; i < 50000; i += 2 {
		delete(big, i)
	}
	fmt.Println(len(big), big[1], big[2])

	// Printing sorts keys.
	fmt.Println(map[int]bool{3: true, 1: false, 2: true})
	fmt.Printf("%v %v\n", map[string]int{"b": 2, "a": 1}, map[Point]int{{2, 1}: 1, {1, 2}: 2, {1, 1}: 3})
}

// Output:
// 3 26 0
// alice is 31
// no dave
// map[alice:31 bob:26]
// alice 31
// bob 26
// 2 b map[{0 0}:origin {1 2}:b]
// 3 100
// map[x:{widget 100}]
// 11 {gadget 11}
// map[even:[0 2 4 6 8] odd:[1 3 5 7 9]]
// map[a:map[x:2 y:1] b:map[x:1]] 2
// 3 9 map[brown:1 dog:1 end:1 fox:1 jumps:1 lazy:1 over:1 quick:1 the:3]
// 50 0
// 3 4
// false
// int string point 5
// 0 0 true
// 50000 50000 149998
// 25000 50002 0
// map[1:false 2:true 3:true]
// map[a:1 b:2] map[{1 1}:3 {1 2}:2 {2 1}:1]
