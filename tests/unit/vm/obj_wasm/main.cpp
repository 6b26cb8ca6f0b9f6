// tests/unit/vm/obj_wasm/main.cpp — runs every test registered through the gtest stand-in
// (gtest/gtest.h here); prints "ok N tests" and exits 0 when all pass. Build+run with
// tests/unit/vm/obj_wasm/build.sh.
#include "gtest/gtest.h"

int main() {
  for (const gtl::Test& t : gtl::tests()) {
    int before = gtl::failures();
    t.fn();
    std::printf("%s %s.%s\n", gtl::failures() == before ? "[ OK ]" : "[FAIL]", t.suite, t.name);
  }
  std::printf("%s %zu tests, %d failures\n", gtl::failures() ? "FAIL" : "ok", gtl::tests().size(),
              gtl::failures());
  return gtl::failures() ? 1 : 0;
}
