// An endless loop inside a String method that fmt.Println calls, in the single-threaded build
// (the page's engine when it is not cross-origin isolated): with no sysmon, the time limit is
// checked between slices of polls — also while Go code that a native called loops, which
// cannot go back to the scheduler (it ignored --time-limit before).
// gort: --time-limit 1s --single-thread
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
