// engine/lang/vet/printf.cpp — the printf analyzer (Go 1.19 x/tools passes/printf): calls of
// fmt/log print functions whose format verbs do not match the arguments (type, count, index),
// unknown verbs and flags, Print/Println with a formatting directive or a redundant newline,
// func values printed uncalled, recursive String/Error methods, and %w outside Errorf.
// Like go vet, a function of the program that forwards its `format string, args ...any` to
// one of these (or to such a wrapper) is checked as a printf (print) function itself.
#include <cstring>
#include <map>
#include <memory>
#include <set>
#include <string>

#include "lang/type_preds.h"
#include "lang/vet/analyzers.h"
#include "lang/vet/util.h"

namespace gort::lang::vet {
namespace {

enum class Kind { None, Print, Printf, Errorf };

const std::set<std::string>& print_funcs() {
  static const std::set<std::string> k = {
      "fmt.Errorf", "fmt.Fprint", "fmt.Fprintf", "fmt.Fprintln", "fmt.Print", "fmt.Printf",
      "fmt.Println", "fmt.Sprint", "fmt.Sprintf", "fmt.Sprintln", "log.Print", "log.Printf",
      "log.Println", "log.Fatal", "log.Fatalf", "log.Fatalln", "log.Panic", "log.Panicf",
      "log.Panicln", "(*log.Logger).Fatal", "(*log.Logger).Fatalf", "(*log.Logger).Fatalln",
      "(*log.Logger).Panic", "(*log.Logger).Panicf", "(*log.Logger).Panicln",
      "(*log.Logger).Print", "(*log.Logger).Printf", "(*log.Logger).Println"};
  return k;
}

enum ArgType : unsigned {
  kBool = 1, kInt = 2, kRune = 4, kString = 8, kFloat = 16, kComplex = 32, kPointer = 64,
  kError = 128, kAny = ~0u,
};

struct PrintVerb {
  char verb;
  const char* flags;
  unsigned typ;
};
constexpr const char* kNoFlag = "";
constexpr const char* kNumFlag = " -+.0";
constexpr const char* kSharpNumFlag = " -+.0#";
constexpr const char* kAllFlags = " -+.0#";
const PrintVerb kVerbs[] = {
    {'%', kNoFlag, 0},
    {'b', kSharpNumFlag, kInt | kFloat | kComplex | kPointer},
    {'c', "-", kRune | kInt},
    {'d', kNumFlag, kInt | kPointer},
    {'e', kSharpNumFlag, kFloat | kComplex},
    {'E', kSharpNumFlag, kFloat | kComplex},
    {'f', kSharpNumFlag, kFloat | kComplex},
    {'F', kSharpNumFlag, kFloat | kComplex},
    {'g', kSharpNumFlag, kFloat | kComplex},
    {'G', kSharpNumFlag, kFloat | kComplex},
    {'o', kSharpNumFlag, kInt | kPointer},
    {'O', kSharpNumFlag, kInt | kPointer},
    {'p', "-#", kPointer},
    {'q', " -+.0#", kRune | kInt | kString},
    {'s', " -+.0", kString},
    {'t', "-", kBool},
    {'T', "-", kAny},
    {'U', "-#", kRune | kInt},
    {'v', kAllFlags, kAny},
    {'w', kAllFlags, kError},
    {'x', kSharpNumFlag, kRune | kInt | kString | kPointer | kFloat | kComplex},
    {'X', kSharpNumFlag, kRune | kInt | kString | kPointer | kFloat | kComplex},
};

std::string count(int n, const char* what) {
  if (n == 1) return std::string("1 ") + what;
  return std::to_string(n) + " " + what + "s";
}

bool string_constant(const Expr* e, std::string& out) {
  if (!e || e->tv.mode != Mode::Constant || e->tv.val.kind != ConstValue::String) return false;
  out = e->tv.val.s;
  return true;
}

bool is_signature(const Type* t) { return t && t->kind == TypeKind::Signature; }

// fmt.Formatter: an interface (it may hold one) or a Format(fmt.State, rune) method.
bool is_formatter(Type* t) {
  if (!t) return false;
  if (t->kind != TypeKind::TypeParam) {
    Type* u = underlying(t);
    if (u && u->kind == TypeKind::Interface) return true;
  }
  bool in_set = false;
  Func* f = find_method(t, "Format", &in_set);
  if (!f || !in_set || !is_signature(f->type)) return false;
  Signature* sig = f->sig();
  if (!sig->params || sig->params->vars.size() != 2) return false;
  if (sig->results && !sig->results->vars.empty()) return false;
  if (!is_named(sig->params->vars[0]->type, "fmt", "State")) return false;
  Type* r = sig->params->vars[1]->type;
  return r && r->kind == TypeKind::Basic && static_cast<Basic*>(r)->bkind == BasicKind::Int32;
}

bool has_string_method(Type* t, const char* name) {
  bool in_set = false;
  Func* f = find_method(t, name, &in_set);
  if (!f || !in_set || !is_signature(f->type)) return false;
  Signature* sig = f->sig();
  if (sig->params && !sig->params->vars.empty()) return false;
  if (!sig->results || sig->results->vars.size() != 1) return false;
  Type* r = sig->results->vars[0]->type;
  return r && r->kind == TypeKind::Basic && static_cast<Basic*>(r)->bkind == BasicKind::String;
}

bool implements_error(Type* t) { return has_string_method(t, "Error"); }

bool convertible_to_string(Type* t) {
  if (!t) return false;
  if (t->kind == TypeKind::Basic && static_cast<Basic*>(t)->bkind == BasicKind::UntypedNil) return false;
  return implements_error(t) || has_string_method(t, "String");
}

struct ArgMatcher {
  unsigned t;
  std::set<const Type*> seen;
  std::string reason;

  bool match(Type* typ, bool top) {
    if (!typ) return true;
    if (t == kError) {  // types.ConvertibleTo(typ, error): nil converts to any interface
      if (typ->kind == TypeKind::Basic && static_cast<Basic*>(typ)->bkind == BasicKind::UntypedNil) return true;
      return implements_error(typ);
    }
    if (is_formatter(typ)) return true;
    if ((t & kString) && convertible_to_string(typ)) return true;
    if (typ->kind == TypeKind::TypeParam) {
      if (!seen.insert(typ).second) return true;
      const std::vector<Term>* terms = tparam_terms(typ);
      if (!terms || terms->empty()) return false;
      bool report = seen.size() == 1;
      for (const Term& term : *terms) {
        if (!match(term.type, top)) {
          if (report) reason = std::string("contains ") + (term.tilde ? "~" : "") + types_string(term.type);
          return false;
        }
      }
      return true;
    }
    // Go's strings.Builder starts with `addr *Builder` (a pointer to a struct, which no verb
    // but %v/%p accepts below the top level); gort declares only its buffer.
    if (is_named(typ, "strings", "Builder")) return false;
    typ = underlying(typ);
    if (!typ) return true;
    if (!seen.insert(typ).second) return true;
    switch (typ->kind) {
      case TypeKind::Signature: return t == kPointer;
      case TypeKind::Map: {
        if (t == kPointer) return true;
        auto* m = static_cast<Map*>(typ);
        return match(m->key, false) && match(m->elem, false);
      }
      case TypeKind::Chan: return (t & kPointer) != 0;
      case TypeKind::Array: {
        Type* el = static_cast<Array*>(typ)->elem;
        if (is_byte(el) && (t & kString)) return true;
        return match(el, false);
      }
      case TypeKind::Slice: {
        Type* el = static_cast<Slice*>(typ)->elem;
        if (is_byte(el) && (t & kString)) return true;
        if (t == kPointer) return true;
        return match(el, false);
      }
      case TypeKind::Pointer: {
        Type* el = static_cast<Pointer*>(typ)->elem;
        if (!el) return true;
        if (t == kPointer) return true;
        if (el->kind == TypeKind::TypeParam) return true;
        Type* under = underlying(el);
        if (!under) return true;
        switch (under->kind) {
          case TypeKind::Struct: case TypeKind::Array: case TypeKind::Slice: case TypeKind::Map: break;
          default: return (t & kPointer) != 0;
        }
        if (!top) return false;
        return match(under, false);
      }
      case TypeKind::Struct: {
        for (Var* f : static_cast<Struct*>(typ)->fields) {
          if (!f) continue;
          if (!match(f->type, false)) return false;
          if ((t & kString) && !f->exported() && convertible_to_string(f->type)) return false;
        }
        return true;
      }
      case TypeKind::Interface: return true;
      case TypeKind::Basic: {
        switch (static_cast<Basic*>(typ)->bkind) {
          case BasicKind::UntypedBool: case BasicKind::Bool: return t & kBool;
          case BasicKind::UntypedInt: case BasicKind::Int: case BasicKind::Int8: case BasicKind::Int16:
          case BasicKind::Int32: case BasicKind::Int64: case BasicKind::Uint: case BasicKind::Uint8:
          case BasicKind::Uint16: case BasicKind::Uint32: case BasicKind::Uint64: case BasicKind::Uintptr:
            return t & kInt;
          case BasicKind::UntypedFloat: case BasicKind::Float32: case BasicKind::Float64: return t & kFloat;
          case BasicKind::Complex64: case BasicKind::Complex128: return t & kComplex;
          case BasicKind::UntypedString: case BasicKind::String: return t & kString;
          case BasicKind::UnsafePointer: return t & (kPointer | kInt);
          case BasicKind::UntypedRune: return t & (kInt | kRune);
          case BasicKind::UntypedNil: return false;
          case BasicKind::Invalid: return true;
        }
        return true;
      }
      default: return false;
    }
  }

  static bool is_byte(Type* el) {
    Type* u = underlying(el);
    return u && u->kind == TypeKind::Basic && static_cast<Basic*>(u)->bkind == BasicKind::Uint8;
  }
};

// The argument's type as go/types records it: gort's checker gives nil the type it is
// converted to (any, for a ...any parameter); go/types keeps "untyped nil".
Type* arg_type(const Expr* e) {
  static Basic untyped_nil(BasicKind::UntypedNil, "untyped nil");
  const Expr* x = e;
  while (x && x->kind == ExprKind::Paren) x = static_cast<const ParenExpr*>(x)->x;
  if (x && x->kind == ExprKind::Ident && static_cast<const Ident*>(x)->obj &&
      static_cast<const Ident*>(x)->obj->kind == ObjKind::Nil)
    return &untyped_nil;
  return e ? e->tv.type : nullptr;
}

bool match_arg_type(unsigned t, const Expr* arg, std::string& reason) {
  if (t == kAny) return true;
  if (!arg_type(arg)) return true;
  ArgMatcher m{t, {}, {}};
  bool ok = m.match(arg_type(arg), true);
  reason = m.reason;
  return ok;
}

bool is_function_value(const Expr* e) { return e && is_signature(e->tv.type) && e->tv.mode != Mode::TypeExpr; }

// Is e the receiver (or &receiver) of the String/Error method whose body contains it?
struct PrintfPass;

struct FormatState {
  char32_t verb = 0;
  std::string format;  // the directive, "%3.*[2]d"
  std::string name;
  std::string flags;
  std::vector<int> arg_nums;
  int first_arg = 0;
  int arg_num = 0;
  bool has_index = false;
  bool index_pending = false;
  size_t nbytes = 1;
};

// go/types' Func.FullName: "command-line-arguments.logf", "(*command-line-arguments.T).logf".
std::string full_name(const Func* fn) {
  if (!fn->recv_named || !fn->recv_named->obj) return pkg_path(fn->pkg) + "." + fn->name;
  std::string base = pkg_path(fn->pkg) + "." + fn->recv_named->obj->name;
  return (fn->ptr_recv ? "(*" + base + ")" : "(" + base + ")") + "." + fn->name;
}

Kind print_kind(const Func* fn, const std::map<const Func*, Kind>& wrappers) {
  if (!fn) return Kind::None;
  std::string q = fn->qualified_name();
  if (print_funcs().count(q)) {
    if (q == "fmt.Errorf") return Kind::Errorf;
    return !fn->name.empty() && fn->name.back() == 'f' ? Kind::Printf : Kind::Print;
  }
  auto it = wrappers.find(fn);
  return it == wrappers.end() ? Kind::None : it->second;
}

bool names(const Expr* e, const Var* v) {
  return v && e && e->kind == ExprKind::Ident && static_cast<const Ident*>(e)->obj == v;
}

// findPrintfLike: the program's functions with a final ...interface{} parameter (and a string
// before it) that pass them on, unchanged, to a print function or another such wrapper.
struct Wrappers {
  struct W {
    Func* obj;
    FuncDecl* decl;
    Var* format = nullptr;
    Var* args = nullptr;
    bool failed = false;
    std::vector<std::pair<W*, CallExpr*>> callers;
  };
  Pass& pass;
  std::vector<std::unique_ptr<W>> ws;
  std::map<const Func*, W*> by_obj;
  std::map<const Func*, Kind> kinds;

  explicit Wrappers(Pass& p) : pass(p) {}

  void fwd(W* w, CallExpr* call, Kind kind, int depth = 0) {
    size_t n = call->args.size();
    bool matched = kind == Kind::Print || (kind != Kind::None && n >= 2 && names(call->args[n - 2], w->format));
    if (!matched || depth > 64) return;
    if (!call->has_ellipsis) {
      Type* t = call->fun ? call->fun->tv.type : nullptr;
      if (!t || t->kind != TypeKind::Signature) return;
      auto* sig = static_cast<Signature*>(t);
      if (!sig->params || n > sig->params->vars.size()) return;
      pass.report(call->pos, std::string("missing ... in args forwarded to ") + (kind == Kind::Print ? "print" : "printf") +
                                 "-like function");
      return;
    }
    if (kinds.count(w->obj)) return;
    kinds[w->obj] = kind;
    for (auto& [cw, ccall] : w->callers) fwd(cw, ccall, kind, depth + 1);
  }

  struct Body : Visitor {
    Wrappers& ws;
    W* w;
    Body(Wrappers& s, W* x) : ws(s), w(x) {}
    bool stmt(Stmt* s) override {
      if (w->failed) return false;
      if (s->kind == StmtKind::Assign)
        for (Expr* l : static_cast<AssignStmt*>(s)->lhs)
          if (names(l, w->format) || names(l, w->args)) {
            w->failed = true;
            return false;
          }
      return true;
    }
    bool expr(Expr* e) override {
      if (w->failed) return false;
      if (e->kind == ExprKind::Unary && static_cast<UnaryExpr*>(e)->op == Tok::And) {
        Expr* x = static_cast<UnaryExpr*>(e)->x;
        if (names(x, w->format) || names(x, w->args)) {
          w->failed = true;
          return false;
        }
      }
      if (e->kind != ExprKind::Call) return true;
      auto* call = static_cast<CallExpr*>(e);
      if (call->args.empty() || !names(call->args.back(), w->args)) return true;
      Func* fn = callee(call);
      // A print function, or a wrapper already found (vet's facts): this one forwards too.
      if (Kind k = print_kind(fn, ws.kinds); k != Kind::None) {
        ws.fwd(w, call, k);
        return true;
      }
      if (fn) {
        auto it = ws.by_obj.find(fn);
        if (it != ws.by_obj.end()) it->second->callers.push_back({w, call});
      }
      return true;
    }
  };

  void find(File* f) {
    if (!f) return;
    for (Decl* d : f->decls) {
      if (!d || !d->is_func) continue;
      auto* fd = static_cast<FuncDecl*>(d);
      if (!fd->body || !fd->obj || !fd->obj->type || fd->obj->type->kind != TypeKind::Signature) continue;
      Signature* sig = fd->obj->sig();
      if (!sig->variadic || !sig->params || sig->params->vars.empty()) continue;
      size_t np = sig->params->vars.size();
      Var* args = sig->params->vars[np - 1];
      if (!args || !args->type || args->type->kind != TypeKind::Slice) continue;
      Type* el = static_cast<Slice*>(args->type)->elem;
      if (!el || el->kind != TypeKind::Interface) continue;
      auto* it = static_cast<Interface*>(el);
      if (!it->all_methods.empty() || it->has_terms || it->is_comparable) continue;
      auto w = std::make_unique<W>();
      w->obj = fd->obj;
      w->decl = fd;
      w->args = args;
      if (np >= 2) {
        Var* p = sig->params->vars[np - 2];
        if (p && p->type && p->type->kind == TypeKind::Basic && static_cast<Basic*>(p->type)->bkind == BasicKind::String &&
            std::string(static_cast<Basic*>(p->type)->name) == "string")
          w->format = p;
      }
      by_obj[fd->obj] = w.get();
      ws.push_back(std::move(w));
    }
    for (auto& w : ws) {
      Body b(*this, w.get());
      walk_stmt(w->decl->body, b);
    }
  }
};

struct PrintfPass : Visitor {
  Pass& pass;
  std::map<const Func*, Kind> wrappers;
  // The String/Error methods enclosing the walk position (for recursive stringer checks).
  std::vector<FuncDecl*> funcs;
  explicit PrintfPass(Pass& p) : pass(p) {}

  bool func_decl(FuncDecl* fd) override {
    funcs.assign(1, fd);
    return true;
  }

  bool expr(Expr* e) override {
    if (e->kind == ExprKind::Call) check_call(static_cast<CallExpr*>(e));
    return true;
  }

  // recursiveStringer: e (or &e) is the receiver of the String() string / Error() string
  // method being declared around it.
  bool recursive_stringer(const Expr* e, std::string& method_name) {
    Type* typ = e->tv.type;
    if (!typ || is_formatter(typ)) return false;
    if (funcs.empty() || !funcs[0] || !funcs[0]->recv || !funcs[0]->obj) return false;
    Func* m = funcs[0]->obj;
    if (m->name != "String" && m->name != "Error") return false;
    bool in_set = false;
    Func* found = find_method(typ, m->name, &in_set);
    if (found != m) return false;
    if (!has_string_method(typ, m->name.c_str())) return false;
    const Expr* x = e;
    if (x->kind == ExprKind::Unary && static_cast<const UnaryExpr*>(x)->op == Tok::And)
      x = static_cast<const UnaryExpr*>(x)->x;
    if (!x || x->kind != ExprKind::Ident) return false;
    const Object* o = static_cast<const Ident*>(x)->obj;
    if (!o || !m->sig() || o != m->sig()->recv) return false;
    method_name = m->qualified_name();
    // go/types' FullName: "(command-line-arguments.T).String" for a value receiver too.
    if (m->recv_named) {
      std::string base = pkg_path(m->pkg) + "." + m->recv_named->obj->name;
      method_name = (m->ptr_recv ? "(*" + base + ")" : "(" + base + ")") + "." + m->name;
    }
    return true;
  }

  void check_call(CallExpr* call) {
    Func* fn = callee(call);
    Kind kind = print_kind(fn, wrappers);
    if (kind == Kind::None) return;
    std::string name = full_name(fn);
    if (kind == Kind::Print) check_print(call, fn, name);
    else check_printf(call, kind, fn, name);
  }

  Signature* call_sig(CallExpr* call) {
    Type* t = call->fun ? call->fun->tv.type : nullptr;
    return is_signature(t) ? static_cast<Signature*>(t) : nullptr;
  }

  void check_printf(CallExpr* call, Kind kind, Func*, const std::string& fname) {
    Signature* sig = call_sig(call);
    if (!sig || !sig->variadic || !sig->params) return;
    int idx = int(sig->params->vars.size()) - 2;
    if (idx < 0 || idx >= int(call->args.size())) return;
    std::string format;
    if (!string_constant(call->args[idx], format)) return;
    int first_arg = idx + 1;
    int nargs = int(call->args.size());
    if (format.find('%') == std::string::npos) {
      if (nargs > first_arg) pass.report(call->lparen, fname + " call has arguments but no formatting directives");
      return;
    }
    int arg_num = first_arg, max_arg_num = first_arg;
    bool any_index = false, any_w = false;
    for (size_t i = 0, w = 0; i < format.size(); i += w) {
      w = 1;
      if (format[i] != '%') continue;
      FormatState st;
      if (!parse_verb(call, fname, format.substr(i), first_arg, arg_num, st)) return;
      w = st.format.size();
      if (!ok_printf_arg(call, st)) return;
      if (st.has_index) any_index = true;
      if (st.verb == 'w') {
        if (kind != Kind::Errorf) {
          pass.report(call->pos, st.name + " does not support error-wrapping directive %w");
          return;
        }
        if (any_w) {
          pass.report(call->pos, st.name + " call has more than one error-wrapping directive %w");
          return;
        }
        any_w = true;
      }
      if (!st.arg_nums.empty()) arg_num = st.arg_nums.back() + 1;
      for (int n : st.arg_nums)
        if (n >= max_arg_num) max_arg_num = n + 1;
    }
    if (call->has_ellipsis && max_arg_num >= nargs - 1) return;
    if (any_index) return;
    if (max_arg_num != nargs) {
      pass.report(call->pos, fname + " call needs " + count(max_arg_num - first_arg, "arg") + " but has " +
                                 count(nargs - first_arg, "arg"));
    }
  }

  // parseIndex: "[n]" before a width, precision or verb.
  bool parse_index(CallExpr* call, FormatState& s) {
    if (s.nbytes >= s.format.size() || s.format[s.nbytes] != '[') return true;
    s.nbytes++;
    size_t start = s.nbytes;
    while (s.nbytes < s.format.size() && s.format[s.nbytes] >= '0' && s.format[s.nbytes] <= '9') s.nbytes++;
    bool ok = true;
    if (s.nbytes == s.format.size() || s.nbytes == start || s.format[s.nbytes] != ']') {
      ok = false;
      size_t close = s.format.find(']');
      if (close == std::string::npos) {
        pass.report(call->pos, s.name + " format " + s.format + " is missing closing ]");
        return false;
      }
      s.nbytes = close;
    }
    std::string digits = start <= s.nbytes ? s.format.substr(start, s.nbytes - start) : "";
    long long v = 0;
    bool parsed = !digits.empty() && digits.size() <= 10;
    for (char c : digits) {
      if (c < '0' || c > '9') { parsed = false; break; }
      v = v * 10 + (c - '0');
    }
    if (parsed && v > 2147483647LL) parsed = false;
    if (!parsed || !ok || v <= 0 || v > (long long)(call->args.size()) - s.first_arg) {
      pass.report(call->pos, s.name + " format has invalid argument index [" + digits + "]");
      return false;
    }
    s.nbytes++;
    s.arg_num = int(v) + s.first_arg - 1;
    s.has_index = true;
    s.index_pending = true;
    return true;
  }

  void parse_num(FormatState& s) {
    if (s.nbytes < s.format.size() && s.format[s.nbytes] == '*') {
      if (s.index_pending) s.index_pending = false;
      s.nbytes++;
      s.arg_nums.push_back(s.arg_num);
      s.arg_num++;
    } else {
      while (s.nbytes < s.format.size() && s.format[s.nbytes] >= '0' && s.format[s.nbytes] <= '9') s.nbytes++;
    }
  }

  bool parse_verb(CallExpr* call, const std::string& name, const std::string& format, int first_arg,
                  int arg_num, FormatState& s) {
    s.format = format;
    s.name = name;
    s.arg_num = arg_num;
    s.first_arg = first_arg;
    s.nbytes = 1;
    while (s.nbytes < s.format.size() && std::strchr("#0+- ", s.format[s.nbytes]) && s.format[s.nbytes]) {
      s.flags.push_back(s.format[s.nbytes]);
      s.nbytes++;
    }
    if (!parse_index(call, s)) return false;
    parse_num(s);
    if (s.nbytes < s.format.size() && s.format[s.nbytes] == '.') {
      s.flags.push_back('.');
      s.nbytes++;
      if (!parse_index(call, s)) return false;
      parse_num(s);
    }
    if (!s.index_pending && !parse_index(call, s)) return false;
    if (s.nbytes == s.format.size()) {
      pass.report(call->fun ? call->fun->pos : call->pos,
                  name + " format " + s.format + " is missing verb at end of string");
      return false;
    }
    // Decode one UTF-8 rune (the verb).
    unsigned char c0 = s.format[s.nbytes];
    size_t w = 1;
    char32_t r = c0;
    if (c0 >= 0xC0) {
      w = c0 >= 0xF0 ? 4 : c0 >= 0xE0 ? 3 : 2;
      if (s.nbytes + w > s.format.size()) w = 1, r = 0xFFFD;
      else {
        r = c0 & (0x3F >> (w - 1));
        for (size_t k = 1; k < w; k++) r = (r << 6) | (s.format[s.nbytes + k] & 0x3F);
      }
    } else if (c0 >= 0x80) {
      r = 0xFFFD;
    }
    s.verb = r;
    s.nbytes += w;
    if (r != '%') s.arg_nums.push_back(s.arg_num);
    s.format = s.format.substr(0, s.nbytes);
    return true;
  }

  static std::string verb_text(const FormatState& s) {
    // The verb as %c prints it: the rune's UTF-8 bytes (the tail of the directive).
    size_t n = s.verb < 0x80 ? 1 : s.verb < 0x800 ? 2 : s.verb < 0x10000 ? 3 : 4;
    return s.format.size() >= n ? s.format.substr(s.format.size() - n) : s.format;
  }

  bool arg_can_be_checked(CallExpr* call, int format_arg, const FormatState& s) {
    int arg_num = s.arg_nums[format_arg];
    int nargs = int(call->args.size());
    if (arg_num <= 0) return false;
    if (arg_num < nargs - 1) return true;
    if (call->has_ellipsis) return false;
    if (arg_num < nargs) return true;
    int arg = arg_num - s.first_arg + 1;
    pass.report(call->pos, s.name + " format " + s.format + " reads arg #" + std::to_string(arg) +
                               ", but call has " + count(nargs - s.first_arg, "arg"));
    return false;
  }

  bool ok_printf_arg(CallExpr* call, FormatState& s) {
    const PrintVerb* v = nullptr;
    for (const PrintVerb& pv : kVerbs)
      if (char32_t(pv.verb) == s.verb) v = &pv;
    bool formatter = false;
    unsigned vtyp = v ? v->typ : 0;
    if (vtyp != kError && s.arg_num < int(call->args.size()) && s.arg_num >= 0)
      formatter = is_formatter(arg_type(call->args[s.arg_num]));
    if (!formatter) {
      if (!v) {
        pass.report(call->pos, s.name + " format " + s.format + " has unknown verb " + verb_text(s));
        return false;
      }
      for (char f : s.flags) {
        if (f == '0') continue;
        if (!std::strchr(v->flags, f)) {
          pass.report(call->pos, s.name + " format " + s.format + " has unrecognized flag " + std::string(1, f));
          return false;
        }
      }
    }
    int true_args = s.verb == '%' ? 0 : 1;
    int nargs = int(s.arg_nums.size());
    for (int i = 0; i < nargs - true_args; i++) {
      if (!arg_can_be_checked(call, i, s)) return false;
      Expr* arg = call->args[s.arg_nums[i]];
      std::string reason;
      if (!match_arg_type(kInt, arg, reason)) {
        std::string details = reason.empty() ? "" : " (" + reason + ")";
        pass.report(call->pos, s.name + " format " + s.format + " uses non-int " + format_expr(arg) + details +
                                   " as argument of *");
        return false;
      }
    }
    if (s.verb == '%' || formatter) return true;
    if (s.arg_nums.empty()) return true;
    if (!arg_can_be_checked(call, int(s.arg_nums.size()) - 1, s)) return false;
    Expr* arg = call->args[s.arg_nums.back()];
    if (is_function_value(arg) && s.verb != 'p' && s.verb != 'T') {
      pass.report(call->pos, s.name + " format " + s.format + " arg " + format_expr(arg) + " is a func value, not called");
      return false;
    }
    std::string reason;
    if (!match_arg_type(v->typ, arg, reason)) {
      std::string ts = arg_type(arg) ? types_string(arg_type(arg)) : "";
      std::string details = reason.empty() ? "" : " (" + reason + ")";
      pass.report(call->pos, s.name + " format " + s.format + " has arg " + format_expr(arg) + " of wrong type " + ts + details);
      return false;
    }
    if ((v->typ & kString) && v->verb != 'T' && s.flags.find('#') == std::string::npos) {
      std::string m;
      if (recursive_stringer(arg, m)) {
        pass.report(call->pos, s.name + " format " + s.format + " with arg " + format_expr(arg) +
                                   " causes recursive " + m + " method call");
        return false;
      }
    }
    return true;
  }

  void check_print(CallExpr* call, Func* fn, const std::string& fname) {
    Signature* sig = call_sig(call);
    int first_arg = 0;
    if (sig) {
      if (!sig->variadic || !sig->params || sig->params->vars.empty()) return;
      first_arg = int(sig->params->vars.size()) - 1;
      Type* last = sig->params->vars.back()->type;
      if (!last || last->kind != TypeKind::Slice) return;
      Type* el = static_cast<Slice*>(last)->elem;
      if (!el || el->kind != TypeKind::Interface) return;  // ...any, not ...fmt.Stringer
      auto* it = static_cast<Interface*>(el);
      if (!it->all_methods.empty() || it->has_terms) return;
    }
    int nargs = int(call->args.size());
    if (nargs <= first_arg) return;
    if (first_arg == 0) {
      Expr* a0 = call->args[0];
      if (a0 && a0->kind == ExprKind::Selector) {
        auto* sel = static_cast<SelectorExpr*>(a0);
        if (sel->x && sel->x->kind == ExprKind::Ident && static_cast<Ident*>(sel->x)->name == "os" && sel->sel &&
            sel->sel->name.rfind("Std", 0) == 0)
          pass.report(call->pos, fname + " does not take io.Writer but has first arg " + format_expr(a0));
      }
    }
    std::string s;
    if (string_constant(call->args[first_arg], s)) {
      if (!s.empty() && s.back() == '%') s.pop_back();
      if (s.find('%') != std::string::npos) {
        std::string m = find_directive(s);
        if (!m.empty()) pass.report(call->pos, fname + " call has possible formatting directive " + m);
      }
    }
    if (fn->name.size() >= 2 && fn->name.compare(fn->name.size() - 2, 2, "ln") == 0) {
      if (string_constant(call->args.back(), s) && !s.empty() && s.back() == '\n')
        pass.report(call->pos, fname + " arg list ends with redundant newline");
    }
    for (int i = first_arg; i < nargs; i++) {
      Expr* arg = call->args[i];
      if (is_function_value(arg))
        pass.report(call->pos, fname + " arg " + format_expr(arg) + " is a func value, not called");
      std::string m;
      if (recursive_stringer(arg, m))
        pass.report(call->pos, fname + " arg " + format_expr(arg) + " causes recursive call to " + m + " method");
    }
  }

  // printFormatRE: %[+\-#]*([0-9]+|(\[[0-9]+\])?\*)?\.?([0-9]+|(\[[0-9]+\])?\*)?(\[[0-9]+\])?[bcdefgopqstvxEFGTUX]
  // — the leftmost match, as regexp.FindStringSubmatch returns it.
  static std::string find_directive(const std::string& s) {
    for (size_t i = 0; i < s.size(); i++) {
      if (s[i] != '%') continue;
      size_t end = 0;
      if (match_directive(s, i + 1, end)) return s.substr(i, end - i);
    }
    return "";
  }
  static bool digits(const std::string& s, size_t& j) {
    size_t k = j;
    while (k < s.size() && s[k] >= '0' && s[k] <= '9') k++;
    if (k == j) return false;
    j = k;
    return true;
  }
  static bool index_opt(const std::string& s, size_t& j) {  // (\[[0-9]+\])? — consumes if present
    if (j < s.size() && s[j] == '[') {
      size_t k = j + 1;
      if (digits(s, k) && k < s.size() && s[k] == ']') {
        j = k + 1;
        return true;
      }
    }
    return false;
  }
  // Backtracking over the optional parts (the regexp is small: try every combination).
  static bool match_directive(const std::string& s, size_t j, size_t& end) {
    while (j < s.size() && (s[j] == '+' || s[j] == '-' || s[j] == '#')) j++;
    std::vector<size_t> after_num1 = num_opts(s, j);
    for (size_t a : after_num1) {
      std::vector<size_t> after_dot{a};
      if (a < s.size() && s[a] == '.') after_dot.insert(after_dot.begin(), a + 1);
      for (size_t b : after_dot) {
        for (size_t c : num_opts(s, b)) {
          std::vector<size_t> after_idx{c};
          size_t d = c;
          if (index_opt(s, d)) after_idx.insert(after_idx.begin(), d);
          for (size_t e : after_idx) {
            if (e < s.size() && std::strchr("bcdefgopqstvxEFGTUX", s[e]) && s[e]) {
              end = e + 1;
              return true;
            }
          }
        }
      }
    }
    return false;
  }
  // ([0-9]+|(\[[0-9]+\])?\*)? — every position it can end at, greedy first.
  static std::vector<size_t> num_opts(const std::string& s, size_t j) {
    std::vector<size_t> out;
    size_t k = j;
    if (digits(s, k)) out.push_back(k);
    k = j;
    index_opt(s, k);
    if (k < s.size() && s[k] == '*') out.push_back(k + 1);
    if (j < s.size() && s[j] == '*' && (out.empty() || out.back() != j + 1)) out.push_back(j + 1);
    out.push_back(j);
    return out;
  }
};

// FuncLits inside a String method are walked with the method still enclosing them, as
// go/types' scope test (method.Scope().Contains) does.
}  // namespace

void run_printf(Pass& pass) {
  Wrappers w(pass);
  w.find(pass.prog.file.get());
  PrintfPass v(pass);
  v.wrappers = std::move(w.kinds);
  walk_file(pass.prog.file.get(), v);
}

}  // namespace gort::lang::vet
