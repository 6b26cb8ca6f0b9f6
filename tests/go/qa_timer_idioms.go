// Timer idioms from pre-1.23 code that must keep working: stop-and-drain before Reset
// (`if !t.Stop() { <-t.C }`) on a timer that fired unobserved, Reset of a stopped timer, a
// debounce loop resetting one timer per event, and len(t.C) never blocking.
// gort: --faketime
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(10 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	if !t.Stop() {
		<-t.C
	}
	fmt.Println("drained; reset")
	t.Reset(5 * time.Millisecond)
	<-t.C
	fmt.Println("fired after reset")

	t2 := time.NewTimer(time.Hour)
	fmt.Println("stop fresh:", t2.Stop())
	t2.Reset(time.Millisecond)
	<-t2.C
	fmt.Println("fired after stop+reset")

	events := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			events <- i
			time.Sleep(5 * time.Millisecond)
		}
	}()
	debounce := time.NewTimer(time.Hour)
	last := 0
	for {
		select {
		case e := <-events:
			last = e
			if !debounce.Stop() {
				select {
				case <-debounce.C:
				default:
				}
			}
			debounce.Reset(50 * time.Millisecond)
			continue
		case <-debounce.C:
			fmt.Println("debounced, last event", last)
		}
		break
	}
}

// Output:
// drained; reset
// fired after reset
// stop fresh: true
// fired after stop+reset
// debounced, last event 5
