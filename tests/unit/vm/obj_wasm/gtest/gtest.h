// tests/unit/vm/obj_wasm/gtest/gtest.h — a minimal stand-in for GoogleTest (there is no GTest
// for Emscripten) so the object library's unit tests (tests/unit/vm/obj_*.cpp) also run as a
// wasm32 program, where Obj* is 4 bytes inside 8-byte slots. Supports the subset those tests
// use: TEST, EXPECT_/ASSERT_ {EQ,NE,TRUE,FALSE,GT,GE,LE,LT}, ADD_FAILURE, streamed messages.
// Values are not printed on failure, only the expression and the streamed message.
#pragma once
#include <cstdio>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

namespace gtl {
struct Test { const char* suite; const char* name; void (*fn)(); };
inline std::vector<Test>& tests() { static std::vector<Test> t; return t; }
inline int& failures() { static int n = 0; return n; }
struct Registrar {
  Registrar(const char* s, const char* n, void (*fn)()) { tests().push_back({s, n, fn}); }
};
struct Msg {
  std::ostringstream os;
  template <class T> Msg& operator<<(const T& v) { os << v; return *this; }
};
struct Reporter {
  const char* file; int line; const char* what;
  void operator=(const Msg& m) const {
    ++failures();
    std::printf("%s:%d: Failure: %s %s\n", file, line, what, m.os.str().c_str());
  }
};
}  // namespace gtl

#define TEST(s, n)                                                        \
  static void gtl_##s##_##n();                                            \
  static ::gtl::Registrar gtl_reg_##s##_##n(#s, #n, gtl_##s##_##n);       \
  static void gtl_##s##_##n()

#define GTL_CHECK_(cond, text) \
  if (cond) ; else ::gtl::Reporter{__FILE__, __LINE__, text} = ::gtl::Msg()
#define GTL_ASSERT_(cond, text) \
  if (cond) ; else return ::gtl::Reporter{__FILE__, __LINE__, text} = ::gtl::Msg()

#define EXPECT_TRUE(c) GTL_CHECK_(bool(c), "EXPECT_TRUE(" #c ")")
#define EXPECT_FALSE(c) GTL_CHECK_(!bool(c), "EXPECT_FALSE(" #c ")")
#define EXPECT_EQ(a, b) GTL_CHECK_((a) == (b), "EXPECT_EQ(" #a ", " #b ")")
#define EXPECT_NE(a, b) GTL_CHECK_((a) != (b), "EXPECT_NE(" #a ", " #b ")")
#define EXPECT_GT(a, b) GTL_CHECK_((a) > (b), "EXPECT_GT(" #a ", " #b ")")
#define EXPECT_GE(a, b) GTL_CHECK_((a) >= (b), "EXPECT_GE(" #a ", " #b ")")
#define EXPECT_LE(a, b) GTL_CHECK_((a) <= (b), "EXPECT_LE(" #a ", " #b ")")
#define EXPECT_LT(a, b) GTL_CHECK_((a) < (b), "EXPECT_LT(" #a ", " #b ")")
#define ASSERT_TRUE(c) GTL_ASSERT_(bool(c), "ASSERT_TRUE(" #c ")")
#define ASSERT_FALSE(c) GTL_ASSERT_(!bool(c), "ASSERT_FALSE(" #c ")")
#define ASSERT_EQ(a, b) GTL_ASSERT_((a) == (b), "ASSERT_EQ(" #a ", " #b ")")
#define ASSERT_NE(a, b) GTL_ASSERT_((a) != (b), "ASSERT_NE(" #a ", " #b ")")
#define ASSERT_GE(a, b) GTL_ASSERT_((a) >= (b), "ASSERT_GE(" #a ", " #b ")")
#define ADD_FAILURE() ::gtl::Reporter{__FILE__, __LINE__, "ADD_FAILURE"} = ::gtl::Msg()
