// time.Time MarshalBinary/UnmarshalBinary/GobEncode/GobDecode (zone offsets, version 2 with
// seconds, errors) and ZoneBounds of fixed zones.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, t := range []time.Time{
		time.Date(2009, 11, 10, 23, 0, 0, 5, time.UTC),
		time.Date(2009, 11, 10, 23, 0, 0, 5, time.FixedZone("A", 3600)),
		time.Date(2009, 11, 10, 23, 0, 0, 5, time.FixedZone("B", -3600-7)),
		time.Date(2009, 11, 10, 23, 0, 0, 5, time.Local),
		time.Date(2009, 11, 10, 23, 0, 0, 5, time.FixedZone("C", -60)),
		{},
	} {
		b, err := t.MarshalBinary()
		fmt.Println(b, err)
		var u time.Time
		err = u.UnmarshalBinary(b)
		n, o := u.Zone()
		fmt.Println(u, err, u.Location(), n, o, u.Equal(t))
		g, _ := t.GobEncode()
		var v time.Time
		fmt.Println(v.GobDecode(g), v == u)
		s, e := t.ZoneBounds()
		fmt.Println(s.IsZero(), e.IsZero(), s.Location(), e.Location())
	}
	var u time.Time
	fmt.Println(u.UnmarshalBinary(nil), u.UnmarshalBinary([]byte{3}), u.UnmarshalBinary([]byte{1, 2}))
	fmt.Println(u.UnmarshalBinary([]byte{2, 0, 0, 0, 14, 195, 104, 212, 112, 0, 0, 0, 5, 255, 195, 200}), u)
}

// Output:
// [1 0 0 0 14 194 139 231 112 0 0 0 5 255 255] <nil>
// 2009-11-10 23:00:00.000000005 +0000 UTC <nil> UTC UTC 0 true
// <nil> true
// true true UTC UTC
// [1 0 0 0 14 194 139 217 96 0 0 0 5 0 60] <nil>
// 2009-11-10 23:00:00.000000005 +0100 +0100 <nil>   3600 true
// <nil> false
// true true UTC UTC
// [2 0 0 0 14 194 139 245 135 0 0 0 5 255 196 249] <nil>
// 2009-11-10 23:04:16.000000005 -0055 -0055 <nil>   -3351 true
// <nil> false
// true true UTC UTC
// [1 0 0 0 14 194 139 231 112 0 0 0 5 0 0] <nil>
// 2009-11-10 23:00:00.000000005 +0000 UTC <nil> Local UTC 0 true
// <nil> true
// true true UTC UTC
// [] Time.MarshalBinary: unexpected zone offset
// 0001-01-01 00:00:00 +0000 UTC Time.UnmarshalBinary: no data UTC UTC 0 false
// Time.UnmarshalBinary: no data true
// true true UTC UTC
// [1 0 0 0 0 0 0 0 0 0 0 0 0 255 255] <nil>
// 0001-01-01 00:00:00 +0000 UTC <nil> UTC UTC 0 true
// <nil> true
// true true UTC UTC
// Time.UnmarshalBinary: no data Time.UnmarshalBinary: unsupported version Time.UnmarshalBinary: invalid length
// <nil> 2010-04-27 11:52:12.000000005 -0057 -0057
