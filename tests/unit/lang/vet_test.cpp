// tests/unit/lang/vet_test.cpp — the vet driver (lang/vet/vet.h): analyzers run in go vet's
// order (alphabetical, each in its own traversal order), findings print as go vet's lines, a
// file that does not compile yields its errors and no findings, and the language version
// decides loopclosure. Per-analyzer behaviour is tests/vet's (checked against real go vet).
#include <gtest/gtest.h>

#include "lang/vet/vet.h"

namespace gort::lang::vet {
namespace {

std::vector<Finding> vet(const std::string& src, int go_minor = 0) {
  std::vector<Finding> findings;
  std::vector<Diagnostic> errors;
  CheckOptions o;
  o.go_minor = go_minor;
  EXPECT_TRUE(vet_source(src, "prog.go", o, findings, errors)) << format_diagnostics("prog.go", errors);
  return findings;
}

TEST(Vet, AnalyzersInGoVetOrder) {
  auto f = vet(
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Printf(\"%d\\n\", \"s\")\n"
      "\tx := 1\n\tx = x\n\tfmt.Sprintf(\"x\")\n\treturn\n\tfmt.Println(x)\n}\n");
  ASSERT_EQ(f.size(), 4u);
  EXPECT_EQ(f[0].analyzer, "assign");
  EXPECT_EQ(f[1].analyzer, "printf");
  EXPECT_EQ(f[2].analyzer, "unreachable");
  EXPECT_EQ(f[3].analyzer, "unusedresult");
  EXPECT_EQ(format_findings("prog.go", f),
            "./prog.go:8:2: self-assignment of x to x\n"
            "./prog.go:6:2: fmt.Printf format %d has arg \"s\" of wrong type string\n"
            "./prog.go:11:2: unreachable code\n"
            "./prog.go:9:13: result of fmt.Sprintf call not used\n");
}

TEST(Vet, CleanProgramHasNoFindings) {
  EXPECT_TRUE(vet("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Printf(\"%d %s\\n\", 1, \"a\")\n}\n").empty());
}

TEST(Vet, CompileErrorsInsteadOfFindings) {
  std::vector<Finding> findings;
  std::vector<Diagnostic> errors;
  EXPECT_FALSE(vet_source("package main\n\nfunc main() {\n\tx := 1\n}\n", "prog.go", {}, findings, errors));
  EXPECT_TRUE(findings.empty());
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0].msg, "declared and not used: x");
}

TEST(Vet, LoopClosureOnlyWithSharedLoopVariables) {
  const std::string src =
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := 0; i < 3; i++ {\n"
      "\t\tdefer func() { fmt.Println(i) }()\n\t}\n}\n";
  auto f21 = vet(src, 21);
  ASSERT_EQ(f21.size(), 1u);
  EXPECT_EQ(f21[0].msg, "loop variable i captured by func literal");
  EXPECT_EQ(f21[0].pos.line, 7);
  EXPECT_TRUE(vet(src, 22).empty());
  EXPECT_EQ(vet("//go:build go1.21\n\n" + src).size(), 1u);  // the file's build line decides
}

}  // namespace
}  // namespace gort::lang::vet
