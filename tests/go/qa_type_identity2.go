// Type identity details: variadic vs slice parameters, result lists, and struct tags (part of
// a struct type's identity and of its %T text).
package main

import "fmt"

func kind(x interface{}) string {
	switch x.(type) {
	case func(...int):
		return "variadic"
	case func([]int):
		return "slice"
	case func(int) (int, error):
		return "two results"
	case func(int) int:
		return "one result"
	case struct {
		A int `json:"a"`
	}:
		return "tagged"
	case struct{ A int }:
		return "untagged"
	case map[string][]int:
		return "map of slices"
	case map[string][2]int:
		return "map of arrays"
	}
	return "?"
}

func main() {
	fmt.Println(kind(func(...int) {}), kind(func([]int) {}), kind(func(int) (int, error) { return 0, nil }), kind(func(int) int { return 0 }))
	fmt.Println(kind(struct {
		A int `json:"a"`
	}{}), kind(struct{ A int }{}), kind(map[string][]int{}), kind(map[string][2]int{}))
	fmt.Printf("%T | %T\n", func(...int) {}, struct {
		A int `json:"a"`
	}{})
}

// Output:
// variadic slice two results one result
// tagged untagged map of slices map of arrays
// func(...int) | struct { A int "json:\"a\"" }
