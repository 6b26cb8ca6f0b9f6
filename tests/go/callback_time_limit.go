// An endless loop inside a String method that fmt.Println calls: the run's time limit (and
// likewise Stop in the page or the Node API) still ends the program — Go code that a native
// called stops too when the program ends, instead of keeping its thread busy for ever.
// gort: --time-limit 1s
// go: skip the time limit is gort's; Go would loop for ever
package main

import "fmt"

type Spinner struct{ n *int }

func (s Spinner) String() string {
	for {
		*s.n++
	}
}

func main() {
	n := 0
	fmt.Println("start")
	fmt.Println(Spinner{&n})
	fmt.Println("not reached")
}

// Output:
// start
// Stderr:
// gort: program exceeded the 1s time limit
// Exit: 124
