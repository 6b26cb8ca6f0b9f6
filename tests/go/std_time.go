// time: Duration methods, timers, tickers, AfterFunc, After, Tick, Unix/Format/Add/Sub.
// gort: --faketime
// Fake time for gort: "ticks >= 2 within 20 ms" is what Go usually prints, not what it promises
// (a loaded machine can deliver the ticker late), so gort checks it on the exact clock.
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds(), d.Minutes(), d.Hours())
	fmt.Println(time.Duration(3723)*time.Second, (90 * time.Minute).Hours(), time.Duration(1234567).Round(time.Millisecond), time.Duration(1234567).Truncate(time.Millisecond))
	fmt.Println(time.Duration(-1500)*time.Microsecond, time.Duration(0), time.Duration(1), 2*time.Hour+3*time.Minute)
	start := time.Now()
	timer := time.NewTimer(20 * time.Millisecond)
	ticker := time.NewTicker(5 * time.Millisecond)
	ticks := 0
loop:
	for {
		select {
		case <-ticker.C:
			ticks++
		case <-timer.C:
			break loop
		}
	}
	ticker.Stop()
	fmt.Println(ticks >= 2, time.Since(start) >= 20*time.Millisecond)
	done := make(chan bool)
	time.AfterFunc(10*time.Millisecond, func() { done <- true })
	fmt.Println(<-done)
	t2 := time.NewTimer(time.Hour)
	fmt.Println(t2.Stop(), t2.Stop())
	select {
	case <-time.After(5 * time.Millisecond):
		fmt.Println("after")
	}
	u := time.Unix(1257894000, 0)
	fmt.Println(u.Unix(), u.UnixNano(), u.UnixMilli(), u.Format("2006-01-02 15:04:05"), u.Format(time.RFC3339), u.Format(time.Kitchen))
	fmt.Println(u.Format("Mon Jan _2 15:04:05 2006"), u.Format("January 2, 2006 3:04 PM"), u)
	v := u.Add(90 * time.Minute)
	fmt.Println(v.Sub(u), v.After(u), v.Before(u), v.Equal(u.Add(5400*time.Second)))
	var zero time.Time
	fmt.Println(zero.IsZero(), zero)
	tk := time.Tick(time.Millisecond)
	<-tk
	<-tk
	fmt.Println("tick")
}

// Output:
// 1.5s 1.5 1500 1500000 1500000000 0.025 0.0004166666666666667
// 1h2m3s 1.5 1ms 1ms
// -1.5ms 0s 1ns 2h3m0s
// true true
// true
// true false
// after
// 1257894000 1257894000000000000 1257894000000 2009-11-10 23:00:00 2009-11-10T23:00:00Z 11:00PM
// Tue Nov 10 23:00:00 2009 November 10, 2009 11:00 PM 2009-11-10 23:00:00 +0000 UTC
// 1h30m0s true false true
// true 0001-01-01 00:00:00 +0000 UTC
// tick
