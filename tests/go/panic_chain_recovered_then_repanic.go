// A deferred call that recovers a panic and panics again: the uncaught second panic is
// printed with the first one before it, marked [recovered] (Go's printpanics).
package main

import "fmt"

func main() {
	defer func() {
		v := recover()
		fmt.Println("got:", v)
		panic(fmt.Sprint("second after ", v))
	}()
	panic("first")
}

// Output:
// got: first
//
// Stderr:
// panic: first [recovered]
// 	panic: second after first
// goroutine 1 [running]:
//
// Exit: 2
