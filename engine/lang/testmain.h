// engine/lang/testmain.h — a test program's generated main (the Go playground's test mode).
// A package with no func main whose files declare TestXxx(t *testing.T), BenchmarkXxx(b
// *testing.B) or ExampleXxx() functions is run as `go test -v` would run it: the front end adds
// one more file, kTestMainFile, whose main hands the lists to testing.Main (std/go/testing).
// This is what the playground does too (it appends such a main to prog.go), so a program's
// output is the same in both.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "lang/ast.h"
#include "lang/frontend.h"

namespace gort::lang {

inline constexpr const char* kTestMainFile = "_testmain.go";
// `go test` of a package main that has its own func main (CheckOptions::go_test): the generated
// main is this function instead, and the package's main is an ordinary function its tests may
// call, as in go test (which builds the package under test apart from its testmain).
inline constexpr const char* kTestEntry = "_gort_testmain";

// The generated file's text, or "" when the package has no test functions or (the playground's
// mode) has a func main. files[k] is the text of parsed[k] (example output comments are read
// from it). go_test: `go test`'s rules — only *_test.go files' functions are tests, and a func
// main makes the generated entry kTestEntry (*entry says which; may be null). Without a
// *_test.go file go_test changes nothing.
std::string test_main_source(const std::vector<std::unique_ptr<File>>& parsed,
                             const std::vector<SourceFile>& files, bool go_test = false,
                             std::string* entry = nullptr);

bool is_test_file_name(const std::string& name);   // *_test.go

// Go's rules for the names: "Test" followed by end or a non-lower-case letter (TestX, Test_x,
// Test; not Testify).
bool is_test_name(const std::string& name, const std::string& prefix);

}  // namespace gort::lang
