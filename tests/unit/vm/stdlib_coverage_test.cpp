// tests/unit/vm/stdlib_coverage_test.cpp — every function, method and package variable the std
// declarations (engine/lang/std/std_decls.cpp) declare without a body has a native under the
// name the compiler looks up (Func::qualified_name(): "fmt.Println", "time.Duration.String",
// "(*sync.WaitGroup).Add", "(*sync/atomic.Int64).Add"; variables by "os.Stdout").
#include <gtest/gtest.h>

#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "lang/std/std_decls.h"
#include "stdlib/natives.h"

namespace gort::stdlib {
namespace {

const char* const kPackages[] = {"fmt",     "time",    "sync",   "sync/atomic", "runtime",
                                 "os",      "bufio",   "strings", "strconv",    "errors",
                                 "math",    "math/rand", "sort", "unicode/utf8", "unicode", "log", "io", "context",
                                 "reflect", "encoding/json"};

std::vector<std::string> declared_natives(std::string_view path) {
  std::string src(lang::std_package_source(path));
  std::vector<std::string> out;
  std::istringstream in(src);
  std::string line;
  static const std::regex method(R"(^func \(\w+ (\*?)(\w+)\) (\w+)\()");
  static const std::regex func(R"(^func (\w+)\()");
  static const std::regex var1(R"(^var (\w+)\b)");
  static const std::regex varin(R"(^\t(\w+)\s+[\*\[\w])");
  bool in_var_block = false;
  // A package written in Go (engine/lang/std/go/) has real variables; only its body-less
  // funcs are natives.
  const bool vars_are_natives = !lang::std_package_is_go(path);
  std::smatch m;
  while (std::getline(in, line)) {
    if (line == "var (") { in_var_block = true; continue; }
    if (in_var_block) {
      if (line == ")") { in_var_block = false; continue; }
      if (vars_are_natives && std::regex_search(line, m, varin)) out.push_back(std::string(path) + "." + m[1].str());
      continue;
    }
    if (line.find('{') != std::string::npos && line.rfind("func", 0) == 0) continue;  // has a body
    if (std::regex_search(line, m, method)) {
      std::string base = std::string(path) + "." + m[2].str();
      out.push_back(m[1].str() == "*" ? "(*" + base + ")." + m[3].str() : base + "." + m[3].str());
    } else if (std::regex_search(line, m, func)) {
      out.push_back(std::string(path) + "." + m[1].str());
    } else if (vars_are_natives && line != "var (" && std::regex_search(line, m, var1)) {
      out.push_back(std::string(path) + "." + m[1].str());
    }
  }
  return out;
}

TEST(StdlibCoverage, EveryBodylessDeclarationHasANative) {
  int total = 0;
  std::vector<std::string> missing;
  for (const char* p : kPackages) {
    ASSERT_FALSE(lang::std_package_source(p).empty()) << p;
    for (const std::string& name : declared_natives(p)) {
      ++total;
      if (!find_native(name)) missing.push_back(name);
    }
  }
  EXPECT_GT(total, 250);  // the parser above really found the declarations
  std::string list;
  for (const auto& n : missing) list += n + "\n";
  EXPECT_TRUE(missing.empty()) << "no native for:\n" << list;
}

}  // namespace
}  // namespace gort::stdlib
