// engine/host/txtar_test.cpp — the playground's txtar form (txtar.h) and runs of such programs
// through gort::run: several files, go.mod's version, data files in the working directory.
#include <gtest/gtest.h>

#include "host/engine.h"
#include "host/txtar.h"

using namespace gort;
using namespace gort::host;

TEST(Txtar, SplitsLeadingTextAsProgGo) {
  std::vector<TxtarFile> f;
  EXPECT_EQ(split_txtar("package main\n-- util.go --\npackage main\n--  data.txt  --\nx\n-- not a marker\n", f), "");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].name, "prog.go");
  EXPECT_EQ(f[0].data, "package main\n");
  EXPECT_EQ(f[1].name, "util.go");
  EXPECT_EQ(f[2].name, "data.txt");
  EXPECT_EQ(f[2].data, "x\n-- not a marker\n");
}

TEST(Txtar, BlankLeadIsNoFileAndErrors) {
  std::vector<TxtarFile> f;
  EXPECT_EQ(split_txtar("\n  \n-- a.go --\npackage main\n", f), "");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].name, "a.go");
  EXPECT_EQ(split_txtar("-- a.go --\n-- a.go --\n", f), "duplicate file name \"a.go\"");
  EXPECT_EQ(split_txtar("-- ../x --\n", f), "invalid file name \"../x\"");
  EXPECT_EQ(split_txtar("-- /x --\n", f), "invalid file name \"/x\"");
  EXPECT_TRUE(is_txtar("package main\n-- go.mod --\n"));
  EXPECT_FALSE(is_txtar("package main\n// -- x --\n--  --\n"));
}

TEST(Txtar, GoModVersion) {
  EXPECT_EQ(gomod_go_minor("module m\n\ngo 1.21\n"), 21);
  EXPECT_EQ(gomod_go_minor("module m\ngo 1.22.3\n"), 22);
  EXPECT_EQ(gomod_go_minor("module m\n"), 0);
}

namespace {
struct Capture final : Host {
  std::string out, err;
  void output(const OutputEvent& ev) override { (ev.stream == Stream::Stdout ? out : err).append(ev.bytes); }
  size_t read_stdin(char*, size_t) override { return 0; }
};

int run_src(const std::string& src, std::string* out, std::string* err, bool go_test = false) {
  Capture h;
  RunOptions o;
  o.go_test = go_test;
  o.gomaxprocs = 1;
  o.faketime = true;  // test durations are (0.00s) however loaded the machine is
  int st = gort::run(src, o, h);
  *out = h.out;
  *err = h.err;
  return st;
}
}  // namespace

TEST(Txtar, RunsSeveralFilesWithDataAndVersion) {
  std::string out, err;
  const char* src =
      "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n"
      "\tb, _ := os.ReadFile(\"data.txt\")\n\tfmt.Print(string(b), f())\n"
      "\tvar fs []func() int\n\tfor i := 0; i < 2; i++ {\n\t\tfs = append(fs, func() int { return i })\n\t}\n"
      "\tfmt.Println(fs[0]())\n}\n"
      "-- util.go --\npackage main\n\nfunc f() int { return 7 }\n"
      "-- data.txt --\nhello\n-- go.mod --\nmodule m\n\ngo 1.21\n";
  EXPECT_EQ(run_src(src, &out, &err), 0) << err;
  EXPECT_EQ(out, "hello\n72\n");  // go 1.21: one loop variable, the closures see 2
}

TEST(Txtar, ErrorsAndTracebacksNameTheFile) {
  std::string out, err;
  EXPECT_EQ(run_src("package main\n\nfunc main() { g() }\n-- util.go --\npackage main\n\nfunc g() { x() }\n", &out, &err), 1);
  EXPECT_EQ(err, "./util.go:3:12: undefined: x\n");
  EXPECT_EQ(run_src("package main\n\nfunc main() { g(nil) }\n-- util.go --\npackage main\n\nfunc g(p *int) {\n\t*p = 1\n}\n",
                    &out, &err), 2);
  EXPECT_NE(err.find("/tmp/util.go:4"), std::string::npos) << err;
  EXPECT_NE(err.find("/tmp/prog.go:3"), std::string::npos) << err;
  EXPECT_EQ(run_src("-- a.go --\n-- a.go --\n", &out, &err), 1);
  EXPECT_EQ(err, "gort: duplicate file name \"a.go\"\n");
}

TEST(Txtar, TestProgramRunsItsTests) {
  std::string out, err;
  const char* src = "package main\n\nimport \"testing\"\n\nfunc TestA(t *testing.T) {\n\tt.Error(\"no\")\n}\n";
  EXPECT_TRUE(is_test_program(src));
  EXPECT_FALSE(is_test_program("package main\nfunc main() {}\nfunc TestA(t *testing.T) {}\n"));
  EXPECT_EQ(run_src(src, &out, &err), 1) << err;
  EXPECT_EQ(out, "=== RUN   TestA\n    prog.go:6: no\n--- FAIL: TestA (0.00s)\nFAIL\n");
}

// go test's rules (RunOptions::go_test): an archive's _test.go files are tested even when the
// package has a func main, which is not run but may be called; only _test.go files hold tests.
TEST(Txtar, GoTestOfAPackageWithMain) {
  const char* src =
      "-- main.go --\npackage main\n\nimport (\n\t\"fmt\"\n\t\"testing\"\n)\n\nfunc Twice(n int) int { return 2 * n }\n\n"
      "func main() { fmt.Println(\"main ran\") }\n\nfunc TestNotATest(t *testing.T) { t.Fatal(\"not a test\") }\n"
      "-- main_test.go --\npackage main\n\nimport \"testing\"\n\n"
      "func TestTwice(t *testing.T) {\n\tif Twice(2) != 4 {\n\t\tt.Fatal(\"bad\")\n\t}\n\tmain()\n}\n";
  EXPECT_TRUE(is_test_program(src, "prog.go", true));
  EXPECT_FALSE(is_test_program(src));   // the playground's rule: main runs
  std::string out, err;
  EXPECT_EQ(run_src(src, &out, &err, true), 0) << err;
  EXPECT_EQ(out, "=== RUN   TestTwice\nmain ran\n--- PASS: TestTwice (0.00s)\nPASS\n");
  EXPECT_EQ(run_src(src, &out, &err), 0) << err;
  EXPECT_EQ(out, "main ran\n");
  // No _test.go file: go_test changes nothing.
  EXPECT_FALSE(is_test_program("package main\nfunc main() {}\nfunc TestA(t *testing.T) {}\n", "prog.go", true));
}

TEST(Txtar, FormatEachGoFile) {
  std::string err;
  std::string out = format_program("package main\nfunc main(){}\n-- util.go --\npackage main\nvar x=1\n-- data.txt --\n a  b\n",
                                   "prog.go", &err);
  EXPECT_EQ(err, "");
  EXPECT_EQ(out, "package main\n\nfunc main() {}\n-- util.go --\npackage main\n\nvar x = 1\n-- data.txt --\n a  b\n");
  format_program("-- a.go --\npackage main\nfunc (\n", "prog.go", &err);
  EXPECT_EQ(err.rfind("a.go:", 0), 0u) << err;
}

// go.mod's go line, clamped to the versions gort implements (1.21 to 1.24).
TEST(Txtar, GoModVersionClamped) {
  auto minor = [](const char* go_line) {
    std::string src = std::string("-- prog.go --\npackage main\n-- go.mod --\nmodule m\n\n") + go_line + "\n";
    return program_files(src, "prog.go").go_minor;
  };
  EXPECT_EQ(minor("go 1.23"), 23);
  EXPECT_EQ(minor("go 1.24.1"), 24);
  EXPECT_EQ(minor("go 1.26"), 24);
  EXPECT_EQ(minor("go 1.18"), 21);
}
