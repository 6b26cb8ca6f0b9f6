// select {} in main with no other goroutines able to run: Go reports the deadlock with the
// wait reason "select (no cases)", exit 2.
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		ch <- 1
	}()
	fmt.Println(<-ch)
	select {}
}

// Output:
// 1
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
// goroutine 1 [select (no cases)]:
// main.main()
// .go:13 +0x
// Exit: 2
