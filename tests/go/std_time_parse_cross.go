// time.Parse over the cross product of layouts and values (every layout element against
// well-formed, truncated and garbage inputs): each result's text goes into an FNV-1a hash, so
// the check is that every one of the results (time or *ParseError message) equals Go's.
package main

import (
	"fmt"
	"time"
)

func main() {
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.StampNano,
		"2006-01-02 15:04:05.000 Z07:00:00", "06 1 2 3 4 5 pm", "__2 002 2006", "Z070000 -070000 -07",
		"Monday January _2", ".999 ,000 .0", "MST", "", "2006-01-02T15:04:05.999999999-07:00:00",
	}
	var values []string
	now := time.Date(2024, 2, 29, 13, 4, 5, 120034000, time.FixedZone("PST", -8*3600))
	for _, l := range layouts {
		s := now.Format(l)
		values = append(values, s)
		for cut := 1; cut < len(s); cut += 3 {
			values = append(values, s[:cut], s[cut:], s[:cut]+"x"+s[cut:])
		}
	}
	values = append(values, "", " ", "Z", "+", "-", "GMT+25", "GMT-3", "ChST", "WITA", "ABCDE", "ABCDT", "12:60", ".", ",", "\xff")
	h := uint64(14695981039346656037)
	n, nerr := 0, 0
	for _, l := range layouts {
		for _, v := range values {
			t, err := time.Parse(l, v)
			var s string
			if err != nil {
				s = err.Error()
				nerr++
			} else {
				name, off := t.Zone()
				s = fmt.Sprint(t.Unix(), t.Nanosecond(), name, off)
			}
			for i := 0; i < len(s); i++ {
				h ^= uint64(s[i])
				h *= 1099511628211
			}
			n++
		}
	}
	fmt.Println(n, nerr, h)
}

// Output:
// 11308 11274 815052447250738227
