// Less common but real strings/strconv API (Go 1.19): NewReplacer, IndexAny/LastIndexAny/IndexFunc,
// FieldsFunc, SplitAfter(N), Trim*Func, LastIndexByte, ToTitle, Builder.Grow/Cap,
// strconv.AppendInt/QuoteToASCII, Cut, ToValidUTF8, Clone.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.NewReplacer("a", "1", "b", "2").Replace("abc"))
	fmt.Println(strings.IndexAny("golang", "nl"), strings.LastIndexAny("golang", "g"), strings.IndexFunc("ab1", unicode.IsDigit))
	fmt.Println(strings.FieldsFunc("a1b2c", unicode.IsDigit), strings.SplitAfter("a,b,c", ","), strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeftFunc("  x", unicode.IsSpace), strings.LastIndexByte("abca", 'a'))
	fmt.Println(strings.ToTitle("go"), strings.ContainsAny("abc", "xyzc"), strings.Count("five", ""), strings.IndexByte("abc", 'c'))
	var sb strings.Builder
	sb.Grow(10)
	sb.WriteString("x")
	fmt.Println(sb.Cap() >= 10, sb.Len())
	fmt.Println(string(strconv.AppendInt(nil, 42, 10)), strconv.QuoteToASCII("héllo"), strconv.FormatInt(255, 2))
	before, after, found := strings.Cut("k=v", "=")
	fmt.Println(before, after, found, strings.Title("hello world"), strings.TrimRight("xx--", "-"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.ToValidUTF8("a\xffb", "?"), strings.Clone("c"))
}

// Output:
// 12c
// 2 5 2
// [a b c] [a, b, c] [a, b,c]
// abc x 3
// GO true 5 2
// true 1
// 42 "h\u00e9llo" 11111111
// k v true Hello World xx
// false a?b c
