// engine/lang/ast.h — the Go syntax tree produced by the parser and annotated by the checker.
// Owns: node kinds for every Go expression, statement and declaration, plus the
// per-node slots the checker fills (TypeAndValue on expressions, Object* on identifiers,
// loop-variable semantics on loops). Generics: type parameter lists on FuncDecl/TypeSpec,
// instantiations as IndexExpr (several type arguments: index + extra), constraint unions as
// BinaryExpr '|' and '~T' as UnaryExpr Tilde. The compiler (BE) reads the annotated tree; it never needs
// a side table. Nodes live in an Arena owned by the File (no raw new/delete).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "lang/token.h"
#include "lang/types.h"

namespace gort::lang {

// ---- arena ---------------------------------------------------------------------------------
struct Node {
  Pos pos;  // position of the node's first token (gc reports errors at these)
  virtual ~Node() = default;
};

class Arena {
 public:
  template <class T, class... A>
  T* make(A&&... a) {
    auto p = std::make_unique<T>(std::forward<A>(a)...);
    T* r = p.get();
    nodes_.push_back(std::move(p));
    return r;
  }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
};

// ---- expressions ---------------------------------------------------------------------------
enum class ExprKind : uint8_t {
  Bad, Ident, BasicLit, CompositeLit, FuncLit, Paren, Selector, Index, Slice, TypeAssert,
  Call, Star, Unary, Binary, KeyValue,
  // type expressions
  ArrayType, StructType, FuncType, InterfaceType, MapType, ChanType, Ellipsis,
};

struct Expr : Node {
  ExprKind kind;
  // Filled by the checker: mode (value / constant / type / ...), type, constant value.
  // For an untyped constant expression the type is the *final* (defaulted or converted) type.
  TypeAndValue tv;
  explicit Expr(ExprKind k) : kind(k) {}
};

struct BadExpr : Expr { BadExpr() : Expr(ExprKind::Bad) {} };

struct Ident : Expr {
  std::string name;
  Object* obj = nullptr;  // checker: the object this identifier denotes or declares (nullptr for "_")
  Ident() : Expr(ExprKind::Ident) {}
};

// lit is the source text; value is the decoded value: for Int/Float the digits as written,
// for String/Char the interpreted bytes (escapes resolved; a Char's code point is in rune).
struct BasicLit : Expr {
  Tok tok = Tok::Int;  // Int, Float, Imag, Char, String
  std::string lit;
  std::string value;
  int32_t rune = 0;
  BasicLit() : Expr(ExprKind::BasicLit) {}
};

struct CompositeLit : Expr {
  Expr* type = nullptr;  // nullptr when elided inside an outer literal ({1, 2} in [][]int{{1, 2}})
  std::vector<Expr*> elts;  // KeyValueExpr for keyed elements
  Pos lbrace, rbrace;
  CompositeLit() : Expr(ExprKind::CompositeLit) {}
};

struct FuncType;
struct BlockStmt;
struct FuncLit : Expr {
  FuncType* type = nullptr;
  BlockStmt* body = nullptr;
  // checker: the enclosing function's variables this literal captures (each has captured=true)
  std::vector<Var*> captures;
  Signature* sig = nullptr;
  FuncLit() : Expr(ExprKind::FuncLit) {}
};

struct ParenExpr : Expr { Expr* x = nullptr; ParenExpr() : Expr(ExprKind::Paren) {} };

// How the checker resolved x.sel (see Selection in types.h).
struct SelectorExpr : Expr {
  Expr* x = nullptr;
  Ident* sel = nullptr;
  Selection selection;  // checker; kind == Qualified for pkg.Name (then sel->obj is the object)
  SelectorExpr() : Expr(ExprKind::Selector) {}
};

struct IndexExpr : Expr {
  Expr* x = nullptr;
  Expr* index = nullptr;
  std::vector<Expr*> extra;  // further type arguments: Pair[K, V] (index is the first)
  bool comma_ok = false;  // checker: v, ok := m[k]
  // checker: x[...] instantiates a generic function; x (an Ident) then denotes the instance
  // (the compiler treats the IndexExpr as x).
  bool is_inst = false;
  IndexExpr() : Expr(ExprKind::Index) {}
};

struct SliceExpr : Expr {
  Expr* x = nullptr;
  Expr *lo = nullptr, *hi = nullptr, *max = nullptr;
  bool slice3 = false;
  SliceExpr() : Expr(ExprKind::Slice) {}
};

struct TypeAssertExpr : Expr {
  Expr* x = nullptr;
  Expr* type = nullptr;  // nullptr for x.(type) in a type switch
  bool comma_ok = false;  // checker: used as v, ok := x.(T)
  TypeAssertExpr() : Expr(ExprKind::TypeAssert) {}
};

enum class CallKind : uint8_t { Unknown, Func, Method, Interface, Conversion, Builtin };

struct CallExpr : Expr {
  Expr* fun = nullptr;
  std::vector<Expr*> args;
  bool has_ellipsis = false;  // f(xs...)
  Pos lparen, rparen;
  CallKind call_kind = CallKind::Unknown;  // checker
  BuiltinId builtin = BuiltinId::None;      // checker, when call_kind == Builtin
  CallExpr() : Expr(ExprKind::Call) {}
};

struct StarExpr : Expr { Expr* x = nullptr; StarExpr() : Expr(ExprKind::Star) {} };  // *x or *T

struct UnaryExpr : Expr {
  Tok op = Tok::Illegal;  // Add Sub Not Xor And(&x) Arrow(<-x)
  Expr* x = nullptr;
  bool comma_ok = false;  // checker: v, ok := <-ch
  UnaryExpr() : Expr(ExprKind::Unary) {}
};

struct BinaryExpr : Expr {
  Tok op = Tok::Illegal;
  Pos op_pos;
  Expr *x = nullptr, *y = nullptr;
  BinaryExpr() : Expr(ExprKind::Binary) {}
};

struct KeyValueExpr : Expr {
  Expr *key = nullptr, *value = nullptr;
  KeyValueExpr() : Expr(ExprKind::KeyValue) {}
};

struct ArrayType : Expr {
  Expr* len = nullptr;  // nullptr: slice type []T; EllipsisExpr: [...]T
  Expr* elem = nullptr;
  ArrayType() : Expr(ExprKind::ArrayType) {}
};

struct Field : Node {
  std::vector<Ident*> names;  // empty: anonymous parameter/result or embedded field
  Expr* type = nullptr;
  std::string tag;  // struct tags (decoded)
};

struct StructType : Expr {
  std::vector<Field*> fields;
  StructType() : Expr(ExprKind::StructType) {}
};

struct FuncType : Expr {
  std::vector<Field*> params;
  std::vector<Field*> results;
  bool variadic = false;  // last param's type is EllipsisExpr
  FuncType() : Expr(ExprKind::FuncType) {}
};

// methods: Field with one name and a FuncType; embedded interfaces: Field with no names.
struct InterfaceType : Expr {
  std::vector<Field*> methods;
  InterfaceType() : Expr(ExprKind::InterfaceType) {}
};

struct MapType : Expr {
  Expr *key = nullptr, *value = nullptr;
  MapType() : Expr(ExprKind::MapType) {}
};

enum class ChanDir : uint8_t { Both, Send, Recv };
struct ChanType : Expr {
  ChanDir dir = ChanDir::Both;
  Expr* value = nullptr;
  ChanType() : Expr(ExprKind::ChanType) {}
};

struct EllipsisExpr : Expr {  // ...T in a parameter list, or [...] in an array type (elt null)
  Expr* elt = nullptr;
  EllipsisExpr() : Expr(ExprKind::Ellipsis) {}
};

// ---- statements ----------------------------------------------------------------------------
enum class StmtKind : uint8_t {
  Bad, Decl, Empty, Labeled, Expr, Send, IncDec, Assign, Go, Defer, Return, Branch, Block,
  If, CaseClause, Switch, TypeSwitch, CommClause, Select, For, Range,
};

struct Stmt : Node {
  StmtKind kind;
  explicit Stmt(StmtKind k) : kind(k) {}
};

struct BadStmt : Stmt { BadStmt() : Stmt(StmtKind::Bad) {} };
struct GenDecl;
struct DeclStmt : Stmt { GenDecl* decl = nullptr; DeclStmt() : Stmt(StmtKind::Decl) {} };
struct EmptyStmt : Stmt { EmptyStmt() : Stmt(StmtKind::Empty) {} };

struct LabeledStmt : Stmt {
  Ident* label = nullptr;
  Stmt* stmt = nullptr;
  LabeledStmt() : Stmt(StmtKind::Labeled) {}
};

struct ExprStmt : Stmt { Expr* x = nullptr; ExprStmt() : Stmt(StmtKind::Expr) {} };

struct SendStmt : Stmt {
  Expr *chan = nullptr, *value = nullptr;
  SendStmt() : Stmt(StmtKind::Send) {}
};

struct IncDecStmt : Stmt {
  Expr* x = nullptr;
  Tok tok = Tok::Inc;  // Inc or Dec
  IncDecStmt() : Stmt(StmtKind::IncDec) {}
};

// tok: Assign (=), Define (:=), or an op-assign (AddAssign, ...).
struct AssignStmt : Stmt {
  std::vector<Expr*> lhs, rhs;
  Tok tok = Tok::Assign;
  Pos tok_pos;
  AssignStmt() : Stmt(StmtKind::Assign) {}
};

// call is nullptr when the operand is not a call: not_call holds it, and the checker reports
// "expression in go/defer must be function call" (types2 does, since Go 1.21's parser accepts it).
struct GoStmt : Stmt { CallExpr* call = nullptr; Expr* not_call = nullptr; GoStmt() : Stmt(StmtKind::Go) {} };
struct DeferStmt : Stmt { CallExpr* call = nullptr; Expr* not_call = nullptr; DeferStmt() : Stmt(StmtKind::Defer) {} };

struct RangeStmt;
struct ReturnStmt : Stmt {
  std::vector<Expr*> results;
  // checker, inside a range-over-func body: the value #next takes while the return travels
  // out through the bodies (0: not in such a body), and the outermost such loop (its
  // RangeFunc::results hold the returned values on the way).
  int rf_code = 0;
  RangeStmt* rf_outer = nullptr;
  ReturnStmt() : Stmt(StmtKind::Return) {}
};

struct BranchStmt : Stmt {
  Tok tok = Tok::Break;  // Break Continue Goto Fallthrough
  Ident* label = nullptr;
  Stmt* target = nullptr;  // checker: the labeled/enclosing statement it leaves or continues
  int rf_code = 0;  // checker: leaves range-over-func bodies (ReturnStmt::rf_code)
  BranchStmt() : Stmt(StmtKind::Branch) {}
};

struct BlockStmt : Stmt {
  std::vector<Stmt*> list;
  Pos rbrace;
  BlockStmt() : Stmt(StmtKind::Block) {}
};

struct IfStmt : Stmt {
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  BlockStmt* then = nullptr;
  Stmt* els = nullptr;  // nullptr, IfStmt or BlockStmt
  IfStmt() : Stmt(StmtKind::If) {}
};

struct CaseClause : Stmt {
  std::vector<Expr*> list;  // empty: default
  bool is_default = false;
  std::vector<Stmt*> body;
  Var* implicit = nullptr;  // checker, type switch with x := ...: this clause's x
  CaseClause() : Stmt(StmtKind::CaseClause) {}
};

struct SwitchStmt : Stmt {
  Stmt* init = nullptr;
  Expr* tag = nullptr;  // nullptr: switch { ... } (tag is true)
  std::vector<CaseClause*> clauses;
  SwitchStmt() : Stmt(StmtKind::Switch) {}
};

// switch [init;] [x :=] y.(type) { ... }
struct TypeSwitchStmt : Stmt {
  Stmt* init = nullptr;
  Ident* bind = nullptr;        // x in x := y.(type); may be nullptr
  TypeAssertExpr* guard = nullptr;  // y.(type)
  std::vector<CaseClause*> clauses;
  TypeSwitchStmt() : Stmt(StmtKind::TypeSwitch) {}
};

struct CommClause : Stmt {
  Stmt* comm = nullptr;  // SendStmt, ExprStmt(<-ch), AssignStmt(v[, ok] = / := <-ch); nullptr: default
  std::vector<Stmt*> body;
  CommClause() : Stmt(StmtKind::CommClause) {}
};

struct SelectStmt : Stmt {
  std::vector<CommClause*> clauses;
  SelectStmt() : Stmt(StmtKind::Select) {}
};

// Loop-variable semantics (Go 1.22 per-iteration vs Go 1.21 one variable per loop) is decided
// per loop by the checker from the language version and stored here for the compiler.
struct ForStmt : Stmt {
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body = nullptr;
  bool per_iteration = true;  // checker: each iteration gets fresh copies of init's := vars
  ForStmt() : Stmt(StmtKind::For) {}
};

// Range over a function (Go 1.23), the checker's plan for the compiler. The loop body becomes a
// closure func(K, V) bool (`body`, whose captures the checker collected like a literal's) passed
// to the iterator. Leaving the body other than by falling off its end or `continue` sets #next
// (owned by the real enclosing function, shared by nested loops) to the exit's code and returns
// false; after the iterator returns, each loop's dispatch either performs the exits it owns or
// passes them on outwards. #state is gc's run-time check (RF_DONE=0, READY=1, PANIC=2,
// EXHAUSTED=3): the body panics when called after it returned false or after the loop ended.
struct RangeFuncExit {
  Stmt* stmt = nullptr;  // BranchStmt or ReturnStmt
  int code = 0;
  bool perform = false;  // this loop's dispatch performs it (else: passes it outwards)
};
struct RangeFunc : Node {
  FuncLit* body = nullptr;          // synthetic literal: captures and sig (params K, V; result bool)
  Var* state = nullptr;             // owned by the code holding the loop statement
  Var* next = nullptr;              // owned by the real function; declared by the outermost loop
  Var* depth = nullptr;             // the real function's frame (defer in a body); outermost declares
  std::vector<Var*> results;        // outermost loop: a return's values on their way out
  std::vector<Var*> params;         // body parameters (the := variables, or hidden ones)
  RangeStmt* outer = nullptr;       // the outermost range-over-func loop of this real function
  std::vector<RangeFuncExit> exits; // exits leaving this loop's body
};

struct RangeStmt : Stmt {
  Expr *key = nullptr, *value = nullptr;  // either may be nullptr
  Tok tok = Tok::Illegal;  // Define, Assign, or Illegal when there are no variables
  Expr* x = nullptr;
  BlockStmt* body = nullptr;
  bool per_iteration = true;  // checker (only meaningful with tok == Define)
  RangeKind range_kind = RangeKind::Unknown;  // checker: what x ranges over
  RangeFunc* rf = nullptr;                    // checker: range_kind == Func
  RangeStmt() : Stmt(StmtKind::Range) {}
};

// ---- declarations --------------------------------------------------------------------------
enum class SpecKind : uint8_t { Import, Value, Type };

struct Spec : Node {
  SpecKind kind;
  explicit Spec(SpecKind k) : kind(k) {}
};

struct ImportSpec : Spec {
  Ident* name = nullptr;  // nullptr, or the local name (possibly "_" or ".")
  std::string path;       // decoded
  Pos path_pos;
  PkgName* obj = nullptr;  // checker
  ImportSpec() : Spec(SpecKind::Import) {}
};

// const/var spec. For consts with implicit repetition the parser leaves values empty and sets
// implicit_from to the spec whose expressions are repeated; iota is this spec's index.
struct EmbedPattern {
  std::string pattern;
  Pos pos;  // the pattern's first byte (its quote, if quoted), where go build reports it
};
struct ValueSpec : Spec {
  std::vector<Ident*> names;
  Expr* type = nullptr;
  std::vector<Expr*> values;
  int iota = 0;
  ValueSpec* implicit_from = nullptr;
  // //go:embed directives above this var spec (embed_attach.cpp): every pattern, in order,
  // and the first directive's position (after "//", where gc reports misuse).
  std::vector<EmbedPattern> embeds;
  Pos embed_pos;
  ValueSpec() : Spec(SpecKind::Value) {}
};

struct TypeSpec : Spec {
  Ident* name = nullptr;
  std::vector<Field*> tparams;  // type G[T any, U comparable] ...: names + constraint
  bool alias = false;  // type A = B
  Expr* type = nullptr;
  TypeSpec() : Spec(SpecKind::Type) {}
};

struct Decl : Node {
  bool is_func = false;
};

struct GenDecl : Decl {
  Tok tok = Tok::Var;  // Import Const Type Var
  std::vector<Spec*> specs;
};

struct FuncDecl : Decl {
  Field* recv = nullptr;  // method receiver, or nullptr
  Ident* name = nullptr;
  std::vector<Field*> tparams;  // func F[T any](...): names + constraint
  FuncType* type = nullptr;
  BlockStmt* body = nullptr;  // nullptr: declaration without body (std package tables)
  Func* obj = nullptr;        // checker
  FuncDecl() { is_func = true; }
};

// A "//go:embed" comment as the scanner saw it: pos is just after "//" (gc's pragma position),
// line_start says nothing but blanks precede it on its line, text is "go:embed ...".
struct EmbedDirective {
  Pos pos;
  bool line_start = false;
  std::string text;
};
// Where a declaration takes the directives strictly between the token before it (prev) and
// its first token (start: the keyword of a lone spec or a func, a grouped spec's first name),
// as gc's parser takes pending pragmas at a ConstDecl/TypeDecl/VarDecl/FuncDecl. spec: the var
// spec (nullptr for a const, type or func: a directive there is misplaced); in_func for one
// inside a function body.
struct PragmaSite {
  ValueSpec* spec = nullptr;
  Pos prev, start;
  bool in_func = false;
};

// A parsed source file. Owns every node.
struct File {
  std::string filename;
  Ident* package_name = nullptr;
  std::vector<ImportSpec*> imports;
  std::vector<Decl*> decls;
  int go_minor = 0;  // from a "//go:build go1.NN" line before the package clause, 0 if none
  std::vector<EmbedDirective> embed_directives;  // every //go:embed comment, in order
  std::vector<PragmaSite> pragma_sites;          // declarations that take directives
  Arena arena;
};

}  // namespace gort::lang
