// engine/lang/token.h — Go tokens and source positions.
// Owns: the token kinds the scanner produces (every Go operator, keyword and literal class),
// operator precedence for the parser, and Pos (line/column in bytes, 1-based, as gc prints).
#pragma once
#include <cstdint>
#include <string>

namespace gort::lang {

struct Pos {
  int32_t line = 0;  // 1-based; 0 = unknown
  int32_t col = 0;   // 1-based byte column
  bool valid() const { return line > 0; }
  friend bool operator<(Pos a, Pos b) { return a.line < b.line || (a.line == b.line && a.col < b.col); }
  friend bool operator==(Pos a, Pos b) { return a.line == b.line && a.col == b.col; }
};

#define GORT_TOKENS(X)                                                                     \
  X(Illegal, "ILLEGAL") X(EOF_, "EOF") X(Comment, "comment")                                \
  X(Ident, "name") X(Int, "literal") X(Float, "literal") X(Imag, "literal") X(Char, "literal") \
  X(String, "literal")                                                                     \
  X(Add, "+") X(Sub, "-") X(Mul, "*") X(Quo, "/") X(Rem, "%")                               \
  X(And, "&") X(Or, "|") X(Xor, "^") X(Shl, "<<") X(Shr, ">>") X(AndNot, "&^")              \
  X(AddAssign, "+=") X(SubAssign, "-=") X(MulAssign, "*=") X(QuoAssign, "/=")              \
  X(RemAssign, "%=") X(AndAssign, "&=") X(OrAssign, "|=") X(XorAssign, "^=")               \
  X(ShlAssign, "<<=") X(ShrAssign, ">>=") X(AndNotAssign, "&^=")                            \
  X(LAnd, "&&") X(LOr, "||") X(Arrow, "<-") X(Inc, "++") X(Dec, "--")                       \
  X(Eql, "==") X(Lss, "<") X(Gtr, ">") X(Assign, "=") X(Not, "!")                           \
  X(Neq, "!=") X(Leq, "<=") X(Geq, ">=") X(Define, ":=") X(Ellipsis, "...")                 \
  X(LParen, "(") X(LBrack, "[") X(LBrace, "{") X(Comma, ",") X(Period, ".")                 \
  X(RParen, ")") X(RBrack, "]") X(RBrace, "}") X(Semicolon, ";") X(Colon, ":") X(Tilde, "~") \
  X(Break, "break") X(Case, "case") X(Chan, "chan") X(Const, "const") X(Continue, "continue") \
  X(Default, "default") X(Defer, "defer") X(Else, "else") X(Fallthrough, "fallthrough")     \
  X(For, "for") X(Func, "func") X(Go, "go") X(Goto, "goto") X(If, "if") X(Import, "import")  \
  X(Interface, "interface") X(Map, "map") X(Package, "package") X(Range, "range")           \
  X(Return, "return") X(Select, "select") X(Struct, "struct") X(Switch, "switch")           \
  X(Type, "type") X(Var, "var")

enum class Tok : uint8_t {
#define GORT_TOK_ENUM(name, str) name,
  GORT_TOKENS(GORT_TOK_ENUM)
#undef GORT_TOK_ENUM
};

const char* tok_str(Tok t);     // "+", "break", "name", "literal", ...
bool tok_is_keyword(Tok t);
int tok_precedence(Tok t);      // binary operator precedence 1..5, 0 if not binary
bool tok_is_assign_op(Tok t);   // += -= ...
Tok tok_assign_base(Tok t);     // AddAssign -> Add

}  // namespace gort::lang
