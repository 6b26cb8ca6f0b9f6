package main

import (
	"encoding/xml"
	"fmt"
)

func main() {
	var s struct {
		A string `xml:"a"`
		B string `xml:"b,attr"`
	}
	err := xml.Unmarshal([]byte("<r b=\"x\r\ny\"><a>line1\r\nline2\rline3\n]x]]y</a></r>"), &s)
	fmt.Printf("%q %q %v\n", s.A, s.B, err)
}

// Output:
// "line1\nline2\nline3\n]x]]y" "x\ny" <nil>
