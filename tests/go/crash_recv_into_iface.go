// A received value assigned to an existing variable of another type (an interface) is
// converted as in any assignment: in select cases (v = <-c, v, ok = <-c) and in plain
// assignments, for scalar, struct and array elements. Once a SIGSEGV in select.
package main

import "fmt"

type S struct{ a, b int }

func main() {
	var i interface{}
	c := make(chan int, 1)
	c <- 5
	select {
	case i = <-c:
	}
	fmt.Println(i)
	var ok bool
	c <- 6
	select {
	case i, ok = <-c:
	}
	fmt.Println(i, ok)
	c <- 7
	i = <-c
	fmt.Println(i)
	c <- 8
	i, ok = <-c
	fmt.Println(i, ok)
	cs := make(chan S, 1)
	cs <- S{1, 2}
	select {
	case i = <-cs:
	}
	fmt.Println(i)
	ca := make(chan [3]int, 1)
	ca <- [3]int{1, 2, 3}
	select {
	case i, ok = <-ca:
	}
	fmt.Println(i, ok)
	var e error
	ce := make(chan *myErr, 1)
	ce <- &myErr{}
	select {
	case e = <-ce:
	}
	fmt.Println(e)
	close(c)
	select {
	case i, ok = <-c:
	}
	fmt.Println(i, ok)
	var s S
	cs <- S{3, 4}
	select {
	case s = <-cs:
	}
	fmt.Println(s)
	m := map[string]interface{}{}
	c2 := make(chan int, 1)
	c2 <- 9
	select {
	case m["x"] = <-c2:
	}
	fmt.Println(m)
}

type myErr struct{}

func (*myErr) Error() string { return "myErr" }

// Output:
// 5
// 6 true
// 7
// 8 true
// {1 2}
// [1 2 3] true
// myErr
// 0 false
// {3 4}
// map[x:9]
