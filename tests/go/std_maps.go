// go: skip maps is Go 1.21 (expectations from the package documentation)
package main

import (
	"fmt"
	"maps"
	"strings"
)

type Set map[string]bool

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	c := maps.Clone(m)
	c["d"] = 4
	fmt.Println(len(m), len(c), maps.Equal(m, c))
	delete(c, "d")
	fmt.Println(maps.Equal(m, c), maps.Clone(map[int]int(nil)) == nil)
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(c)
	dst := map[string]int{"a": 10, "z": 26}
	maps.Copy(dst, m)
	fmt.Println(dst)
	s := Set{"x": true}
	s2 := maps.Clone(s)
	fmt.Printf("%T %v\n", s2, s2)
	u := map[string]string{"a": "ONE", "b": "TWO"}
	l := map[string]string{"a": "one", "b": "two"}
	fmt.Println(maps.Equal(u, l), maps.EqualFunc(u, l, strings.EqualFold))
	fmt.Println(maps.EqualFunc(map[int]int{1: 1}, map[int]string{1: "1"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))
	fmt.Println(maps.Equal(map[int]int{}, map[int]int(nil)), maps.Equal(map[int]int{1: 0}, map[int]int{2: 0}))
	var nilmap map[string]int
	maps.Copy(dst, nilmap)
	maps.DeleteFunc(nilmap, func(string, int) bool { return true })
	fmt.Println(len(dst))
	defer func() { fmt.Println("panic:", recover()) }()
	maps.Copy(nilmap, m)
}

// Output:
// 3 4 false
// true true
// map[b:2]
// map[a:1 b:2 c:3 z:26]
// main.Set map[x:true]
// false true
// true
// true false
// 4
// panic: assignment to entry in nil map
