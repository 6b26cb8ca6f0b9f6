// engine/host/golden_test.cpp — expectation parsing and output checks used by `gort test`.
#include <gtest/gtest.h>

#include "host/golden.h"

using namespace gort::host;

TEST(Golden, ParsesBlocksFlagsAndExit) {
  Expectation e = parse_expectation(
      "// gort: --faketime --gomaxprocs 1\n"
      "// go: skip needs 1.22\n"
      "package main\nfunc main() {}\n"
      "// Output:\n// a\n//\n// b  \n"
      "// Stderr:\n// panic: boom\n// goroutine \n"
      "// Exit: 2\n");
  EXPECT_TRUE(e.has_output);
  EXPECT_FALSE(e.unordered);
  EXPECT_EQ(e.output, (std::vector<std::string>{"a", "", "b"}));
  EXPECT_EQ(e.stderr_lines, (std::vector<std::string>{"panic: boom", "goroutine"}));
  EXPECT_EQ(e.exit_code, 2);
  EXPECT_EQ(e.flags, (std::vector<std::string>{"--faketime", "--gomaxprocs", "1"}));
  EXPECT_TRUE(e.go_skip);
}

TEST(Golden, ExactUnorderedAndStderrChecks) {
  Expectation e = parse_expectation("// Output:\n// x\n// y\n");
  EXPECT_EQ(check_output(e, "x\ny\n\n", "", 0), "");
  EXPECT_NE(check_output(e, "y\nx\n", "", 0), "");
  EXPECT_NE(check_output(e, "x\ny\n", "", 2), "");
  Expectation u = parse_expectation("// Unordered output:\n// x\n// y\n");
  EXPECT_TRUE(u.unordered);
  EXPECT_EQ(check_output(u, "y\nx\n", "", 0), "");
  EXPECT_NE(check_output(u, "y\ny\n", "", 0), "");
  Expectation s = parse_expectation("// Output:\n// Stderr:\n// panic: boom\n// goroutine 1\n// Exit: 2\n");
  EXPECT_EQ(check_output(s, "", "panic: boom\n\ngoroutine 1 [running]:\n", 2), "");
  EXPECT_NE(check_output(s, "", "goroutine 1 [running]:\npanic: boom\n", 2), "");  // order matters
}

TEST(Golden, DiffMarksMissingAndExtraLines) {
  std::string d = line_diff({"a", "b", "c"}, {"a", "c", "d"});
  EXPECT_EQ(d, "  a\n- b\n  c\n+ d\n");
}

TEST(Golden, MarkdownCasesAreFencedGoBlocksWithOutput) {
  std::string md =
      "# Doc\n```go\npackage main\n// Output:\n// hi\n```\n"
      "text\n```go\npackage main // no output block: not a case\n```\n"
      "```go\npackage main\n// Unordered output:\n// 1\n// 2\n```\n";
  auto cases = extract_cases("docs/x.md", md);
  ASSERT_EQ(cases.size(), 2u);
  EXPECT_EQ(cases[0].name, "x.md:2");
  EXPECT_EQ(cases[0].exp.output, std::vector<std::string>{"hi"});
  EXPECT_TRUE(cases[1].exp.unordered);
}
