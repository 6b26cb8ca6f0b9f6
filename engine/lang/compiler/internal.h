// engine/lang/compiler/internal.h — the compiler's shared state: ModuleCompiler (protos,
// natives, run-time type descriptors, globals) and FuncCompiler (one function's registers,
// code emission, expressions and statements). Internal to engine/lang/compiler.
//
// Registers: every register has one kind (Obj* or scalar) for the whole function, which gives
// Proto::ptrmask. Locals and temporaries live in the "fixed" registers [0, nfixed). Above them
// is the call window: arguments are moved there right before a CALL and results are moved out
// right after it, with no safepoint in between, so the window is never scanned by the GC (its
// mask bits are 0) and may hold values of any kind. Window registers are written as
// kWin | i while compiling and relocated to nfixed + i when the function is finished.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "lang/ast.h"
#include "lang/compiler/compiler.h"
#include "vm/object.h"
#include "vm/proto.h"

namespace gort::lang {

using vm::Opcode;
constexpr uint16_t kWin = 0x8000;

class ModuleCompiler;

// Where a variable lives.
struct VarLoc {
  enum Kind : uint8_t { Reg, Box, Global, GlobalBox } kind = Reg;
  uint16_t reg = 0;      // Reg: the value; Box: the box object
  uint32_t global = 0;   // Global/GlobalBox: package variable index
};

class FuncCompiler {
 public:
  FuncCompiler(ModuleCompiler& mc, uint32_t proto_index, FuncCompiler* parent);
  // Compiles a function/method/literal body with signature sig (recv may be null).
  void compile_func(Var* recv, Signature* sig, BlockStmt* body, const std::vector<Var*>* captures,
                    bool named_results_from_sig);
  // The package initializer: var_inits, init funcs, main.main.
  void compile_native_vars_init();
  void compile_entry(const Program& prog);
  // An adapter for a promoted (or pointer-dereferencing) method; see ModuleCompiler.
  void build_wrapper(Type* recv_type, const std::vector<int>& path, Func* m, bool via_iface);

  // ---- registers ----
  uint16_t reg(bool ptr);          // a new fixed register of that kind
  uint16_t temp(bool ptr);         // a temporary (released at the end of the statement)
  uint16_t temp_for(Type* t);
  void release_temps(size_t mark);
  uint16_t win(int i) { if (i + 1 > nwin_) nwin_ = i + 1; return static_cast<uint16_t>(kWin | i); }

  // ---- emission ----
  size_t emit(Opcode op, int a = 0, int b = 0, int c = 0);
  void emit_ext(int a, int b = 0, int c = 0) { emit(Opcode::EXT, a, b, c); }
  void patch_jump(size_t at);      // jump at `at` lands on the next emitted instruction
  void patch_jump_to(size_t at, size_t target);
  size_t here();                   // a jump target: ends a pending result (below)
  void jump_back(size_t target);
  void load_int(uint16_t r, int64_t v);
  uint16_t konst(gort::Value v);
  void set_line(const Node* n) { if (n && n->pos.line > 0) line_ = n->pos.line; }
  void finish();

  // ---- expressions (compile_expr.cpp) ----
  // Value of e in some register (a variable's own register when it is one — do not write it).
  uint16_t expr(Expr* e);
  void expr_to(Expr* e, uint16_t dst);
  // Value of e converted to type `to` (interface boxing) and copied if an aggregate that Go
  // would copy; always a register the caller may keep.
  uint16_t value_for(Expr* e, Type* to);
  uint16_t convert_reg(uint16_t r, Type* from, Type* to);
  uint16_t copy_if_aggregate(uint16_t r, Type* t, Expr* src);
  // r holds a value of type t that may be null where Go has a zero value (a receive from a
  // closed channel, a missing map key): for aggregates, put a fresh zero object there.
  void zero_if_null(uint16_t r, Type* t);
  std::vector<uint16_t> multi(Expr* e, size_t n);   // n values of a tuple-valued expression
  uint16_t constant(const ConstValue& v, Type* t);
  // Computes a binary arithmetic expression straight into dst (false: not that kind of e).
  bool expr_into(Expr* e, uint16_t dst);
  uint16_t binary(BinaryExpr* e);
  // Emits a jump taken when cond == when (fused compare-and-branch for integer comparisons);
  // returns the instruction to patch.
  size_t cond_jump(Expr* cond, bool when);
  uint16_t compare(Tok op, uint16_t x, uint16_t y, Type* t);
  uint16_t arith(Tok op, uint16_t x, uint16_t y, Type* t, uint16_t dst);
  // The count register of a shift, made safe for the VM's signed check: a 64-bit unsigned
  // count >= 1<<63 is a huge count in Go (result 0 or all sign bits), not a negative one.
  uint16_t shift_count(Tok op, Expr* count, uint16_t reg);
  uint16_t unary(UnaryExpr* e);
  uint16_t call(CallExpr* e, int want);       // first result register (temps) or 0
  std::vector<uint16_t> call_results(CallExpr* e, int n);
  uint16_t builtin(CallExpr* e, std::vector<uint16_t>* extra);
  uint16_t conversion(CallExpr* e);
  uint16_t selector(SelectorExpr* e);
  uint16_t walk_path(uint16_t r, Type*& t, const std::vector<int>& path, size_t n);
  uint16_t index(IndexExpr* e);
  uint16_t slice_expr(SliceExpr* e);
  uint16_t composite(CompositeLit* e);
  uint16_t func_lit(FuncLit* e);
  uint16_t type_assert(TypeAssertExpr* e, uint16_t* ok);
  uint16_t addr_of(Expr* e);
  uint16_t receiver(SelectorExpr* sel, Func* m);
  uint16_t func_value(Func* f);
  uint16_t method_value(SelectorExpr* e);
  // Arguments of a call to sig, in order (variadic packed), as registers.
  std::vector<uint16_t> arguments(CallExpr* e, Signature* sig, size_t skip);
  // Emits a call of what `kind` describes with args already in registers; returns results.
  struct Callee {
    enum Kind { Proto, Native, Closure, Iface } kind;
    uint32_t index = 0;     // proto / native / method name
    uint16_t fn = 0;        // Closure: the func value register
  };
  std::vector<uint16_t> emit_call(const Callee& c, const std::vector<uint16_t>& args,
                                  const std::vector<Type*>& results);
  Callee callee_of(Func* f);
  bool retarget_to_window(uint16_t t, uint16_t w);
  // Before a one-result RET: the last instruction, which computed temporary t, writes R[0]
  // instead (the frame ends next, so its register 0 is free), when both are scalars.
  bool retarget_to_r0(uint16_t t);
  // A call's one scalar result is left in its window register instead of being moved to its
  // temporary t at once: until the statement releases t, instructions that use t are rewritten
  // to use the window register. Anything that could clobber the window, a jump or a jump
  // target, or an instruction outside a small set of plain register ops first puts the MOVE
  // back (undo_pending_result), so the code is then exactly what it would have been. When t is
  // released still pending, the MOVE is never emitted (fib: one MOVE less per call).
  struct PendingResult {
    bool active = false;
    uint16_t t = 0, w = 0;
    size_t at = 0;                               // where the MOVE t, w belongs
    std::vector<std::pair<size_t, int>> renamed;  // (instruction, operand 0..2) now naming w
  };
  PendingResult pending_;
  bool keeps_pending_result(Opcode op, int a, int b, int c) const;
  void undo_pending_result();

  // ---- variables ----
  VarLoc& declare_var(Var* v);                 // allocates its register/box (zeroed later)
  void init_var_zero(Var* v);
  void store_var(Var* v, uint16_t val);        // assignment of an already-copied value
  uint16_t load_var(Var* v);
  uint16_t addr_of_var(Var* v, Pos at);
  VarLoc* loc(Var* v);

  // ---- statements (compile_stmt.cpp) ----
  void block(const std::vector<Stmt*>& list);
  void stmt(Stmt* s);
  void assign(AssignStmt* s);
  struct PreparedLhs { int kind = 0; uint16_t a = 0, b = 0; };   // 0: nothing evaluated
  PreparedLhs prepare_lhs(Expr* lhs);   // assignment phase 1 (operands of the left side)
  void store_prepared(Expr* lhs, const PreparedLhs& p, uint16_t val);   // phase 2
  void store(Expr* lhs, uint16_t val, Type* vt);   // lhs = val (val already converted/copied)
  void op_assign(Expr* lhs, Tok op, Expr* rhs);
  void if_stmt(IfStmt* s);
  void for_stmt(ForStmt* s, Stmt* label);
  void range_stmt(RangeStmt* s, Stmt* label);
  void switch_stmt(SwitchStmt* s, Stmt* label);
  void type_switch(TypeSwitchStmt* s, Stmt* label);
  void select_stmt(SelectStmt* s, Stmt* label);
  void return_stmt(ReturnStmt* s);
  void goto_stmt(BranchStmt* b);
  void go_defer(CallExpr* call, bool is_go);
  void emit_defer(int nargs, int mask);        // DEFER, or DEFER_AT in a range-over-func body
  // ---- range over functions (rangefunc.cpp) ----
  void range_func(RangeStmt* s);               // the loop: iterator call + exit dispatch
  void compile_rf_body(RangeStmt* s);          // this proto is s's body closure
  void set_int_var(Var* v, int64_t val);
  void rf_body_return(bool more);              // the body returns more (true) / false (done)
  void rf_leave(int code);                     // #next = code; the body returns false
  void perform_exit(Stmt* s);                  // an exit whose target is in this proto
  void return_values(std::vector<uint16_t> vals);  // the tail of a return statement
  bool rf_handles(BranchStmt* b);              // range-over-func treatment of break/continue/goto
  void var_decl(ValueSpec* spec);
  void emit_return();
  void renew_box(Var* v);

  void error(Pos p, const std::string& msg);

  ModuleCompiler& mc;
  uint32_t proto_index;
  FuncCompiler* parent;
  vm::Proto* proto() const;

  struct Loop {
    Stmt* stmt;                   // the for/range/switch/select statement
    std::vector<size_t> breaks, continues;
    bool is_loop;
  };
  std::vector<Loop> loops_;
  Stmt* pending_label_ = nullptr;
  std::unordered_map<const LabeledStmt*, size_t> label_pcs_;                // goto targets compiled so far
  std::unordered_map<const LabeledStmt*, std::vector<size_t>> pending_gotos_;  // forward gotos to patch

  std::vector<bool> kinds_;                // per fixed register: holds Obj*
  std::vector<uint16_t> free_ptr_, free_scalar_;
  std::vector<uint16_t> temps_;
  int nwin_ = 0;
  int line_ = 0;
  std::unordered_map<const Var*, VarLoc> vars_;
  std::vector<Var*> results_;              // result variables (named or hidden)
  std::vector<uint16_t> hidden_results_;
  Signature* sig_ = nullptr;
  bool has_defer_ = false;
  uint16_t closure_reg_ = 0;
  const std::vector<Var*>* captures_ = nullptr;
  std::vector<uint16_t> last_results_;     // all results of the last call()
  // gc's order of evaluation within a statement (its "order" pass): every function call,
  // receive, && / || and the few other operations gc copies into temporaries (len, cap,
  // append, make, new, slicing, type assertions to non-pointer types, map literals) run
  // first, in lexical post-order, across the whole statement; only then the rest (variable
  // loads, indexing, division, map reads, field loads). So f(s[i], g()) calls g before the
  // index panics and a + f() reads a after f runs. A HoistScope compiles a statement's (or
  // an operand's) early expressions up front; expr()/call() then return the recorded
  // registers. Scopes nest (each && operand is a scope of its own); the map is cleared when
  // the outermost scope ends, which is within one statement, so the temporaries stay live.
  std::unordered_map<const Expr*, uint16_t> hoisted_;
  int hoist_depth_ = 0;
  class HoistScope {
   public:
    HoistScope(FuncCompiler& fc, Expr* root) : HoistScope(fc, std::vector<Expr*>{root}, false) {}
    // push_roots: the roots are several values (a, b = x, f()), each early itself if early.
    HoistScope(FuncCompiler& fc, const std::vector<Expr*>& roots, bool push_roots);
    ~HoistScope();
    HoistScope(const HoistScope&) = delete;
    HoistScope& operator=(const HoistScope&) = delete;
   private:
    FuncCompiler& fc_;
  };
  void collect_early(Expr* e, bool root, std::vector<Expr*>& out);
  void collect_converted(Expr* e, Type* to, std::vector<Expr*>& out);
  bool is_hoisted(const Expr* e, uint16_t* r) const {
    auto it = hoisted_.find(e);
    if (it == hoisted_.end()) return false;
    *r = it->second;
    return true;
  }
  // Constants live in registers loaded once by a prologue that finish() prepends.
  std::map<std::pair<uint64_t, bool>, uint16_t> const_regs_;
  std::vector<std::pair<uint16_t, gort::Value>> const_loads_;
  std::map<std::string, uint16_t> native_blocks_;   // argument kinds → register block
  bool is_lit_ = false;                     // compiling a func literal (naming nested ones)
  RangeStmt* rf_ = nullptr;                 // this proto is that range-over-func loop's body
  int range_counter_ = 0;                   // naming bodies: main.main-range1
  bool performing_ = false;                 // an exit's dispatch: do it here, do not leave
  int lit_counter_ = 0;
};

class ModuleCompiler {
 public:
  ModuleCompiler(const Program& prog, vm::Module& m, std::vector<Diagnostic>& diags)
      : prog(prog), m(m), diags(diags) {}
  bool run();
  bool race = false;   // emit RACE before memory accesses (compile's `race`)

  uint16_t type_index(Type* t);                 // Module::type_refs index
  std::string type_key(const Type* t);          // identity key (named types by object)
  const vm::TypeDesc* method_sig(Func* f);      // Func descriptor of f's signature, no receiver
  const vm::TypeDesc* desc(Type* t) { return m.type_refs[type_index(t)]; }
  uint32_t native_index(const std::string& name, Pos p);   // error if absent
  uint32_t native_index_or_none(const std::string& name, bool* found);
  uint16_t method_name(const std::string& name);
  uint32_t new_proto(const std::string& name);
  void set_proto_file(uint32_t proto, const Func* f);
  int32_t proto_of(Func* f);                   // -1 if a native (no body)
  uint32_t global_of(Var* v);
  uint32_t add_global(Var* v);
  void go_native_entry(size_t nargs, const std::vector<bool>& ptrs);  // vm::Module::go_native_entry

  const Program& prog;
  vm::Module& m;
  std::vector<Diagnostic>& diags;
  std::unordered_map<const Func*, uint32_t> func_protos;
  std::unordered_map<const Var*, uint32_t> globals;
  // Variables of std packages implemented natively (os.Args, io.EOF) that the program names: each
  // gets a global, set from its native getter ("os.Args") by the proto native_vars_proto, which
  // runtime.main calls first. So a program (and flag, written in Go) can assign os.Args, take its
  // address and see one identity for os.Stdin.
  std::vector<Var*> native_vars;
  uint32_t native_vars_proto = 0;
  std::unordered_map<std::string, uint16_t> type_cache;
  std::unordered_map<std::string, uint32_t> native_cache;
  std::unordered_map<std::string, uint16_t> method_cache;
  int lit_count = 0;
  bool failed = false;

 private:
  vm::TypeDesc* build_desc(Type* t, const std::string& key);
  void fill_methods(vm::TypeDesc* d, Named* n, bool ptr);

 public:
  uint32_t method_wrapper(Type* recv_type, const std::vector<int>& path, Func* m, bool via_iface);
};

std::string rt_type_string(const Type* t);   // Go's %T spelling

// ---- type helpers ----
Type* under(Type* t);
bool holds_ptr(Type* t);
bool is_aggregate(Type* t);
bool is_iface(Type* t);
bool is_string_t(Type* t);
bool is_float_t(Type* t);
bool is_complex_t(Type* t);   // complex64, complex128, untyped complex (a CplxObj register)
bool is_unsigned_t(Type* t);
bool is_int_t(Type* t);
BasicKind basic_kind(Type* t);   // Invalid if not basic
bool contains_defer(const std::vector<Stmt*>& list);

}  // namespace gort::lang
