// time.Date (normalization), calendar fields, Month/Weekday names, AddDate, Truncate, Format layouts, ParseDuration and its errors.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 15, 14, 30, 45, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	fmt.Println(t.Format("Monday, 02-Jan-06 15:04:05.000 MST"), t.Format(time.Kitchen), t.Format("2006-01-02T15:04:05.999999999Z07:00"))
	fmt.Println(time.Date(2023, 13, 32, 25, 61, 61, 0, time.UTC))
	fmt.Println(t.AddDate(0, 1, 20), t.AddDate(-1, -3, 0).Format("2006-01-02"))
	fmt.Println(t.Truncate(time.Hour), t.Truncate(24*time.Hour))
	fmt.Println(time.January, time.December, time.Month(13), time.Saturday, time.Weekday(9))
	fmt.Printf("%v %d %s\n", time.May, time.May, time.Sunday)
	for _, s := range []string{"1h30m", "1.5s", "-2m3.5s", "300ms", "1µs", "2h45m30.5s", "0", "", "1", "1x", ".s", "+5ns"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	u := time.Date(1999, 12, 31, 23, 59, 59, 0, time.UTC)
	fmt.Println(u.Unix(), u.Add(time.Second), u.Sub(t).Hours() < 0, time.UTC, u.UTC().Equal(u))
	fmt.Println(time.Date(1969, 7, 20, 20, 17, 0, 0, time.UTC).Unix())
}

// Output:
// 2023-03-15 14:30:45.123456789 +0000 UTC
// 2023 March 15 14 30 45 123456789 Wednesday 74
// Wednesday, 15-Mar-23 14:30:45.123 UTC 2:30PM 2023-03-15T14:30:45.123456789Z
// 2024-02-02 02:02:01 +0000 UTC
// 2023-05-05 14:30:45.123456789 +0000 UTC 2021-12-15
// 2023-03-15 14:00:00 +0000 UTC 2023-03-15 00:00:00 +0000 UTC
// January December %!Month(13) Saturday %!Weekday(9)
// May 5 Sunday
// 1h30m0s <nil>
// 1.5s <nil>
// -2m3.5s <nil>
// 300ms <nil>
// 1µs <nil>
// 2h45m30.5s <nil>
// 0s <nil>
// 0s time: invalid duration ""
// 0s time: missing unit in duration "1"
// 0s time: unknown unit "x" in duration "1x"
// 0s time: invalid duration ".s"
// 5ns <nil>
// 946684799 2000-01-01 00:00:00 +0000 UTC true UTC true
// -14182980
