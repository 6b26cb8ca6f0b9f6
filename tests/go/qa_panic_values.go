// How uncaught panics print values of different types: a chain of panics raised by deferred
// calls (float64, a named string type, a struct that is neither error nor Stringer). Go prints
// each on its own line, indented after the first, then the traceback; exit 2.
package main

import "fmt"

type Point struct{ X, Y int }
type State string

func main() {
	fmt.Println("start")
	defer func() { panic(Point{1, 2}) }()
	defer func() { panic(State("broken")) }()
	panic(3.5)
}

// Output:
// start
// Stderr:
// panic: +3.500000e+000
// 	panic: main.State("broken")
// 	panic: (main.Point) 0x
// goroutine 1 [running]:
// main.main.func1()
// .go:13 +0x
// Exit: 2
