// Go by Example "String Formatting" and "Number Parsing" (without the %p line, whose address
// varies), plus "String Functions".
package main

import (
	"fmt"
	"os"
	"strconv"
	s "strings"
)

type point struct {
	x, y int
}

var p = fmt.Println

func main() {
	pt := point{1, 2}
	fmt.Printf("struct1: %v\n", pt)
	fmt.Printf("struct2: %+v\n", pt)
	fmt.Printf("struct3: %#v\n", pt)
	fmt.Printf("type: %T\n", pt)
	fmt.Printf("bool: %t\n", true)
	fmt.Printf("int: %d\n", 123)
	fmt.Printf("bin: %b\n", 14)
	fmt.Printf("char: %c\n", 33)
	fmt.Printf("hex: %x\n", 456)
	fmt.Printf("float1: %f\n", 78.9)
	fmt.Printf("float2: %e\n", 123400000.0)
	fmt.Printf("float3: %E\n", 123400000.0)
	fmt.Printf("str1: %s\n", "\"string\"")
	fmt.Printf("str2: %q\n", "\"string\"")
	fmt.Printf("str3: %x\n", "hex this")
	fmt.Printf("width1: |%6d|%6d|\n", 12, 345)
	fmt.Printf("width2: |%6.2f|%6.2f|\n", 1.2, 3.45)
	fmt.Printf("width3: |%-6.2f|%-6.2f|\n", 1.2, 3.45)
	fmt.Printf("width4: |%6s|%6s|\n", "foo", "b")
	fmt.Printf("width5: |%-6s|%-6s|\n", "foo", "b")
	str := fmt.Sprintf("sprintf: a %s", "string")
	fmt.Println(str)
	fmt.Fprintf(os.Stderr, "io: an %s\n", "error")

	f, _ := strconv.ParseFloat("1.234", 64)
	fmt.Println(f)
	i, _ := strconv.ParseInt("123", 0, 64)
	fmt.Println(i)
	d, _ := strconv.ParseInt("0x1c8", 0, 64)
	fmt.Println(d)
	u, _ := strconv.ParseUint("789", 0, 64)
	fmt.Println(u)
	k, _ := strconv.Atoi("135")
	fmt.Println(k)
	_, e := strconv.Atoi("wat")
	fmt.Println(e)

	p("Contains:  ", s.Contains("test", "es"))
	p("Count:     ", s.Count("test", "t"))
	p("HasPrefix: ", s.HasPrefix("test", "te"))
	p("HasSuffix: ", s.HasSuffix("test", "st"))
	p("Index:     ", s.Index("test", "e"))
	p("Join:      ", s.Join([]string{"a", "b"}, "-"))
	p("Repeat:    ", s.Repeat("a", 5))
	p("Replace:   ", s.Replace("foo", "o", "0", -1))
	p("Replace:   ", s.Replace("foo", "o", "0", 1))
	p("Split:     ", s.Split("a-b-c-d-e", "-"))
	p("ToLower:   ", s.ToLower("TEST"))
	p("ToUpper:   ", s.ToUpper("test"))
	p(strconv.Quote("hi\n"), strconv.FormatInt(-255, 16), strconv.FormatFloat(1.5, 'f', 3, 64), strconv.Itoa(-0))
}

// Output:
// struct1: {1 2}
// struct2: {x:1 y:2}
// struct3: main.point{x:1, y:2}
// type: main.point
// bool: true
// int: 123
// bin: 1110
// char: !
// hex: 1c8
// float1: 78.900000
// float2: 1.234000e+08
// float3: 1.234000E+08
// str1: "string"
// str2: "\"string\""
// str3: 6865782074686973
// width1: |    12|   345|
// width2: |  1.20|  3.45|
// width3: |1.20  |3.45  |
// width4: |   foo|     b|
// width5: |foo   |b     |
// sprintf: a string
// 1.234
// 123
// 456
// 789
// 135
// strconv.Atoi: parsing "wat": invalid syntax
// Contains:   true
// Count:      2
// HasPrefix:  true
// HasSuffix:  true
// Index:      1
// Join:       a-b
// Repeat:     aaaaa
// Replace:    f00
// Replace:    f0o
// Split:      [a b c d e]
// ToLower:    test
// ToUpper:    TEST
// "hi\n" -ff 1.500 0
// Stderr:
// io: an error
