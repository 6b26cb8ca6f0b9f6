// Programs whose goroutines are all blocked while a timer is pending are not deadlocked: the
// timer (AfterFunc, time.After in a select, a Ticker) wakes them. With --faketime gort must
// advance the clock to the timer instead of reporting a deadlock; then a real deadlock after
// the last timer must still be reported.
// gort: --faketime --gomaxprocs 1
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ch := make(chan string)
	time.AfterFunc(2*time.Second, func() { ch <- "afterfunc" })
	fmt.Println(<-ch)
	select {
	case <-make(chan int):
	case <-time.After(3 * time.Second):
		fmt.Println("after 3s")
	}
	t := time.NewTicker(500 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-t.C
	}
	t.Stop()
	el := time.Since(start)
	fmt.Println("elapsed >= 6.5s:", el >= 6500*time.Millisecond, "< 60s:", el < 60*time.Second)
	block := make(chan int)
	<-block
}

// Output:
// afterfunc
// after 3s
// elapsed >= 6.5s: true < 60s: true
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
// goroutine 1 [chan receive]:
// main.main()
// .go:31 +0x
// Exit: 2
