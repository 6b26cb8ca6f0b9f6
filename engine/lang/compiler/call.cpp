// engine/lang/compiler/call.cpp — calls: static functions and methods (protos or natives),
// func values, interface methods; receivers (auto-address / auto-deref / embedded paths),
// argument conversion and variadic packing; builtins and conversions.
#include <algorithm>

#include "lang/compiler/internal.h"
#include "lang/type_size.h"

namespace gort::lang {

namespace {
// Also skips F[int] (an instantiation: its x denotes the instance).
Expr* unparen(Expr* e) {
  while (e && (e->kind == ExprKind::Paren ||
               (e->kind == ExprKind::Index && static_cast<IndexExpr*>(e)->is_inst)))
    e = e->kind == ExprKind::Paren ? static_cast<ParenExpr*>(e)->x : static_cast<IndexExpr*>(e)->x;
  return e;
}
}  // namespace

FuncCompiler::Callee FuncCompiler::callee_of(Func* f) {
  Callee c;
  int32_t p = mc.proto_of(f);
  if (p >= 0) {
    c.kind = Callee::Proto;
    c.index = static_cast<uint32_t>(p);
  } else {
    c.kind = Callee::Native;
    c.index = mc.native_index(f->qualified_name(), Pos{line_, 1});
  }
  return c;
}

// Retargets the instruction at `at`, which computed temporary t, to write window register w
// directly instead of a later MOVE w, t — when nothing after it touches the window (a call in
// a later argument would clobber it; pointers must not sit unscanned across a safepoint, so
// only scalars qualify) and t is a temporary that only that MOVE reads.
bool FuncCompiler::retarget_to_window(uint16_t t, uint16_t w) {
  undo_pending_result();  // it rewrites earlier code: let it see the MOVE
  vm::Proto* p = proto();
  if (p->code.empty() || t & kWin || kinds_[t]) return false;
  bool is_temp = false;
  for (uint16_t x : temps_) if (x == t) is_temp = true;
  if (!is_temp) return false;
  // The defining instruction: the last one writing t as operand a.
  size_t n = p->code.size();
  for (size_t k = n; k-- > 0;) {
    vm::Instr& in = p->code[k];
    const vm::OpInfo& info = vm::op_info(in.op);
    bool pure = in.op == Opcode::ADDI_INT || in.op == Opcode::LOADI || in.op == Opcode::LOADK ||
                in.op == Opcode::ADD_INT || in.op == Opcode::SUB_INT || in.op == Opcode::MUL_INT ||
                in.op == Opcode::ADD_FLOAT || in.op == Opcode::SUB_FLOAT ||
                in.op == Opcode::MUL_FLOAT || in.op == Opcode::MOVE;
    if (info.a == vm::OperandKind::R && in.a == t) {
      if (!pure) return false;
      // Nothing after k may read t or touch the window.
      for (size_t j = k + 1; j < n; ++j) {
        const vm::Instr& x = p->code[j];
        const vm::OpInfo& xi = vm::op_info(x.op);
        for (auto [kind, v] : {std::pair{xi.a, x.a}, std::pair{xi.b, x.b}, std::pair{xi.c, x.c}})
          if (kind == vm::OperandKind::R && (v == t || (v & kWin))) return false;
        if (x.op == Opcode::EXT_R) return false;
      }
      // Jumps landing after k could skip it; only retarget within straight-line code.
      for (size_t j = 0; j < n; ++j) {
        const vm::Instr& x = p->code[j];
        const vm::OpInfo& xi = vm::op_info(x.op);
        int16_t off = xi.b == vm::OperandKind::J ? static_cast<int16_t>(x.b)
                      : xi.c == vm::OperandKind::J ? static_cast<int16_t>(x.c) : 0;
        if (off == 0) continue;
        int64_t target = static_cast<int64_t>(j) + 1 + off;
        if (target > static_cast<int64_t>(k) && target <= static_cast<int64_t>(n)) return false;
      }
      in.a = w;
      return true;
    }
    for (auto [kind, v] : {std::pair{info.b, in.b}, std::pair{info.c, in.c}})
      if (kind == vm::OperandKind::R && v == t) return false;  // read later than defined: keep
  }
  return false;
}

bool FuncCompiler::retarget_to_r0(uint16_t t) {
  vm::Proto* p = proto();
  if (p->code.empty() || t == 0 || t & kWin || kinds_.empty() || kinds_[0] || kinds_[t]) return false;
  if (pending_.active && pending_.t == t) return false;  // t is the window itself for now
  bool is_temp = false;
  for (uint16_t x : temps_) if (x == t) is_temp = true;
  if (!is_temp) return false;
  size_t k = p->code.size() - 1;
  vm::Instr& in = p->code[k];
  bool pure = in.op == Opcode::ADDI_INT || in.op == Opcode::ADD_INT || in.op == Opcode::SUB_INT ||
              in.op == Opcode::MUL_INT || in.op == Opcode::ADD_FLOAT ||
              in.op == Opcode::SUB_FLOAT || in.op == Opcode::MUL_FLOAT;
  if (!pure || in.a != t) return false;
  // A jump landing on the RET would bring a path that never wrote R[0].
  for (size_t j = 0; j < p->code.size(); ++j) {
    const vm::Instr& x = p->code[j];
    const vm::OpInfo& xi = vm::op_info(x.op);
    int16_t off = xi.b == vm::OperandKind::J ? static_cast<int16_t>(x.b)
                  : xi.c == vm::OperandKind::J ? static_cast<int16_t>(x.c) : 0;
    if (off != 0 && static_cast<int64_t>(j) + 1 + off > static_cast<int64_t>(k)) return false;
  }
  in.a = 0;
  return true;
}

std::vector<uint16_t> FuncCompiler::emit_call(const Callee& c, const std::vector<uint16_t>& args,
                                              const std::vector<Type*>& results) {
  if (c.kind == Callee::Native) {
    // Natives may park or enter a syscall (fmt.Scanln, WaitGroup.Wait) while the GC scans this
    // goroutine: their arguments sit in fixed registers of the right kinds (a block shared by
    // call sites with the same kinds), not in the unscanned window. Result slots that now hold
    // scalars over pointer-kind registers are cleared before any safepoint.
    size_t n = std::max(args.size(), std::max(results.size(), size_t{1}));
    std::string key;
    for (size_t i = 0; i < n; ++i)
      key += (i < args.size() && !(args[i] & kWin) && kinds_[args[i]]) ? 'p' : 's';
    uint16_t base;
    auto it = native_blocks_.find(key);
    if (it != native_blocks_.end()) {
      base = it->second;
    } else {
      base = static_cast<uint16_t>(kinds_.size());
      for (size_t i = 0; i < n; ++i) reg(key[i] == 'p');
      native_blocks_[key] = base;
    }
    for (size_t i = 0; i < args.size(); ++i)
      if (args[i] != base + i) emit(Opcode::MOVE, base + static_cast<uint16_t>(i), args[i]);
    emit(Opcode::CALL_NATIVE, base, c.index);
    std::vector<uint16_t> out;
    for (size_t i = 0; i < results.size(); ++i) {
      uint16_t r = temp_for(results[i]);
      emit(Opcode::MOVE, r, base + static_cast<uint16_t>(i));
      out.push_back(r);
    }
    for (size_t i = 0; i < results.size(); ++i)
      if (kinds_[base + i] && !holds_ptr(results[i])) emit(Opcode::LOADI, base + static_cast<uint16_t>(i), 0);
    return out;
  }
  for (size_t i = 0; i < args.size(); ++i) {
    uint16_t w = win(static_cast<int>(i));
    if (!retarget_to_window(args[i], w)) emit(Opcode::MOVE, w, args[i]);
  }
  int n = static_cast<int>(args.size());
  win(n);  // room for the closure slot / native results
  for (size_t i = 0; i < results.size(); ++i) win(static_cast<int>(i));
  switch (c.kind) {
    case Callee::Proto: emit(Opcode::CALL, win(0), c.index); break;
    case Callee::Native: emit(Opcode::CALL_NATIVE, win(0), c.index); break;
    case Callee::Closure: emit(Opcode::CALL_CLOSURE, win(0), c.fn, n); break;
    case Callee::Iface: emit(Opcode::CALL_IFACE, win(0), c.index, n); break;
  }
  std::vector<uint16_t> out;
  if (results.size() == 1 && !holds_ptr(results[0])) {
    // One scalar result: left in the window until something needs it moved (PendingResult).
    undo_pending_result();
    uint16_t r = temp_for(results[0]);
    pending_ = PendingResult{true, r, win(0), proto()->code.size(), {}};
    out.push_back(r);
    return out;
  }
  for (size_t i = 0; i < results.size(); ++i) {
    uint16_t r = temp_for(results[i]);
    emit(Opcode::MOVE, r, win(static_cast<int>(i)));
    out.push_back(r);
  }
  return out;
}

std::vector<uint16_t> FuncCompiler::arguments(CallExpr* e, Signature* sig, size_t skip) {
  std::vector<uint16_t> out;
  std::vector<Var*>& ps = sig->params->vars;
  size_t np = ps.size();
  std::vector<Expr*> args(e->args.begin() + static_cast<long>(skip), e->args.end());
  // f(g()) with a tuple-valued g.
  if (args.size() == 1 && args[0]->tv.type && args[0]->tv.type->kind == TypeKind::Tuple) {
    auto* tup = static_cast<Tuple*>(args[0]->tv.type);
    std::vector<uint16_t> rs = multi(args[0], tup->vars.size());
    std::vector<std::pair<uint16_t, Type*>> vals;
    for (size_t i = 0; i < rs.size(); ++i) vals.push_back({rs[i], tup->vars[i]->type});
    for (size_t i = 0; i < vals.size(); ++i) {
      if (sig->variadic && i >= np - 1) break;
      out.push_back(convert_reg(vals[i].first, vals[i].second, ps[i]->type));
    }
    if (sig->variadic) {
      Type* st = ps[np - 1]->type;
      Type* et = static_cast<Slice*>(under(st))->elem;
      int64_t n = static_cast<int64_t>(vals.size()) - static_cast<int64_t>(np - 1);
      if (n < 0) n = 0;
      uint16_t s = temp(true);
      load_int(win(0), n);
      load_int(win(1), n);
      emit(Opcode::SLICE_MAKE, s, win(0), mc.type_index(et));
      uint16_t ir = temp(false);
      for (int64_t k = 0; k < n; ++k) {
        auto& [r, t] = vals[np - 1 + static_cast<size_t>(k)];
        uint16_t v = convert_reg(r, t, et);
        load_int(ir, k);
        emit(Opcode::SLICE_STORE, s, ir, v);
      }
      out.push_back(s);
    }
    return out;
  }
  size_t fixed = sig->variadic && !e->has_ellipsis ? np - 1 : np;
  for (size_t i = 0; i < fixed && i < args.size(); ++i) out.push_back(value_for(args[i], ps[i]->type));
  if (sig->variadic && !e->has_ellipsis) {
    Type* st = ps[np - 1]->type;
    Type* et = static_cast<Slice*>(under(st))->elem;
    int64_t n = static_cast<int64_t>(args.size()) - static_cast<int64_t>(fixed);
    if (n <= 0) {
      uint16_t s = temp(true);
      emit(Opcode::LOADI, s, 0);
      out.push_back(s);
    } else {
      std::vector<uint16_t> vals;
      for (size_t i = fixed; i < args.size(); ++i) vals.push_back(value_for(args[i], et));
      uint16_t s = temp(true);
      load_int(win(0), n);
      load_int(win(1), n);
      emit(Opcode::SLICE_MAKE, s, win(0), mc.type_index(et));
      uint16_t ir = temp(false);
      for (int64_t k = 0; k < n; ++k) {
        load_int(ir, k);
        emit(Opcode::SLICE_STORE, s, ir, vals[static_cast<size_t>(k)]);
      }
      out.push_back(s);
    }
  }
  return out;
}

// The receiver argument for a call of method m through selector e (x.M).
uint16_t FuncCompiler::receiver(SelectorExpr* e, Func* m) {
  const Selection& s = e->selection;
  Type* t = e->x->tv.type;
  uint16_t r;
  bool want_ptr = m->ptr_recv;
  if (s.path.empty() && s.addr_recv && want_ptr && !is_aggregate(t)) {
    return addr_of(e->x);  // &x of a non-aggregate named type (type Counter int)
  }
  r = expr(e->x);
  if (want_ptr && !s.path.empty()) {
    // A pointer method of an embedded non-struct field (type Counter int embedded by value):
    // the receiver is &outer.Counter, a reference to that slot of the containing struct.
    Type* pt = t;
    uint16_t outer = walk_path(r, pt, s.path, s.path.size() - 1);
    Type* pu = under(pt);
    if (pu->kind == TypeKind::Pointer) pu = under(static_cast<Pointer*>(pu)->elem);
    Type* ft = static_cast<Struct*>(pu)->fields[s.path.back()]->type;
    if (under(ft)->kind != TypeKind::Pointer && !is_aggregate(ft)) {
      uint16_t ref = temp(true);
      set_line(e);
      emit(Opcode::REFK, ref, outer, s.path.back());
      return ref;
    }
  }
  r = walk_path(r, t, s.path, s.path.size());
  Type* u = under(t);
  bool is_ptr = u->kind == TypeKind::Pointer;
  Type* base = is_ptr ? static_cast<Pointer*>(u)->elem : t;
  if (want_ptr) return r;  // aggregate: the object is its own pointer
  // Value receiver.
  if (is_ptr) {
    if (is_aggregate(base)) {
      uint16_t c = temp(true);
      set_line(e);
      emit(Opcode::AGG_COPY, c, r, mc.type_index(base));
      return c;
    }
    uint16_t v = temp_for(base);
    emit(Opcode::REF_LOAD, v, r);
    return v;
  }
  if (is_aggregate(base)) {
    uint16_t c = temp(true);
    emit(Opcode::AGG_COPY, c, r, mc.type_index(base));
    return c;
  }
  return r;
}

std::vector<uint16_t> FuncCompiler::call_results(CallExpr* e, int n) {
  std::vector<uint16_t> out;
  uint16_t first = call(e, n);
  (void)first;
  out = std::move(last_results_);
  return out;
}

// Whether gc stores values of type t directly in an interface word (pointer-shaped): a type
// assertion to such a type is not copied to a temporary by gc's order pass, so it runs late.
static bool direct_iface(Type* t) {
  Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Pointer: case TypeKind::Map: case TypeKind::Chan: case TypeKind::Signature:
      return true;
    case TypeKind::Basic: return static_cast<Basic*>(u)->bkind == BasicKind::UnsafePointer;
    case TypeKind::Struct: {
      auto* st = static_cast<Struct*>(u);
      return st->fields.size() == 1 && direct_iface(st->fields[0]->type);
    }
    case TypeKind::Array: {
      auto* at = static_cast<Array*>(u);
      return at->len == 1 && direct_iface(at->elem);
    }
    default: return false;
  }
}

// gc's "has pointers" (what the garbage collector scans).
static bool gc_has_ptrs(Type* t) {
  Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Basic: {
      BasicKind k = static_cast<Basic*>(u)->bkind;
      return k == BasicKind::String || k == BasicKind::UnsafePointer || k == BasicKind::UntypedString;
    }
    case TypeKind::Struct:
      for (Var* f : static_cast<Struct*>(u)->fields)
        if (gc_has_ptrs(f->type)) return true;
      return false;
    case TypeKind::Array: return static_cast<Array*>(u)->len > 0 && gc_has_ptrs(static_cast<Array*>(u)->elem);
    default: return true;
  }
}

// A string or slice is the only non-empty component (gc's SoleComponent).
static bool sole_string_or_slice(Type* t) {
  Type* u = under(t);
  if (u->kind == TypeKind::Slice) return true;
  if (u->kind == TypeKind::Basic) {
    BasicKind k = static_cast<Basic*>(u)->bkind;
    return k == BasicKind::String || k == BasicKind::UntypedString;
  }
  if (u->kind == TypeKind::Struct) {
    Type* only = nullptr;
    for (Var* f : static_cast<Struct*>(u)->fields) {
      if (type_size(f->type) == 0) continue;
      if (only) return false;
      only = f->type;
    }
    return only && sole_string_or_slice(only);
  }
  if (u->kind == TypeKind::Array) return static_cast<Array*>(u)->len == 1 && sole_string_or_slice(static_cast<Array*>(u)->elem);
  return false;
}

// Whether gc's order pass copies a non-addressable value of type t to a temporary when it is
// converted to an interface (the runtime conversion takes its address: dataWordFuncName's
// needsaddr): all but 2/4/8-byte pointer-free scalars and string/slice-shaped values. So in
// fmt.Println(a == b, f()) the comparison runs before f, while a+1 is computed after f.
static bool iface_conv_copies(Type* t) {
  Type* u = under(t);
  if (u->kind == TypeKind::Interface) return false;
  if (u->kind == TypeKind::Basic) {
    switch (static_cast<Basic*>(u)->bkind) {
      case BasicKind::UntypedBool: return true;
      case BasicKind::UntypedNil: return false;
      case BasicKind::UntypedInt: case BasicKind::UntypedRune: case BasicKind::UntypedFloat:
      case BasicKind::UntypedString: return false;
      case BasicKind::UntypedComplex: return true;
      default: break;
    }
  }
  int64_t size = type_size(t), align = type_align(t);
  bool ptrs = gc_has_ptrs(t);
  if (size == 2 && align == 2) return false;
  if (size == 4 && align == 4 && !ptrs) return false;
  if (size == 8 && align == 8 && !ptrs) return false;
  return !sole_string_or_slice(t);
}

// gc's ir.IsAddressable: variables, slice elements, elements of addressable arrays,
// pointer indirections and fields of addressable structs (or reached through a pointer).
static bool addressable(Expr* e) {
  switch (e->kind) {
    case ExprKind::Paren: return addressable(static_cast<ParenExpr*>(e)->x);
    case ExprKind::Ident: {
      Object* o = static_cast<Ident*>(e)->obj;
      return o && o->kind == ObjKind::Var;
    }
    case ExprKind::Star: return true;
    case ExprKind::Index: {
      auto* ix = static_cast<IndexExpr*>(e);
      Type* xt = ix->x->tv.type ? under(ix->x->tv.type) : nullptr;
      if (!xt) return false;
      if (xt->kind == TypeKind::Slice || xt->kind == TypeKind::Pointer) return true;
      if (xt->kind == TypeKind::Array) return addressable(ix->x);
      return false;   // strings, maps
    }
    case ExprKind::Selector: {
      auto* se = static_cast<SelectorExpr*>(e);
      if (se->selection.kind == Selection::Qualified) {
        Object* o = se->sel->obj;
        return o && o->kind == ObjKind::Var;
      }
      if (se->selection.kind != Selection::Field) return false;
      Type* xt = se->x->tv.type ? under(se->x->tv.type) : nullptr;
      if (xt && xt->kind == TypeKind::Pointer) return true;
      return addressable(se->x);
    }
    default: return false;
  }
}

// An operand that becomes an interface value of type `to`: gc copies it early when the
// conversion needs its address and it has none (see iface_conv_copies).
void FuncCompiler::collect_converted(Expr* e, Type* to, std::vector<Expr*>& out) {
  if (!e) return;
  size_t before = out.size();
  collect_early(e, false, out);
  if (!to || !is_iface(to) || e->tv.mode == Mode::Constant || e->tv.mode != Mode::Value ||
      !e->tv.type || is_iface(e->tv.type) || hoisted_.count(e))
    return;
  if (out.size() > before && out.back() == e) return;
  if (iface_conv_copies(e->tv.type) && !addressable(e)) out.push_back(e);
}

static bool is_map_lit(Expr* e) {
  return e->kind == ExprKind::CompositeLit && e->tv.type && under(e->tv.type)->kind == TypeKind::Map;
}

// The expressions gc evaluates first in a statement (see hoisted_), in post-order: operands'
// early expressions before the expression itself. A root is only descended into (it is what
// the statement evaluates anyway). Not inside && / || (conditional: each operand gets its own
// scope when the && runs), function literals or map literals (gc turns a map literal's
// entries into one assignment statement each).
void FuncCompiler::collect_early(Expr* e, bool root, std::vector<Expr*>& out) {
  if (!e || e->tv.mode == Mode::Constant || e->tv.mode == Mode::TypeExpr) return;
  if (hoisted_.count(e)) return;
  auto push = [&] { if (!root) out.push_back(e); };
  switch (e->kind) {
    case ExprKind::Paren: collect_early(static_cast<ParenExpr*>(e)->x, root, out); return;
    case ExprKind::Binary: {
      auto* b = static_cast<BinaryExpr*>(e);
      if (b->op == Tok::LAnd || b->op == Tok::LOr) { push(); return; }
      collect_early(b->x, false, out);
      collect_early(b->y, false, out);
      return;
    }
    case ExprKind::Unary: {
      auto* u = static_cast<UnaryExpr*>(e);
      collect_early(u->x, false, out);
      if (u->op == Tok::Arrow && !u->comma_ok) push();
      return;
    }
    case ExprKind::Star: collect_early(static_cast<StarExpr*>(e)->x, false, out); return;
    case ExprKind::Selector: {
      auto* se = static_cast<SelectorExpr*>(e);
      if (se->selection.kind != Selection::Qualified) collect_early(se->x, false, out);
      return;
    }
    case ExprKind::Index: {
      auto* ix = static_cast<IndexExpr*>(e);
      if (ix->is_inst) return;
      collect_early(ix->x, false, out);
      collect_early(ix->index, false, out);
      return;
    }
    case ExprKind::Slice: {
      auto* sl = static_cast<SliceExpr*>(e);
      collect_early(sl->x, false, out);
      collect_early(sl->lo, false, out);
      collect_early(sl->hi, false, out);
      collect_early(sl->max, false, out);
      push();
      return;
    }
    case ExprKind::TypeAssert: {
      auto* ta = static_cast<TypeAssertExpr*>(e);
      collect_early(ta->x, false, out);
      if (!ta->comma_ok && ta->type && e->tv.type && !direct_iface(e->tv.type)) push();
      return;
    }
    case ExprKind::CompositeLit: {
      if (is_map_lit(e)) { push(); return; }
      Type* lt = e->tv.type ? under(e->tv.type) : nullptr;
      if (lt && lt->kind == TypeKind::Pointer) lt = under(static_cast<Pointer*>(lt)->elem);
      auto* st = lt && lt->kind == TypeKind::Struct ? static_cast<Struct*>(lt) : nullptr;
      Type* et = !lt ? nullptr
                 : lt->kind == TypeKind::Slice ? static_cast<Slice*>(lt)->elem
                 : lt->kind == TypeKind::Array ? static_cast<Array*>(lt)->elem : nullptr;
      size_t pos = 0;
      for (Expr* el : static_cast<CompositeLit*>(e)->elts) {
        Type* to = et;
        if (el->kind == ExprKind::KeyValue) {
          auto* kv = static_cast<KeyValueExpr*>(el);
          if (st && kv->key->kind == ExprKind::Ident)
            for (Var* f : st->fields)
              if (f->name == static_cast<Ident*>(kv->key)->name) to = f->type;
          el = kv->value;
        } else if (st && pos < st->fields.size()) {
          to = st->fields[pos]->type;
        }
        ++pos;
        collect_converted(el, to, out);
      }
      return;
    }
    case ExprKind::Call: {
      auto* c = static_cast<CallExpr*>(e);
      if (c->call_kind == CallKind::Conversion) {
        if (c->args.size() == 1) collect_converted(c->args[0], c->tv.type, out);
        return;
      }
      if (c->call_kind != CallKind::Builtin) {
        Expr* fun = unparen(c->fun);
        if (fun->kind == ExprKind::Index && static_cast<IndexExpr*>(fun)->is_inst) fun = nullptr;
        if (fun && fun->kind == ExprKind::Selector) {
          auto* se = static_cast<SelectorExpr*>(fun);
          if (se->selection.kind != Selection::Qualified) collect_early(se->x, false, out);
        } else if (fun && fun->kind != ExprKind::Ident) {
          collect_early(fun, false, out);
        }
      }
      // The parameter types (interface parameters convert their arguments).
      Signature* sig = nullptr;
      if (c->call_kind != CallKind::Builtin && c->fun->tv.type && under(c->fun->tv.type)->kind == TypeKind::Signature)
        sig = static_cast<Signature*>(under(c->fun->tv.type));
      size_t np = sig && sig->params ? sig->params->vars.size() : 0;
      for (size_t i = 0; i < c->args.size(); ++i) {
        Type* to = nullptr;
        if (sig && !(c->args.size() == 1 && c->args[0]->tv.type && c->args[0]->tv.type->kind == TypeKind::Tuple)) {
          if (sig->variadic && !c->has_ellipsis && np > 0 && i >= np - 1) {
            Type* last = under(sig->params->vars[np - 1]->type);
            if (last->kind == TypeKind::Slice) to = static_cast<Slice*>(last)->elem;
          } else if (i < np) {
            to = sig->params->vars[i]->type;
          }
        } else if (c->call_kind == CallKind::Builtin && c->builtin == BuiltinId::Append && i > 0 &&
                   !c->has_ellipsis && c->tv.type && under(c->tv.type)->kind == TypeKind::Slice) {
          to = static_cast<Slice*>(under(c->tv.type))->elem;
        }
        collect_converted(c->args[i], to, out);
      }
      if (!c->tv.type || c->tv.type->kind == TypeKind::Tuple) return;
      if (c->call_kind == CallKind::Builtin) {
        switch (c->builtin) {
          case BuiltinId::Append: case BuiltinId::Cap: case BuiltinId::Complex:
          case BuiltinId::Copy: case BuiltinId::Imag: case BuiltinId::Len: case BuiltinId::Make:
          case BuiltinId::New: case BuiltinId::Real: case BuiltinId::Recover:
            break;
          default: return;
        }
      }
      push();
      return;
    }
    default: return;
  }
}

FuncCompiler::HoistScope::HoistScope(FuncCompiler& fc, const std::vector<Expr*>& roots, bool push_roots)
    : fc_(fc) {
  ++fc.hoist_depth_;
  std::vector<Expr*> early;
  for (Expr* r : roots) fc.collect_early(r, !push_roots, early);
  for (Expr* e : early) {
    if (fc.hoisted_.count(e)) continue;
    uint16_t r = e->kind == ExprKind::Call ? fc.call(static_cast<CallExpr*>(e), 1) : fc.expr(e);
    r = fc.copy_if_aggregate(r, e->tv.type, e);   // a copy now, as gc's temporary
    // Keep the value in a temporary of its own: a variable's register would show a later
    // store (append(s) may return s's register).
    if (std::find(fc.temps_.begin(), fc.temps_.end(), r) == fc.temps_.end()) {
      uint16_t t = fc.temp_for(e->tv.type);
      fc.emit(Opcode::MOVE, t, r);
      r = t;
    }
    fc.hoisted_[e] = r;
  }
}

FuncCompiler::HoistScope::~HoistScope() {
  if (--fc_.hoist_depth_ == 0) fc_.hoisted_.clear();
}

uint16_t FuncCompiler::call(CallExpr* e, int) {
  if (uint16_t r; is_hoisted(e, &r)) {
    last_results_ = {r};
    return r;
  }
  last_results_.clear();
  switch (e->call_kind) {
    case CallKind::Conversion: {
      uint16_t r = conversion(e);
      last_results_ = {r};
      return r;
    }
    case CallKind::Builtin: {
      std::vector<uint16_t> extra;
      uint16_t r = builtin(e, &extra);
      last_results_ = {r};
      return r;
    }
    default: break;
  }
  Expr* fun = unparen(e->fun);
  Type* ft = under(fun->tv.type);
  Signature* sig = static_cast<Signature*>(ft);
  std::vector<Type*> rts;
  if (sig->results) for (Var* v : sig->results->vars) rts.push_back(v->type);
  std::vector<uint16_t> args;
  Callee c;
  if (e->call_kind == CallKind::Method || e->call_kind == CallKind::Interface) {
    auto* sel = static_cast<SelectorExpr*>(fun);
    Func* m = static_cast<Func*>(sel->selection.obj);
    Type* rt = sel->x->tv.type;
    // Interface method: the receiver's path may lead to an embedded interface field.
    Type* pt = rt;
    uint16_t recv;
    bool iface = false;
    {
      Type* tmp = rt;
      uint16_t r0 = 0;
      if (is_iface(rt) && sel->selection.path.empty()) {
        iface = true;
        recv = expr(sel->x);
      } else {
        // Embedded interface field?
        if (!sel->selection.path.empty()) {
          Type* walk = rt;
          r0 = expr(sel->x);
          r0 = walk_path(r0, walk, sel->selection.path, sel->selection.path.size());
          if (is_iface(walk)) {
            iface = true;
            recv = r0;
            pt = walk;
          }
        }
        if (!iface) recv = receiver(sel, m);
      }
      (void)tmp;
    }
    (void)pt;
    args.push_back(recv);
    std::vector<uint16_t> rest = arguments(e, sig, 0);
    args.insert(args.end(), rest.begin(), rest.end());
    set_line(e);
    if (iface) {
      c.kind = Callee::Iface;
      c.index = mc.method_name(m->name);
    } else {
      c = callee_of(m);
      if (c.kind == Callee::Native && mc.proto_of(m) < 0) {
        bool found;
        mc.native_index_or_none(m->qualified_name(), &found);
        if (!found) {
          mc.diags.pop_back();
          error(e->pos, "gort: " + m->qualified_name() + " is not supported yet");
        }
      }
    }
  } else {
    // Static function call?
    Func* f = nullptr;
    if (fun->kind == ExprKind::Ident) {
      Object* o = static_cast<Ident*>(fun)->obj;
      if (o && o->kind == ObjKind::Func) f = static_cast<Func*>(o);
    } else if (fun->kind == ExprKind::Selector) {
      auto* sel = static_cast<SelectorExpr*>(fun);
      if (sel->selection.kind == Selection::Qualified && sel->selection.obj &&
          sel->selection.obj->kind == ObjKind::Func)
        f = static_cast<Func*>(sel->selection.obj);
      else if (sel->selection.kind == Selection::Qualified && sel->sel->obj &&
               sel->sel->obj->kind == ObjKind::Func)
        f = static_cast<Func*>(sel->sel->obj);
      else if (sel->selection.kind == Selection::MethodExpr)
        f = static_cast<Func*>(sel->selection.obj);
    }
    if (f && f->qualified_name() == "runtime.Goexit") {
      set_line(e);
      emit(Opcode::GOEXIT);
      last_results_.clear();
      return 0;
    }
    if (f) {
      if (mc.proto_of(f) < 0) {
        bool found;
        uint32_t ni = mc.native_index_or_none(f->qualified_name(), &found);
        if (!found) {
          error(e->pos, "gort: " + f->qualified_name() + " is not supported yet");
          return temp(false);
        }
        c.kind = Callee::Native;
        c.index = ni;
      } else {
        c.kind = Callee::Proto;
        c.index = static_cast<uint32_t>(mc.proto_of(f));
      }
      args = arguments(e, sig, 0);
    } else {
      uint16_t fv = expr(fun);
      args = arguments(e, sig, 0);
      c.kind = Callee::Closure;
      c.fn = fv;
    }
    set_line(e);
  }
  last_results_ = emit_call(c, args, rts);
  return last_results_.empty() ? 0 : last_results_[0];
}

uint16_t FuncCompiler::conversion(CallExpr* e) {
  Type* to = e->tv.type;
  Expr* x = e->args[0];
  Type* from = x->tv.type;
  if (x->tv.mode == Mode::Constant && !is_iface(to) && under(to)->kind == TypeKind::Basic) {
    if (is_string_t(to) && is_int_t(from)) {
      uint16_t r = temp(true);
      uint16_t c = constant(x->tv.val, from);
      emit(Opcode::STR_FROM_RUNE, r, c);
      return r;
    }
    if (e->tv.mode == Mode::Constant) return constant(e->tv.val, to);
    return constant(x->tv.val, to);
  }
  if (is_iface(to)) return value_for(x, to);
  uint16_t v = expr(x);
  Type* fu = under(from);
  Type* tu = under(to);
  set_line(e);
  if (is_string_t(to)) {
    if (is_string_t(from)) return v;
    uint16_t r = temp(true);
    if (is_int_t(from)) emit(Opcode::STR_FROM_RUNE, r, v);
    else if (fu->kind == TypeKind::Slice) {
      BasicKind ek = basic_kind(static_cast<Slice*>(fu)->elem);
      emit(ek == BasicKind::Uint8 ? Opcode::STR_FROM_BYTES : Opcode::STR_FROM_RUNES, r, v);
    }
    return r;
  }
  if (tu->kind == TypeKind::Slice && is_string_t(from)) {
    uint16_t r = temp(true);
    BasicKind ek = basic_kind(static_cast<Slice*>(tu)->elem);
    emit(ek == BasicKind::Uint8 ? Opcode::BYTES_FROM_STR : Opcode::RUNES_FROM_STR, r, v);
    return r;
  }
  if (is_complex_t(from) && is_complex_t(to)) {
    if (basic_kind(to) != BasicKind::Complex64 || basic_kind(from) == BasicKind::Complex64) return v;
    uint16_t r = temp(true);
    emit(Opcode::ROUND_C64, r, v);
    return r;
  }
  bool fi = is_int_t(from), ff = is_float_t(from), ti = is_int_t(to), tf = is_float_t(to);
  if (fi && tf) {
    uint16_t r = temp(false);
    emit(is_unsigned_t(from) ? Opcode::UINT_TO_FLOAT : Opcode::INT_TO_FLOAT, r, v);
    if (basic_kind(to) == BasicKind::Float32) emit(Opcode::ROUND_F32, r, r);
    return r;
  }
  if (ff && ti) {
    uint16_t r = temp(false);
    // gc on amd64: the 32-bit conversion for targets narrower than 32 bits and int32, the
    // 64-bit one for int64/uint32, a two-step one for uint64 (FLOAT_TO_UINT).
    BasicKind k = basic_kind(to);
    bool via32 = k == BasicKind::Int8 || k == BasicKind::Int16 || k == BasicKind::Int32 ||
                 k == BasicKind::Uint8 || k == BasicKind::Uint16;
    if (via32) emit(Opcode::FLOAT_TO_INT, r, v, 32);
    else emit(is_unsigned_t(to) ? Opcode::FLOAT_TO_UINT : Opcode::FLOAT_TO_INT, r, v);
    v = r;
    fi = true;
  }
  if (ff && tf) {
    if (basic_kind(to) == BasicKind::Float32 && basic_kind(from) != BasicKind::Float32) {
      uint16_t r = temp(false);
      emit(Opcode::ROUND_F32, r, v);
      return r;
    }
    return v;
  }
  if (fi && ti) {
    Opcode w = Opcode::NOP;
    switch (basic_kind(to)) {
      case BasicKind::Int8: w = Opcode::WRAP_I8; break;
      case BasicKind::Int16: w = Opcode::WRAP_I16; break;
      case BasicKind::Int32: w = Opcode::WRAP_I32; break;
      case BasicKind::Uint8: w = Opcode::WRAP_U8; break;
      case BasicKind::Uint16: w = Opcode::WRAP_U16; break;
      case BasicKind::Uint32: w = Opcode::WRAP_U32; break;
      default: break;
    }
    if (w != Opcode::NOP) {
      uint16_t r = temp(false);
      emit(w, r, v);
      return r;
    }
    return v;
  }
  // Slice to array (Go 1.20) or to array pointer (Go 1.17): a length check, and never the
  // slice header itself standing for an array object.
  Type* arr = tu->kind == TypeKind::Array ? tu
              : tu->kind == TypeKind::Pointer ? under(static_cast<Pointer*>(tu)->elem)
                                              : nullptr;
  if (fu->kind == TypeKind::Slice && arr && arr->kind == TypeKind::Array) {
    uint16_t r = temp(true);
    emit(tu->kind == TypeKind::Array ? Opcode::SLICE_TO_ARRAY : Opcode::SLICE_TO_ARRPTR, r, v,
         mc.type_index(arr));
    return r;
  }
  // Same underlying representation (named ↔ underlying, pointers, slices...).
  return copy_if_aggregate(v, to, x);
}

uint16_t FuncCompiler::builtin(CallExpr* e, std::vector<uint16_t>*) {
  set_line(e);
  auto& a = e->args;
  switch (e->builtin) {
    case BuiltinId::Len:
    case BuiltinId::Cap: {
      if (e->tv.mode == Mode::Constant) return constant(e->tv.val, e->tv.type);
      Type* t = under(a[0]->tv.type);
      uint16_t x = expr(a[0]);
      uint16_t r = temp(false);
      bool cap = e->builtin == BuiltinId::Cap;
      if (is_string_t(a[0]->tv.type)) emit(Opcode::STR_LEN, r, x);
      else if (t->kind == TypeKind::Slice) emit(cap ? Opcode::SLICE_CAP : Opcode::SLICE_LEN, r, x);
      else if (t->kind == TypeKind::Map) emit(Opcode::MAP_LEN, r, x);
      else if (t->kind == TypeKind::Chan) emit(cap ? Opcode::CHAN_CAP : Opcode::CHAN_LEN, r, x);
      else if (t->kind == TypeKind::Array) load_int(r, static_cast<Array*>(t)->len);
      else if (t->kind == TypeKind::Pointer)
        load_int(r, static_cast<Array*>(under(static_cast<Pointer*>(t)->elem))->len);
      return r;
    }
    case BuiltinId::Append: {
      Type* st = e->tv.type;
      Type* et = static_cast<Slice*>(under(st))->elem;
      uint16_t s = temp(true);
      expr_to(a[0], s);
      if (e->has_ellipsis) {
        uint16_t t = expr(a[1]);
        set_line(e);
        if (is_string_t(a[1]->tv.type)) emit(Opcode::APPEND_STR, s, t);
        else emit(Opcode::APPEND_SLICE, s, t, mc.type_index(et));
        return s;
      }
      std::vector<uint16_t> vals;
      for (size_t i = 1; i < a.size(); ++i) vals.push_back(value_for(a[i], et));
      if (vals.empty()) return s;
      // APPEND needs the slice and the values contiguous: use the window (no safepoint).
      emit(Opcode::MOVE, win(0), s);
      for (size_t i = 0; i < vals.size(); ++i) emit(Opcode::MOVE, win(static_cast<int>(i + 1)), vals[i]);
      set_line(e);
      emit(Opcode::APPEND, win(0), static_cast<int>(vals.size()), mc.type_index(et));
      emit(Opcode::MOVE, s, win(0));
      return s;
    }
    case BuiltinId::Copy: {
      uint16_t d = expr(a[0]);
      uint16_t s = expr(a[1]);
      uint16_t r = temp(false);
      emit(Opcode::MOVE, win(0), d);
      if (is_string_t(a[1]->tv.type)) emit(Opcode::COPY_STR, win(0), s);
      else emit(Opcode::COPY, win(0), s, mc.type_index(static_cast<Slice*>(under(a[0]->tv.type))->elem));
      emit(Opcode::MOVE, r, win(0));
      return r;
    }
    case BuiltinId::Delete: {
      uint16_t m = expr(a[0]);
      uint16_t k = value_for(a[1], static_cast<Map*>(under(a[0]->tv.type))->key);
      emit(Opcode::MAP_DELETE, m, k);
      return 0;
    }
    case BuiltinId::Clear: {
      uint16_t m = expr(a[0]);
      if (under(a[0]->tv.type)->kind == TypeKind::Map) emit(Opcode::MAP_CLEAR, m);
      else emit(Opcode::SLICE_CLEAR, m, mc.type_index(static_cast<Slice*>(under(a[0]->tv.type))->elem));
      return 0;
    }
    case BuiltinId::Make: {
      Type* t = a[0]->tv.type;
      Type* u = under(t);
      uint16_t r = temp(true);
      if (u->kind == TypeKind::Slice) {
        uint16_t l = expr(a[1]);
        uint16_t c = a.size() > 2 ? expr(a[2]) : l;
        emit(Opcode::MOVE, win(0), l);
        emit(Opcode::MOVE, win(1), c);
        set_line(e);
        emit(Opcode::SLICE_MAKE, r, win(0), mc.type_index(static_cast<Slice*>(u)->elem));
      } else if (u->kind == TypeKind::Map) {
        if (a.size() > 1) expr_to(a[1], win(0)); else emit(Opcode::LOADI, win(0), 0);
        emit(Opcode::MAP_MAKE, r, win(0), mc.type_index(t));
      } else if (u->kind == TypeKind::Chan) {
        if (a.size() > 1) expr_to(a[1], win(0)); else emit(Opcode::LOADI, win(0), 0);
        set_line(e);
        emit(Opcode::CHAN_MAKE, r, win(0), holds_ptr(static_cast<Chan*>(u)->elem) ? 1 : 0);
      }
      return r;
    }
    case BuiltinId::New: {
      Mode m0 = a[0]->tv.mode;
      bool is_value = m0 == Mode::Constant || m0 == Mode::Variable || m0 == Mode::MapIndex ||
                      m0 == Mode::Value || m0 == Mode::CommaOk;
      Type* t = is_value ? static_cast<Pointer*>(e->tv.type)->elem : a[0]->tv.type;
      uint16_t r = temp(true);
      if (!is_value) {
        emit(Opcode::NEW, r, mc.type_index(t));
        return r;
      }
      // new(expr): a new variable, then expr's value stored (copied, for an aggregate) in it.
      uint16_t v = value_for(a[0], t);
      emit(Opcode::NEW, r, mc.type_index(t));
      if (is_aggregate(t)) emit(Opcode::AGG_ASSIGN, r, v, mc.type_index(t));
      else emit(Opcode::REF_STORE, r, v);
      return r;
    }
    case BuiltinId::Panic: {
      uint16_t v = value_for(a[0], nullptr);
      Type* t = a[0]->tv.type;
      if (!is_iface(t) && basic_kind(t) != BasicKind::UntypedNil) {
        uint16_t o = temp(true);
        emit(Opcode::IFACE_NEW, o, v, mc.type_index(t));
        v = o;
      }
      set_line(e);
      emit(Opcode::PANIC, v);
      return 0;
    }
    case BuiltinId::Recover: {
      uint16_t r = temp(true);
      emit(Opcode::RECOVER, r);
      return r;
    }
    case BuiltinId::Print:
    case BuiltinId::Println: {
      bool ln = e->builtin == BuiltinId::Println;
      for (size_t i = 0; i < a.size(); ++i) {
        uint16_t v = expr(a[i]);
        int flags = (ln && i > 0) ? 1 : 0;
        if (ln && i + 1 == a.size()) flags |= 2;
        emit(Opcode::PRINT, v, mc.type_index(a[i]->tv.type), flags);
      }
      if (ln && a.empty()) {
        uint16_t s = temp(true);
        emit(Opcode::LOADK, s, konst(gort::Value::from_obj(vm::str_static(""))));
        emit(Opcode::PRINT, s, mc.type_index(mc.prog.ctx->basic(BasicKind::String)), 2);
      }
      return 0;
    }
    case BuiltinId::Close: {
      uint16_t c = expr(a[0]);
      emit(Opcode::CHAN_CLOSE, c);
      return 0;
    }
    case BuiltinId::Complex: {
      if (e->tv.mode == Mode::Constant) return constant(e->tv.val, e->tv.type);
      uint16_t re = expr(a[0]);
      uint16_t im = expr(a[1]);
      set_line(e);
      uint16_t r = temp(true);
      emit(Opcode::CPLX_MAKE, r, re, im);
      return r;
    }
    case BuiltinId::Real:
    case BuiltinId::Imag: {
      if (e->tv.mode == Mode::Constant) return constant(e->tv.val, e->tv.type);
      uint16_t c = expr(a[0]);
      set_line(e);
      uint16_t r = temp(false);
      emit(e->builtin == BuiltinId::Real ? Opcode::CPLX_REAL : Opcode::CPLX_IMAG, r, c);
      return r;
    }
    case BuiltinId::Min:
    case BuiltinId::Max: {
      if (e->tv.mode == Mode::Constant) return constant(e->tv.val, e->tv.type);
      Type* t = e->tv.type;
      uint16_t r = temp_for(t);
      expr_to(a[0], r);
      if (is_float_t(t)) {
        // NaN and signed zeros as Go's runtime fmin/fmax (a compare would miss both).
        uint32_t ni = mc.native_index(e->builtin == BuiltinId::Min ? "builtin/fmin" : "builtin/fmax", e->pos);
        for (size_t i = 1; i < a.size(); ++i) {
          uint16_t v = expr(a[i]);
          emit(Opcode::MOVE, win(0), r);
          emit(Opcode::MOVE, win(1), v);
          emit(Opcode::CALL_NATIVE, win(0), ni);
          emit(Opcode::MOVE, r, win(0));
        }
        return r;
      }
      for (size_t i = 1; i < a.size(); ++i) {
        uint16_t v = expr(a[i]);
        uint16_t c = compare(e->builtin == BuiltinId::Min ? Tok::Lss : Tok::Gtr, v, r, t);
        size_t j = emit(Opcode::JMP_IFNOT, c);
        emit(Opcode::MOVE, r, v);
        patch_jump(j);
      }
      return r;
    }
    default:
      error(e->pos, "gort: unsupported builtin");
      return 0;
  }
}

}  // namespace gort::lang
