package main

import "fmt"

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }

func main() {
	var s Stack
	s.Push(1)
	Stack{}.Push(2)
	m := map[string]Stack{}
	m["a"].Push(3)
	var i interface{} = s
	i.Push(4)
	ch := make(chan int)
	for k, v := range ch {
		fmt.Println(k, v)
	}
	var arr [3]int
	for i, v, w := range arr {
	}
	x := [...]int{1, 2, 3}
	x = append(x, 4)
	fmt.Printf("%d %s\n", 1)
	fmt.Println(s)
	const c = 10
	c = 20
	fmt.Println(&c)
}
