// go: skip strings.SplitSeq and friends are Go 1.24 (the oracle is Go 1.19): expected output by reading Go 1.24's strings/iter.go
// strings' iterator functions (Go 1.24): Lines, SplitSeq, SplitAfterSeq, FieldsSeq, FieldsFuncSeq, with
// an early break, an empty separator (one rune at a time) and Unicode white space.
package main

import (
	"fmt"
	"strings"
)

func main() {
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
	for part := range strings.SplitAfterSeq("a,b,c", ",") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
	for f := range strings.FieldsSeq("  one\ttwo\u00a0three\u3000four  ") {
		fmt.Printf("[%s]", f)
	}
	fmt.Println()
	for l := range strings.Lines("x\ny\n\nz") {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	for r := range strings.SplitSeq("héllo", "") {
		fmt.Print(r, "|")
		if r == "l" {
			break
		}
	}
	fmt.Println()
	n := 0
	for f := range strings.FieldsFuncSeq("a1b22c333", func(r rune) bool { return r >= '0' && r <= '9' }) {
		n++
		fmt.Print(f)
	}
	fmt.Println(n, strings.ToUpper("ok"))
	var sb strings.Builder
	sb.WriteString("builder")
	fmt.Println(sb.String(), strings.Fields(" x y "), strings.NewReader("abc").Len())
}

// Output:
// "a" "b" "" "c"
// "a," "b," "c"
// [one][two][three][four]
// "x\n" "y\n" "\n" "z"
// h|é|l|
// abc3 OK
// builder [x y] 3
