// new(expr) (Go 1.26): a pointer to a new variable initialized to the expression's value —
// an untyped constant takes its default type; a struct value is copied; new(T) still works.
// go: skip new(expr) is newer than Go 1.19
package main

import "fmt"

type point struct{ x, y int }

func double(n int) int { return 2 * n }

func main() {
	p := new(42)
	*p++
	fmt.Printf("%T %d\n", p, *p)
	s := new("hi")
	f := new(1.5)
	fmt.Printf("%T %q %T %v\n", s, *s, f, *f)
	v := point{1, 2}
	q := new(v)
	q.x = 10
	fmt.Println(v, *q)
	r := new(double(21))
	fmt.Println(*r)
	var n int64 = 5
	m := new(n)
	fmt.Printf("%T %d\n", m, *m)
	z := new(int)
	fmt.Println(*z)
	arr := new([2]string)
	arr[1] = "b"
	fmt.Println(len(arr), arr[1])
}

// Output:
// *int 43
// *string "hi" *float64 1.5
// {1 2} {10 2}
// 42
// *int64 5
// 0
// 2 b
