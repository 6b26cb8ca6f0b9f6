// engine/lang/compiler/module.cpp — module-level compilation: protos for every function and
// method, package variables, native binding by qualified name, the entry proto (package
// initialization then main.main), and the run-time type descriptors (vm::TypeDesc) of every
// type the code uses.
#include <algorithm>
#include <cstdio>
#include <set>

#include "lang/compiler/internal.h"
#include "stdlib/natives.h"
#include "stdlib/strconv_impl.h"
#include "stdlib/unicode_impl.h"

namespace gort::lang {

// ---- type helpers ----
Type* under(Type* t) { return t ? underlying(t) : nullptr; }
BasicKind basic_kind(Type* t) {
  Type* u = under(t);
  return u && u->kind == TypeKind::Basic ? static_cast<Basic*>(u)->bkind : BasicKind::Invalid;
}
bool is_iface(Type* t) { Type* u = under(t); return u && u->kind == TypeKind::Interface; }
bool is_aggregate(Type* t) {
  Type* u = under(t);
  return u && (u->kind == TypeKind::Struct || u->kind == TypeKind::Array);
}
bool is_string_t(Type* t) {
  BasicKind k = basic_kind(t);
  return k == BasicKind::String || k == BasicKind::UntypedString;
}
bool is_float_t(Type* t) {
  BasicKind k = basic_kind(t);
  return k == BasicKind::Float32 || k == BasicKind::Float64 || k == BasicKind::UntypedFloat;
}
bool is_complex_t(Type* t) {
  BasicKind k = basic_kind(t);
  return k == BasicKind::Complex64 || k == BasicKind::Complex128 || k == BasicKind::UntypedComplex;
}
bool is_unsigned_t(Type* t) {
  BasicKind k = basic_kind(t);
  return k >= BasicKind::Uint && k <= BasicKind::Uintptr;
}
bool is_int_t(Type* t) {
  BasicKind k = basic_kind(t);
  return (k >= BasicKind::Int && k <= BasicKind::Uintptr) || k == BasicKind::UntypedInt ||
         k == BasicKind::UntypedRune;
}
bool holds_ptr(Type* t) {
  Type* u = under(t);
  if (!u) return false;
  if (u->kind == TypeKind::Basic) {
    BasicKind k = static_cast<Basic*>(u)->bkind;
    return k == BasicKind::String || k == BasicKind::UntypedString || k == BasicKind::UnsafePointer ||
           k == BasicKind::UntypedNil || k == BasicKind::Complex64 || k == BasicKind::Complex128 ||
           k == BasicKind::UntypedComplex;
  }
  return u->kind != TypeKind::Tuple;
}

bool contains_defer(const std::vector<Stmt*>& list);
static bool stmt_has_defer(Stmt* s) {
  if (!s) return false;
  switch (s->kind) {
    case StmtKind::Defer: return true;
    case StmtKind::Block: return contains_defer(static_cast<BlockStmt*>(s)->list);
    case StmtKind::Labeled: return stmt_has_defer(static_cast<LabeledStmt*>(s)->stmt);
    case StmtKind::If: {
      auto* i = static_cast<IfStmt*>(s);
      return stmt_has_defer(i->then) || stmt_has_defer(i->els);
    }
    case StmtKind::For: return stmt_has_defer(static_cast<ForStmt*>(s)->body);
    case StmtKind::Range: return stmt_has_defer(static_cast<RangeStmt*>(s)->body);
    case StmtKind::Switch:
      for (auto* c : static_cast<SwitchStmt*>(s)->clauses) if (contains_defer(c->body)) return true;
      return false;
    case StmtKind::TypeSwitch:
      for (auto* c : static_cast<TypeSwitchStmt*>(s)->clauses) if (contains_defer(c->body)) return true;
      return false;
    case StmtKind::Select:
      for (auto* c : static_cast<SelectStmt*>(s)->clauses) if (contains_defer(c->body)) return true;
      return false;
    default: return false;
  }
}
bool contains_defer(const std::vector<Stmt*>& list) {
  for (Stmt* s : list) if (stmt_has_defer(s)) return true;
  return false;
}

// ---- module ----
uint32_t ModuleCompiler::new_proto(const std::string& name) {
  m.protos.emplace_back();
  m.protos.back().name = name;
  return static_cast<uint32_t>(m.protos.size() - 1);
}

int32_t ModuleCompiler::proto_of(Func* f) {
  auto it = func_protos.find(f);
  return it == func_protos.end() ? -1 : static_cast<int32_t>(it->second);
}

// Functions of a std package written in Go say so in tracebacks, as Go's own do.
void ModuleCompiler::set_proto_file(uint32_t proto, const Func* f) {
  if (f->pkg && f->pkg->go_source) m.protos[proto].file = f->pkg->filename;
}

uint32_t ModuleCompiler::native_index_or_none(const std::string& name, bool* found) {
  auto it = native_cache.find(name);
  if (it != native_cache.end()) { *found = true; return it->second; }
  vm::NativeFn fn = stdlib::find_native(name);
  *found = fn != nullptr;
  if (!fn) return 0;
  m.natives.push_back(fn);
  m.native_names.push_back(name);
  m.fast_natives.push_back(stdlib::find_fast_native(name));
  uint32_t i = static_cast<uint32_t>(m.natives.size() - 1);
  native_cache[name] = i;
  return i;
}

uint32_t ModuleCompiler::native_index(const std::string& name, Pos p) {
  bool found;
  uint32_t i = native_index_or_none(name, &found);
  if (!found) {
    diags.push_back(Diagnostic{p, "gort: " + name + " is not supported yet"});
    failed = true;
  }
  return i;
}

uint16_t ModuleCompiler::method_name(const std::string& name) {
  auto it = method_cache.find(name);
  if (it != method_cache.end()) return it->second;
  m.method_names.push_back(name);
  uint16_t i = static_cast<uint16_t>(m.method_names.size() - 1);
  method_cache[name] = i;
  return i;
}

// Every package variable of the program and of the std packages written in Go has its global
// before any code is compiled; a variable not yet known is one of a native std package.
uint32_t ModuleCompiler::global_of(Var* v) {
  auto it = globals.find(v);
  if (it != globals.end()) return it->second;
  native_vars.push_back(v);
  return add_global(v);
}

// runtime.goNative for go statements with nargs arguments: (a..., f) → f(a...), results dropped.
// Natives write their results over their argument window, so the window is kept wide enough
// for any std native's results.
void ModuleCompiler::go_native_entry(size_t nargs, const std::vector<bool>& ptrs) {
  if (m.go_native_entry.size() <= nargs) m.go_native_entry.resize(nargs + 1, -1);
  if (m.go_native_entry[nargs] >= 0) return;
  uint32_t pi = new_proto("runtime.goNative");
  m.go_native_entry[nargs] = static_cast<int32_t>(pi);
  FuncCompiler fc(*this, pi, nullptr);
  std::vector<uint16_t> params;
  for (size_t i = 0; i < nargs; ++i) params.push_back(fc.reg(i < ptrs.size() && ptrs[i]));
  uint16_t f = fc.reg(true);
  fc.proto()->nparams = static_cast<uint16_t>(nargs + 1);
  fc.win(static_cast<int>(nargs) + 8);
  fc.emit_call(FuncCompiler::Callee{FuncCompiler::Callee::Closure, 0, f}, params, {});
  fc.emit(Opcode::RET, 0, 0);
  fc.finish();
}

// One slot; an address-taken non-aggregate lives in a box.
uint32_t ModuleCompiler::add_global(Var* v) {
  uint32_t i = m.nglobals++;
  globals[v] = i;
  bool ptr = holds_ptr(v->type) || (v->addr_taken && !is_aggregate(v->type));
  if (m.global_ptrmask.size() <= i / 64) m.global_ptrmask.push_back(0);
  if (ptr) m.global_ptrmask[i / 64] |= uint64_t{1} << (i % 64);
  return i;
}

// ---- run-time type descriptors ----
// Go's %T spelling (reflect's Type.String): package-qualified names, "struct { A int }",
// "interface {}", "func(int) string", byte/rune as uint8/int32.
static const char* basic_name(BasicKind k) {
  switch (k) {
    case BasicKind::Bool: case BasicKind::UntypedBool: return "bool";
    case BasicKind::Int: case BasicKind::UntypedInt: return "int";
    case BasicKind::Int8: return "int8";
    case BasicKind::Int16: return "int16";
    case BasicKind::Int32: case BasicKind::UntypedRune: return "int32";
    case BasicKind::Int64: return "int64";
    case BasicKind::Uint: return "uint";
    case BasicKind::Uint8: return "uint8";
    case BasicKind::Uint16: return "uint16";
    case BasicKind::Uint32: return "uint32";
    case BasicKind::Uint64: return "uint64";
    case BasicKind::Uintptr: return "uintptr";
    case BasicKind::Float32: return "float32";
    case BasicKind::Float64: case BasicKind::UntypedFloat: return "float64";
    case BasicKind::Complex64: return "complex64";
    case BasicKind::Complex128: case BasicKind::UntypedComplex: return "complex128";
    case BasicKind::String: case BasicKind::UntypedString: return "string";
    case BasicKind::UnsafePointer: return "unsafe.Pointer";
    case BasicKind::UntypedNil: return "nil";
    default: return "invalid";
  }
}

std::string rt_type_string(const Type* t) {
  switch (t->kind) {
    case TypeKind::Basic: return basic_name(static_cast<const Basic*>(t)->bkind);
    case TypeKind::Named: {
      auto* n = static_cast<const Named*>(t);
      if (!n->obj) return "?";
      if (!n->obj->pkg) return n->obj->name;  // error
      std::string s = n->obj->pkg->name + "." + n->obj->name;
      if (n->origin) {  // main.Pair[string,main.MyInt]
        s += "[";
        for (size_t i = 0; i < n->targs.size(); i++) s += (i ? "," : "") + rt_type_string(n->targs[i]);
        s += "]";
      }
      return s;
    }
    case TypeKind::Pointer: return "*" + rt_type_string(static_cast<const Pointer*>(t)->elem);
    case TypeKind::Slice: return "[]" + rt_type_string(static_cast<const Slice*>(t)->elem);
    case TypeKind::Array: {
      auto* a = static_cast<const Array*>(t);
      return "[" + std::to_string(a->len) + "]" + rt_type_string(a->elem);
    }
    case TypeKind::Map: {
      auto* m = static_cast<const Map*>(t);
      return "map[" + rt_type_string(m->key) + "]" + rt_type_string(m->elem);
    }
    case TypeKind::Chan: {
      auto* c = static_cast<const Chan*>(t);
      std::string e = rt_type_string(c->elem);
      if (c->dir == ChanDirT::Send) return "chan<- " + e;
      if (c->dir == ChanDirT::Recv) return "<-chan " + e;
      if (c->elem->kind == TypeKind::Chan && static_cast<const Chan*>(c->elem)->dir == ChanDirT::Recv)
        return "chan (" + e + ")";
      return "chan " + e;
    }
    case TypeKind::Struct: {
      auto* s = static_cast<const Struct*>(t);
      if (s->fields.empty()) return "struct {}";
      std::string out = "struct { ";
      for (size_t i = 0; i < s->fields.size(); ++i) {
        if (i) out += "; ";
        if (!s->fields[i]->embedded) out += s->fields[i]->name + " ";
        out += rt_type_string(s->fields[i]->type);
        if (i < s->tags.size() && !s->tags[i].empty()) {
          // The tag as strconv.Quote writes it.
          out += " \"";
          for (char c : s->tags[i]) {
            if (c == '"' || c == '\\') out += '\\';
            out += c;
          }
          out += "\"";
        }
      }
      return out + " }";
    }
    case TypeKind::Signature: {
      auto* s = static_cast<const Signature*>(t);
      std::string out = "func(";
      if (s->params) {
        for (size_t i = 0; i < s->params->vars.size(); ++i) {
          if (i) out += ", ";
          Type* pt = s->params->vars[i]->type;
          if (s->variadic && i + 1 == s->params->vars.size() && pt->kind == TypeKind::Slice)
            out += "..." + rt_type_string(static_cast<Slice*>(pt)->elem);
          else
            out += rt_type_string(pt);
        }
      }
      out += ")";
      size_t nr = s->results ? s->results->vars.size() : 0;
      if (nr == 1) out += " " + rt_type_string(s->results->vars[0]->type);
      if (nr > 1) {
        out += " (";
        for (size_t i = 0; i < nr; ++i) {
          if (i) out += ", ";
          out += rt_type_string(s->results->vars[i]->type);
        }
        out += ")";
      }
      return out;
    }
    case TypeKind::Interface: {
      auto* it = static_cast<const Interface*>(t);
      if (it->all_methods.empty()) return "interface {}";
      std::string out = "interface { ";
      for (size_t i = 0; i < it->all_methods.size(); ++i) {
        if (i) out += "; ";
        Func* f = it->all_methods[i];
        std::string sig = rt_type_string(f->type);
        out += f->name + sig.substr(4);  // drop "func"
      }
      return out + " }";
    }
    case TypeKind::Tuple: return "tuple";
  }
  return "?";
}

// Like rt_type_string, but a named type is identified by its object, so that two local types
// with the same name in different functions (or scopes) get distinct descriptors.
std::string ModuleCompiler::type_key(const Type* t) {
  switch (t->kind) {
    case TypeKind::Named: {
      auto* n = static_cast<const Named*>(t);
      char buf[32];
      std::snprintf(buf, sizeof buf, "#%p", static_cast<const void*>(n->obj));
      return rt_type_string(t) + buf;
    }
    case TypeKind::Pointer: return "*" + type_key(static_cast<const Pointer*>(t)->elem);
    case TypeKind::Slice: return "[]" + type_key(static_cast<const Slice*>(t)->elem);
    case TypeKind::Array: {
      auto* a = static_cast<const Array*>(t);
      return "[" + std::to_string(a->len) + "]" + type_key(a->elem);
    }
    case TypeKind::Map: {
      auto* mp = static_cast<const Map*>(t);
      return "map[" + type_key(mp->key) + "]" + type_key(mp->elem);
    }
    case TypeKind::Chan: {
      auto* c = static_cast<const Chan*>(t);
      return "chan" + std::to_string(static_cast<int>(c->dir)) + " " + type_key(c->elem);
    }
    case TypeKind::Struct: {
      auto* st = static_cast<const Struct*>(t);
      std::string out = "struct{";
      for (size_t i = 0; i < st->fields.size(); ++i) {
        Var* f = st->fields[i];
        out += (f->embedded ? "~" : f->name + " ") + type_key(f->type);
        if (i < st->tags.size()) out += "`" + st->tags[i] + "`";
        out += ";";
      }
      return out + "}";
    }
    case TypeKind::Signature: {
      auto* sg = static_cast<const Signature*>(t);
      std::string out = sg->variadic ? "funcv(" : "func(";
      if (sg->params) for (Var* v : sg->params->vars) out += type_key(v->type) + ",";
      out += ")(";
      if (sg->results) for (Var* v : sg->results->vars) out += type_key(v->type) + ",";
      return out + ")";
    }
    case TypeKind::Interface: {
      auto* it = static_cast<const Interface*>(t);
      std::string out = "interface{";
      for (Func* f : it->all_methods) out += f->name + type_key(f->type) + ";";
      return out + "}";
    }
    default: return rt_type_string(t);
  }
}

// A method's signature as a Func descriptor without the receiver.
const vm::TypeDesc* ModuleCompiler::method_sig(Func* f) {
  auto* s = f->sig();
  if (!s) return nullptr;
  Signature* bare = prog.ctx->make_type<Signature>();
  bare->params = s->params;
  bare->results = s->results;
  bare->variadic = s->variadic;
  return desc(bare);
}

uint16_t ModuleCompiler::type_index(Type* t) {
  std::string key = type_key(t);
  auto it = type_cache.find(key);
  if (it != type_cache.end()) return it->second;
  uint16_t idx = static_cast<uint16_t>(m.type_refs.size());
  type_cache[key] = idx;
  m.type_refs.push_back(nullptr);
  m.type_refs[idx] = build_desc(t, rt_type_string(t));
  return idx;
}

// Go's token.IsExported: the name starts with an upper-case letter, Unicode ones too (field
// Ä is exported for reflect and encoding/json; the checker's Var::exported is ASCII-only,
// which is all the std packages need).
static bool go_exported(const std::string& name) {
  int w;
  return !name.empty() && stdlib::uni::is_upper(stdlib::decode_rune(name, &w));
}

static vm::Kind basic_to_kind(BasicKind k) {
  switch (k) {
    case BasicKind::Bool: case BasicKind::UntypedBool: return vm::Kind::Bool;
    case BasicKind::Int: case BasicKind::UntypedInt: return vm::Kind::Int;
    case BasicKind::Int8: return vm::Kind::Int8;
    case BasicKind::Int16: return vm::Kind::Int16;
    case BasicKind::Int32: case BasicKind::UntypedRune: return vm::Kind::Int32;
    case BasicKind::Int64: return vm::Kind::Int64;
    case BasicKind::Uint: return vm::Kind::Uint;
    case BasicKind::Uint8: return vm::Kind::Uint8;
    case BasicKind::Uint16: return vm::Kind::Uint16;
    case BasicKind::Uint32: return vm::Kind::Uint32;
    case BasicKind::Uint64: return vm::Kind::Uint64;
    case BasicKind::Uintptr: return vm::Kind::Uintptr;
    case BasicKind::Float32: return vm::Kind::Float32;
    case BasicKind::Float64: case BasicKind::UntypedFloat: return vm::Kind::Float64;
    case BasicKind::Complex64: return vm::Kind::Complex64;
    case BasicKind::Complex128: case BasicKind::UntypedComplex: return vm::Kind::Complex128;
    case BasicKind::String: case BasicKind::UntypedString: return vm::Kind::String;
    case BasicKind::UnsafePointer: return vm::Kind::UnsafePointer;
    default: return vm::Kind::Invalid;
  }
}

// A method reached through embedded fields (or a value method called through a pointer to a
// non-aggregate type) needs an adapter proto (Go's autogenerated wrappers): it takes the outer
// receiver, follows the embedding path and calls the real method with the right receiver.
uint32_t ModuleCompiler::method_wrapper(Type* recv_type, const std::vector<int>& path, Func* m,
                                        bool via_iface) {
  std::string name = rt_type_string(recv_type) + "." + m->name;
  uint32_t pi = new_proto(name);
  FuncCompiler fc(*this, pi, nullptr);
  fc.build_wrapper(recv_type, path, m, via_iface);
  return pi;
}

void ModuleCompiler::fill_methods(vm::TypeDesc* d, Named* n, bool ptr) {
  std::set<std::string> seen;
  Type* self = ptr ? static_cast<Type*>(prog.ctx->make_type<Pointer>(n)) : static_cast<Type*>(n);
  std::vector<Func*> sig_of;  // parallel to d->methods: the method (for its signature)
  auto add_m = [&](Func* f, int32_t proto, vm::NativeFn native, bool ptr_recv) {
    vm::MethodDesc md;
    md.name = f->name;
    md.proto = proto;
    md.native = native;
    md.ptr_recv = ptr_recv;
    if (!f->exported() && f->pkg) md.pkg = f->pkg->path;
    d->methods.push_back(std::move(md));
    sig_of.push_back(f);
  };
  for (Func* f : n->methods) {
    seen.insert(f->name);
    if (f->ptr_recv && !ptr) continue;
    int32_t p = proto_of(f);
    if (ptr && !f->ptr_recv && !is_aggregate(n)) {
      // (*T).M for a value method of a non-aggregate T: dereference first.
      add_m(f, static_cast<int32_t>(method_wrapper(self, {}, f, false)), nullptr, true);
      continue;
    }
    if (p >= 0) {
      add_m(f, p, nullptr, f->ptr_recv);
    } else {
      vm::NativeFn fn = stdlib::find_native(f->qualified_name());
      if (fn) add_m(f, -1, fn, f->ptr_recv);
    }
  }
  // Promoted methods, breadth-first by embedding depth (shallower names shadow deeper ones).
  struct Emb { Type* type; std::vector<int> path; bool through_ptr; };
  std::vector<Emb> level;
  auto push_embedded = [&](Type* t, const std::vector<int>& path, bool through_ptr,
                           std::vector<Emb>& out) {
    Type* u = under(t);
    if (u->kind == TypeKind::Pointer) u = under(static_cast<Pointer*>(u)->elem);
    if (u->kind != TypeKind::Struct) return;
    auto* st = static_cast<Struct*>(u);
    for (size_t i = 0; i < st->fields.size(); ++i) {
      Var* f = st->fields[i];
      if (!f->embedded) continue;
      std::vector<int> p = path;
      p.push_back(static_cast<int>(i));
      bool tp = through_ptr || under(f->type)->kind == TypeKind::Pointer;
      out.push_back(Emb{f->type, p, tp});
    }
  };
  push_embedded(n, {}, false, level);
  for (int depth = 0; depth < 8 && !level.empty(); ++depth) {
    std::set<std::string> here;
    std::vector<Emb> next;
    for (Emb& e : level) {
      Type* et = e.type;
      bool eptr = under(et)->kind == TypeKind::Pointer;
      Type* base = eptr ? static_cast<Pointer*>(under(et))->elem : et;
      if (is_iface(base)) {
        for (Func* f : static_cast<Interface*>(under(base))->all_methods) {
          if (seen.count(f->name)) continue;
          here.insert(f->name);
          add_m(f, static_cast<int32_t>(method_wrapper(self, e.path, f, true)), nullptr, ptr);
        }
        continue;
      }
      if (base->kind == TypeKind::Named) {
        for (Func* f : static_cast<Named*>(base)->methods) {
          if (seen.count(f->name)) continue;
          if (f->ptr_recv && !ptr && !e.through_ptr) continue;
          here.insert(f->name);
          add_m(f, static_cast<int32_t>(method_wrapper(self, e.path, f, false)), nullptr, ptr);
        }
      }
      push_embedded(et, e.path, e.through_ptr, next);
    }
    for (auto& h : here) seen.insert(h);
    level = std::move(next);
  }
  // Signatures (descriptors built after the method list: they may refer back to this type).
  for (size_t i = 0; i < d->methods.size(); ++i) d->methods[i].sig = method_sig(sig_of[i]);
  std::sort(d->methods.begin(), d->methods.end(),
            [](const vm::MethodDesc& a, const vm::MethodDesc& b) { return a.name < b.name; });
  // Duplicates (ambiguous promotions at one depth): keep the first.
  d->methods.erase(std::unique(d->methods.begin(), d->methods.end(),
                               [](const vm::MethodDesc& a, const vm::MethodDesc& b) {
                                 return a.name == b.name;
                               }),
                   d->methods.end());
}

vm::TypeDesc* ModuleCompiler::build_desc(Type* t, const std::string& key) {
  Type* u = under(t);
  if (t->kind == TypeKind::Basic) {
    BasicKind k = static_cast<Basic*>(t)->bkind;
    if (k == BasicKind::UntypedNil) return const_cast<vm::TypeDesc*>(vm::any_type());
    return const_cast<vm::TypeDesc*>(vm::basic_type(basic_to_kind(k)));
  }
  if (t->kind == TypeKind::Named && key == "error") return const_cast<vm::TypeDesc*>(vm::error_type());
  if (t->kind == TypeKind::Interface && static_cast<Interface*>(t)->all_methods.empty())
    return const_cast<vm::TypeDesc*>(vm::any_type());
  auto owned = std::make_unique<vm::TypeDesc>();
  vm::TypeDesc* d = owned.get();
  d->id = static_cast<uint32_t>(m.types.size());
  m.types.push_back(std::move(owned));
  d->str = key;
  d->named = t->kind == TypeKind::Named;
  // Register before recursing so that recursive types (type Node struct{ next *Node }) resolve.
  m.type_refs[type_cache[type_key(t)]] = d;
  switch (u->kind) {
    case TypeKind::Basic: d->kind = basic_to_kind(static_cast<Basic*>(u)->bkind); break;
    case TypeKind::Pointer: {
      d->kind = vm::Kind::Pointer;
      Type* e = static_cast<Pointer*>(u)->elem;
      d->elem = desc(e);
      if (e->kind == TypeKind::Named) fill_methods(d, static_cast<Named*>(e), true);
      break;
    }
    case TypeKind::Slice: d->kind = vm::Kind::Slice; d->elem = desc(static_cast<Slice*>(u)->elem); break;
    case TypeKind::Array:
      d->kind = vm::Kind::Array;
      d->elem = desc(static_cast<Array*>(u)->elem);
      d->len = static_cast<Array*>(u)->len;
      break;
    case TypeKind::Map:
      d->kind = vm::Kind::Map;
      d->key = desc(static_cast<Map*>(u)->key);
      d->elem = desc(static_cast<Map*>(u)->elem);
      break;
    case TypeKind::Chan: {
      auto* c = static_cast<Chan*>(u);
      d->kind = vm::Kind::Chan;
      d->elem = desc(c->elem);
      d->dir = c->dir == ChanDirT::Send ? vm::ChanDir::Send
               : c->dir == ChanDirT::Recv ? vm::ChanDir::Recv : vm::ChanDir::Both;
      break;
    }
    case TypeKind::Struct: {
      d->kind = vm::Kind::Struct;
      auto* st = static_cast<Struct*>(u);
      for (size_t i = 0; i < st->fields.size(); ++i) {
        Var* f = st->fields[i];
        vm::FieldDesc fd;
        fd.name = f->name;
        fd.type = desc(f->type);
        fd.embedded = f->embedded;
        fd.exported = go_exported(f->name);
        if (i < st->tags.size()) fd.tag = st->tags[i];
        if (!fd.exported && f->pkg) fd.pkgpath = f->pkg->path;
        d->fields.push_back(std::move(fd));
      }
      break;
    }
    case TypeKind::Signature: {
      auto* s = static_cast<Signature*>(u);
      d->kind = vm::Kind::Func;
      if (s->params) for (Var* v : s->params->vars) d->params.push_back(desc(v->type));
      if (s->results) for (Var* v : s->results->vars) d->results.push_back(desc(v->type));
      d->variadic = s->variadic;
      break;
    }
    case TypeKind::Interface: {
      d->kind = vm::Kind::Interface;
      for (Func* f : static_cast<Interface*>(u)->all_methods) {
        vm::MethodDesc md;
        md.name = f->name;
        if (!f->exported() && f->pkg) md.pkg = f->pkg->path;
        d->methods.push_back(md);
      }
      {
        auto* it = static_cast<Interface*>(u);
        for (size_t i = 0; i < it->all_methods.size(); ++i)
          d->methods[i].sig = method_sig(it->all_methods[i]);
      }
      std::sort(d->methods.begin(), d->methods.end(),
                [](const vm::MethodDesc& a, const vm::MethodDesc& b) { return a.name < b.name; });
      break;
    }
    default: d->kind = vm::Kind::Invalid; break;
  }
  if (t->kind == TypeKind::Named && u->kind != TypeKind::Interface)
    fill_methods(d, static_cast<Named*>(t), false);
  vm::finish_type(*d);
  if (t->kind == TypeKind::Named && u->kind != TypeKind::Interface && u->kind != TypeKind::Pointer) {
    // reflect and encoding/json ask for *T's method set (UnmarshalJSON on a pointer
    // receiver) even when the program never writes *T itself.
    auto* n = static_cast<Named*>(t);
    bool ptr_methods = false;
    for (Func* f : n->methods) ptr_methods = ptr_methods || f->ptr_recv;
    if (ptr_methods) desc(prog.ctx->make_type<Pointer>(n));
  }
  return d;
}

bool ModuleCompiler::run() {
  m.filename = prog.file->filename.empty() ? "prog.go" : prog.file->filename;
  if (prog.sources.size() > 1)
    for (const SourceFile& sf : prog.sources) m.files.push_back({sf.line_base, sf.name});
  uint32_t entry = new_proto("runtime.main");
  m.entry = entry;
  // Protos for every declared function and method first, so calls and method sets can name
  // them before their bodies are compiled.
  std::vector<FuncDecl*> funcs;
  auto add_funcs = [&](File& file, const std::string& pkg_path) {
    int ninit = 0;
    for (Decl* d : file.decls) {
      if (!d->is_func) continue;
      auto* fd = static_cast<FuncDecl*>(d);
      if (!fd->obj || !fd->body) continue;
      // Generic functions and methods of generic types: only their instances are compiled.
      if (fd->obj->sig() && !fd->obj->sig()->tparams.empty()) continue;
      if (fd->obj->recv_named && !fd->obj->recv_named->tparams.empty()) continue;
      std::string name = fd->obj->qualified_name();
      if (fd->obj->name == "init" && !fd->recv) name = pkg_path + ".init." + std::to_string(ninit++);
      func_protos[fd->obj] = new_proto(name);
      set_proto_file(func_protos[fd->obj], fd->obj);
      funcs.push_back(fd);
    }
  };
  // The std packages written in Go first, then the program.
  for (auto& [pkg, file] : prog.std_go) add_funcs(*file, pkg->path);
  add_funcs(*prog.file, "main");
  for (Func* f : prog.instances) {
    if (!f->decl || !f->decl->body || !f->sig()) continue;
    func_protos[f] = new_proto(f->qualified_name());
    set_proto_file(func_protos[f], f);
    funcs.push_back(f->decl);
  }
  for (Var* v : prog.globals) add_global(v);
  native_vars_proto = new_proto("runtime.initNativeVars");
  for (FuncDecl* fd : funcs) {
    FuncCompiler fc(*this, func_protos[fd->obj], nullptr);
    Var* recv = fd->obj->sig()->recv;
    fc.compile_func(recv, fd->obj->sig(), fd->body, nullptr, true);
  }
  {
    FuncCompiler fc(*this, entry, nullptr);
    fc.compile_entry(prog);
  }
  {
    // Last: only now is every native variable the code names known.
    FuncCompiler fc(*this, native_vars_proto, nullptr);
    fc.compile_native_vars_init();
  }
  if (failed) return false;
  std::string err = vm::verify(m);
  if (!err.empty()) {
    diags.push_back(Diagnostic{Pos{1, 1}, "gort: internal compiler error: " + err});
    return false;
  }
  return true;
}

bool compile(const Program& prog, vm::Module& out, std::vector<Diagnostic>& diags, bool race) {
  ModuleCompiler mc(prog, out, diags);
  mc.race = race;
  return mc.run();
}

}  // namespace gort::lang
