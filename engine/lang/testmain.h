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

// The generated file's text, or "" when the package has a func main or no test functions.
// files[k] is the text of parsed[k] (example output comments are read from it).
std::string test_main_source(const std::vector<std::unique_ptr<File>>& parsed,
                             const std::vector<SourceFile>& files);

// Go's rules for the names: "Test" followed by end or a non-lower-case letter (TestX, Test_x,
// Test; not Testify).
bool is_test_name(const std::string& name, const std::string& prefix);

}  // namespace gort::lang
