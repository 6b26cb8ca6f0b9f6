// Assigning to an entry of a nil map panics with Go's (non-"runtime error") message; exit 2.
package main

import "fmt"

func main() {
	counts := map[string]int{}
	counts["ok"]++
	fmt.Println(counts)
	var m map[string][]int
	fmt.Println(len(m["x"]))
	m["x"] = append(m["x"], 1)
	fmt.Println("unreachable")
}

// Output:
// map[ok:1]
// 0
// Stderr:
// panic: assignment to entry in nil map
// goroutine 1 [running]:
// Exit: 2
