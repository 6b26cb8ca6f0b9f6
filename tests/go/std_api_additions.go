// Go 1.19 std functions tutorials use that gort lacked (found by running learngo, gopl and
// learn-go-with-tests): strings.LastIndexFunc, strconv.IsPrint/IsGraphic, fmt.Append/Appendf/
// Appendln, rand.Uint32/Uint64 (seeded: the same numbers as Go), os.Expand/ExpandEnv.
package main

import (
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.LastIndexFunc("go gopher 42", unicode.IsLetter), strings.LastIndexFunc("héllo wörld", func(r rune) bool { return r > 127 }), strings.LastIndexFunc("123", unicode.IsLetter))
	fmt.Println(strconv.IsPrint('\u263a'), strconv.IsPrint('\t'), strconv.IsGraphic(' '), strconv.IsGraphic('\u00a0'), strconv.IsPrint('\u00a0'), strconv.IsGraphic('\u3000'), strconv.IsPrint(-1))
	b := fmt.Appendf([]byte("x="), "%d|%q", 42, "go")
	b = fmt.Append(b, " ", 1, 2, "a", "b")
	b = fmt.Appendln(b, "end", 3)
	fmt.Printf("%q\n", b)
	rand.Seed(1)
	fmt.Println(rand.Uint32(), rand.Uint64(), rand.Int63())
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Uint32(), r.Uint64(), r.Intn(100))
	os.Setenv("WHO", "gopher")
	os.Setenv("N", "3")
	fmt.Println(os.ExpandEnv("hi $WHO, ${WHO}s x$N $ ${} ${WHO $1 end$"))
	fmt.Println(os.Expand("$a-${b}-$9-${*}-$$-$NOPE", func(k string) string { return "<" + k + ">" }))
}

// Output:
// 8 8 -1
// true false true true false true false
// "x=42|\"go\" 1 2abend 3\n"
// 2596996162 8674665223082153551 6129484611666145821
// 1602144611 9832119173398632219 68
// hi gopher, gophers x3 $  WHO  end$
// <a>-<b>-<9>-<*>-<$>-<NOPE>
