// time.Now under fake time prints exactly what the Go playground prints: its clock starts at
// 2009-11-10 23:00:00 UTC and the monotonic reading at 1ns ("m=+0.000000001").
// gort: --faketime
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	fmt.Println(start)
	time.Sleep(1500 * time.Millisecond)
	now := time.Now()
	fmt.Println(now, now.Sub(start))
	fmt.Println(now.Round(0), now.Format(time.UnixDate), now.Format(time.RFC3339Nano))
	fmt.Printf("%v|%s|%d\n", now.Add(-2*time.Second), now.Local(), now.Unix())
	d := time.Now().Add(100 * time.Hour)
	fmt.Println(d, time.Until(d))
	t := <-time.After(time.Second)
	fmt.Println(t)
	fmt.Println(time.Now().AddDate(0, 1, 0))
}

// Output:
// 2009-11-10 23:00:00 +0000 UTC m=+0.000000001
// 2009-11-10 23:00:01.5 +0000 UTC m=+1.500000001 1.5s
// 2009-11-10 23:00:01.5 +0000 UTC Tue Nov 10 23:00:01 UTC 2009 2009-11-10T23:00:01.5Z
// 2009-11-10 22:59:59.5 +0000 UTC m=-0.499999999|2009-11-10 23:00:01.5 +0000 UTC|1257894001
// 2009-11-15 03:00:01.5 +0000 UTC m=+360001.500000001 100h0m0s
// 2009-11-10 23:00:02.5 +0000 UTC m=+2.500000001
// 2009-12-10 23:00:02.5 +0000 UTC
