// Deadlock wait reasons Go prints: a goroutine blocked sending on a nil channel, another in a
// select with no ready case, and main receiving from a nil channel. Exit 2; each goroutine's
// state and frame appear in the dump.
package main

import (
	"fmt"
	"time"
)

func sender() {
	var c chan int
	c <- 1
}

func selector(a, b chan string) {
	select {
	case s := <-a:
		fmt.Println(s)
	case b <- "x":
	}
}

func main() {
	go sender()
	go selector(make(chan string), make(chan string))
	time.Sleep(10 * time.Millisecond)
	var c chan bool
	fmt.Println("waiting forever")
	<-c
}

// Output:
// waiting forever
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
// goroutine 1 [chan receive (nil chan)]:
// main.main()
// .go:30 +0x
//  [chan send (nil chan)]:
// main.sender()
// .go:13 +0x
// created by main.main
// .go:25 +0x
//  [select]:
// main.selector(
// .go:17 +0x
// created by main.main
// .go:26 +0x
// Exit: 2
