// Go deliberately randomizes map iteration order and select's choice among ready cases;
// programs (and tests) rely on it not being fixed. Checks: map range order varies across
// iterations, and a select over two always-ready channels picks each side often.
package main

import "fmt"

func main() {
	m := map[int]bool{}
	for i := 0; i < 8; i++ {
		m[i] = true
	}
	first := func() int {
		for k := range m {
			return k
		}
		return -1
	}
	seen := map[int]bool{}
	for i := 0; i < 200; i++ {
		seen[first()] = true
	}
	fmt.Println("distinct first keys > 1:", len(seen) > 1)

	orders := map[string]bool{}
	for i := 0; i < 50; i++ {
		s := ""
		for k := range m {
			s += fmt.Sprint(k)
		}
		orders[s] = true
	}
	fmt.Println("distinct orders > 1:", len(orders) > 1)

	a, b := make(chan int, 1), make(chan int, 1)
	na, nb := 0, 0
	for i := 0; i < 1000; i++ {
		a <- 1
		b <- 1
		select {
		case <-a:
			na++
			<-b
		case <-b:
			nb++
			<-a
		}
	}
	fmt.Println("select fair:", na > 300, nb > 300, na+nb)
}

// Output:
// distinct first keys > 1: true
// distinct orders > 1: true
// select fair: true true 1000
