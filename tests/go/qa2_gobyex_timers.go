// Go by Example "Timers" and "Tickers" as written there, printing elapsed time rounded instead
// of wall-clock dates: a timer that fires, a timer stopped before it fires, a ticker stopped
// after 1600ms (three ticks), time.AfterFunc and Timer.Reset.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	since := func() time.Duration { return time.Since(start).Round(100 * time.Millisecond) }

	timer1 := time.NewTimer(2 * time.Second)
	<-timer1.C
	fmt.Println("Timer 1 fired", since())

	timer2 := time.NewTimer(time.Second)
	go func() {
		<-timer2.C
		fmt.Println("Timer 2 fired")
	}()
	stop2 := timer2.Stop()
	if stop2 {
		fmt.Println("Timer 2 stopped")
	}
	time.Sleep(2 * time.Second)
	fmt.Println("stop again:", timer2.Stop())

	start = time.Now()
	ticker := time.NewTicker(500 * time.Millisecond)
	done := make(chan bool)
	ticks := make(chan time.Duration, 10)
	go func() {
		for {
			select {
			case <-done:
				return
			case <-ticker.C:
				ticks <- since()
			}
		}
	}()
	time.Sleep(1600 * time.Millisecond)
	ticker.Stop()
	done <- true
	fmt.Println("Ticker stopped")
	close(ticks)
	for t := range ticks {
		fmt.Println("Tick at", t)
	}

	start = time.Now()
	fired := make(chan time.Duration)
	t := time.AfterFunc(300*time.Millisecond, func() { fired <- since() })
	fmt.Println("AfterFunc fired at", <-fired)
	fmt.Println("reset of a fired timer:", t.Reset(200*time.Millisecond))
	fmt.Println("AfterFunc fired again at", <-fired)

	start = time.Now()
	t3 := time.NewTimer(time.Hour)
	fmt.Println("reset of an active timer:", t3.Reset(100*time.Millisecond))
	<-t3.C
	fmt.Println("Timer 3 fired", since())
	select {
	case <-time.After(50 * time.Millisecond):
		fmt.Println("time.After", since())
	}
}

// Output:
// Timer 1 fired 2s
// Timer 2 stopped
// stop again: false
// Ticker stopped
// Tick at 500ms
// Tick at 1s
// Tick at 1.5s
// AfterFunc fired at 300ms
// reset of a fired timer: false
// AfterFunc fired again at 500ms
// reset of an active timer: true
// Timer 3 fired 100ms
// time.After 200ms
// gort: --faketime
