// time.Ticker and time.Timer: a ticker stopped after a few ticks, a timer stopped before it
// fires, Reset, AfterFunc, and time.Since measuring a sleep (printed coarsely).
// gort: --faketime
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(20 * time.Millisecond)
	done := make(chan bool)
	ticks := 0
	go func() {
		time.Sleep(110 * time.Millisecond)
		done <- true
	}()
loop:
	for {
		select {
		case <-done:
			break loop
		case <-ticker.C:
			ticks++
		}
	}
	ticker.Stop()
	fmt.Println("ticks >= 2:", ticks >= 2, "ticks <= 6:", ticks <= 6)

	timer1 := time.NewTimer(30 * time.Millisecond)
	<-timer1.C
	fmt.Println("timer 1 fired")
	timer2 := time.NewTimer(time.Second)
	go func() {
		<-timer2.C
		fmt.Println("timer 2 fired")
	}()
	stopped := timer2.Stop()
	fmt.Println("timer 2 stopped:", stopped)
	fmt.Println("stop again:", timer2.Stop())

	t3 := time.NewTimer(time.Hour)
	t3.Reset(10 * time.Millisecond)
	<-t3.C
	fmt.Println("timer 3 fired after reset")

	fired := make(chan string)
	time.AfterFunc(15*time.Millisecond, func() { fired <- "afterfunc ran" })
	fmt.Println(<-fired)

	start := time.Now()
	time.Sleep(40 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 40*time.Millisecond, el < 2*time.Second, el.Round(time.Hour))

	tick := time.Tick(5 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tick
	}
	fmt.Println("three ticks")
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), time.Duration(90)*time.Second, 2*time.Hour+3*time.Minute)
}

// Output:
// ticks >= 2: true ticks <= 6: true
// timer 1 fired
// timer 2 stopped: true
// stop again: false
// timer 3 fired after reset
// afterfunc ran
// true true 0s
// three ticks
// 1.5s 1.5 1m30s 2h3m0s
