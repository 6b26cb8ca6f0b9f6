// Dot imports (spec "Import declarations"): import . "p" declares p's exported names in the
// file block, so they are used without a qualifier — functions, constants, types (with their
// methods), and the variables of a package implemented natively (Args, Stdout, EOF) as well
// as of one written in Go.
package main

import (
	. "fmt"
	"io"
	. "math"
	. "os"
	. "strings"
	. "time"
)

type Celsius float64

func (c Celsius) String() string { return Sprintf("%.1f°C", float64(c)) }

func main() {
	Println(ToUpper("gopher"), Pi, Sqrt(2), MaxInt8)
	var b Builder
	b.WriteString("built")
	Println(b.String(), Repeat("ab", 3))
	Printf("%d %v\n", len(Args), Celsius(21.5))
	Fprintln(Stdout, "to stdout")
	var err error = io.EOF
	Println(err == io.EOF)
	d := 90 * Minute
	Println(d, Duration(1500)*Millisecond, UTC)
	f := Sprint // a dot-imported function as a value
	Println(f("x", 1))
	// A local name shadows a dot-imported one.
	Contains := func(s string) bool { return false }
	Println(Contains("x"), Index("chicken", "ken"))
	fields := Fields(" a b  c ")
	Println(len(fields), Join(fields, ","))
}

// Output:
// GOPHER 3.141592653589793 1.4142135623730951 127
// built ababab
// 1 21.5°C
// to stdout
// true
// 1h30m0s 1.5s UTC
// x1
// false 4
// 3 a,b,c
