// A panic in a goroutine other than main ends the whole program with status 2.
// gort: --faketime
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		panic("worker failed")
	}()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}

// Output:
// Stderr:
// panic: worker failed
// [running]:
// Exit: 2
