package main

import (
	"encoding/xml"
	"fmt"
	"strings"
	"time"
)

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte(strings.Repeat("*", int(l))), nil }
func (l *Level) UnmarshalText(b []byte) error {
	*l = Level(len(b))
	return nil
}

type Pair struct{ A, B string }

func (p Pair) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	start.Attr = append(start.Attr, xml.Attr{Name: xml.Name{Local: "a"}, Value: p.A})
	e.EncodeToken(start)
	e.EncodeToken(xml.CharData(p.B))
	return e.EncodeToken(start.End())
}

func (p *Pair) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	for _, a := range start.Attr {
		if a.Name.Local == "a" {
			p.A = a.Value
		}
	}
	var s string
	if err := d.DecodeElement(&s, &start); err != nil {
		return err
	}
	p.B = strings.ToUpper(s)
	return nil
}

type Doc struct {
	XMLName xml.Name  `xml:"doc"`
	Lvl     Level     `xml:"lvl,attr"`
	Rank    Level     `xml:"rank"`
	When    time.Time `xml:"when"`
	P       Pair      `xml:"pair"`
	Ps      []Pair    `xml:"ps"`
}

func main() {
	d := Doc{Lvl: 2, Rank: 3, When: time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC), P: Pair{"x", "y"}, Ps: []Pair{{"1", "2"}}}
	out, err := xml.MarshalIndent(d, "", "  ")
	fmt.Println(string(out), err)
	var back Doc
	err = xml.Unmarshal(out, &back)
	fmt.Println(back.Lvl, back.Rank, back.When, back.P, back.Ps, err)
}

// Output:
// <doc lvl="**">
//   <rank>***</rank>
//   <when>2024-05-06T07:08:09Z</when>
//   <pair a="x">y</pair>
//   <ps a="1">2</ps>
// </doc> <nil>
// 2 3 2024-05-06 07:08:09 +0000 UTC {x Y} [{1 2}] <nil>
