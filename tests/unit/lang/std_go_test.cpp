// tests/unit/lang/std_go_test.cpp — the std packages written in Go (engine/lang/std/go/): each
// one type-checks cleanly when imported, contributes its globals/inits/instances ahead of the
// program's, and a generic function of such a package is instantiated through a qualified name.
#include <gtest/gtest.h>

#include <string>

#include "lang/frontend.h"
#include "lang/std/std_go.h"

using namespace gort::lang;

TEST(StdGo, EveryPackageChecksCleanly) {
  int n = 0;
  for (const StdGoFile* g = std_go_files(); g->src; ++g, ++n) {
    Program p;
    std::vector<Diagnostic> d;
    std::string src = std::string("package main\nimport _ \"") + g->path + "\"\nfunc main() {}\n";
    if (std::string_view(g->path).find("internal/") != std::string_view::npos) {
      // A program may not import it (Go's rule); the std package importing it checks it.
      EXPECT_FALSE(check_source(src, "prog.go", {}, p, d)) << g->path;
      EXPECT_NE(format_diagnostics("prog.go", d).find("use of internal package"), std::string::npos);
      continue;
    }
    EXPECT_TRUE(check_source(src, "prog.go", {}, p, d)) << g->filename << ":\n" << format_diagnostics("prog.go", d);
    ASSERT_FALSE(p.std_go.empty()) << g->path;
    EXPECT_EQ(p.std_go.back().first->path, g->path);
  }
  EXPECT_GT(n, 0);
}

TEST(StdGo, GenericFunctionThroughQualifiedNameIsInstantiated) {
  Program p;
  std::vector<Diagnostic> d;
  const char* src = R"(package main
import "cmp"
func main() { _ = cmp.Compare(1, 2); _ = cmp.Compare("a", "b"); _ = cmp.Compare(1, 3) }
)";
  ASSERT_TRUE(check_source(src, "prog.go", {}, p, d)) << format_diagnostics("prog.go", d);
  int compares = 0;
  for (Func* f : p.instances)
    if (f->name == "Compare") compares++;
  EXPECT_EQ(compares, 2);  // Compare[int] once, Compare[string]
}

TEST(StdGo, WrongUseOfStdGenericReportsAtTheCall) {
  Program p;
  std::vector<Diagnostic> d;
  const char* src = R"(package main
import "cmp"
func main() { _ = cmp.Compare([]int{}, []int{}) }
)";
  EXPECT_FALSE(check_source(src, "prog.go", {}, p, d));
  EXPECT_NE(format_diagnostics("prog.go", d).find("prog.go:3:"), std::string::npos) << format_diagnostics("prog.go", d);
}
