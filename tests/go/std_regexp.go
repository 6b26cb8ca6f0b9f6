// regexp (a port of Go 1.19's regexp and regexp/syntax): matching, submatches, named groups,
// replacement with $ expansion and functions, splitting, Unicode classes, case folding,
// Longest, literal prefixes, and Go's compile errors.
package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(?P<user>[a-z.]+)@(?P<host>[a-z]+)\.(com|org)`)
	text := "write to ann.lee@example.com or bob@go.org, not eve@bad.net"
	fmt.Println(re.MatchString(text), re.NumSubexp(), re.SubexpNames(), re.SubexpIndex("host"))
	fmt.Println(re.FindString(text))
	fmt.Println(re.FindStringIndex(text))
	fmt.Printf("%q\n", re.FindAllString(text, -1))
	fmt.Printf("%q\n", re.FindAllStringSubmatch(text, 1))
	fmt.Println(re.FindAllStringSubmatchIndex(text, -1))
	fmt.Println(re.ReplaceAllString(text, "<$user at ${host}>"))
	fmt.Println(re.ReplaceAllLiteralString(text, "$user"))
	fmt.Println(re.ReplaceAllStringFunc(text, strings.ToUpper))
	var dst []byte
	for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
		dst = re.ExpandString(dst, "$host:$user;", text, m)
	}
	fmt.Println(string(dst))

	fmt.Printf("%q\n", regexp.MustCompile(`\s*[,;]\s*`).Split("a , b;c ;  d", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`a*`).Split("abaabaccadaaae", 5))
	fmt.Println(regexp.MustCompile(`^[\p{Lu}][\p{Ll}]+$`).MatchString("Élan"))
	fmt.Println(regexp.MustCompile(`\p{Han}+`).FindAllString("中文 and 日本語", -1))
	fmt.Println(regexp.MustCompile(`(?i)straße`).MatchString("STRASSE"), regexp.MustCompile(`(?i)k`).MatchString("\u212a"))
	fmt.Println(regexp.MustCompile(`[[:alpha:]]+|\d+`).FindAllString("abc 123 d4", -1))

	leftmost := regexp.MustCompile(`a(|b)`)
	longest := regexp.MustCompile(`a(|b)`)
	longest.Longest()
	fmt.Println(leftmost.FindString("ab"), longest.FindString("ab"))
	prefix, complete := regexp.MustCompile(`hello.*`).LiteralPrefix()
	fmt.Println(prefix, complete, regexp.QuoteMeta("1+1=2? [yes]"))
	fmt.Println(regexp.MustCompile(`(a+)(b+)?`).String())

	b := regexp.MustCompile(`o+`)
	fmt.Printf("%s %v\n", b.ReplaceAll([]byte("foo boo"), []byte("0")), b.Match([]byte("xo")))
	fmt.Printf("%q\n", b.FindAllIndex([]byte("oo o ooo"), 2))
	fmt.Println(regexp.MustCompile(`(\w+)\s(\w+)`).ReplaceAllString("hello world", "$2 $1"))
	fmt.Println(regexp.MustCompile(`x*`).ReplaceAllString("abc", "-"))

	for _, bad := range []string{`a(b`, `a)b`, `[z-a]`, `x{2,1}`, `*a`, `\8`, `(?P<n>a)(?P<n>b)`, `a**`, `\pX`} {
		_, err := regexp.Compile(bad)
		fmt.Println(err)
	}
	_, err := regexp.CompilePOSIX(`a|ab`)
	fmt.Println(err, regexp.MustCompilePOSIX(`a|ab`).FindString("abc"))
	defer func() { fmt.Println("recovered:", recover()) }()
	regexp.MustCompile(`(`)
}

// Output:
// true 3 [ user host ] 2
// ann.lee@example.com
// [9 28]
// ["ann.lee@example.com" "bob@go.org"]
// [["ann.lee@example.com" "ann.lee" "example" "com"]]
// [[9 28 9 16 17 24 25 28] [32 42 32 35 36 38 39 42]]
// write to <ann.lee at example> or <bob at go>, not eve@bad.net
// write to $user or $user, not eve@bad.net
// write to ANN.LEE@EXAMPLE.COM or BOB@GO.ORG, not eve@bad.net
// example:ann.lee;go:bob;
// ["a" "b" "c" "d"]
// ["" "b" "b" "c" "cadaaae"]
// true
// [中文 日本語]
// false true
// [abc 123 d 4]
// a ab
// hello false 1\+1=2\? \[yes\]
// (a+)(b+)?
// f0 b0 true
// [['\x00' '\x02'] ['\x03' '\x04']]
// world hello
// -a-b-c-
// error parsing regexp: missing closing ): `a(b`
// error parsing regexp: unexpected ): `a)b`
// error parsing regexp: invalid character class range: `z-a`
// error parsing regexp: invalid repeat count: `{2,1}`
// error parsing regexp: missing argument to repetition operator: `*`
// error parsing regexp: invalid escape sequence: `\8`
// <nil>
// error parsing regexp: invalid nested repetition operator: `**`
// error parsing regexp: invalid character class range: `\pX`
// <nil> ab
// recovered: regexp: Compile(`(`): error parsing regexp: missing closing ): `(`
