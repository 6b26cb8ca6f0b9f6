// time.Now: what Go guarantees of it — a monotonic reading (" m=+" in String, stripped by
// Round(0), UTC, In, Truncate), Location Local, monotonic Sub/Since/Until, == vs Equal.
package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	now := time.Now()
	s := now.String()
	fmt.Println(strings.Contains(s, " m=+"), strings.Contains(now.Round(0).String(), "m="))
	fmt.Println(strings.Contains(now.UTC().String(), "m="), strings.Contains(now.Truncate(time.Second).String(), "m="))
	fmt.Println(strings.Contains(now.Add(time.Hour).String(), " m=+"), strings.Contains(now.AddDate(0, 0, 1).String(), "m="))
	fmt.Println(now.Location(), now.Location() == time.Local, now.Year() >= 2009)
	fmt.Println(now.Sub(now), now.Add(time.Minute).Sub(now), now.Equal(now.Round(0)), now == now.Round(0))
	fmt.Println(time.Since(now) >= 0, time.Until(now) <= 0, time.Until(now.Add(time.Hour)) > 59*time.Minute)
	later := time.Now()
	fmt.Println(!later.Before(now), later.Sub(now) >= 0)
	name, off := now.Zone()
	fmt.Println(name, off, now.In(time.UTC).Location(), now.Local().Location())
	u := time.Unix(now.Unix(), int64(now.Nanosecond()))
	fmt.Println(u.Equal(now), u.Location())
	// A timer's channel delivers Now() too.
	tm := <-time.After(time.Millisecond)
	fmt.Println(strings.Contains(tm.String(), " m=+"), tm.Location(), !tm.Before(now))
}

// Output:
// true false
// false false
// true false
// Local true true
// 0s 1m0s true false
// true true true
// true true
// UTC 0 UTC Local
// true Local
// true Local true
