// tests/unit/lang/format_test.cpp — lang/format (gofmt): the tricky layouts, byte for byte.
// Each input is a messy version of a small program (indentation flattened, blanks around "=" and
// after "," dropped); each expected text is what Go 1.19's gofmt printed for that input.
#include <gtest/gtest.h>

#include <string>

#include "lang/format/format.h"

namespace {

void expect_formats(const std::string& in, const std::string& want) {
  std::string err;
  std::string got = gort::lang::format::format_source(in, "prog.go", &err);
  EXPECT_EQ(err, "");
  EXPECT_EQ(got, want);
  // gofmt is idempotent
  std::string again = gort::lang::format::format_source(got, "prog.go", &err);
  EXPECT_EQ(again, want);
}

}  // namespace

TEST(Format, AlignsTrailingComments) {
  expect_formats(R"go(package main

var (
 a=1 // one
 longer=22 // two
 b string
)

func main() {
 x := 1 // x
 yy := 2 /* yy */
 _,_=x,yy
}
)go",
                 R"go(package main

var (
	a      = 1  // one
	longer = 22 // two
	b      string
)

func main() {
	x := 1  // x
	yy := 2 /* yy */
	_, _ = x, yy
}
)go");
}

TEST(Format, AlignsStructFieldsAndTags) {
  expect_formats(R"go(package p

type T struct {
 A int `json:"a"`
 LongName string `json:"long"` // c
 B,C []map[string]int
 *Embedded
}

type Embedded struct{ X int }
)go",
                 R"go(package p

type T struct {
	A        int    `json:"a"`
	LongName string `json:"long"` // c
	B, C     []map[string]int
	*Embedded
}

type Embedded struct{ X int }
)go");
}

TEST(Format, BinarySpacingByPrecedence) {
  expect_formats(R"go(package p

func f(a,b,c int) int {
 x := a*b + c
 y := a * (b + c)
 z := a+b*c - (a-b)/c
 if a+1 > b*2 && c != 0 {
 return x + y + z
 }
 return -a + b<<2
}
)go",
                 R"go(package p

func f(a, b, c int) int {
	x := a*b + c
	y := a * (b + c)
	z := a + b*c - (a-b)/c
	if a+1 > b*2 && c != 0 {
		return x + y + z
	}
	return -a + b<<2
}
)go");
}

TEST(Format, CompositeLiteralLayout) {
  expect_formats(R"go(package p

var m=map[string]int{
 "a": 1,
 "bbb":   2,"c": 3,
}
var s=[]struct{ X,Y int }{{1,2},{3,
 4}}
)go",
                 R"go(package p

var m = map[string]int{
	"a":   1,
	"bbb": 2, "c": 3,
}
var s = []struct{ X, Y int }{{1, 2}, {3,
	4}}
)go");
}

TEST(Format, KeepsOneBlankLine) {
  expect_formats(R"go(package p



func a() {


 x := 1



 _=x
}



func b() {}
)go",
                 R"go(package p

func a() {

	x := 1

	_ = x
}

func b() {}
)go");
}

TEST(Format, OneLineFuncBodies) {
  expect_formats(R"go(package p

func small() int { return 1 }

func (t *T) M(x int) (y int,err error) { y=x; return }

type T struct{}

var f=func(a int) int { return a * 2 }
)go",
                 R"go(package p

func small() int { return 1 }

func (t *T) M(x int) (y int, err error) { y = x; return }

type T struct{}

var f = func(a int) int { return a * 2 }
)go");
}

TEST(Format, SortsImports) {
  expect_formats(R"go(package main

import (
 "strings"
 "fmt"

 "os"
 "bufio"
)

var _=fmt.Println
var _=strings.ToUpper
var _=os.Exit
var _=bufio.NewReader
)go",
                 R"go(package main

import (
	"fmt"
	"strings"

	"bufio"
	"os"
)

var _ = fmt.Println
var _ = strings.ToUpper
var _ = os.Exit
var _ = bufio.NewReader
)go");
}

TEST(Format, CommentsAndDocComments) {
  expect_formats(R"go(// Package p is a test.
package p

/* block
   comment */

// F does things.
func F() {
 // leading
 switch x := 3; x {
 case 1,2: // small
 println(x)
 default:
 // nothing
 }
}
)go",
                 R"go(// Package p is a test.
package p

/* block
   comment */

// F does things.
func F() {
	// leading
	switch x := 3; x {
	case 1, 2: // small
		println(x)
	default:
		// nothing
	}
}
)go");
}

TEST(Format, Generics) {
  expect_formats(R"go(package p

type Number interface {
 ~int | ~float64
}

func Sum[T Number](xs []T) (s T) {
 for _,x := range xs {
 s += x
 }
 return
}

type Pair[K comparable,V any] struct {
 Key K
 Val V
}
)go",
                 R"go(package p

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs []T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}
)go");
}

TEST(Format, SliceAndCallBreaks) {
  expect_formats(R"go(package p

func f(s []int,i,j int) {
 _=s[i+1 : j]
 _=s[i:j]
 g(1,
 2,
 3)
 g(
 1,2,3,
 )
}

func g(a ...int) {}
)go",
                 R"go(package p

func f(s []int, i, j int) {
	_ = s[i+1 : j]
	_ = s[i:j]
	g(1,
		2,
		3)
	g(
		1, 2, 3,
	)
}

func g(a ...int) {}
)go");
}

TEST(Format, SyntaxErrorGivesPositionedMessage) {
  std::string err;
  std::string got = gort::lang::format::format_source("package main\nfunc main() {\n\tx := \n}\n", "prog.go", &err);
  EXPECT_EQ(got, "");
  EXPECT_EQ(err.rfind("prog.go:4:1: ", 0), 0u) << err;
}

TEST(Format, ScannerRecordsComments) {
  // the comment sink sees both comment forms, with their extents
  std::string err;
  std::string got = gort::lang::format::format_source("package p /* a */ // b\n", "prog.go", &err);
  EXPECT_EQ(got, "package p /* a */ // b\n");
}
