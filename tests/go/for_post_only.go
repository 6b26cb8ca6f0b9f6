// A for clause with only a post statement (`for ; ; i++`, `for ; ; f()`) runs the post
// statement after each iteration and loops until break (it used to be a syntax error, or the
// call taken as the condition).
package main

import "fmt"

var calls int

func tick() { calls++ }

func main() {
	i := 0
	for ; ; i++ {
		if i == 3 {
			break
		}
	}
	fmt.Println(i)
	for ; ; tick() {
		if calls == 2 {
			break
		}
	}
	fmt.Println(calls)
	n := 0
	for ; ; n += 5 {
		if n > 12 {
			break
		}
	}
	fmt.Println(n)
}

// Output:
// 3
// 2
// 15
