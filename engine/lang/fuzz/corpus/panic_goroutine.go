// panic_goroutine: a panic that no deferred recover catches ends the whole program — even
// when it happens in a goroutine other than main — printing the panic value and the
// goroutine's stack, with exit status 2.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		var s []int
		fmt.Println("about to index an empty slice")
		fmt.Println(s[3])
	}()
	time.Sleep(time.Second)
	fmt.Println("never printed")
}
