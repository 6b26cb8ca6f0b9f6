// time APIs newer than Go 1.19 (the oracle): the DateTime/DateOnly/TimeOnly layouts and
// Time.Compare of Go 1.20, with expectations from the package documentation.
// go: skip newer API (Go 1.20: DateTime, DateOnly, TimeOnly, Time.Compare)
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 4, 5, 6, 7, 8, time.UTC)
	fmt.Println(t.Format(time.DateTime), "|", t.Format(time.DateOnly), "|", t.Format(time.TimeOnly))
	p, err := time.Parse(time.DateTime, "2024-02-29 23:59:58")
	fmt.Println(p, err)
	p, err = time.Parse(time.DateOnly, "2024-02-30")
	fmt.Println(p, err)
	p, err = time.Parse(time.TimeOnly, "07:08:09")
	fmt.Println(p, err)
	u := t.Add(time.Nanosecond)
	fmt.Println(t.Compare(u), u.Compare(t), t.Compare(t), t.Compare(t.In(time.FixedZone("X", 7200))))
	now := time.Now()
	fmt.Println(now.Compare(now.Add(-time.Second)), now.Compare(now.Round(0)))
}

// Output:
// 2023-03-04 05:06:07 | 2023-03-04 | 05:06:07
// 2024-02-29 23:59:58 +0000 UTC <nil>
// 0001-01-01 00:00:00 +0000 UTC parsing time "2024-02-30": day out of range
// 0000-01-01 07:08:09 +0000 UTC <nil>
// -1 1 0 0
// 1 0
