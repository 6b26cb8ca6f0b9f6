// closure_arg: the second fix, and the cleanest. The value is passed as an argument:
// arguments of a `go` call are evaluated in the calling goroutine, at the go statement,
// so each goroutine receives that iteration's value. Prints a, b and c in some order.
package main

import (
	"fmt"
	"time"
)

func main() {
	s := []string{"a", "b", "c"}
	for _, v := range s {
		go func(val string) {
			fmt.Println(val)
		}(v)
	}
	time.Sleep(1 * time.Second)
}
