package main

import (
	"bufio"
	"fmt"
	"strings"
)

type Celsius float64

func main() {
	var a, b int
	var s string
	var f float64
	var f32 float32
	var u uint8
	var i8 int8
	var ok bool
	var bs []byte
	var c Celsius
	var r rune
	p := func(n int, err error) { fmt.Printf("n=%d err=%v\n", n, err) }

	p(fmt.Sscan("1 2", &a, &b))
	fmt.Println(a, b)
	p(fmt.Sscan("  3\n\n 4  ", &a, &b))
	fmt.Println(a, b)
	p(fmt.Sscan("5", &a, &b))
	p(fmt.Sscan("", &a))
	p(fmt.Sscan("x", &a))
	p(fmt.Sscan("12abc", &a, &s))
	fmt.Println(a, s)
	p(fmt.Sscan("0x1F 0b101 0o17 017 1_000", &a, &b, &u, &i8, &f))
	fmt.Println(a, b, u, i8, f)
	p(fmt.Sscan("300", &u))
	p(fmt.Sscan("-5", &u))
	p(fmt.Sscan("99999999999999999999", &a))
	p(fmt.Sscan("true F 1 T", &ok, &ok, &ok, &ok))
	fmt.Println(ok)
	p(fmt.Sscan("tru", &ok))
	p(fmt.Sscan("yes", &ok))
	p(fmt.Sscan("3.25 -1e3 abc", &f, &f32, &f))
	fmt.Println(f, f32)
	p(fmt.Sscan("1.5e400", &f))
	p(fmt.Sscan("hello wörld", &s, &bs))
	fmt.Println(s, string(bs))
	p(fmt.Sscan("36.6", &c))
	fmt.Println(c)
	p(fmt.Sscan("1", a))
	var m map[string]int
	p(fmt.Sscan("1", &m))

	// Sscanln
	p(fmt.Sscanln("1 2\n3", &a, &b))
	fmt.Println(a, b)
	p(fmt.Sscanln("1\n2", &a, &b))
	p(fmt.Sscanln("1 2 3", &a, &b))
	p(fmt.Sscanln("", &a))
	p(fmt.Sscanln("7   ", &a))
	p(fmt.Sscanln("\n", &a))

	// Sscanf
	p(fmt.Sscanf("7 8", "%d %d", &a, &b))
	fmt.Println(a, b)
	p(fmt.Sscanf("(7,8)", "(%d,%d)", &a, &b))
	fmt.Println(a, b)
	p(fmt.Sscanf("age: 42 name: bob", "age: %d name: %s", &a, &s))
	fmt.Println(a, s)
	p(fmt.Sscanf("12345", "%2d%3d", &a, &b))
	fmt.Println(a, b)
	p(fmt.Sscanf("ff 777 101 Z", "%x %o %b %c", &a, &b, &u, &r))
	fmt.Println(a, b, u, string(r))
	p(fmt.Sscanf("1\n2", "%d %d", &a, &b))
	p(fmt.Sscanf("1\n2", "%d\n%d", &a, &b))
	fmt.Println(a, b)
	p(fmt.Sscanf("1 2", "%d\n%d", &a, &b))
	p(fmt.Sscanf("3 4", "%d", &a, &b))
	p(fmt.Sscanf("3 4", "%d %d %d", &a, &b))
	p(fmt.Sscanf("3-4", "%d+%d", &a, &b))
	p(fmt.Sscanf("x", "%d", &a))
	p(fmt.Sscanf("5%", "%d%%", &a))
	p(fmt.Sscanf("5", "%d%", &a))
	p(fmt.Sscanf("5", "%s", &a))
	p(fmt.Sscanf("abc", "%d", &s))
	p(fmt.Sscanf(`"quoted str" 6869`, "%q %x", &s, &bs))
	fmt.Println(s, string(bs))
	p(fmt.Sscanf("3.5", "%f", &f))
	p(fmt.Sscanf("3.5", "%d", &f))
	p(fmt.Sscanf("", "%d", &a))
	p(fmt.Sscanf("1", "%d %d", &a, &b))
	p(fmt.Sscanf("abc", "abd"))
	p(fmt.Sscanf("1 2", "%v %v", &a, &s))
	fmt.Println(a, s)
	p(fmt.Sscanf("1.5p2", "%g", &f))
	fmt.Println(f)

	// Fscan family on readers
	rd := strings.NewReader("10 20\n30\n")
	p(fmt.Fscan(rd, &a, &b))
	fmt.Println(a, b)
	p(fmt.Fscanln(rd, &a))
	p(fmt.Fscanln(rd, &a))
	fmt.Println(a)
	p(fmt.Fscan(rd, &a))
	br := bufio.NewReader(strings.NewReader("3\n1 2 3\nx y\n"))
	var n int
	fmt.Fscan(br, &n)
	sum := 0
	for i := 0; i < n; i++ {
		var v int
		fmt.Fscan(br, &v)
		sum += v
	}
	fmt.Println(n, sum)
	var x, y string
	p(fmt.Fscanf(br, "%s %s", &x, &y))
	p(fmt.Fscanf(br, "\n%s %s", &x, &y))
	fmt.Println(x, y)
	br2 := bufio.NewReader(strings.NewReader("1\n2\n"))
	p(fmt.Fscanf(br2, "%d", &a))
	p(fmt.Fscanf(br2, "%d", &a))
	p(fmt.Fscanf(br2, "%d\n", &a))
	fmt.Println(a)
}

// Output:
// n=2 err=<nil>
// 1 2
// n=2 err=<nil>
// 3 4
// n=1 err=EOF
// n=0 err=EOF
// n=0 err=expected integer
// n=2 err=<nil>
// 12 abc
// n=5 err=<nil>
// 31 5 15 15 1000
// n=0 err=unsigned integer overflow on token 300
// n=0 err=expected integer
// n=0 err=strconv.ParseInt: parsing "99999999999999999999": value out of range
// n=4 err=<nil>
// true
// n=0 err=syntax error scanning boolean
// n=1 err=<nil>
// n=2 err=strconv.ParseFloat: parsing "": invalid syntax
// 3.25 -1000
// n=0 err=strconv.ParseFloat: parsing "1.5e400": value out of range
// n=2 err=<nil>
// hello wörld
// n=1 err=<nil>
// 36.6
// n=0 err=type not a pointer: int
// n=0 err=can't scan type: *map[string]int
// n=2 err=<nil>
// 1 2
// n=1 err=unexpected newline
// n=2 err=expected newline
// n=0 err=EOF
// n=1 err=<nil>
// n=0 err=unexpected newline
// n=2 err=<nil>
// 7 8
// n=2 err=<nil>
// 7 8
// n=2 err=<nil>
// 42 bob
// n=2 err=<nil>
// 12 345
// n=4 err=<nil>
// 255 511 5 Z
// n=1 err=newline in input does not match format
// n=2 err=<nil>
// 1 2
// n=1 err=newline in format does not match input
// n=1 err=too many operands
// n=2 err=too few operands for format '%d'
// n=1 err=input does not match format
// n=0 err=expected integer
// n=1 err=<nil>
// n=1 err=missing verb: % at end of format string
// n=0 err=bad verb '%s' for integer
// n=0 err=bad verb '%d' for string
// n=2 err=<nil>
// quoted str hi
// n=1 err=<nil>
// n=0 err=bad verb '%d' for float64
// n=0 err=EOF
// n=1 err=EOF
// n=0 err=input does not match format
// n=2 err=<nil>
// 1 2
// n=1 err=<nil>
// 6
// n=2 err=<nil>
// 10 20
// n=0 err=unexpected newline
// n=1 err=<nil>
// 30
// n=0 err=EOF
// 3 6
// n=0 err=unexpected newline
// n=0 err=newline in format does not match input
//  
// n=1 err=<nil>
// n=0 err=unexpected newline
// n=1 err=<nil>
// 2
