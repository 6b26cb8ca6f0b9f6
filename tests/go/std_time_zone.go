// time.Location: UTC, Local, FixedZone, LoadLocation, In/UTC/Local/Location/Zone, %v and %#v.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
	fmt.Println(time.UTC, time.Local, t.Location(), t.Location() == time.UTC)
	name, off := t.Zone()
	fmt.Println(name, off)
	ist := time.FixedZone("IST", 5*3600+1800)
	pst := time.FixedZone("PST", -8*3600)
	anon := time.FixedZone("", 3600)
	for _, l := range []*time.Location{ist, pst, anon, time.UTC, time.Local} {
		u := t.In(l)
		n, o := u.Zone()
		fmt.Println(l, u, "|", n, o, u.Location() == l, u.Equal(t), u == t, u.Hour(), u.Day(), u.Weekday())
		fmt.Println("  ", u.Format(time.RFC3339), u.Format(time.RFC1123), u.Format(time.RFC822Z), u.UTC())
		fmt.Printf("   %v | %s | %#v\n", u, u, u)
	}
	l := t.Local()
	fmt.Println(l, l.Location(), l == t, l.UTC() == t, t.In(time.UTC) == t)
	loc, err := time.LoadLocation("UTC")
	fmt.Println(loc, err, loc == time.UTC)
	loc, err = time.LoadLocation("")
	fmt.Println(loc, err, loc == time.UTC)
	loc, err = time.LoadLocation("Local")
	fmt.Println(loc, err, loc == time.Local)
	loc, err = time.LoadLocation("Mars/Olympus_Mons")
	fmt.Println(loc == nil, err)
	loc, err = time.LoadLocation("../etc/passwd")
	fmt.Println(loc == nil, err)
	d := time.Date(2023, 3, 15, 1, 30, 0, 0, pst)
	fmt.Println(d, d.Unix(), d.UTC(), d.YearDay(), d.In(ist).Format("Mon Jan 2 15:04 MST"))
	e := time.Date(2023, 3, 15, 1, 30, 0, 0, time.Local)
	fmt.Println(e, e.Location(), e.Unix())
	u := time.Unix(1e9, 0)
	fmt.Println(u, u.Location(), u.UTC().Location())
	var z time.Time
	fmt.Println(z, z.Location(), z.IsZero(), z == time.Time{}, z.Unix())
	fmt.Printf("%#v\n", z)
	fmt.Printf("%#v\n", time.Date(2020, 1, 2, 3, 4, 5, 6, anon))
	defer func() { fmt.Println("recovered:", recover()) }()
	t.In(nil)
}

// Output:
// UTC Local UTC true
// UTC 0
// IST 2009-11-11 04:30:00 +0530 IST | IST 19800 true true false 4 11 Wednesday
//    2009-11-11T04:30:00+05:30 Wed, 11 Nov 2009 04:30:00 IST 11 Nov 09 04:30 +0530 2009-11-10 23:00:00 +0000 UTC
//    2009-11-11 04:30:00 +0530 IST | 2009-11-11 04:30:00 +0530 IST | time.Date(2009, time.November, 11, 4, 30, 0, 0, time.Location("IST"))
// PST 2009-11-10 15:00:00 -0800 PST | PST -28800 true true false 15 10 Tuesday
//    2009-11-10T15:00:00-08:00 Tue, 10 Nov 2009 15:00:00 PST 10 Nov 09 15:00 -0800 2009-11-10 23:00:00 +0000 UTC
//    2009-11-10 15:00:00 -0800 PST | 2009-11-10 15:00:00 -0800 PST | time.Date(2009, time.November, 10, 15, 0, 0, 0, time.Location("PST"))
//  2009-11-11 00:00:00 +0100 +0100 |  3600 true true false 0 11 Wednesday
//    2009-11-11T00:00:00+01:00 Wed, 11 Nov 2009 00:00:00 +0100 11 Nov 09 00:00 +0100 2009-11-10 23:00:00 +0000 UTC
//    2009-11-11 00:00:00 +0100 +0100 | 2009-11-11 00:00:00 +0100 +0100 | time.Date(2009, time.November, 11, 0, 0, 0, 0, time.Location(""))
// UTC 2009-11-10 23:00:00 +0000 UTC | UTC 0 true true true 23 10 Tuesday
//    2009-11-10T23:00:00Z Tue, 10 Nov 2009 23:00:00 UTC 10 Nov 09 23:00 +0000 2009-11-10 23:00:00 +0000 UTC
//    2009-11-10 23:00:00 +0000 UTC | 2009-11-10 23:00:00 +0000 UTC | time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
// Local 2009-11-10 23:00:00 +0000 UTC | UTC 0 true true false 23 10 Tuesday
//    2009-11-10T23:00:00Z Tue, 10 Nov 2009 23:00:00 UTC 10 Nov 09 23:00 +0000 2009-11-10 23:00:00 +0000 UTC
//    2009-11-10 23:00:00 +0000 UTC | 2009-11-10 23:00:00 +0000 UTC | time.Date(2009, time.November, 10, 23, 0, 0, 0, time.Local)
// 2009-11-10 23:00:00 +0000 UTC Local false true true
// UTC <nil> true
// UTC <nil> true
// Local <nil> true
// true unknown time zone Mars/Olympus_Mons
// true time: invalid location name
// 2023-03-15 01:30:00 -0800 PST 1678872600 2023-03-15 09:30:00 +0000 UTC 74 Wed Mar 15 15:00 IST
// 2023-03-15 01:30:00 +0000 UTC Local 1678843800
// 2001-09-09 01:46:40 +0000 UTC Local UTC
// 0001-01-01 00:00:00 +0000 UTC UTC true true -62135596800
// time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC)
// time.Date(2020, time.January, 2, 3, 4, 5, 6, time.Location(""))
// recovered: time: missing Location in call to Time.In
