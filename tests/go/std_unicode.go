// unicode classification/case mapping (Go's own tables) and the strings functions built on them (ToUpper, Title, Map, FieldsFunc, TrimFunc, EqualFold...).
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for _, r := range "aZ9 é!ÄßΣσ中\t٣_" {
		fmt.Print(unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r), unicode.IsPrint(r), string(unicode.ToUpper(r)), string(unicode.ToLower(r)), string(unicode.ToTitle(r)), " ")
	}
	fmt.Println()
	fmt.Println(strings.ToUpper("héllo wörld ß ǆ"), strings.ToLower("ÀÉÎ ΣΑΣ"), strings.Title("ǆa hello_world élan"), strings.ToTitle("ǆa"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"), strings.IndexAny("golang", "xyzn"), strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }))
	fmt.Printf("%q %q %q\n", strings.FieldsFunc("a1b22c333", unicode.IsDigit), strings.TrimFunc("123abc456", unicode.IsDigit), strings.SplitAfter("a,b,c", ","))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Σίσυφος", "ΣΊΣΥΦΟΣ"), strings.LastIndexByte("abca", 'a'))
}

// Output:
// true false false false false true false trueAaA true false false false true false false trueZzZ false true true false false false false true999 false false false true false false false true    true false false false false true false trueÉéÉ false false false false false false true true!!! true false false false true false false trueÄäÄ true false false false false true false trueßßß true false false false true false false trueΣσΣ true false false false false true false trueΣσΣ true false false false false false false true中中中 false false false true false false false false			 false true true false false false false true٣٣٣ false false false false false false true true___
// HÉLLO WÖRLD ß Ǆ àéî σασ ǅa Hello_world Élan ǅA
// BNN 4 7
// ["a" "b" "c"] "abc" ["a," "b," "c"]
// false true 3
