// tests/unit/lang/multifile_test.cpp — packages of several files (check_files): positions name
// their file, imports are shared, generic functions of a second file instantiate from its own
// text, and a package without main but with tests gets the generated test main.
#include <gtest/gtest.h>

#include <string>

#include "lang/frontend.h"
#include "lang/testmain.h"

using namespace gort::lang;

namespace {
std::string errors_of(std::vector<SourceFile> files) {
  Program p;
  std::vector<Diagnostic> d;
  check_files(std::move(files), {}, p, d);
  return format_diagnostics(p.sources, d);
}
}  // namespace

TEST(MultiFile, ErrorNamesItsFileAndLocalLine) {
  std::string e = errors_of({{"prog.go", "package main\n\nfunc main() {\n\thelper()\n}\n"},
                             {"util.go", "package main\n\nfunc helper() int {\n\treturn x\n}\n"}});
  EXPECT_EQ(e, "./util.go:4:9: undefined: x\n");
}

TEST(MultiFile, ErrorsSortByFileName) {
  // b.go is checked after a.go whatever the order given (go build sorts the files).
  std::string e = errors_of({{"b.go", "package main\n\nvar y int = \"s\"\n"},
                             {"a.go", "package main\n\nfunc main() { var x int = \"s\" }\n"}});
  EXPECT_EQ(e.substr(0, 9), "./a.go:3:") << e;
  EXPECT_NE(e.find("./b.go:3:"), std::string::npos) << e;
}

TEST(MultiFile, SharedImportsAndGenericFromSecondFile) {
  Program p;
  std::vector<Diagnostic> d;
  bool ok = check_files({{"prog.go", "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(Max(1, 2)) }\n"},
                         {"util.go", "package main\n\nimport \"fmt\"\n\n// a comment\nfunc Max[T int | float64](a, b T) T {\n\tif a > b {\n\t\treturn a\n\t}\n\tfmt.Print()\n\treturn b\n}\n"}},
                        {}, p, d);
  EXPECT_TRUE(ok) << format_diagnostics(p.sources, d);
  EXPECT_FALSE(p.is_test);
  ASSERT_EQ(p.sources.size(), 2u);
  int local = 0;
  const SourceFile* f = locate_line(p.sources, p.sources[1].line_base + 6, &local);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->name, "util.go");
  EXPECT_EQ(local, 6);
}

TEST(MultiFile, OneFileKeepsPlainNames) {
  EXPECT_EQ(errors_of({{"prog.go", "package main\n\nfunc main() { x() }\n"}}), "prog.go:3:15: undefined: x\n");
}

TEST(TestMain, GeneratedForTestsWithoutMain) {
  Program p;
  std::vector<Diagnostic> d;
  const char* src =
      "package main\n\nimport (\n\t\"fmt\"\n\t\"testing\"\n)\n\nfunc TestA(t *testing.T) {}\n"
      "func Testify(t *testing.T) {}\nfunc BenchmarkB(b *testing.B) {}\n"
      "func ExampleC() {\n\tfmt.Println(\"c\")\n\t// Output: c\n}\nfunc ExampleNoOutput() {}\n";
  ASSERT_TRUE(check_files({{"prog.go", src}}, {}, p, d)) << format_diagnostics(p.sources, d);
  EXPECT_TRUE(p.is_test);
  ASSERT_EQ(p.sources.size(), 2u);
  const std::string& tm = p.sources[1].text;
  EXPECT_NE(tm.find("{\"TestA\", TestA}"), std::string::npos) << tm;
  EXPECT_EQ(tm.find("Testify"), std::string::npos) << tm;  // "Test" + lower case: not a test
  EXPECT_NE(tm.find("{\"BenchmarkB\", BenchmarkB}"), std::string::npos) << tm;
  EXPECT_NE(tm.find("{\"ExampleC\", ExampleC, \"c\\n\", false}"), std::string::npos) << tm;
  EXPECT_EQ(tm.find("ExampleNoOutput"), std::string::npos) << tm;  // compiled, not run
  // An error in the user's file still names it plainly (the generated file does not count).
  EXPECT_EQ(errors_of({{"prog.go", "package main\n\nimport \"testing\"\n\nfunc TestA(t *testing.T) { y() }\n"}}),
            "prog.go:5:28: undefined: y\n");
}

TEST(TestMain, NotGeneratedWhenMainExists) {
  Program p;
  std::vector<Diagnostic> d;
  ASSERT_TRUE(check_files({{"prog.go", "package main\n\nimport \"testing\"\n\nfunc TestA(t *testing.T) {}\nfunc main() {}\n"}},
                          {}, p, d));
  EXPECT_FALSE(p.is_test);
  EXPECT_TRUE(is_test_name("Test", "Test"));
  EXPECT_TRUE(is_test_name("Test_x", "Test"));
  EXPECT_FALSE(is_test_name("Testx", "Test"));
}

TEST(MultiFile, TestFilesLeftOutWhenThereIsMain) {
  // As `go run .`: x_test.go is not part of the program (its package clause would not even
  // matter); without main the package runs as a test program and the file is in.
  Program p;
  std::vector<Diagnostic> d;
  EXPECT_TRUE(check_files({{"prog.go", "package main\n\nfunc main() {}\n"},
                           {"prog_test.go", "package main\n\nimport \"testing\"\n\nfunc TestA(t *testing.T) { undefined() }\n"}},
                          {}, p, d))
      << format_diagnostics(p.sources, d);
  EXPECT_FALSE(p.is_test);
  EXPECT_TRUE(check_files({{"prog.go", "package main\n\nfunc f() int { return 1 }\n"},
                           {"prog_test.go", "package main\n\nimport \"testing\"\n\nfunc TestA(t *testing.T) { f() }\n"}},
                          {}, p, d))
      << format_diagnostics(p.sources, d);
  EXPECT_TRUE(p.is_test);
}

TEST(MultiFile, ImportsBelongToTheirFile) {
  // util.go may not use prog.go's import; each file's unused import is reported in it; two
  // files may give one name to different packages.
  std::string e = errors_of({{"prog.go", "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() { fmt.Println(f()) }\n"},
                             {"util.go", "package main\n\nfunc f() string { return fmt.Sprint(1) }\n"},
                             {"z.go", "package main\n\nimport fmt \"strings\"\n\nvar _ = fmt.ToUpper\n"}});
  EXPECT_EQ(e, "./prog.go:5:2: \"os\" imported and not used\n./util.go:3:26: undefined: fmt\n");
}
