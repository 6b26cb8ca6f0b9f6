// tests/unit/lang/fix_imports_test.cpp — lang/imports (goimports for std packages): missing std
// imports added, unused ones removed, every import declaration merged into one sorted block, and
// the result gofmt-exact. Each expected text was checked with Go 1.19's gofmt (unchanged by it)
// and builds with `go vet`.
#include <gtest/gtest.h>

#include <string>

#include "lang/format/format.h"
#include "lang/imports/fix_imports.h"

namespace {

using gort::lang::imports::fix_imports;
using gort::lang::imports::std_import_path;

void expect_fixes(const std::string& in, const std::string& want) {
  std::string err;
  std::string got = fix_imports(in, "prog.go", &err);
  EXPECT_EQ(err, "");
  EXPECT_EQ(got, want);
  // Fixing again changes nothing, and the result is already gofmt's.
  EXPECT_EQ(fix_imports(got, "prog.go", &err), want);
  EXPECT_EQ(gort::lang::format::format_source(got, "prog.go", &err), want);
}

}  // namespace

TEST(FixImports, AddsMissingFmt) {
  expect_fixes("package main\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n",
               "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n");
}

TEST(FixImports, AddsSeveralSortedAndFormats) {
  expect_fixes(R"go(package main
func main() {
x := strings.Repeat("a", 3)
time.Sleep(time.Millisecond)
fmt.Println(x, rand.Intn(1), template.HTMLEscapeString("<"))
}
)go",
               R"go(package main

import (
	"fmt"
	"math/rand"
	"strings"
	"text/template"
	"time"
)

func main() {
	x := strings.Repeat("a", 3)
	time.Sleep(time.Millisecond)
	fmt.Println(x, rand.Intn(1), template.HTMLEscapeString("<"))
}
)go");
}

TEST(FixImports, RemovesUnusedAndKeepsOneAsSingleImport) {
  expect_fixes(R"go(package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println("x")
}
)go",
               "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"x\")\n}\n");
}

TEST(FixImports, RemovesEveryImportWhenNoneUsed) {
  expect_fixes("package main\n\nimport \"fmt\"\n\nfunc main() {\n}\n", "package main\n\nfunc main() {\n}\n");
}

TEST(FixImports, MergesDeclarationsKeepsNamesAndComments) {
  expect_fixes(R"go(package main

import "time"
import (
	str "strings" // renamed
	_ "embed"
	"os"
)

func main() {
	println(str.ToUpper("a"), time.Second)
	fmt.Print(sort.IsSorted(nil))
}
)go",
               R"go(package main

import (
	_ "embed"
	"fmt"
	"sort"
	str "strings" // renamed
	"time"
)

func main() {
	println(str.ToUpper("a"), time.Second)
	fmt.Print(sort.IsSorted(nil))
}
)go");
}

TEST(FixImports, LeavesAGoodFileAsGofmtWould) {
  const std::string src = "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Fprintln(os.Stderr, 1)\n}\n";
  expect_fixes(src, src);
}

TEST(FixImports, LocalNamesAndFieldsAreNotPackages) {
  // `strings` is a parameter, `p.fmt` a field, `s.rand` a field: no import for any of them.
  expect_fixes(R"go(package main

type T struct{ fmt, rand int }

func f(strings []string, s T) int { return len(strings) + s.fmt + s.rand }

func main() {
	var t T
	println(f(nil, t), t.fmt)
}
)go",
               R"go(package main

type T struct{ fmt, rand int }

func f(strings []string, s T) int { return len(strings) + s.fmt + s.rand }

func main() {
	var t T
	println(f(nil, t), t.fmt)
}
)go");
}

TEST(FixImports, TypesInSignaturesAndUnknownNames) {
  // time.Duration in a signature is a use; nosuch.X names no std package and is left alone.
  expect_fixes("package main\n\nfunc d(x time.Duration) int64 { return nosuch.X + int64(x) }\n",
               "package main\n\nimport \"time\"\n\nfunc d(x time.Duration) int64 { return nosuch.X + int64(x) }\n");
}

TEST(FixImports, PackageClauseCommentStaysOnItsLine) {
  expect_fixes("// Doc.\npackage main // the main package\n\nfunc main() { fmt.Println() }\n",
               "// Doc.\npackage main // the main package\n\nimport \"fmt\"\n\nfunc main() { fmt.Println() }\n");
}

TEST(FixImports, SyntaxErrorReportsGoPosition) {
  std::string err;
  std::string got = fix_imports("package main\n\nfunc main() {\n\tfmt.Println(\n}\n", "prog.go", &err);
  EXPECT_EQ(got, "");
  EXPECT_EQ(err.rfind("prog.go:5:1: syntax error", 0), 0u) << err;
}

TEST(FixImports, StdNameTable) {
  EXPECT_EQ(std_import_path("fmt"), "fmt");
  EXPECT_EQ(std_import_path("rand"), "math/rand");
  EXPECT_EQ(std_import_path("template"), "text/template");
  EXPECT_EQ(std_import_path("atomic"), "sync/atomic");
  EXPECT_EQ(std_import_path("utf8"), "unicode/utf8");
  EXPECT_EQ(std_import_path("main"), "");
  EXPECT_EQ(std_import_path(""), "");
}
