// strings, strings.Builder (also as an io.Writer for Fprintf) and unicode/utf8.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	s := "  Hello, World! héllo  "
	fmt.Println(strings.TrimSpace(s))
	fmt.Println(strings.ToUpper(s), strings.ToLower(s))
	fmt.Println(strings.Contains(s, "World"), strings.ContainsRune(s, 'é'), strings.ContainsAny(s, "xyz!"))
	fmt.Println(strings.Index(s, "o"), strings.LastIndex(s, "o"), strings.IndexByte(s, 'W'), strings.IndexRune(s, 'é'))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  foo bar\tbaz\n  "))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Repeat("ab", 3), strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.HasPrefix(s, "  He"), strings.HasSuffix(s, "  "), strings.TrimPrefix("prefix-x", "prefix-"), strings.TrimSuffix("x.go", ".go"))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.EqualFold("Go", "GO"), strings.Compare("a", "b"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Title("hello wide world"))
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("done")
	b.WriteByte('!')
	b.WriteRune('é')
	fmt.Println(b.String(), b.Len())
	fmt.Println(utf8.RuneCountInString("héllo"), utf8.RuneLen('é'), utf8.ValidString("a\xffb"))
	r, size := utf8.DecodeRuneInString("éa")
	fmt.Println(r, size, string(r))
	fmt.Println(strings.Replace("abc", "", "-", -1))
}

// Output:
// Hello, World! héllo
//   HELLO, WORLD! HÉLLO     hello, world! héllo 
// true true true
// 6 21 9 17
// ["a" "b" "" "c"]
// ["a" "b" "c"]
// ["a" "b,c,d"]
// ["foo" "bar" "baz"]
// x-y-z
// ababab oinky oinky oink moo moo
// true true x x
// hi hixx xxhi
// 3 5 true -1
// key value true
// Hello Wide World
// 0...1...2...done!é 19
// 5 2 false
// 233 2 é
// -a-b-c-
