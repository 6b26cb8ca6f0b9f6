// os.Exit from a goroutine ends the whole program at once with that code, even while main is
// blocked, and no deferred call runs anywhere.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("main defer: not printed")
	done := make(chan bool)
	go func() {
		defer fmt.Println("goroutine defer: not printed")
		fmt.Println("worker exiting the program")
		os.Exit(7)
	}()
	<-done
}

// Output:
// worker exiting the program
// Exit: 7
