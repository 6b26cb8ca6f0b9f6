// Type errors beginners hit: pointer method on a map element, an unused label, too many
// return values, string + int, mismatched int and int64, assigning to a string byte, too many
// arguments (with have/want lines), and an unused variable inside a closure.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func one() int {
	return 1, 2
}

func add(a int) int { return a }

func main() {
	m := map[string]Counter{}
	m["a"].Inc()
unused:
	for i := 0; i < 1; i++ {
	}
	s := "abc"
	s[0] = 'x'
	var a int = 1
	var b int64 = 2
	fmt.Println(a + b)
	fmt.Println("n=" + 1)
	fmt.Println(add(1, 2))
	f := func() {
		tmp := 3
	}
	f()
	fmt.Println(one())
}

// Output:
// Stderr:
// qa_compile_beginner.go:13:12: too many return values
// 	have (number, number)
// 	want (int)
// qa_compile_beginner.go:20:9: cannot call pointer method Inc on Counter
// qa_compile_beginner.go:21:1: label unused defined and not used
// qa_compile_beginner.go:25:2: cannot assign to s[0] (
// qa_compile_beginner.go:28:14: invalid operation: a + b (mismatched types int and int64)
// qa_compile_beginner.go:29:14: invalid operation: "n=" + 1 (mismatched types untyped string and untyped int)
// qa_compile_beginner.go:30:21: too many arguments in call to add
// 	have (number, number)
// 	want (int)
// qa_compile_beginner.go:32:3: declared and not used: tmp
// Exit: 1
// go: skip go build fails by design; expectations use current Go's wording (gort's default language version), positions checked against go1.19 build
