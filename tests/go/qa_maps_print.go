// Maps: literals, insertion, deletion, comma-ok, len, counting words, map of slices,
// map of structs, nested maps, and fmt printing maps (keys are sorted by fmt).
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Emp struct {
	Name string
	Age  int
}

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	m["d"] = 4
	delete(m, "b")
	delete(m, "zzz")
	v, ok := m["b"]
	fmt.Println(m, len(m), v, ok)
	fmt.Println(m["c"], m["missing"])

	text := "the quick brown fox jumps over the lazy dog the end"
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", counts[k], " ")
	}
	fmt.Println()
	fmt.Println(counts)

	groups := map[int][]string{}
	for _, w := range strings.Fields(text) {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(groups)

	emps := map[string]Emp{"x": {"Ann", 30}, "y": {"Bob", 25}}
	e := emps["x"]
	e.Age++
	emps["x"] = e
	fmt.Printf("%v\n%+v\n", emps, emps)

	ptrs := map[string]*Emp{"z": {"Cy", 40}}
	ptrs["z"].Age += 2
	fmt.Println(ptrs["z"].Age, *ptrs["z"])

	nested := map[string]map[string]bool{}
	for _, pair := range [][2]string{{"a", "x"}, {"a", "y"}, {"b", "x"}} {
		if nested[pair[0]] == nil {
			nested[pair[0]] = map[string]bool{}
		}
		nested[pair[0]][pair[1]] = true
	}
	fmt.Println(nested, len(nested["a"]))

	im := map[int]string{10: "ten", -1: "neg", 3: "three"}
	fmt.Println(im)
	fm := map[float64]int{2.5: 1, -0.5: 2}
	fmt.Println(fm)
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
	type key struct{ a, b int }
	km := map[key]string{{1, 2}: "one-two", {0, 9}: "zero-nine"}
	fmt.Println(km[key{1, 2}], len(km))
	var nilmap map[string]int
	fmt.Println(nilmap == nil, len(nilmap), nilmap["x"], nilmap)
	clear := map[string]int{"q": 1}
	for k := range clear {
		delete(clear, k)
	}
	fmt.Println(clear, len(clear))
	fmt.Printf("%v %d\n", map[string]interface{}{"n": 1, "s": "str", "f": 1.5, "l": []int{1}}, map[string]int{"k": 7})
}

// Output:
// map[a:1 c:3 d:4] 3 0 false
// 3 0
// brown=1 dog=1 end=1 fox=1 jumps=1 lazy=1 over=1 quick=1 the=3 
// map[brown:1 dog:1 end:1 fox:1 jumps:1 lazy:1 over:1 quick:1 the:3]
// map[3:[the fox the dog the end] 4:[over lazy] 5:[quick brown jumps]]
// map[x:{Ann 31} y:{Bob 25}]
// map[x:{Name:Ann Age:31} y:{Name:Bob Age:25}]
// 42 {Cy 42}
// map[a:map[x:true y:true] b:map[x:true]] 2
// map[-1:neg 3:three 10:ten]
// map[-0.5:2 2.5:1]
// map[false:0 true:1]
// one-two 2
// true 0 0 map[]
// map[] 0
// map[f:1.5 l:[1] n:1 s:str] map[%!d(string=k):7]
