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
	s := strings.Repeat("<a>", 20000) + strings.Repeat("</a>", 20000)
	var n N
	fmt.Println(xml.Unmarshal([]byte(s), &n))
	var x any
	fmt.Println(xml.Unmarshal([]byte(s), &x))
	fmt.Println(xml.Unmarshal([]byte("<a"), &x), xml.Unmarshal([]byte("<a b='1"), &n), xml.Unmarshal([]byte("\xff"), &n))
	var i int
	fmt.Println(xml.Unmarshal([]byte("<i>99999999999999999999</i>"), &i), xml.Unmarshal([]byte("<i> 42 </i>"), &i), i)
}

// Output:
// exceeded max depth
// <nil>
// XML syntax error on line 1: unexpected EOF XML syntax error on line 1: unexpected EOF XML syntax error on line 1: invalid UTF-8
// strconv.ParseInt: parsing "99999999999999999999": value out of range <nil> 42
