// time's timer/ticker misuse panics as Go 1.19's: non-positive intervals, uninitialized
// Timer/Ticker values, nil receivers; the NewTicker panic value is an error.
package main

import (
	"fmt"
	"time"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %T %v\n", name, r, r)
	}()
	f()
}

func main() {
	try("NewTicker(0)", func() { time.NewTicker(0) })
	try("Ticker.Reset(-1)", func() { tk := time.NewTicker(time.Hour); defer tk.Stop(); tk.Reset(-1) })
	try("zero Ticker.Reset", func() { var tk time.Ticker; tk.Reset(time.Second) })
	try("zero Ticker.Stop", func() { var tk time.Ticker; tk.Stop() })
	try("zero Timer.Stop", func() { var tm time.Timer; tm.Stop() })
	try("zero Timer.Reset", func() { var tm time.Timer; tm.Reset(time.Second) })
	try("nil Ticker.Stop", func() { var tk *time.Ticker; tk.Stop() })
	try("nil Timer.Reset", func() { var tm *time.Timer; tm.Reset(1) })
	try("Tick(0)", func() { fmt.Println(time.Tick(0) == nil) })
	try("Date(nil)", func() { time.Date(2000, 1, 1, 0, 0, 0, 0, nil) })
	try("In(nil)", func() { time.Now().In(nil) })
	try("nil Location.String", func() { var l *time.Location; fmt.Println(l.String()) })
	tm := time.NewTimer(time.Hour)
	fmt.Println(tm.Stop(), tm.Reset(time.Millisecond), tm.Stop(), tm.Reset(time.Millisecond))
	<-tm.C
	fmt.Println(tm.Stop(), tm.Reset(time.Hour), tm.Stop())
}

// Output:
// NewTicker(0): *errors.errorString non-positive interval for NewTicker
// Ticker.Reset(-1): string non-positive interval for Ticker.Reset
// zero Ticker.Reset: string time: Reset called on uninitialized Ticker
// zero Ticker.Stop: <nil> <nil>
// zero Timer.Stop: string time: Stop called on uninitialized Timer
// zero Timer.Reset: string time: Reset called on uninitialized Timer
// nil Ticker.Stop: runtime.errorString runtime error: invalid memory address or nil pointer dereference
// nil Timer.Reset: runtime.errorString runtime error: invalid memory address or nil pointer dereference
// true
// Tick(0): <nil> <nil>
// Date(nil): string time: missing Location in call to Date
// In(nil): string time: missing Location in call to Time.In
// UTC
// nil Location.String: <nil> <nil>
// true false true false
// false false true
