// fmt of time values: Println/%v/%s/%q through String, inside structs, slices, maps and
// pointers; %d of a Time prints its fields as Go's does; Month/Weekday/Duration verbs.
package main

import (
	"fmt"
	"time"
)

type event struct {
	Name string
	At   time.Time
	Dur  time.Duration
	Loc  *time.Location
}

func main() {
	t := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
	e := event{"launch", t, 90 * time.Second, time.FixedZone("CET", 3600)}
	fmt.Println(e, &e.At, []time.Time{t, t.Add(time.Nanosecond)})
	fmt.Printf("%v\n%+v\n%s\n%q\n", e, e, t, t)
	fmt.Println(map[string]time.Time{"a": t})
	fmt.Printf("%d %d %x %v %s\n", t.Month(), t.Weekday(), time.Second, time.May, time.Duration(1))
	fmt.Printf("%d\n", time.Date(2009, time.November, 10, 23, 0, 0, 0, time.FixedZone("X", 0)).Unix())
	fmt.Printf("%10s|%-12v|\n", time.Monday, time.March)
	fmt.Printf("%d\n", t)
	var tp *time.Time
	fmt.Println(tp)
	fmt.Printf("[%v] [%s]\n", tp, e.Loc)
	fmt.Println(fmt.Sprint(t) == t.String(), fmt.Sprintf("%v", t.In(e.Loc)))
}

// Output:
// {launch 2009-11-10 23:00:00 +0000 UTC 1m30s CET} 2009-11-10 23:00:00 +0000 UTC [2009-11-10 23:00:00 +0000 UTC 2009-11-10 23:00:00.000000001 +0000 UTC]
// {launch 2009-11-10 23:00:00 +0000 UTC 1m30s CET}
// {Name:launch At:2009-11-10 23:00:00 +0000 UTC Dur:1m30s Loc:CET}
// 2009-11-10 23:00:00 +0000 UTC
// "2009-11-10 23:00:00 +0000 UTC"
// map[a:2009-11-10 23:00:00 +0000 UTC]
// 11 2 3173 May 1ns
// 1257894000
//     Monday|March       |
// {0 63393490800 0}
// <nil>
// [<nil>] [CET]
// true 2009-11-11 00:00:00 +0100 CET
