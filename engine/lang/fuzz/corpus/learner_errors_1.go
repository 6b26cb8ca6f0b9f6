package main

import (
	"fmt"
	str "strings"
)

type T struct{ a []int }

func (s string) Foo() {}

func (t T) M()  {}
func (t *T) M() {}

func f() int {
	for {
		break
	}
}

func main() {
	s := "abc"
	s[0] = 'x'
	a, b := []int{1}, []int{2}
	fmt.Println(a == b)
	fmt.Println(T{} == T{})
	n := 5
	fmt.Println(len(n))
	fmt.Println("a" + 1)
	v := n.(int)
	m := make(map[string]int, 1, 2)
	p := new(5)
	init()
	var e error
	fmt.Println(v, m, p, e.Error)
}
