package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

type N struct {
	C *N `xml:"a"`
}

func main() {
	// Nesting: 300 levels decode; Go (and gort) refuse more than 10000 with "exceeded max
	// depth" (not tested here: that deep a document takes seconds through reflect in the VM).
	s := strings.Repeat("<a>", 300) + strings.Repeat("</a>", 300)
	var n N
	fmt.Println(xml.Unmarshal([]byte(s), &n), n.C != nil && n.C.C != nil)
	var x any
	fmt.Println(xml.Unmarshal([]byte(s), &x))
	fmt.Println(xml.Unmarshal([]byte(strings.Repeat("<a>", 50)), &n))
	fmt.Println(xml.Unmarshal([]byte("<a></b>"), &n), xml.Unmarshal([]byte("<a>&amp</a>"), &n), xml.Unmarshal([]byte("<a x=1/>"), &n))
	fmt.Println(xml.Unmarshal([]byte("<a"), &x), xml.Unmarshal([]byte("<a b='1"), &n), xml.Unmarshal([]byte("\xff"), &n))
	var i int
	fmt.Println(xml.Unmarshal([]byte("<i>99999999999999999999</i>"), &i), xml.Unmarshal([]byte("<i> 42 </i>"), &i), i)
}

// Output:
// <nil> true
// <nil>
// XML syntax error on line 1: unexpected EOF
// XML syntax error on line 1: element <a> closed by </b> XML syntax error on line 1: invalid character entity &amp (no semicolon) XML syntax error on line 1: unquoted or missing attribute value in element
// XML syntax error on line 1: unexpected EOF XML syntax error on line 1: unexpected EOF XML syntax error on line 1: invalid UTF-8
// strconv.ParseInt: parsing "99999999999999999999": value out of range <nil> 42
