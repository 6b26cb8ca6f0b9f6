// engine/lang/token.cpp — token names and operator tables (see token.h).
#include "lang/token.h"

namespace gort::lang {

const char* tok_str(Tok t) {
  static const char* const names[] = {
#define GORT_TOK_STR(name, str) str,
      GORT_TOKENS(GORT_TOK_STR)
#undef GORT_TOK_STR
  };
  return names[static_cast<int>(t)];
}

bool tok_is_keyword(Tok t) { return t >= Tok::Break && t <= Tok::Var; }

int tok_precedence(Tok t) {
  switch (t) {
    case Tok::LOr: return 1;
    case Tok::LAnd: return 2;
    case Tok::Eql: case Tok::Neq: case Tok::Lss: case Tok::Leq: case Tok::Gtr: case Tok::Geq: return 3;
    case Tok::Add: case Tok::Sub: case Tok::Or: case Tok::Xor: return 4;
    case Tok::Mul: case Tok::Quo: case Tok::Rem: case Tok::Shl: case Tok::Shr: case Tok::And:
    case Tok::AndNot: return 5;
    default: return 0;
  }
}

bool tok_is_assign_op(Tok t) { return t >= Tok::AddAssign && t <= Tok::AndNotAssign; }

Tok tok_assign_base(Tok t) {
  switch (t) {
    case Tok::AddAssign: return Tok::Add;
    case Tok::SubAssign: return Tok::Sub;
    case Tok::MulAssign: return Tok::Mul;
    case Tok::QuoAssign: return Tok::Quo;
    case Tok::RemAssign: return Tok::Rem;
    case Tok::AndAssign: return Tok::And;
    case Tok::OrAssign: return Tok::Or;
    case Tok::XorAssign: return Tok::Xor;
    case Tok::ShlAssign: return Tok::Shl;
    case Tok::ShrAssign: return Tok::Shr;
    case Tok::AndNotAssign: return Tok::AndNot;
    default: return Tok::Illegal;
  }
}

}  // namespace gort::lang
