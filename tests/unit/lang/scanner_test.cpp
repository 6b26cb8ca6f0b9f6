// tests/unit/lang/scanner_test.cpp — scanner: tokens, semicolon insertion, literal decoding,
// positions and the //go:build line.
#include <gtest/gtest.h>

#include "lang/scanner.h"

using namespace gort::lang;

namespace {
std::vector<Token> scan(const std::string& src, std::vector<Diagnostic>* errs = nullptr) {
  std::vector<Diagnostic> local;
  Scanner s(src, errs ? errs : &local);
  std::vector<Token> out;
  for (int i = 0; i < 10000; i++) {
    Token t = s.next();
    if (t.tok == Tok::EOF_) break;
    out.push_back(t);
  }
  return out;
}
std::string kinds(const std::vector<Token>& ts) {
  std::string s;
  for (auto& t : ts) {
    if (!s.empty()) s += " ";
    s += t.tok == Tok::Semicolon ? (t.lit == "newline" ? "NL" : t.lit == "EOF" ? "EOFSEMI" : ";") : tok_str(t.tok);
  }
  return s;
}
}  // namespace

TEST(Scanner, SemicolonInsertion) {
  EXPECT_EQ(kinds(scan("x\ny")), "name NL name EOFSEMI");
  EXPECT_EQ(kinds(scan("return\n")), "return NL");
  EXPECT_EQ(kinds(scan("f(a,\nb)\n")), "name ( name , name ) NL");
  EXPECT_EQ(kinds(scan("x++\n}\n")), "name ++ NL } NL");
  EXPECT_EQ(kinds(scan("a + // c\nb")), "name + name EOFSEMI");
  EXPECT_EQ(kinds(scan("a /* multi\nline */ b")), "name NL name EOFSEMI");
  EXPECT_EQ(kinds(scan("if x {")), "if name {");
}

TEST(Scanner, Operators) {
  EXPECT_EQ(kinds(scan("<- <<= &^= &^ ... := != ~")), "<- <<= &^= &^ ... := != ~");
}

TEST(Scanner, IntAndFloatLiterals) {
  auto ts = scan("42 0x_2A 0o52 052 0b101010 1_000 3.14 1e9 .5 0x1p-2 2i");
  ASSERT_EQ(ts.size(), 12u);  // + EOF semicolon
  EXPECT_EQ(ts[0].tok, Tok::Int);
  EXPECT_EQ(ts[1].lit, "0x_2A");
  EXPECT_EQ(ts[6].tok, Tok::Float);
  EXPECT_EQ(ts[7].tok, Tok::Float);
  EXPECT_EQ(ts[8].tok, Tok::Float);
  EXPECT_EQ(ts[9].tok, Tok::Float);
  EXPECT_EQ(ts[10].tok, Tok::Imag);
  std::vector<Diagnostic> errs;
  scan("09", &errs);
  ASSERT_EQ(errs.size(), 1u);
  EXPECT_EQ(errs[0].msg, "invalid digit '9' in octal literal");
}

TEST(Scanner, StringAndRuneLiterals) {
  auto ts = scan(R"("a\tb\x41\u00e9\U0001F600\"" `raw\n` 'x' '\n' '\'' 'é' '\377')");
  ASSERT_GE(ts.size(), 7u);
  EXPECT_EQ(ts[0].value, "a\tbA\xc3\xa9\xf0\x9f\x98\x80\"");
  EXPECT_EQ(ts[1].value, "raw\\n");
  EXPECT_EQ(ts[2].rune, 'x');
  EXPECT_EQ(ts[3].rune, '\n');
  EXPECT_EQ(ts[4].rune, '\'');
  EXPECT_EQ(ts[5].rune, 0xE9);
  EXPECT_EQ(ts[6].rune, 255);
  std::vector<Diagnostic> errs;
  scan("\"abc\nx", &errs);
  ASSERT_FALSE(errs.empty());
  EXPECT_EQ(errs[0].msg, "newline in string");
  errs.clear();
  scan("'ab'", &errs);
  ASSERT_FALSE(errs.empty());
  EXPECT_EQ(errs[0].msg, "more than one character in rune literal");
  errs.clear();
  scan("\"\\q\"", &errs);
  ASSERT_FALSE(errs.empty());
  EXPECT_EQ(errs[0].msg, "unknown escape");
}

TEST(Scanner, PositionsAreOneBasedByteColumns) {
  auto ts = scan("package main\n\nfunc  f() {\n\tx := \"é\" + y\n}");
  // "y" on line 4: tab(1) x(2) ' '(3) :=(4,5) ' ' "é"(7..10) ' ' +(12) ' ' y(14)
  const Token* y = nullptr;
  for (auto& t : ts)
    if (t.tok == Tok::Ident && t.lit == "y") y = &t;
  ASSERT_NE(y, nullptr);
  EXPECT_EQ(y->pos.line, 4);
  EXPECT_EQ(y->pos.col, 14);
}

TEST(Scanner, BuildLineLowersVersion) {
  std::vector<Diagnostic> errs;
  Scanner s("//go:build go1.21\n\npackage main\n", &errs);
  s.next();
  EXPECT_EQ(s.build_go_minor(), 21);
  Scanner s2("package main\n//go:build go1.21\n", &errs);
  while (s2.next().tok != Tok::EOF_) {
  }
  EXPECT_EQ(s2.build_go_minor(), 0);  // only before the package clause
}

TEST(Scanner, InvalidCharacter) {
  std::vector<Diagnostic> errs;
  scan("a @ b", &errs);
  ASSERT_EQ(errs.size(), 1u);
  EXPECT_EQ(errs[0].msg, "invalid character U+0040 '@'");
  EXPECT_EQ(errs[0].pos.col, 3);
}
