// gort: --faketime --gomaxprocs 1
// say, under fake time: goroutines wake in timer order, so the interleaving is fixed.
package main

import (
	"fmt"
	"time"
)

func say(s string, d time.Duration) {
	for i := 0; i < 3; i++ {
		time.Sleep(d)
		fmt.Println(s, i)
	}
}

func main() {
	go say("world", 100*time.Millisecond)
	say("hello", 130*time.Millisecond)
}

// Output:
// world 0
// hello 0
// world 1
// hello 1
// world 2
// hello 2
