// time.Time arithmetic and calendar: Add/Sub (and their overflow), AddDate, Truncate/Round,
// Date/Clock/ISOWeek/YearDay, Unix*, Marshal/Unmarshal, Duration methods, ParseDuration.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	t := time.Date(2020, time.February, 29, 13, 45, 30, 987654321, time.UTC)
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	iy, iw := t.ISOWeek()
	fmt.Println(y, m, d, h, mi, s, iy, iw, t.YearDay(), t.Weekday())
	fmt.Println(t.AddDate(1, 0, 0), t.AddDate(0, 1, 0), t.AddDate(0, 0, -60), t.AddDate(-2020, 0, 0))
	fmt.Println(time.Date(2023, 10, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0))
	fmt.Println(time.Date(2023, 0, 0, 0, 0, 0, 0, time.UTC), time.Date(2023, -1, 40, -1, -1, -1, -1, time.UTC))
	fmt.Println(time.Date(2023, 1, 1, 0, 0, 0, 3e9+5, time.UTC))
	for _, dt := range []time.Time{
		time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2021, 1, 4, 0, 0, 0, 0, time.UTC),
		time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2015, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2004, 12, 27, 0, 0, 0, 0, time.UTC),
	} {
		iy, iw := dt.ISOWeek()
		fmt.Println(dt.Format("2006-01-02 Mon"), iy, iw, dt.YearDay())
	}
	for _, dur := range []time.Duration{0, -1, time.Nanosecond, 7, 250 * time.Millisecond, time.Second, 7 * time.Second, time.Minute, 90 * time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, 1<<62} {
		fmt.Println(dur, t.Truncate(dur), t.Round(dur))
	}
	neg := time.Date(-5, 6, 7, 8, 9, 10, 11, time.UTC)
	fmt.Println(neg, neg.Truncate(time.Hour), neg.Round(24*time.Hour), neg.Round(7*time.Nanosecond))
	u := t.Add(1500 * time.Millisecond)
	fmt.Println(u, u.Sub(t), t.Sub(u), u.After(t), u.Before(t), t.Equal(t.In(time.FixedZone("X", 3600))))
	far := time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
	old := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(far.Sub(old), old.Sub(far), far.Sub(old) == math.MaxInt64, old.Sub(far) == math.MinInt64)
	fmt.Println(t.Add(math.MaxInt64), t.Add(math.MinInt64), old.Add(-time.Second))
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano(), t.Nanosecond())
	fmt.Println(time.UnixMilli(1257894000123).UTC(), time.UnixMicro(-1).UTC(), time.Unix(-1, -1).UTC(), time.Unix(0, 3e9+1).UTC())
	fmt.Println(time.Unix(1<<40, 0).UTC(), time.Unix(-1<<40, 0).UTC().Year())
	var zero time.Time
	fmt.Println(zero.IsZero(), time.Unix(0, 0).IsZero(), zero.Unix(), zero.UnixMilli(), zero.Weekday(), zero.YearDay())
	for _, x := range []time.Time{t, zero, time.Date(2023, 1, 2, 3, 4, 5, 0, time.FixedZone("", -7*3600)), time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC)} {
		j, err := x.MarshalJSON()
		tx, err2 := x.MarshalText()
		fmt.Println(string(j), err, string(tx), err2)
	}
	var back time.Time
	fmt.Println(back.UnmarshalJSON([]byte(`"2020-02-29T13:45:30.987654321+01:00"`)), back)
	fmt.Println(back.UnmarshalJSON([]byte(`null`)), back)
	fmt.Println(back.UnmarshalJSON([]byte(`"nope"`)), back)
	fmt.Println(back.UnmarshalText([]byte(`2001-02-03T04:05:06Z`)), back)
	for mo := time.Month(0); mo <= 13; mo++ {
		fmt.Print(mo, " ")
	}
	fmt.Println()
	for wd := time.Weekday(-1); wd <= 7; wd++ {
		fmt.Print(wd, " ")
	}
	fmt.Println()
	durs := []time.Duration{0, 1, 999, 1000, 1500, time.Millisecond + 1, -time.Second, 90 * time.Minute, 100*time.Hour + 1, math.MaxInt64, math.MinInt64}
	for _, x := range durs {
		fmt.Println(x, x.Hours(), x.Minutes(), x.Seconds(), x.Milliseconds(), x.Microseconds(), x.Nanoseconds(),
			x.Round(time.Second), x.Truncate(time.Second), x.Round(7*time.Millisecond), x.Round(0), x.Truncate(-1), x.Abs())
	}
	for _, s := range []string{"1h", "-1.5h", "1h2m3s4ms5us6ns", "+.5s", "5.", ".", "-", "1e3s", "3d", "9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns", "2562047h47m16.854775807s", "2562048h", "0.000000001s", "1.0000000001s", "1\xffs"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
}

// Output:
// 2020 February 29 13 45 30 2020 9 60 Saturday
// 2021-03-01 13:45:30.987654321 +0000 UTC 2020-03-29 13:45:30.987654321 +0000 UTC 2019-12-31 13:45:30.987654321 +0000 UTC 0000-02-29 13:45:30.987654321 +0000 UTC
// 2023-12-01 00:00:00 +0000 UTC
// 2022-11-30 00:00:00 +0000 UTC 2022-12-09 22:58:58.999999999 +0000 UTC
// 2023-01-01 00:00:03.000000005 +0000 UTC
// 2021-01-01 Fri 2020 53 1
// 2021-01-04 Mon 2021 1 4
// 2020-12-31 Thu 2020 53 366
// 2026-12-31 Thu 2026 53 365
// 2015-12-31 Thu 2015 53 365
// 0001-01-01 Mon 1 1 1
// 2004-12-27 Mon 2004 53 362
// 0s 2020-02-29 13:45:30.987654321 +0000 UTC 2020-02-29 13:45:30.987654321 +0000 UTC
// -1ns 2020-02-29 13:45:30.987654321 +0000 UTC 2020-02-29 13:45:30.987654321 +0000 UTC
// 1ns 2020-02-29 13:45:30.987654321 +0000 UTC 2020-02-29 13:45:30.987654321 +0000 UTC
// 7ns 2020-02-29 13:45:30.987654318 +0000 UTC 2020-02-29 13:45:30.987654318 +0000 UTC
// 250ms 2020-02-29 13:45:30.75 +0000 UTC 2020-02-29 13:45:31 +0000 UTC
// 1s 2020-02-29 13:45:30 +0000 UTC 2020-02-29 13:45:31 +0000 UTC
// 7s 2020-02-29 13:45:30 +0000 UTC 2020-02-29 13:45:30 +0000 UTC
// 1m0s 2020-02-29 13:45:00 +0000 UTC 2020-02-29 13:46:00 +0000 UTC
// 1h30m0s 2020-02-29 13:30:00 +0000 UTC 2020-02-29 13:30:00 +0000 UTC
// 1h0m0s 2020-02-29 13:00:00 +0000 UTC 2020-02-29 14:00:00 +0000 UTC
// 24h0m0s 2020-02-29 00:00:00 +0000 UTC 2020-03-01 00:00:00 +0000 UTC
// 168h0m0s 2020-02-24 00:00:00 +0000 UTC 2020-03-02 00:00:00 +0000 UTC
// 1281023h53m38.427387904s 1900-10-20 22:37:19.556042752 +0000 UTC 2046-12-09 22:30:57.983430656 +0000 UTC
// -0005-06-07 08:09:10.000000011 +0000 UTC -0005-06-07 08:00:00 +0000 UTC -0005-06-07 00:00:00 +0000 UTC -0005-06-07 08:09:10.000000011 +0000 UTC
// 2020-02-29 13:45:32.487654321 +0000 UTC 1.5s -1.5s true false true
// 2562047h47m16.854775807s -2562047h47m16.854775808s true true
// 2312-06-10 13:32:47.842430128 +0000 UTC 1727-11-20 13:58:14.132878513 +0000 UTC 0000-12-31 23:59:59 +0000 UTC
// 1582983930 1582983930987 1582983930987654 1582983930987654321 987654321
// 2009-11-10 23:00:00.123 +0000 UTC 1969-12-31 23:59:59.999999 +0000 UTC 1969-12-31 23:59:58.999999999 +0000 UTC 1970-01-01 00:00:03.000000001 +0000 UTC
// 36812-02-20 00:36:16 +0000 UTC -32873
// true false -62135596800 -62135596800000 Monday 1
// "2020-02-29T13:45:30.987654321Z" <nil> 2020-02-29T13:45:30.987654321Z <nil>
// "0001-01-01T00:00:00Z" <nil> 0001-01-01T00:00:00Z <nil>
// "2023-01-02T03:04:05-07:00" <nil> 2023-01-02T03:04:05-07:00 <nil>
//  Time.MarshalJSON: year outside of range [0,9999]  Time.MarshalText: year outside of range [0,9999]
//  Time.MarshalJSON: year outside of range [0,9999]  Time.MarshalText: year outside of range [0,9999]
// <nil> 2020-02-29 13:45:30.987654321 +0100 +0100
// <nil> 2020-02-29 13:45:30.987654321 +0100 +0100
// parsing time "\"nope\"" as "\"2006-01-02T15:04:05Z07:00\"": cannot parse "nope\"" as "2006" 0001-01-01 00:00:00 +0000 UTC
// <nil> 2001-02-03 04:05:06 +0000 UTC
// %!Month(0) January February March April May June July August September October November December %!Month(13) 
// %!Weekday(18446744073709551615) Sunday Monday Tuesday Wednesday Thursday Friday Saturday %!Weekday(7) 
// 0s 0 0 0 0 0 0 0s 0s 0s 0s 0s 0s
// 1ns 2.777777777777778e-13 1.6666666666666667e-11 1e-09 0 0 1 0s 0s 0s 1ns 1ns 1ns
// 999ns 2.775e-10 1.665e-08 9.99e-07 0 0 999 0s 0s 0s 999ns 999ns 999ns
// 1µs 2.7777777777777777e-10 1.6666666666666667e-08 1e-06 0 1 1000 0s 0s 0s 1µs 1µs 1µs
// 1.5µs 4.166666666666667e-10 2.5e-08 1.5e-06 0 1 1500 0s 0s 0s 1.5µs 1.5µs 1.5µs
// 1.000001ms 2.7777805555555554e-07 1.6666683333333334e-05 0.001000001 1 1000 1000001 0s 0s 0s 1.000001ms 1.000001ms 1.000001ms
// -1s -0.0002777777777777778 -0.016666666666666666 -1 -1000 -1000000 -1000000000 -1s -1s -1.001s -1s -1s 1s
// 1h30m0s 1.5 90 5400 5400000 5400000000 5400000000000 1h30m0s 1h30m0s 1h30m0.003s 1h30m0s 1h30m0s 1h30m0s
// 100h0m0.000000001s 100.00000000000028 6000.000000000016 360000.000000001 360000000 360000000000 360000000000001 100h0m0s 100h0m0s 99h59m59.997s 100h0m0.000000001s 100h0m0.000000001s 100h0m0.000000001s
// 2562047h47m16.854775807s 2.5620477880152157e+06 1.5372286728091294e+08 9.223372036854776e+09 9223372036854 9223372036854775 9223372036854775807 2562047h47m16.854775807s 2562047h47m16s 2562047h47m16.854775807s 2562047h47m16.854775807s 2562047h47m16.854775807s 2562047h47m16.854775807s
// -2562047h47m16.854775808s -2.5620477880152157e+06 -1.5372286728091294e+08 -9.223372036854776e+09 -9223372036854 -9223372036854775 -9223372036854775808 -2562047h47m16.854775808s -2562047h47m16s -2562047h47m16.854775808s -2562047h47m16.854775808s -2562047h47m16.854775808s 2562047h47m16.854775807s
// 1h0m0s <nil>
// -1h30m0s <nil>
// 1h2m3.004005006s <nil>
// 500ms <nil>
// 0s time: missing unit in duration "5."
// 0s time: invalid duration "."
// 0s time: invalid duration "-"
// 0s time: unknown unit "e" in duration "1e3s"
// 0s time: unknown unit "d" in duration "3d"
// 2562047h47m16.854775807s <nil>
// 0s time: invalid duration "9223372036854775808ns"
// -2562047h47m16.854775808s <nil>
// 2562047h47m16.854775807s <nil>
// 0s time: invalid duration "2562048h"
// 1ns <nil>
// 1s <nil>
// 0s time: unknown unit "\xffs" in duration "1\xffs"
