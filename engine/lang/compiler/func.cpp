// engine/lang/compiler/func.cpp — one function's frame: register allocation by kind, code
// emission with line numbers, window relocation and pointer masks, variables (registers,
// boxes, package slots), function prologues/epilogues and the package entry proto.
#include "lang/compiler/internal.h"

namespace gort::lang {

FuncCompiler::FuncCompiler(ModuleCompiler& mc, uint32_t proto_index, FuncCompiler* parent)
    : mc(mc), proto_index(proto_index), parent(parent) {}

vm::Proto* FuncCompiler::proto() const { return &mc.m.protos[proto_index]; }

void FuncCompiler::error(Pos p, const std::string& msg) {
  mc.diags.push_back(Diagnostic{p, msg});
  mc.failed = true;
}

// ---- registers ----
uint16_t FuncCompiler::reg(bool ptr) {
  if (kinds_.size() >= 0x7000) {
    // Registers are 16-bit operands and kWin marks the window: refuse rather than wrap.
    if (kinds_.size() == 0x7000)
      error(Pos{line_, 1}, "gort: function " + proto()->name + " is too large (too many registers)");
    if (kinds_.size() > 0x7000) return 0x6fff;
  }
  kinds_.push_back(ptr);
  return static_cast<uint16_t>(kinds_.size() - 1);
}

uint16_t FuncCompiler::temp(bool ptr) {
  auto& fl = ptr ? free_ptr_ : free_scalar_;
  uint16_t r;
  if (!fl.empty()) {
    r = fl.back();
    fl.pop_back();
  } else {
    r = reg(ptr);
  }
  temps_.push_back(r);
  return r;
}

uint16_t FuncCompiler::temp_for(Type* t) { return temp(holds_ptr(t)); }

void FuncCompiler::release_temps(size_t mark) {
  while (temps_.size() > mark) {
    uint16_t r = temps_.back();
    if (pending_.active && pending_.t == r) pending_ = PendingResult{};  // the MOVE is not needed
    temps_.pop_back();
    (kinds_[r] ? free_ptr_ : free_scalar_).push_back(r);
  }
}

// ---- emission ----
// Loads and stores the race detector checks (the RACE instruction decodes the one after it).
static bool race_checked(Opcode op) {
  switch (op) {
    case Opcode::LOADG: case Opcode::STOREG: case Opcode::BOX_LOAD: case Opcode::BOX_STORE:
    case Opcode::FIELD: case Opcode::SETFIELD: case Opcode::ARR_LOAD: case Opcode::ARR_STORE:
    case Opcode::SLICE_LOAD: case Opcode::SLICE_STORE: case Opcode::REF_LOAD:
    case Opcode::REF_STORE: case Opcode::MAP_GET: case Opcode::MAP_GET2: case Opcode::MAP_SET:
    case Opcode::MAP_DELETE: case Opcode::MAP_CLEAR: case Opcode::MAP_ITER: return true;
    // copy and append: element ranges (race::access_range)
    case Opcode::COPY: case Opcode::COPY_STR: case Opcode::APPEND: case Opcode::APPEND_SLICE:
    case Opcode::APPEND_STR: return true;
    default: return false;
  }
}

// Plain register operations with no implicit operands, no safepoint and no jump: a pending
// call result (see PendingResult) may stay in its window register across them.
static bool plain_register_op(Opcode op) {
  switch (op) {
    case Opcode::MOVE: case Opcode::LOADK: case Opcode::LOADI: case Opcode::ADD_INT:
    case Opcode::SUB_INT: case Opcode::MUL_INT: case Opcode::ADDI_INT: case Opcode::NEG_INT:
    case Opcode::AND_INT: case Opcode::OR_INT: case Opcode::XOR_INT: case Opcode::ANDNOT_INT:
    case Opcode::BITNOT_INT: case Opcode::WRAP_I8: case Opcode::WRAP_I16: case Opcode::WRAP_I32:
    case Opcode::WRAP_U8: case Opcode::WRAP_U16: case Opcode::WRAP_U32: case Opcode::EQ_INT:
    case Opcode::NE_INT: case Opcode::LT_INT: case Opcode::LE_INT: case Opcode::LT_UINT:
    case Opcode::LE_UINT: case Opcode::ADD_FLOAT: case Opcode::SUB_FLOAT: case Opcode::MUL_FLOAT:
    case Opcode::DIV_FLOAT: case Opcode::NEG_FLOAT: case Opcode::EQ_FLOAT: case Opcode::NE_FLOAT:
    case Opcode::LT_FLOAT: case Opcode::LE_FLOAT: case Opcode::ROUND_F32:
    case Opcode::INT_TO_FLOAT: case Opcode::UINT_TO_FLOAT: case Opcode::NOT: return true;
    default: return false;
  }
}

bool FuncCompiler::keeps_pending_result(Opcode op, int a, int b, int c) const {
  // RET of one result reads just R[a]; nothing after it runs on this path.
  if (!plain_register_op(op) && !(op == Opcode::RET && b == 1)) return false;
  const vm::OpInfo& info = vm::op_info(op);
  for (auto [kind, v] : {std::pair{info.a, a}, std::pair{info.b, b}, std::pair{info.c, c}})
    if (kind == vm::OperandKind::R && (v & kWin)) return false;  // touches a window register
  return true;
}

void FuncCompiler::undo_pending_result() {
  if (!pending_.active) return;
  PendingResult pr = std::move(pending_);
  pending_ = PendingResult{};
  vm::Proto* p = proto();
  for (auto [k, field] : pr.renamed) {
    vm::Instr& in = p->code[k];
    (field == 0 ? in.a : field == 1 ? in.b : in.c) = pr.t;
  }
  // No jump and no recorded position lies in [at, end): inserting here moves nothing that
  // is referred to (jumps and here() undo first).
  p->code.insert(p->code.begin() + static_cast<long>(pr.at), vm::Instr{Opcode::MOVE, pr.t, pr.w, 0});
  p->lines.insert(p->lines.begin() + static_cast<long>(pr.at), p->lines[pr.at - 1]);
}

size_t FuncCompiler::emit(Opcode op, int a, int b, int c) {
  if (pending_.active) {
    if (!keeps_pending_result(op, a, b, c)) {
      undo_pending_result();
    } else {
      size_t k = proto()->code.size();
      const vm::OpInfo& info = vm::op_info(op);
      int* ops[3] = {&a, &b, &c};
      vm::OperandKind kinds[3] = {info.a, info.b, info.c};
      for (int i = 0; i < 3; ++i)
        if (kinds[i] == vm::OperandKind::R && *ops[i] == pending_.t) {
          *ops[i] = pending_.w;
          pending_.renamed.push_back({k, i});
        }
    }
  }
  vm::Proto* p = proto();
  if (mc.race && race_checked(op)) {
    // Returned indices name the access itself; jumps to here() land on the RACE before it.
    p->code.push_back(vm::Instr{Opcode::RACE, 0, 0, 0});
    p->lines.push_back(line_);
  }
  p->code.push_back(vm::Instr{op, static_cast<uint16_t>(a), static_cast<uint16_t>(b),
                              static_cast<uint16_t>(c)});
  p->lines.push_back(line_);
  return p->code.size() - 1;
}

size_t FuncCompiler::here() {
  undo_pending_result();
  return proto()->code.size();
}

void FuncCompiler::patch_jump_to(size_t at, size_t target) {
  undo_pending_result();  // (only ever already undone: targets come from here())
  vm::Instr& in = proto()->code[at];
  int off = static_cast<int>(target) - static_cast<int>(at) - 1;
  if (off < -32768 || off > 32767) {
    error(Pos{line_, 1}, "gort: function " + proto()->name + " is too large (jump out of range)");
    off = 0;
  }
  const vm::OpInfo& info = vm::op_info(in.op);
  if (info.b == vm::OperandKind::J) in.b = static_cast<uint16_t>(off);
  else in.c = static_cast<uint16_t>(off);
}

void FuncCompiler::patch_jump(size_t at) { patch_jump_to(at, here()); }

void FuncCompiler::jump_back(size_t target) {
  size_t at = emit(Opcode::JMP);
  patch_jump_to(at, target);
}

uint16_t FuncCompiler::konst(gort::Value v) {
  auto& k = proto()->consts;
  for (size_t i = 0; i < k.size(); ++i)
    if (k[i].u == v.u) return static_cast<uint16_t>(i);
  if (k.size() >= 0xffff) {
    error(Pos{line_, 1}, "gort: function " + proto()->name + " is too large (too many constants)");
    return 0;
  }
  k.push_back(v);
  return static_cast<uint16_t>(k.size() - 1);
}

void FuncCompiler::load_int(uint16_t r, int64_t v) {
  if (v >= -32768 && v <= 32767) emit(Opcode::LOADI, r, static_cast<uint16_t>(static_cast<int16_t>(v)));
  else emit(Opcode::LOADK, r, konst(gort::Value::from_int(v)));
}

void FuncCompiler::finish() {
  undo_pending_result();
  vm::Proto* p = proto();
  // Prepend the constant loads (relative jumps are unaffected; absolute pcs shift).
  if (!const_loads_.empty()) {
    std::vector<vm::Instr> pro;
    for (auto& [r, v] : const_loads_) {
      if (!kinds_[r] && v.i >= -32768 && v.i <= 32767)
        pro.push_back(vm::Instr{Opcode::LOADI, r, static_cast<uint16_t>(static_cast<int16_t>(v.i)), 0});
      else
        pro.push_back(vm::Instr{Opcode::LOADK, r, konst(v), 0});
    }
    p = proto();
    int first_line = p->lines.empty() ? line_ : p->lines.front();
    p->code.insert(p->code.begin(), pro.begin(), pro.end());
    p->lines.insert(p->lines.begin(), pro.size(), first_line);
    if (p->recover_pc >= 0) p->recover_pc += static_cast<int32_t>(pro.size());
  }
  uint16_t nfixed = static_cast<uint16_t>(kinds_.size());
  // Relocate window registers above the fixed ones.
  for (auto& in : p->code) {
    const vm::OpInfo& info = vm::op_info(in.op);
    auto fix = [&](vm::OperandKind k, uint16_t& v) {
      if (k == vm::OperandKind::R && (v & kWin)) v = static_cast<uint16_t>(nfixed + (v & ~kWin));
    };
    fix(info.a, in.a);
    fix(info.b, in.b);
    fix(info.c, in.c);
  }
  p->nregs = static_cast<uint16_t>(nfixed + nwin_ + 1);
  if (p->nregs < p->nparams) p->nregs = p->nparams;
  p->ptrmask = 0;
  p->ptrmask_ext.clear();
  for (uint16_t r = 0; r < nfixed; ++r) {
    if (!kinds_[r]) continue;
    if (r < 64) {
      p->ptrmask |= uint64_t{1} << r;
    } else {
      size_t w = (r - 64) / 64;
      if (p->ptrmask_ext.size() <= w) p->ptrmask_ext.resize(w + 1, 0);
      p->ptrmask_ext[w] |= uint64_t{1} << ((r - 64) % 64);
    }
  }
}

// ---- variables ----
VarLoc* FuncCompiler::loc(Var* v) {
  auto it = vars_.find(v);
  if (it != vars_.end()) return &it->second;
  return nullptr;
}

VarLoc& FuncCompiler::declare_var(Var* v) {
  VarLoc l;
  if (v->needs_box()) {
    l.kind = VarLoc::Box;
    l.reg = reg(true);
  } else {
    l.kind = VarLoc::Reg;
    l.reg = reg(holds_ptr(v->type));
  }
  vars_[v] = l;
  return vars_[v];
}

void FuncCompiler::init_var_zero(Var* v) {
  VarLoc& l = *loc(v);
  if (l.kind == VarLoc::Box) {
    emit(Opcode::BOX_NEW, l.reg, mc.type_index(v->type));
  } else if (is_aggregate(v->type)) {
    emit(Opcode::AGG_NEW, l.reg, mc.type_index(v->type));
  } else {
    emit(Opcode::LOADI, l.reg, 0);
  }
}

// A fresh box for a per-iteration loop variable (Go 1.22), holding the current value.
void FuncCompiler::renew_box(Var* v) {
  VarLoc* l = loc(v);
  if (!l || l->kind != VarLoc::Box) return;
  uint16_t t = temp_for(v->type);
  emit(Opcode::BOX_LOAD, t, l->reg);
  emit(Opcode::BOX_NEW, l->reg, mc.type_index(v->type));
  emit(Opcode::BOX_STORE, l->reg, t);
}

uint16_t FuncCompiler::load_var(Var* v) {
  if (v->is_global) {
    uint32_t g = mc.global_of(v);
    uint16_t t = temp_for(v->type);
    if (v->addr_taken && !is_aggregate(v->type)) {
      uint16_t b = temp(true);
      emit(Opcode::LOADG, b, g);
      emit(Opcode::BOX_LOAD, t, b);
    } else {
      emit(Opcode::LOADG, t, g);
    }
    return t;
  }
  VarLoc* l = loc(v);
  if (!l) {
    // A variable of an enclosing function that this literal did not capture (should not
    // happen with FE's capture lists).
    error(Pos{v->line, v->col}, "gort: internal compiler error: unknown variable " + v->name);
    return temp_for(v->type);
  }
  if (l->kind == VarLoc::Reg) return l->reg;
  uint16_t t = temp_for(v->type);
  emit(Opcode::BOX_LOAD, t, l->reg);
  return t;
}

void FuncCompiler::store_var(Var* v, uint16_t val) {
  bool agg = is_aggregate(v->type);
  if (v->is_global) {
    uint32_t g = mc.global_of(v);
    if (agg) {
      uint16_t o = temp(true);
      emit(Opcode::LOADG, o, g);
      size_t j = emit(Opcode::JMP_IFNOT, o);  // not yet initialized: store the object
      emit(Opcode::AGG_ASSIGN, o, val, mc.type_index(v->type));
      size_t j2 = emit(Opcode::JMP);
      patch_jump(j);
      emit(Opcode::STOREG, val, g);
      patch_jump(j2);
    } else if (v->addr_taken) {
      uint16_t b = temp(true);
      emit(Opcode::LOADG, b, g);
      emit(Opcode::BOX_STORE, b, val);
    } else {
      emit(Opcode::STOREG, val, g);
    }
    return;
  }
  VarLoc* l = loc(v);
  if (!l) {
    error(Pos{v->line, v->col}, "gort: internal compiler error: unknown variable " + v->name);
    return;
  }
  if (l->kind == VarLoc::Reg) {
    if (agg) emit(Opcode::AGG_ASSIGN, l->reg, val, mc.type_index(v->type));
    else if (l->reg != val) emit(Opcode::MOVE, l->reg, val);
  } else if (agg) {
    uint16_t o = temp(true);
    emit(Opcode::BOX_LOAD, o, l->reg);
    emit(Opcode::AGG_ASSIGN, o, val, mc.type_index(v->type));
  } else {
    emit(Opcode::BOX_STORE, l->reg, val);
  }
}

// ---- functions ----
void FuncCompiler::compile_func(Var* recv, Signature* sig, BlockStmt* body,
                                const std::vector<Var*>* captures, bool) {
  vm::Proto* p = proto();
  sig_ = sig;
  if (body) set_line(body);
  std::vector<Var*> params;
  if (recv) params.push_back(recv);
  if (sig->params) for (Var* v : sig->params->vars) params.push_back(v);
  // Parameters arrive in R[0..n); the closure (func literals with captures) after them.
  std::vector<uint16_t> preg;
  for (Var* v : params) preg.push_back(reg(holds_ptr(v->type)));
  if (captures && !captures->empty()) closure_reg_ = reg(true);
  p->nparams = static_cast<uint16_t>(kinds_.size());
  p->nresults = static_cast<uint16_t>(sig->results ? sig->results->vars.size() : 0);
  if (captures) p->ncaptures = static_cast<uint16_t>(captures->size());
  // Captured variables: boxes from the closure.
  if (captures) {
    for (size_t i = 0; i < captures->size(); ++i) {
      VarLoc l;
      l.kind = VarLoc::Box;
      l.reg = reg(true);
      vars_[(*captures)[i]] = l;
      emit(Opcode::CAPTURE, l.reg, closure_reg_, static_cast<int>(i));
    }
  }
  for (size_t i = 0; i < params.size(); ++i) {
    Var* v = params[i];
    if (v->name.empty() || v->name == "_") continue;
    if (v->needs_box()) {
      VarLoc l;
      l.kind = VarLoc::Box;
      l.reg = reg(true);
      vars_[v] = l;
      emit(Opcode::BOX_NEW, l.reg, mc.type_index(v->type));
      emit(Opcode::BOX_STORE, l.reg, preg[i]);
    } else {
      VarLoc l;
      l.reg = preg[i];
      vars_[v] = l;
    }
  }
  has_defer_ = body && contains_defer(body->list);
  if (sig->results) {
    for (Var* v : sig->results->vars) {
      bool named = !v->name.empty() && v->name != "_";
      if (named || has_defer_) {
        if (!named) {
          // A hidden result variable so deferred calls cannot clobber unnamed results.
          VarLoc l;
          l.reg = reg(holds_ptr(v->type));
          vars_[v] = l;
        } else {
          declare_var(v);
        }
        init_var_zero(v);
        results_.push_back(v);
      }
    }
  }
  if (body) block(body->list);
  if (!pending_gotos_.empty())
    error(body ? body->pos : Pos{}, "gort: internal compiler error: goto label not compiled");
  // Falling off the end: only valid for functions without results.
  set_line(body ? static_cast<Node*>(body) : nullptr);
  if (body) line_ = body->rbrace.line > 0 ? body->rbrace.line : line_;
  emit_return();
  if (has_defer_) {
    p = proto();
    p->recover_pc = static_cast<int32_t>(here());
    emit_return();
  }
  finish();
}

// Epilogue: run deferred calls, then return the result variables.
void FuncCompiler::emit_return() {
  if (has_defer_) emit(Opcode::RUNDEFERS);
  uint16_t n = proto()->nresults;
  if (n == 0) {
    emit(Opcode::RET, 0, 0);
    return;
  }
  if (results_.size() == n) {
    for (uint16_t i = 0; i < n; ++i) {
      uint16_t r = load_var(results_[i]);
      emit(Opcode::MOVE, win(i), r);
    }
    emit(Opcode::RET, win(0), n);
    return;
  }
  // Falling off the end of a function with results cannot happen (missing return is a
  // compile error); keep the code well-formed.
  for (uint16_t i = 0; i < n; ++i) emit(Opcode::LOADI, win(i), 0);
  emit(Opcode::RET, win(0), n);
}

void FuncCompiler::build_wrapper(Type* recv_type, const std::vector<int>& path, Func* m,
                                 bool via_iface) {
  Signature* sig = m->sig();
  line_ = m->line;
  uint16_t r = reg(holds_ptr(recv_type));
  std::vector<uint16_t> args;
  size_t np = sig->params ? sig->params->vars.size() : 0;
  for (size_t i = 0; i < np; ++i) args.push_back(reg(holds_ptr(sig->params->vars[i]->type)));
  {
    vm::Proto* p = proto();
    p->nparams = static_cast<uint16_t>(1 + np);
    p->nresults = static_cast<uint16_t>(sig->results ? sig->results->vars.size() : 0);
  }
  Type* t = recv_type;
  if (!via_iface && m->ptr_recv && !path.empty()) {
    // Pointer method of an embedded non-struct field: a reference to its slot.
    Type* pt = recv_type;
    uint16_t outer = walk_path(r, pt, path, path.size() - 1);
    Type* pu = under(pt);
    if (pu->kind == TypeKind::Pointer) pu = under(static_cast<Pointer*>(pu)->elem);
    Type* ft = static_cast<Struct*>(pu)->fields[path.back()]->type;
    if (under(ft)->kind != TypeKind::Pointer && !is_aggregate(ft)) {
      uint16_t ref = temp(true);
      emit(Opcode::REFK, ref, outer, path.back());
      std::vector<uint16_t> all{ref};
      all.insert(all.end(), args.begin(), args.end());
      std::vector<Type*> rts;
      if (sig->results) for (Var* v : sig->results->vars) rts.push_back(v->type);
      std::vector<uint16_t> res = emit_call(callee_of(m), all, rts);
      for (size_t i = 0; i < res.size(); ++i) emit(Opcode::MOVE, win(static_cast<int>(i)), res[i]);
      emit(Opcode::RET, win(0), static_cast<int>(res.size()));
      finish();
      return;
    }
  }
  r = walk_path(r, t, path, path.size());
  Type* u = under(t);
  bool is_ptr = u->kind == TypeKind::Pointer;
  Type* base = is_ptr ? static_cast<Pointer*>(u)->elem : t;
  Callee c;
  if (via_iface) {
    c.kind = Callee::Iface;
    c.index = mc.method_name(m->name);
  } else {
    c = callee_of(m);
    if (!m->ptr_recv) {
      if (is_ptr && !is_aggregate(base)) {
        uint16_t v = temp_for(base);
        emit(Opcode::REF_LOAD, v, r);
        r = v;
      } else if (is_aggregate(base)) {
        uint16_t v = temp(true);
        emit(Opcode::AGG_COPY, v, r, mc.type_index(base));
        r = v;
      }
    }
  }
  std::vector<uint16_t> all{r};
  all.insert(all.end(), args.begin(), args.end());
  std::vector<Type*> rts;
  if (sig->results) for (Var* v : sig->results->vars) rts.push_back(v->type);
  std::vector<uint16_t> res = emit_call(c, all, rts);
  for (size_t i = 0; i < res.size(); ++i) emit(Opcode::MOVE, win(static_cast<int>(i)), res[i]);
  emit(Opcode::RET, win(0), static_cast<int>(res.size()));
  finish();
}

// runtime.initNativeVars: each native std package variable the program names takes its value
// from the native getter of that name (see ModuleCompiler::native_vars).
void FuncCompiler::compile_native_vars_init() {
  vm::Proto* p = proto();
  p->nparams = 0;
  p->nresults = 0;
  line_ = 1;
  for (Var* v : mc.native_vars) {
    size_t mark = temps_.size();
    if (v->addr_taken && !is_aggregate(v->type)) {
      uint16_t b = temp(true);
      emit(Opcode::BOX_NEW, b, mc.type_index(v->type));
      emit(Opcode::STOREG, b, mc.global_of(v));
    }
    std::string name = (v->pkg ? v->pkg->path : std::string("?")) + "." + v->name;
    emit(Opcode::CALL_NATIVE, win(0), mc.native_index(name, Pos{v->line, v->col}));
    uint16_t r = temp_for(v->type);
    emit(Opcode::MOVE, r, win(0));
    store_var(v, r);
    release_temps(mark);
  }
  emit(Opcode::RET, 0, 0);
  finish();
}

void FuncCompiler::compile_entry(const Program& prog) {
  vm::Proto* p = proto();
  p->nparams = 0;
  p->nresults = 0;
  line_ = 1;
  emit(Opcode::CALL, win(0), mc.native_vars_proto);
  for (const VarInit& vi : prog.var_inits) {
    size_t mark = temps_.size();
    if (vi.rhs) set_line(vi.rhs);
    // Boxes for address-taken package variables first.
    for (Var* v : vi.lhs) {
      if (!v) continue;
      if (v->addr_taken && !is_aggregate(v->type)) {
        uint16_t b = temp(true);
        emit(Opcode::BOX_NEW, b, mc.type_index(v->type));
        emit(Opcode::STOREG, b, mc.global_of(v));
      }
    }
    if (!vi.rhs) {
      for (Var* v : vi.lhs) {
        if (!v || !is_aggregate(v->type)) continue;
        uint16_t o = temp(true);
        emit(Opcode::AGG_NEW, o, mc.type_index(v->type));
        emit(Opcode::STOREG, o, mc.global_of(v));
      }
    } else if (vi.lhs.size() == 1) {
      Var* v = vi.lhs[0];
      uint16_t r = value_for(vi.rhs, v ? v->type : vi.rhs->tv.type);
      if (v && v->name != "_") store_var(v, r);
    } else {
      std::vector<uint16_t> rs = multi(vi.rhs, vi.lhs.size());
      for (size_t i = 0; i < vi.lhs.size(); ++i)
        if (vi.lhs[i] && vi.lhs[i]->name != "_") store_var(vi.lhs[i], rs[i]);
    }
    release_temps(mark);
  }
  // Aggregate package variables that were never assigned still need their zero object.
  for (Var* v : prog.globals) {
    if (!is_aggregate(v->type)) continue;
    uint16_t o = temp(true);
    emit(Opcode::LOADG, o, mc.global_of(v));
    size_t j = emit(Opcode::JMP_IF, o);
    emit(Opcode::AGG_NEW, o, mc.type_index(v->type));
    emit(Opcode::STOREG, o, mc.global_of(v));
    patch_jump(j);
  }
  for (Func* f : prog.inits) {
    int32_t pi = mc.proto_of(f);
    if (pi >= 0) emit(Opcode::CALL, win(0), pi);
  }
  if (prog.main_func) {
    int32_t pi = mc.proto_of(prog.main_func);
    if (pi >= 0) {
      if (prog.main_func->decl && prog.main_func->decl->body) line_ = prog.main_func->line;
      emit(Opcode::CALL, win(0), pi);
    }
  }
  emit(Opcode::RET, 0, 0);
  finish();
}

}  // namespace gort::lang
