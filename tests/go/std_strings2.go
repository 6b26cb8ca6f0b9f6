// strings.NewReplacer (argument-order priority, empty old string), SplitAfterN, ToValidUTF8, LastIndexAny.
package main

import (
	"fmt"
	"strings"
)

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "a", "1", "aa", "2")
	fmt.Println(r.Replace("<aaa> b <a>"))
	fmt.Println(strings.NewReplacer("", "X").Replace("ab"))
	fmt.Println(strings.NewReplacer("a", "b", "b", "a").Replace("abba"))
	fmt.Println(strings.NewReplacer("", "-", "b", "B").Replace("abc"))
	fmt.Printf("%q %q %q\n", strings.SplitAfterN("a,b,c,d", ",", 2), strings.ToValidUTF8("a\xff\xfeb", "?"), strings.LastIndexAny("go gopher", "ordent"))
}

// Output:
// &lt;111&gt; b &lt;1&gt;
// XaXbX
// baab
// -a-B-c-
// ["a," "b,c,d"] "a?b" '\b'
