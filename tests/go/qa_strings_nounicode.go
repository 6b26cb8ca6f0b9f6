// (Variant of qa_strings_runes without package unicode and strings.Map.) Strings, runes and bytes: UTF-8 iteration with range, len vs rune count, conversions,
// strings package helpers, strings.Builder, byte manipulation, and %q / %x / %c / %U.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println()
	for i := 0; i < 3; i++ {
		fmt.Printf("%d=%x ", i, s[i])
	}
	fmt.Println()
	fmt.Println(reverse(s))
	fmt.Println(strings.ToUpper(s), strings.Title("go is fun"))
	fmt.Println(strings.Contains(s, "世"), strings.Index(s, "l"), strings.LastIndex(s, "l"), strings.IndexRune(s, '界'))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("a,b,,c", ",")))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Repeat("ab", 3))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.TrimSpace("  pad  "), strings.Trim("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.HasPrefix(s, "hé"), strings.HasSuffix(s, "!"), strings.Count("cheese", "e"), strings.Fields("  a  b c "))
	fmt.Printf("%q\n", strings.SplitN("a:b:c:d", ":", 2))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), "abc" < "abd", "Z" < "a")

	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d;", i)
	}
	sb.WriteString("end")
	sb.WriteByte('!')
	sb.WriteRune('é')
	fmt.Println(sb.String(), sb.Len())

	b := []byte("abc")
	b = append(b, "def"...)
	b[0] -= 32
	fmt.Println(string(b), b)
	fmt.Printf("%q %v %x %X % x\n", "tab\there", []byte("hi"), "hi", []byte{255, 1}, "abc")
	fmt.Printf("%c %U %q %d\n", 'G', '世', 'x', 'x')
	r := []rune("日本")
	fmt.Println(r, string(r[1]), string(rune(65)))
	upper, digits := 0, 0
	for _, c := range "Hello World 2024" {
		if c >= 65 && c <= 90 {
			upper++
		}
		if c >= 48 && c <= 57 {
			digits++
		}
	}
	fmt.Println(upper, digits, 'Q'+32, string('q'-32))
	bad := string([]byte{0xff, 'a'})
	for _, c := range bad {
		fmt.Print(c, " ")
	}
	fmt.Println(utf8.ValidString(bad), utf8.RuneLen('世'))
	fmt.Println(s[1:3], s[7:])
}

// Output:
// 15 10
// 0:h(104) 1:é(233) 3:l(108) 4:l(108) 5:o(111) 6:,(44) 7: (32) 8:世(19990) 11:界(30028) 14:!(33) 
// 0=68 1=c3 2=a9 
// !界世 ,olléh
// HÉLLO, 世界! Go Is Fun
// true 3 4 11
// [a b  c] 4
// x-y-z ababab
// oinky oinky oink moo moo
// pad hi body a
// true true 3 [a b c]
// ["a" "b:c:d"]
// true -1 true true
// 0;1;2;3;4;end!é 16
// Abcdef [65 98 99 100 101 102]
// "tab\there" [104 105] 6869 FF01 61 62 63
// G U+4E16 'x' 120
// [26085 26412] 本 A
// 2 4 113 Q
// 65533 97 false 3
// é  世界!
