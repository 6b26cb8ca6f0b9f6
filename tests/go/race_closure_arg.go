// gort: --race --go 1.21 --gomaxprocs 2
// Fix 2: pass the value as an argument, evaluated at the go statement. Under --race: no report.
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
	time.Sleep(100 * time.Millisecond)
}

// Unordered output:
// a
// b
// c
