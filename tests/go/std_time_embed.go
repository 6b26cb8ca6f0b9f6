// time.Time embedded (promoted String/Format), as a map key (== compares the Location too),
// sorted with Before, converted to a named type without methods, method values/expressions.
package main

import (
	"fmt"
	"sort"
	"time"
)

type Event struct {
	time.Time
	Name string
}

type Stamp time.Time

func main() {
	t := time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC)
	e := Event{t, "x"}
	fmt.Println(e, e.Year(), e.Format(time.Kitchen))
	fmt.Printf("%v %+v\n", e, &e)
	m := map[time.Time]int{t: 1, t.Add(time.Hour): 2}
	fmt.Println(m[t], m[t.Add(time.Hour)], m[t.In(time.FixedZone("A", 0))], len(m))
	ts := []time.Time{t.Add(3 * time.Hour), t, t.Add(-time.Hour)}
	sort.Slice(ts, func(i, j int) bool { return ts[i].Before(ts[j]) })
	fmt.Println(ts)
	s := Stamp(t)
	fmt.Println(s, time.Time(s))
	var i interface{} = t
	if st, ok := i.(fmt.Stringer); ok {
		fmt.Println("stringer", st.String())
	}
	f := t.Format
	fmt.Println(f(time.ANSIC))
	g := time.Time.Year
	fmt.Println(g(t))
}

// Output:
// 2009-11-10 23:00:00 +0000 UTC 2009 11:00PM
// 2009-11-10 23:00:00 +0000 UTC 2009-11-10 23:00:00 +0000 UTC
// 1 2 0 2
// [2009-11-10 22:00:00 +0000 UTC 2009-11-10 23:00:00 +0000 UTC 2009-11-11 02:00:00 +0000 UTC]
// {0 63393490800 <nil>} 2009-11-10 23:00:00 +0000 UTC
// stringer 2009-11-10 23:00:00 +0000 UTC
// Tue Nov 10 23:00:00 2009
// 2009
