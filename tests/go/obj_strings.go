// Strings: byte indexing, range over runes, invalid UTF-8 (U+FFFD, width 1), conversions,
// comparison, concatenation, slicing, strings as map keys.
package main

import "fmt"

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "Hello, 世界!"
	fmt.Println(len(s), s[0], s[7], string(s[0]), s[7:10])
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	fmt.Println(len([]rune(s)), reverse(s))

	// Invalid UTF-8: each bad byte is U+FFFD with width 1.
	bad := "a\xffb\xe4\xb8c\xed\xa0\x80"
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	fmt.Println([]rune(bad), len(string([]rune(bad))))

	// Conversions.
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)) == "\uFFFD")
	bs := []byte{104, 105}
	str := string(bs)
	bs[0] = 'H'
	fmt.Println(str, string(bs))

	// Comparison and concatenation.
	a, b := "apple", "banana"
	fmt.Println(a < b, a > b, a == "app"+"le", "Z" < "a", "" < "a", "ab" < "abc")
	acc := ""
	for i := 0; i < 5; i++ {
		acc += fmt.Sprint(i)
	}
	fmt.Println(acc, len(acc))
	t := acc
	acc += "!"
	fmt.Println(t, acc)

	// Slicing shares nothing observable (strings are immutable).
	sub := s[:5]
	fmt.Println(sub, s[7:], s[len(s):] == "")

	// Byte loops.
	count := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			count++
		}
	}
	fmt.Println(count)

	// Strings as map keys and in switch.
	seen := map[string]bool{}
	for _, w := range []string{"go", "is", "go", "fun"} {
		switch {
		case seen[w]:
			fmt.Println("dup", w)
		default:
			seen[w] = true
		}
	}
	fmt.Println(len(seen))
	fmt.Printf("%q %v %s %x\n", "tab\there", "plain", []string{"a", "b"}, "hi")
}

// Output:
// 14 72 228 H 世
// 0:H 1:e 2:l 3:l 4:o 5:, 6:  7:世 10:界 13:!
// 10 !界世 ,olleH
// 0:97 1:65533 2:98 3:65533 4:65533 5:99 6:65533 7:65533 8:65533
// [97 65533 98 65533 65533 99 65533 65533 65533] 21
// A 世 true
// hi Hi
// true false true true true true
// 01234 5
// 01234 01234!
// Hello 世界! true
// 6
// dup go
// 3
// "tab\there" plain [a b] 6869
