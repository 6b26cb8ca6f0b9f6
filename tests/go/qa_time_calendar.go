// Deterministic time arithmetic as in the playground's examples: time.Date in UTC, calendar
// fields, Format layouts, Add/Sub/AddDate, ParseDuration, Unix, Truncate.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.Hour(), t.YearDay())
	fmt.Println(t.Format("2006-01-02 15:04:05 Mon Jan"), t.Format(time.RFC3339), t.Format(time.Kitchen))
	u := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(u, u.Sub(t), u.After(t), t.AddDate(0, 1, 25).Format("Jan 2, 2006"))
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Minutes())
	fmt.Println(t.Unix(), time.Unix(0, 0).UTC(), t.Truncate(24*time.Hour))
}

// Output:
// 2009-11-10 23:00:00 +0000 UTC
// 2009 November 10 Tuesday 23 314
// 2009-11-10 23:00:00 Tue Nov 2009-11-10T23:00:00Z 11:00PM
// 2009-11-12 11:30:00 +0000 UTC 36h30m0s true Jan 4, 2010
// 1h15m30.5s <nil> 75.50833333333334
// 1257894000 1970-01-01 00:00:00 +0000 UTC 2009-11-10 00:00:00 +0000 UTC
