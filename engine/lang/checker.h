// engine/lang/checker.h — the type checker's internal interface (not used outside engine/lang).
// Owns: the Checker class shared by check_*.cpp: package-level declaration resolution (lazy,
// in dependency order), expression typing with untyped constants, statements, and the
// escape/loop-variable facts the compiler needs. Error wording follows types2.
#pragma once
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "lang/ast.h"
#include "lang/context.h"
#include "lang/frontend.h"

namespace gort::lang {

std::string expr_string(const Expr* e);  // syntax.String: the expression as gc prints it

class Checker {
 public:
  Checker(TypeContext& ctx, Package* pkg, File& file, std::vector<Diagnostic>& diags, int go_minor,
          bool is_std);
  void check_package(Program* prog);  // prog may be nullptr for std packages
  void contribute_std(Program* prog);
  File& file() { return file_; }  // a std package written in Go: its globals, inits, instances
  std::string_view src_;               // the file's text (generic instances re-parse their decls)
  const std::vector<SourceFile>* sources_ = nullptr;  // several files: the one holding a decl
  // Several files: each file's scope (its imports; parent: the package scope), by line_base.
  // Declarations and bodies of a file resolve names through it, as Go's file blocks.
  std::vector<std::pair<int, Scope*>> file_scopes_;
  Scope* file_scope(int line);
  Scope* own_file_scope(int line);  // file_scope, made a scope of its own for one file too

  // ---- errors ----
  void error(Pos p, std::string msg);
  std::vector<Diagnostic>& diags() { return *out_; }
  void soft_error(Pos p, std::string msg) { error(p, std::move(msg)); }

  // ---- package level (check_decl.cpp) ----
  struct DeclInfo {
    Object* obj = nullptr;
    ValueSpec* vspec = nullptr;  // const/var
    int vindex = 0;              // index of obj in vspec->names
    TypeSpec* tspec = nullptr;
    FuncDecl* fdecl = nullptr;
    std::set<Object*> deps;      // package-level vars/funcs referenced (init order)
    int color = 0;               // 0 white, 1 grey (in progress), 2 black
  };
  void collect_objects();
  void redeclared(Pos p, const std::string& name, Object* prev);
  void resolve(Object* obj);  // ensure a package-level object's type is known
  void flush_unused();
  struct PendingUnused {
    int depth;  // function nesting (closures after their enclosing function)
    int scope;  // scope creation order (-1: a function's outermost scope)
    Pos pos;
    std::string name;
  };
  std::vector<PendingUnused> pending_unused_;
  std::map<Scope*, int> scope_seq_;
  void check_type_cycles();
  bool valid_type(Type* t, std::vector<Named*>& path, std::set<Named*>& done);
  void decl_type(TypeName* obj, TypeSpec* spec);
  void decl_const(Const* obj, ValueSpec* spec, int index);
  void decl_var(Var* obj, ValueSpec* spec, int index);
  void decl_func(Func* obj, FuncDecl* d);
  void collect_methods();
  void func_body(Func* f, FuncDecl* d);
  Signature* generic_signature(Func* f, FuncDecl* d, Scope* s);
  void compute_init_order(Program* prog);
  Package* import_package(ImportSpec* s);

  // ---- types (check_types.cpp) ----
  Type* type_expr(Expr* e);             // evaluates a type expression (errors if not a type)
  Type* type_expr_or_null(Expr* e);     // nullptr (with error) if not a type
  Signature* func_signature(FuncType* ft, Field* recv, Scope* scope, std::vector<Var*>* decl_vars);
  Struct* struct_type(StructType* st);
  Interface* interface_type(InterfaceType* it);
  void complete_interface(Interface* it);
  int64_t array_length(Expr* e);
  Type* sized_array(Pos p, Type* el, int64_t n);   // [n]el, with gc's "larger than address space"

  // ---- generics (check_generic.cpp) ----
  using TParamMap = std::vector<std::pair<TypeParam*, Type*>>;
  std::vector<TypeParam*> declare_tparams(std::vector<Field*>& fields, Scope* s);
  Type* constraint_type(Expr* e);  // a constraint: an interface, or a union/type made implicit
  void collect_terms(Expr* e, std::vector<Term>& out);
  Type* subst(Type* t, const TParamMap& m);
  Signature* subst_sig(Signature* s, const TParamMap& m);
  bool has_tparam(Type* t);
  // Empty when t satisfies tp's constraint, else the message ("[]int does not satisfy comparable").
  std::string unsatisfied(Type* t, TypeParam* tp, const TParamMap& m);
  bool verify_targs(const std::vector<TypeParam*>& tps, const std::vector<Type*>& targs,
                    const std::vector<Pos>& at);
  Named* instantiate_named(Named* gen, const std::vector<Type*>& targs, Pos at);
  void instantiate_methods(Named* inst);
  Func* instantiate_func(Func* gen, const std::vector<Type*>& targs);
  Func* instantiate_decl(Func* gen, const std::vector<Type*>& targs, Named* recv_inst);
  void check_instances();
  // x[...] where x denotes a generic type or function: e->tv becomes the instance.
  bool instantiate_index(IndexExpr* e);
  bool generic_call(CallExpr* e, Func* gen, Expr* fun_ident, std::vector<Type*> targs,
                    const std::vector<Pos>& targ_pos);
  bool unify(Type* p, Type* a, TParamMap& m);
  Func* generic_func_of(Expr* e);
  void bind_instance(Expr* name, Func* inst);  // F or pkg.F now denotes the instance
  std::vector<Type*> type_list(IndexExpr* e, std::vector<Pos>* pos);

  // ---- lookup (lookup.cpp) ----
  // An unexported name is qualified by a package (types2's Id): pkg, or the package being
  // checked when null. implements() passes the interface method's package, so *parse.ListNode's
  // writeTo satisfies parse.Node's writeTo even when main does the conversion.
  Selection lookup_field_or_method(Type* t, bool addressable, const std::string& name, bool fold_case = false,
                                   Package* pkg = nullptr);
  bool same_id(Object* o, const std::string& name, bool fold_case, Package* pkg = nullptr) const;
  // The "(...)" reason of "x.f undefined (...)" / the struct literal message for an unknown field.
  std::string lookup_error(Type* t, const std::string& sel, Object* alt, bool struct_lit);
  Func* lookup_method(Type* t, const std::string& name, bool* ptr_recv_needed, bool* found_field,
                      Package* pkg = nullptr);
  // Empty when t implements iface; otherwise the reason, e.g. "(missing method Foo)".
  bool implements(Type* t, Interface* iface, std::string* why);
  std::vector<Func*> method_set_all(Named* n);

  // ---- expressions (check_expr.cpp) ----
  void expr(Expr* e, Type* hint = nullptr);          // single value, untyped stays untyped
  void single_value(Expr* e);                          // the errors expr() adds after raw_expr()
  void expr_or_type(Expr* e);
  void multi_expr(Expr* e, Type* hint = nullptr);     // may yield a tuple
  void rvalue(Expr* e);                               // single value, defaulted
  void raw_expr(Expr* e, Type* hint);
  void ident(Ident* id, bool want_type);
  void selector(SelectorExpr* e);
  void call(CallExpr* e);
  void builtin_call(CallExpr* e, Builtin* b);
  void conversion(CallExpr* e, Type* t);
  void binary(BinaryExpr* e, Type* hint);
  void unary(UnaryExpr* e, Type* hint);
  void shift(BinaryExpr* e, Type* hint);
  void composite_lit(CompositeLit* e, Type* hint);
  void func_lit(FuncLit* e);
  void index_expr(IndexExpr* e);
  void slice_expr(SliceExpr* e);
  void type_assert(TypeAssertExpr* e);
  void arguments(CallExpr* e, Signature* sig, const std::string& fname, bool evaluated = false);

  // assignment: converts untyped, checks assignability; context like "assignment".
  bool assignment(Expr* x, Type* t, const std::string& context);
  void convert_untyped(Expr* x, Type* target);
  // Converts an untyped operand to target; false with reason "truncated"/"overflows"/"" on failure.
  bool implicit_convert(Expr* x, Type* target, std::string* reason);
  bool is_addressable(Expr* e);
  std::string call_have_string(CallExpr* e, const std::vector<Type*>& args);
  void comma_ok_mark(Expr* e);
  void assign_error(const std::vector<Expr*>& rhs, size_t l, size_t r);
  void set_type_rec(Expr* x, Type* t);
  void default_untyped(Expr* x);
  bool assignable(Expr* x, Type* t, std::string* cause);
  bool convertible(Type* from, Type* to, const ConstValue* cv);
  bool representable(const ConstValue& v, Basic* t, ConstValue* rounded, std::string* why);
  bool comparable(Type* t);
  bool comparable_impl(Type* t);
  std::set<Type*> comparing_;   // named types whose comparability is being decided
  void mark_addr(Expr* e);
  void use_var(Var* v);
  std::string operand_string(const Expr* e);
  Type* default_type(Type* t);
  void invalidate(Expr* e) { e->tv.mode = Mode::Invalid; e->tv.type = nullptr; }

  // ---- statements (check_stmt.cpp) ----
  struct FuncCtx {
    Func* fn = nullptr;
    FuncLit* lit = nullptr;
    Signature* sig = nullptr;
    RangeStmt* rf = nullptr;  // the body of this range-over-func loop (not a real function)
  };
  // Range over functions (check_stmt.cpp): the innermost real function's index in funcs_, the
  // number of range-over-func bodies around the current statement, and an exit leaving them.
  size_t real_func_index() const;
  int rf_depth() const { return funcs_.empty() ? 0 : int(funcs_.size() - real_func_index() - 1); }
  std::vector<RangeStmt*> rf_stack() const;   // the loops whose bodies enclose us, outermost first
  void rf_exit(Stmt* s, const std::vector<RangeStmt*>& stack, int level, int* code);
  void rf_flush_gotos();
  void rf_branch(BranchStmt* s);                      // at the end of a real function
  void range_func(RangeStmt* s, Signature* cb, int ctx);
  std::map<const Stmt*, int> rf_label_depth_;       // labeled statement → rf_depth() there
  std::vector<std::pair<BranchStmt*, std::vector<RangeStmt*>>> rf_gotos_;  // gotos in bodies
  int rf_codes_ = 0;
  void stmt_list(const std::vector<Stmt*>& list, int ctx);
  void stmt(Stmt* s, int ctx);
  void block(BlockStmt* b, int ctx);
  void assign_stmt(AssignStmt* s);
  void short_var_decl(AssignStmt* s);
  void assign_var(Expr* lhs, Expr* rhs_or_null, Type* rhs_type, const std::string& ctx);
  void var_decl_stmt(ValueSpec* spec);
  void const_decl_stmt(ValueSpec* spec);
  void for_stmt(ForStmt* s, int ctx);
  void range_stmt(RangeStmt* s, int ctx);
  void switch_stmt(SwitchStmt* s, int ctx);
  void type_switch_stmt(TypeSwitchStmt* s, int ctx);
  void select_stmt(SelectStmt* s, int ctx);
  void return_stmt(ReturnStmt* s);
  void branch_stmt(BranchStmt* s, int ctx);
  bool is_terminating(Stmt* s, const std::string& label);
  bool has_break(Stmt* s, const std::string& label, bool implicit);
  void declare(Scope* s, Object* o, Ident* id);
  Var* new_local(Ident* id, Type* t);
  void open_scope();
  void close_scope();
  void report_unused(Scope* s);
  void labels(BlockStmt* body);
  void check_gotos(BlockStmt* body);  // check_goto.cpp: resolves gotos, gc's goto errors

  // ---- constant arithmetic (constant.cpp) ----
  bool const_binary(Tok op, const ConstValue& a, const ConstValue& b, bool int_div, ConstValue* out,
                    Pos p);
  bool const_compare(Tok op, const ConstValue& a, const ConstValue& b);

  TypeContext& ctx_;
  Package* pkg_;
  File& file_;
  std::vector<Diagnostic>& diags_;
  std::vector<Diagnostic>* out_;     // where error() reports (instance bodies: a side list)
  std::vector<Func*> instance_queue_;  // instances whose bodies are not checked yet
  std::vector<Func*> instances_;       // every concrete function/method instance, creation order
  std::vector<Named*> named_instances_;
  bool methods_collected_ = false;
  // An import that cannot be resolved: go build stops in its package loader, before type
  // checking, so nothing but the import errors is reported.
  bool import_failed_ = false;
  bool in_constraint_ = false;  // evaluating a constraint (type sets are allowed)
  int inst_depth_ = 0;               // depth of the instance whose body is being checked
  std::map<Func*, int> inst_depths_;
  int named_depth_ = 0;              // nesting of generic type instantiations
  bool cycle_reported_ = false;
  int go_minor_;
  bool is_std_;
  Scope* scope_ = nullptr;  // current scope
  std::map<Object*, DeclInfo> decls_;
  std::vector<Object*> decl_order_;  // package-level objects in source order
  DeclInfo* cur_decl_ = nullptr;     // package-level declaration being checked (for deps)
  std::vector<FuncCtx> funcs_;       // enclosing functions (innermost last)
  std::vector<Scope*> all_local_scopes_;
  std::vector<Var*> locals_;         // all local vars, to report unused
  std::vector<ImportSpec*> imports_;
  // Dot imports: each name a `import . "p"` put in a file block, and the import it came by
  // (a use of the name is a use of the import).
  std::map<std::pair<Scope*, Object*>, PkgName*> dot_names_;
  void dot_import(ImportSpec* is, PkgName* pn);
  void check_dot_import_conflicts();
  void use_dot_import(Pos at, Object* o);
  std::map<Object*, std::vector<ValueSpec*>> dummy_;
  int iota_ = -1;                    // current iota, -1 outside constant declarations
  std::vector<FuncDecl*> bodies_;
  std::vector<Func*> body_funcs_;
  int lit_count_ = 0;
  std::map<std::string, Stmt*> labels_;  // current function's labels
  std::set<std::string> used_labels_;
};

// Statement context bits
enum : int { kInLoop = 1, kInSwitch = 2, kInSelect = 4, kFallthroughOk = 8, kFinalSwitchCase = 16 };

}  // namespace gort::lang
