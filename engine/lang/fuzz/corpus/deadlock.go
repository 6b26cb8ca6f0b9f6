// deadlock: a send on an unbuffered channel waits for a receiver. There is none, and no
// other goroutine could ever provide one, so the runtime reports a deadlock and the program
// exits with status 2.
package main

import "fmt"

func main() {
	ch := make(chan int)
	ch <- 1
	fmt.Println("never printed")
}
