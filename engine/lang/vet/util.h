// engine/lang/vet/util.h — what every analyzer needs from the AST and types, in the shape the
// x/tools analyzers assume: a preorder walk (go/ast.Inspect), an expression printed as
// go/printer prints it (analysisutil.Format, which vet messages quote), a type printed as
// go/types prints it ("command-line-arguments.T": a file vetted alone is that package), the
// static callee of a call (typeutil.Callee) and method lookup with method-set membership.
#pragma once
#include <string>
#include <vector>

#include "lang/ast.h"
#include "lang/vet/vet.h"

namespace gort::lang::vet {

// Preorder walk in source order. A visit returning false skips the node's children.
struct Visitor {
  virtual ~Visitor() = default;
  virtual bool expr(Expr*) { return true; }
  virtual bool stmt(Stmt*) { return true; }
  virtual void leave_stmt(Stmt*) {}
  virtual bool func_decl(FuncDecl*) { return true; }
  virtual void gen_decl(GenDecl*) {}
};
void walk_file(File* f, Visitor& v);
void walk_expr(Expr* e, Visitor& v);
void walk_stmt(Stmt* s, Visitor& v);

// Findings of one analyzer, in report order.
struct Pass {
  const Program& prog;
  std::string analyzer;
  std::vector<Finding>& out;
  void report(Pos pos, std::string msg) { out.push_back({pos, analyzer, std::move(msg)}); }
};

Expr* unparen(Expr* e);
std::string format_expr(const Expr* e);       // go/printer: "x == 1 || y[i+1]"
std::string types_string(const Type* t);      // go/types: "command-line-arguments.T", "[]int"
Func* callee(const CallExpr* call);           // the function or method statically called
// The method called name of t (a type or a pointer to one), following embedded fields
// breadth-first as go/types does; nullptr if there is none. *in_value_set says whether it is in
// the method set of a non-addressable t value (value receiver, or reached through a pointer).
Func* find_method(Type* t, const std::string& name, bool* in_value_set);
// A call other than a conversion, or a receive, anywhere in e (analysisutil.HasSideEffects).
bool has_side_effects(const Expr* e);
bool is_constant(const Expr* e);
// The named type's package path (as go/types reports it: main is "command-line-arguments").
std::string pkg_path(const Package* p);
bool is_named(const Type* t, const char* pkg, const char* name);

}  // namespace gort::lang::vet
