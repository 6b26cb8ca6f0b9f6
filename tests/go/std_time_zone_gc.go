// Locations a program copies or builds (zero Location, *time.UTC copied) and many FixedZones
// kept alive only by the Times that use them, across runtime.GC().
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	l := *time.UTC
	fmt.Println(l.String(), (&l).String())
	t := time.Date(2020, 1, 1, 0, 0, 0, 0, &l)
	fmt.Println(t, t.Location())
	var z time.Location
	t2 := time.Date(2020, 1, 1, 0, 0, 0, 0, &z)
	fmt.Println(t2, t2.Location(), t2.Location() == &z)
	for i := 0; i < 100000; i++ {
		_ = time.FixedZone(fmt.Sprint("Z", i), i)
	}
	runtime.GC()
	fz := time.FixedZone("Q", 7)
	ts := make([]time.Time, 0)
	for i := 0; i < 1000; i++ {
		ts = append(ts, time.Unix(int64(i), 0).In(time.FixedZone(fmt.Sprint("N", i), i*60)))
	}
	runtime.GC()
	fmt.Println(ts[999], fz, ts[500].Location())
}

// Output:
// UTC UTC
// 2020-01-01 00:00:00 +0000 UTC UTC
// 2020-01-01 00:00:00 +0000 UTC  true
// 1970-01-01 16:55:39 +1639 N999 Q N500
