// engine/lang/check_decl.cpp — package-level declarations: collecting objects, resolving them
// lazily in dependency order (so consts/types/vars may be used before they are declared), method
// association, function bodies, imports of std packages, and var initialization order.
#include <algorithm>
#include <functional>

#include <set>

#include "lang/checker.h"
#include "lang/type_size.h"
#include "lang/parser.h"
#include "lang/std/std_decls.h"

namespace gort::lang {

Checker::Checker(TypeContext& ctx, Package* pkg, File& file, std::vector<Diagnostic>& diags,
                 int go_minor, bool is_std)
    : ctx_(ctx), pkg_(pkg), file_(file), diags_(diags), out_(&diags), go_minor_(go_minor), is_std_(is_std) {
  scope_ = pkg->scope;
}

void Checker::error(Pos p, std::string msg) {
  out_->push_back({p, std::move(msg)});
}

static void set_pos(Object* o, Pos p) {
  o->line = p.line;
  o->col = p.col;
}

// Go's standard library (go1.19's `go list std`, and the packages added up to 1.24) without its
// internal and vendored packages: a program that imports one of these gort lacks is told so,
// not that the package does not exist.
static bool in_go_std(std::string_view p) {
  static constexpr std::string_view kStd[] = {
      "archive/tar", "archive/zip", "bufio", "bytes", "cmp", "compress/bzip2", "compress/flate", "compress/gzip",
      "compress/lzw", "compress/zlib", "container/heap", "container/list", "container/ring", "context", "crypto",
      "crypto/aes", "crypto/cipher", "crypto/des", "crypto/dsa", "crypto/ecdh", "crypto/ecdsa", "crypto/ed25519",
      "crypto/elliptic", "crypto/hkdf", "crypto/hmac", "crypto/md5", "crypto/mlkem", "crypto/pbkdf2", "crypto/rand",
      "crypto/rc4", "crypto/rsa", "crypto/sha1", "crypto/sha256", "crypto/sha3", "crypto/sha512", "crypto/subtle",
      "crypto/tls", "crypto/x509", "crypto/x509/pkix", "database/sql", "database/sql/driver", "debug/buildinfo",
      "debug/dwarf", "debug/elf", "debug/gosym", "debug/macho", "debug/pe", "debug/plan9obj", "embed", "encoding",
      "encoding/ascii85", "encoding/asn1", "encoding/base32", "encoding/base64", "encoding/binary", "encoding/csv",
      "encoding/gob", "encoding/hex", "encoding/json", "encoding/pem", "encoding/xml", "errors", "expvar", "flag",
      "fmt", "go/ast", "go/build", "go/build/constraint", "go/constant", "go/doc", "go/doc/comment", "go/format",
      "go/importer", "go/parser", "go/printer", "go/scanner", "go/token", "go/types", "go/version", "hash",
      "hash/adler32", "hash/crc32", "hash/crc64", "hash/fnv", "hash/maphash", "html", "html/template", "image",
      "image/color", "image/color/palette", "image/draw", "image/gif", "image/jpeg", "image/png", "index/suffixarray",
      "io", "io/fs", "io/ioutil", "iter", "log", "log/slog", "log/syslog", "maps", "math", "math/big", "math/bits",
      "math/cmplx", "math/rand", "math/rand/v2", "mime", "mime/multipart", "mime/quotedprintable", "net",
      "net/http", "net/http/cgi", "net/http/cookiejar", "net/http/fcgi", "net/http/httptest", "net/http/httptrace",
      "net/http/httputil", "net/http/pprof", "net/mail", "net/netip", "net/rpc", "net/rpc/jsonrpc", "net/smtp",
      "net/textproto", "net/url", "os", "os/exec", "os/signal", "os/user", "path", "path/filepath", "plugin",
      "reflect", "regexp", "regexp/syntax", "runtime", "runtime/cgo", "runtime/coverage", "runtime/debug",
      "runtime/metrics", "runtime/pprof", "runtime/race", "runtime/trace", "slices", "sort", "strconv", "strings",
      "structs", "sync", "sync/atomic", "syscall", "testing", "testing/fstest", "testing/iotest", "testing/quick",
      "testing/slogtest", "text/scanner", "text/tabwriter", "text/template", "text/template/parse", "time",
      "time/tzdata", "unicode", "unicode/utf16", "unicode/utf8", "unique", "unsafe", "weak"};
  return std::find(std::begin(kStd), std::end(kStd), p) != std::end(kStd);
}

// Why gort lacks a std package, when there is one reason: said after the error.
static std::string missing_std_reason(std::string_view p) {
  if (p == "net" || p.substr(0, 4) == "net/") return " (a gort program has no network)";
  if (p == "os/exec" || p == "os/signal" || p == "plugin" || p == "syscall" || p == "runtime/cgo")
    return " (a gort program runs in a sandbox with no processes of its own)";
  return "";
}

// Has the import path an element "internal" (Go's internal packages)?
static bool internal_path(std::string_view p) {
  return p == "internal" || p.substr(0, 9) == "internal/" || p.find("/internal/") != std::string_view::npos ||
         (p.size() >= 9 && p.substr(p.size() - 9) == "/internal");
}

Package* Checker::import_package(ImportSpec* s) {
  // Only code rooted at internal's parent may import an internal package: a program never a
  // std one (encoding/internal/alphabet is base32's and base64's).
  if (!is_std_ && internal_path(s->path)) {
    error(s->path_pos, "use of internal package " + s->path + " not allowed");
    return nullptr;
  }
  auto it = ctx_.std_pkgs.find(s->path);
  if (it != ctx_.std_pkgs.end()) return it->second;
  if (s->path == "unsafe") {
    // Only what needs no pointer arithmetic: Sizeof, Alignof and Offsetof, constants of gc's
    // amd64 layout (type_size.h). gort's values are not bytes in memory, so unsafe.Pointer
    // and its kin are not there (a use is an error that says so: see selector()).
    Package* p = ctx_.make_package("unsafe", "unsafe");
    for (auto [n, id] : {std::pair{"Sizeof", BuiltinId::Sizeof}, std::pair{"Alignof", BuiltinId::Alignof},
                         std::pair{"Offsetof", BuiltinId::Offsetof}}) {
      Builtin* b = ctx_.make_obj<Builtin>(n);
      b->id = id;
      p->scope->names[n] = b;
    }
    ctx_.std_pkgs["unsafe"] = p;
    return p;
  }
  std::string_view src = std_package_source(s->path);
  if (src.empty()) {
    if (in_go_std(s->path))
      error(s->path_pos, "package " + s->path + " is in Go's standard library but not in gort's" +
                             missing_std_reason(s->path));
    else
      error(s->path_pos, "package " + s->path + " is not in std");
    return nullptr;
  }
  // What a std package's checker references lives as long as the type context: a package
  // written in Go keeps its checker to instantiate its generic functions later.
  struct StdUnit {
    std::vector<Diagnostic> diags;
    std::unique_ptr<Checker> checker;
  };
  auto unit = std::make_shared<StdUnit>();
  std::unique_ptr<File> f = parse_file(src, s->path + ".go", unit->diags);
  File* file = f.get();
  ctx_.std_files.push_back(std::move(f));
  std::string name = file->package_name ? file->package_name->name : s->path;
  Package* p = ctx_.make_package(s->path, name);
  p->go_source = std_package_is_go(s->path);
  p->filename = "/usr/local/go/src/" + s->path + "/" + name + ".go";  // as Go's tracebacks name it
  ctx_.std_pkgs[s->path] = p;
  unit->checker = std::make_unique<Checker>(ctx_, p, *file, unit->diags, 99, true);
  unit->checker->src_ = src;
  if (p->go_source) ctx_.std_checkers[p] = unit->checker.get();
  ctx_.std_owned.push_back(unit);
  unit->checker->check_package(nullptr);
  if (p->go_source) ctx_.std_go_order.push_back(p);  // after its own imports: dependencies first
  if (!unit->diags.empty()) {
    // A bug in the embedded declarations: loud, named.
    const Diagnostic& d = unit->diags[0];
    error(s->path_pos, "internal error: std package " + s->path + ": " + d.msg + " at line " +
                           std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col));
  }
  return p;
}

// A std package written in Go adds its package variables, their initialization and its init
// functions to the program, before those of the packages that import it (Go's package
// initialization order), and the instances of its generic code.
void Checker::contribute_std(Program* prog) {
  for (Object* o : decl_order_) {
    if (o->kind == ObjKind::Var) prog->globals.push_back(static_cast<Var*>(o));
    if (o->kind == ObjKind::Func && !decls_[o].fdecl->recv && o->name == "init")
      prog->inits.push_back(static_cast<Func*>(o));
  }
  compute_init_order(prog);
  prog->instances.insert(prog->instances.end(), instances_.begin(), instances_.end());
}

void Checker::redeclared(Pos p, const std::string& name, Object* prev) {
  error(p, name + " redeclared in this block\n\t" + file_.filename + ":" + std::to_string(prev->line) + ":" +
               std::to_string(prev->col) + ": other declaration of " + name);
}

void Checker::collect_objects() {
  for (Decl* d : file_.decls) {
    // Imports come first in a file: past them, a failed one ends the check (import_failed_).
    if (import_failed_ && (d->is_func || static_cast<GenDecl*>(d)->tok != Tok::Import)) return;
    if (d->is_func) {
      FuncDecl* fd = static_cast<FuncDecl*>(d);
      if (!fd->name || !fd->type) continue;
      Func* f = ctx_.make_obj<Func>(fd->name->name);
      set_pos(f, fd->name->pos);
      f->pkg = pkg_;
      f->decl = fd;
      f->has_body = fd->body != nullptr;
      fd->obj = f;
      fd->name->obj = f;
      DeclInfo& di = decls_[f];
      di.obj = f;
      di.fdecl = fd;
      decl_order_.push_back(f);
      if (fd->recv) continue;  // methods are associated in collect_methods
      if (fd->name->name == "init") {
        if (!fd->type->params.empty() || !fd->type->results.empty())
          error(fd->name->pos, "func init must have no arguments and no return values");
        continue;  // init functions are not declared in the scope
      }
      if (fd->name->name == "main" && pkg_->name == "main" &&
          (!fd->type->params.empty() || !fd->type->results.empty()))
        error(fd->name->pos, "func main must have no arguments and no return values");
      if (fd->name->name == "_") continue;
      if (Object* prev = pkg_->scope->lookup_local(f->name)) {
        redeclared(fd->name->pos, f->name, prev);
        continue;
      }
      pkg_->scope->names[f->name] = f;
      continue;
    }
    GenDecl* g = static_cast<GenDecl*>(d);
    for (Spec* sp : g->specs) {
      if (sp->kind == SpecKind::Import) {
        ImportSpec* is = static_cast<ImportSpec*>(sp);
        Package* p = import_package(is);
        if (!p) {
          import_failed_ = true;
          continue;
        }
        std::string name = is->name ? is->name->name : p->name;
        if (name == "_") continue;
        PkgName* pn = ctx_.make_obj<PkgName>(name);
        set_pos(pn, is->pos);
        pn->imported = p;
        pn->pkg = pkg_;
        is->obj = pn;
        imports_.push_back(is);
        if (name == ".") {
          dot_import(is, pn);
          continue;
        }
        Scope* into = file_scope(is->pos.line);  // the file block (the package's for one file)
        if (into->lookup_local(name)) {
          error(is->name ? is->name->pos : is->path_pos, name + " redeclared in this block");
          continue;
        }
        into->names[name] = pn;
      } else if (sp->kind == SpecKind::Type) {
        TypeSpec* ts = static_cast<TypeSpec*>(sp);
        TypeName* tn = ctx_.make_obj<TypeName>(ts->name->name);
        set_pos(tn, ts->name->pos);
        tn->pkg = pkg_;
        tn->is_alias = ts->alias;
        ts->name->obj = tn;
        DeclInfo& di = decls_[tn];
        di.obj = tn;
        di.tspec = ts;
        decl_order_.push_back(tn);
        if (tn->name == "_") continue;
        if (Object* prev = pkg_->scope->lookup_local(tn->name)) {
          redeclared(ts->name->pos, tn->name, prev);
          continue;
        }
        pkg_->scope->names[tn->name] = tn;
      } else {
        ValueSpec* vs = static_cast<ValueSpec*>(sp);
        for (size_t i = 0; i < vs->names.size(); i++) {
          Ident* id = vs->names[i];
          Object* o;
          if (g->tok == Tok::Const) {
            o = ctx_.make_obj<Const>(id->name);
          } else {
            Var* v = ctx_.make_obj<Var>(id->name);
            v->is_global = true;
            o = v;
          }
          set_pos(o, id->pos);
          o->pkg = pkg_;
          id->obj = o;
          DeclInfo& di = decls_[o];
          di.obj = o;
          di.vspec = vs;
          di.vindex = int(i);
          decl_order_.push_back(o);
          if (id->name == "_") continue;
          if (Object* prev = pkg_->scope->lookup_local(id->name)) {
            redeclared(id->pos, id->name, prev);
            continue;
          }
          pkg_->scope->names[id->name] = o;
        }
      }
    }
  }
}

void Checker::resolve(Object* obj) {
  auto it = decls_.find(obj);
  if (it == decls_.end()) return;  // not a package-level object of this package
  DeclInfo& di = it->second;
  if (di.color == 2) return;
  if (di.color == 1) {
    // A cycle. Types may refer to themselves (through pointers etc.): the Named exists already.
    if (obj->kind == ObjKind::TypeName && obj->type) return;
    if (obj->kind == ObjKind::Func) return;  // recursion through function bodies is fine
    error(Pos{obj->line, obj->col}, "initialization cycle or invalid recursive reference to " + obj->name);
    if (!obj->type) obj->type = ctx_.basic(BasicKind::Invalid);
    return;
  }
  di.color = 1;
  // Package-level declarations are checked in the package scope with no function context.
  Scope* saved_scope = scope_;
  auto saved_funcs = std::move(funcs_);
  funcs_.clear();
  DeclInfo* saved_decl = cur_decl_;
  int saved_iota = iota_;
  scope_ = file_scope(obj->line);
  cur_decl_ = &di;
  switch (obj->kind) {
    case ObjKind::TypeName: decl_type(static_cast<TypeName*>(obj), di.tspec); break;
    case ObjKind::Const: decl_const(static_cast<Const*>(obj), di.vspec, di.vindex); break;
    case ObjKind::Var: decl_var(static_cast<Var*>(obj), di.vspec, di.vindex); break;
    case ObjKind::Func: decl_func(static_cast<Func*>(obj), di.fdecl); break;
    default: break;
  }
  scope_ = saved_scope;
  funcs_ = std::move(saved_funcs);
  cur_decl_ = saved_decl;
  iota_ = saved_iota;
  di.color = 2;
}

// types2's validType: a named type must not contain itself by value (through struct fields and
// array elements). Every named type on a failing path becomes invalid (so later passes never
// recurse forever through it); the cycle is reported once, starting at its first type in the
// source, with types2's cycleError wording.
void Checker::check_type_cycles() {
  std::set<Named*> done;
  std::vector<Named*> path;
  for (Object* o : decl_order_) {
    if (o->kind != ObjKind::TypeName || !o->type || o->type->kind != TypeKind::Named) continue;
    Named* n = static_cast<Named*>(o->type);
    if (n->obj == o) valid_type(n, path, done);
  }
}

bool Checker::valid_type(Type* t, std::vector<Named*>& path, std::set<Named*>& done) {
  if (!t) return true;
  switch (t->kind) {
    case TypeKind::Array: return valid_type(static_cast<Array*>(t)->elem, path, done);
    case TypeKind::Struct:
      for (Var* f : static_cast<Struct*>(t)->fields)
        if (!valid_type(f->type, path, done)) return false;
      return true;
    case TypeKind::Named: {
      Named* n = static_cast<Named*>(t);
      if (!n->obj || n->obj->pkg != pkg_) return true;
      if (done.count(n)) return !(n->underlying && n->underlying->kind == TypeKind::Basic &&
                                  static_cast<Basic*>(n->underlying)->bkind == BasicKind::Invalid);
      for (size_t i = 0; i < path.size(); i++) {
        if (path[i] != n) continue;
        std::vector<Named*> cycle(path.begin() + long(i), path.end());
        size_t start = 0;
        for (size_t j = 1; j < cycle.size(); j++) {
          Object* a = cycle[j]->obj;
          Object* b = cycle[start]->obj;
          if (a->line < b->line || (a->line == b->line && a->col < b->col)) start = j;
        }
        Object* first = cycle[start]->obj;
        if (cycle.size() == 1) {
          error(Pos{first->line, first->col}, "invalid recursive type: " + first->name + " refers to itself");
        } else {
          std::string msg = "invalid recursive type " + first->name;
          for (size_t k = 0; k < cycle.size(); k++) {
            Object* a = cycle[(start + k) % cycle.size()]->obj;
            Object* b = cycle[(start + k + 1) % cycle.size()]->obj;
            msg += "\n\t" + file_.filename + ":" + std::to_string(a->line) + ":" + std::to_string(a->col) + ": " +
                   a->name + " refers to " + b->name;
          }
          error(Pos{first->line, first->col}, msg);
        }
        for (Named* c : cycle) {
          c->underlying = ctx_.basic(BasicKind::Invalid);
          done.insert(c);
        }
        return false;
      }
      path.push_back(n);
      bool ok = valid_type(n->underlying, path, done);
      path.pop_back();
      if (!ok) n->underlying = ctx_.basic(BasicKind::Invalid);
      done.insert(n);
      return ok;
    }
    default: return true;
  }
}

void Checker::decl_type(TypeName* obj, TypeSpec* spec) {
  if (spec->alias) {
    obj->type = ctx_.basic(BasicKind::Invalid);
    if (!spec->tparams.empty()) {
      // A generic alias (types2: reported at the first type parameter, then checked anyway).
      if (go_minor_ < 24) error(spec->tparams[0]->pos, "generic type alias requires go1.24 or later");
      Scope* s = ctx_.make_scope(scope_);
      std::vector<TypeParam*> tps = declare_tparams(spec->tparams, s);
      Scope* saved = scope_;
      scope_ = s;
      Type* rhs = type_expr(spec->type);
      scope_ = saved;
      obj->alias_tparams = std::move(tps);
      obj->type = rhs;
      return;
    }
    obj->type = type_expr(spec->type);
    return;
  }
  Named* n = ctx_.make_type<Named>();
  n->obj = obj;
  obj->type = n;
  Scope* saved = scope_;
  if (!spec->tparams.empty()) {
    // type G[T any] ...: the parameters are in scope of the type expression.
    Scope* s = ctx_.make_scope(scope_);
    n->tparams = declare_tparams(spec->tparams, s);
    scope_ = s;
  }
  Type* u = type_expr(spec->type);
  scope_ = saved;
  if (u->kind == TypeKind::TypeParam) {
    error(spec->type->pos, "cannot use a type parameter as RHS in type declaration");
    u = ctx_.basic(BasicKind::Invalid);
  }
  Type* uu = underlying(u);
  if (uu == n || !uu) {
    error(spec->name->pos, "invalid recursive type " + obj->name);
    uu = ctx_.basic(BasicKind::Invalid);
  }
  n->underlying = uu;
}

void Checker::decl_const(Const* obj, ValueSpec* spec, int index) {
  ValueSpec* src = spec->values.empty() && !spec->type ? spec->implicit_from : spec;
  iota_ = spec->iota;
  obj->type = ctx_.basic(BasicKind::Invalid);
  if (!src) {
    error(Pos{obj->line, obj->col}, "missing init expr for const declaration");
    return;
  }
  if (index >= (int)src->values.size()) {
    if (src == spec) error(Pos{obj->line, obj->col}, "missing init expr for const declaration");
    else error(Pos{obj->line, obj->col}, "missing init expr for const declaration");
    return;
  }
  if (index == (int)spec->names.size() - 1 && src == spec && src->values.size() > spec->names.size()) {
    error(src->values[spec->names.size()]->pos, "extra init expr");
  }
  Expr* x = src->values[index];
  Type* t = src->type ? type_expr(src->type) : nullptr;
  // Implicitly repeated expressions are re-checked with this spec's iota; the AST is shared, so
  // the annotations on it reflect the last check (the compiler uses the Const's value, not them).
  expr(x);
  if (x->tv.mode == Mode::Invalid) return;
  if (x->tv.mode != Mode::Constant) {
    error(x->pos, operand_string(x) + " is not constant");
    return;
  }
  if (t) {
    Type* u = underlying(t);
    if (u->kind != TypeKind::Basic || static_cast<Basic*>(u)->bkind == BasicKind::Invalid) {
      error(src->type->pos, "invalid constant type " + type_string(t));
      return;
    }
    if (!assignment(x, t, "constant declaration")) return;
  }
  obj->type = x->tv.type;
  obj->val = x->tv.val;
  if (src->values.size() < spec->names.size() && index == (int)src->values.size() - 1) {
  }
}

void Checker::decl_var(Var* obj, ValueSpec* spec, int index) {
  // All names of the spec are typed together (v1, v2 = f() or a shared type).
  Type* t = spec->type ? type_expr(spec->type) : nullptr;
  auto lhs_vars = [&]() {
    std::vector<Var*> v;
    for (Ident* id : spec->names) v.push_back(static_cast<Var*>(id->obj));
    return v;
  };
  std::vector<Var*> vars = lhs_vars();
  if (spec->values.empty()) {
    for (Var* v : vars) v->type = t ? t : ctx_.basic(BasicKind::Invalid);
    return;
  }
  if (spec->values.size() == 1 && vars.size() > 1) {
    // v1, v2 = f()  (or comma-ok)
    Expr* x = spec->values[0];
    multi_expr(x);
    for (Var* v : vars) decls_[v].color = 2;
    if (x->tv.mode == Mode::Invalid) {
      for (Var* v : vars) v->type = t ? t : ctx_.basic(BasicKind::Invalid);
      return;
    }
    std::vector<Type*> types;
    if (x->tv.type && x->tv.type->kind == TypeKind::Tuple) {
      for (Var* r : static_cast<Tuple*>(x->tv.type)->vars) types.push_back(r->type);
    } else if (x->tv.mode == Mode::CommaOk && vars.size() == 2) {
      types.push_back(x->tv.type);
      types.push_back(ctx_.basic(BasicKind::Bool));
      if (x->kind == ExprKind::Index || x->kind == ExprKind::TypeAssert || x->kind == ExprKind::Unary) {
        if (x->kind == ExprKind::TypeAssert) static_cast<TypeAssertExpr*>(x)->comma_ok = true;
        if (x->kind == ExprKind::Unary) static_cast<UnaryExpr*>(x)->comma_ok = true;
      }
    } else {
      types.push_back(x->tv.type);
    }
    if (types.size() != vars.size()) {
      assign_error(spec->values, vars.size(), types.size());
      for (Var* v : vars) v->type = t ? t : ctx_.basic(BasicKind::Invalid);
      return;
    }
    for (size_t i = 0; i < vars.size(); i++) {
      Type* vt = t ? t : types[i];
      if (t && !identical(types[i], t)) {
        // assignability of tuple elements (no untyped here)
      }
      vars[i]->type = vt;
    }
    return;
  }
  if (spec->values.size() != vars.size()) {
    if ((size_t)index == 0) {
      if (spec->values.size() > vars.size())
        assign_error(spec->values, vars.size(), spec->values.size());
      else
        assign_error(spec->values, vars.size(), spec->values.size());
    }
    obj->type = t ? t : ctx_.basic(BasicKind::Invalid);
    return;
  }
  Expr* x = spec->values[index];
  expr(x, t);
  if (x->tv.mode == Mode::Invalid) {
    obj->type = t ? t : ctx_.basic(BasicKind::Invalid);
    return;
  }
  if (t) {
    assignment(x, t, "variable declaration");
    obj->type = t;
  } else {
    if (x->tv.mode == Mode::TypeExpr) {
      error(x->pos, expr_string(x) + " (type) is not an expression");
      obj->type = ctx_.basic(BasicKind::Invalid);
      return;
    }
    if (x->tv.mode == Mode::NoValue) {
      error(x->pos, expr_string(x) + " (no value) used as value");
      obj->type = ctx_.basic(BasicKind::Invalid);
      return;
    }
    if (x->tv.type && x->tv.type->kind == TypeKind::Basic &&
        static_cast<Basic*>(x->tv.type)->bkind == BasicKind::UntypedNil) {
      error(x->pos, "use of untyped nil in variable declaration");
      obj->type = ctx_.basic(BasicKind::Invalid);
      return;
    }
    // An untyped constant takes its default type as by an assignment (1 << 100 overflows int).
    if (x->tv.mode == Mode::Constant && is_untyped(x->tv.type)) assignment(x, default_type(x->tv.type), "variable declaration");
    else default_untyped(x);
    obj->type = x->tv.type;
  }
}

// The scope of a generic function's or generic type method's type parameters (nullptr if none).
Signature* Checker::generic_signature(Func* obj, FuncDecl* d, Scope* s) {
  std::vector<TypeParam*> tps;
  if (!d->tparams.empty()) {
    if (d->recv) error(d->tparams[0]->pos, "methods cannot have type parameters");
    tps = declare_tparams(d->tparams, s);
  } else if (d->recv) {
    // func (s *Stack[T]) Push(v T): T names the receiver base type's parameter.
    Expr* rt = d->recv->type;
    while (rt->kind == ExprKind::Paren) rt = static_cast<ParenExpr*>(rt)->x;
    if (rt->kind == ExprKind::Star) rt = static_cast<StarExpr*>(rt)->x;
    while (rt->kind == ExprKind::Paren) rt = static_cast<ParenExpr*>(rt)->x;
    if (rt->kind == ExprKind::Index) {
      auto* ix = static_cast<IndexExpr*>(rt);
      Object* base = ix->x->kind == ExprKind::Ident ? pkg_->scope->lookup_local(static_cast<Ident*>(ix->x)->name) : nullptr;
      if (base && base->kind == ObjKind::TypeName) resolve(base);
      Named* n = base && base->type && base->type->kind == TypeKind::Named ? static_cast<Named*>(base->type) : nullptr;
      std::vector<Expr*> xs{ix->index};
      xs.insert(xs.end(), ix->extra.begin(), ix->extra.end());
      if (n && !n->tparams.empty()) {
        if (xs.size() != n->tparams.size()) {
          error(ix->index->pos, "receiver declares " + std::to_string(xs.size()) + " type parameter" +
                                    (xs.size() == 1 ? "" : "s") + ", but receiver base type declares " +
                                    std::to_string(n->tparams.size()));
        } else {
          for (size_t i = 0; i < xs.size(); i++) {
            if (xs[i]->kind != ExprKind::Ident) {
              error(xs[i]->pos, "receiver type parameter " + expr_string(xs[i]) + " must be an identifier");
              continue;
            }
            auto* id = static_cast<Ident*>(xs[i]);
            if (id->name == "_") continue;
            // The method's name for the parameter denotes the type's parameter itself.
            s->names[id->name] = n->tparams[i]->obj;
            id->obj = n->tparams[i]->obj;
          }
        }
      }
    }
  }
  Scope* saved = scope_;
  scope_ = s;
  Signature* sig = func_signature(d->type, d->recv, s, nullptr);
  scope_ = saved;
  sig->tparams = tps;
  obj->tscope = s;
  return sig;
}

// import . "p": p's exported names are declared in the file block. That block must then be a
// scope of its own even for a one-file package: a package-level declaration of one of those
// names is not "redeclared in this block" but gc's "already declared through dot-import".
void Checker::dot_import(ImportSpec* is, PkgName* pn) {
  Scope* into = own_file_scope(is->pos.line);
  for (auto& [name, obj] : pn->imported->scope->names) {
    if (!obj->exported()) continue;
    if (into->lookup_local(name)) {
      error(is->pos, name + " redeclared in this block");
      continue;
    }
    into->names[name] = obj;
    dot_names_[{into, obj}] = pn;
  }
}

// After every file's declarations are collected: no name may be in both a file block and the
// package block (reported at the package-level declaration, as gc does).
void Checker::check_dot_import_conflicts() {
  for (auto& [key, pn] : dot_names_) {
    Object* mine = pkg_->scope->lookup_local(key.second->name);
    if (!mine) continue;
    const Package* p = pn->imported;
    error(Pos{mine->line, mine->col}, mine->name + " already declared through dot-import of package " + p->name +
                                          " (\"" + p->path + "\")");
  }
}

// A name found through a dot import uses that import (of the file the use is in).
void Checker::use_dot_import(Pos at, Object* o) {
  if (dot_names_.empty() || !o->pkg || o->pkg == pkg_) return;
  auto it = dot_names_.find({file_scope(at.line), o});
  if (it != dot_names_.end()) it->second->used = true;
}

Scope* Checker::own_file_scope(int line) {
  if (!sources_ && file_scopes_.empty()) file_scopes_.push_back({0, ctx_.make_scope(pkg_->scope)});
  return file_scope(line);
}

Scope* Checker::file_scope(int line) {
  if (sources_ && file_scopes_.empty()) {
    for (const SourceFile& f : *sources_) file_scopes_.push_back({f.line_base, ctx_.make_scope(pkg_->scope)});
  }
  Scope* s = pkg_->scope;
  for (auto& [base, fs] : file_scopes_)
    if (line > base) s = fs;
  return s;
}

void Checker::decl_func(Func* obj, FuncDecl* d) {
  Scope* s = ctx_.make_scope(file_scope(d->pos.line));
  s->func_scope = true;
  Signature* sig = generic_signature(obj, d, s);
  obj->type = sig;
  if (d->recv && sig->recv) {
    Type* rt = sig->recv->type;
    bool ptr = false;
    if (rt->kind == TypeKind::Pointer) {
      rt = static_cast<Pointer*>(rt)->elem;
      ptr = true;
    }
    obj->ptr_recv = ptr;
    if (rt->kind == TypeKind::Named) obj->recv_named = static_cast<Named*>(rt);
  }
  if (!d->body && !is_std_) error(d->name->pos, "missing function body");
}

void Checker::collect_methods() {
  for (Object* o : decl_order_) {
    if (o->kind != ObjKind::Func) continue;
    FuncDecl* d = decls_[o].fdecl;
    if (!d->recv) continue;
    Func* f = static_cast<Func*>(o);
    // Receiver base type: T or *T with T a named type declared in this package.
    Expr* rt = d->recv->type;
    while (rt->kind == ExprKind::Paren) rt = static_cast<ParenExpr*>(rt)->x;
    bool ptr = false;
    if (rt->kind == ExprKind::Star) {
      ptr = true;
      rt = static_cast<StarExpr*>(rt)->x;
      while (rt->kind == ExprKind::Paren) rt = static_cast<ParenExpr*>(rt)->x;
    }
    f->ptr_recv = ptr;
    if (rt->kind == ExprKind::Index) rt = static_cast<IndexExpr*>(rt)->x;  // Stack[T]
    if (rt->kind != ExprKind::Ident) {
      error(rt->pos, "invalid receiver type " + expr_string(rt));
      continue;
    }
    Object* base = pkg_->scope->lookup_local(static_cast<Ident*>(rt)->name);
    if (!base) {
      Object* u = file_scope(rt->pos.line)->lookup(static_cast<Ident*>(rt)->name);
      if (u && u->kind == ObjKind::TypeName && u->type && u->pkg != pkg_) {
        // A predeclared type (string, int, error) or a dot-imported one (strings.Builder):
        // types2 reports at the receiver variable.
        Pos at = d->recv->names.empty() ? rt->pos : d->recv->names[0]->pos;
        error(at, "cannot define new methods on non-local type " + (u->pkg ? type_string(u->type) : u->name));
      } else {
        error(rt->pos, "undefined: " + static_cast<Ident*>(rt)->name);
      }
      continue;
    }
    if (base->kind != ObjKind::TypeName) {
      error(rt->pos, static_cast<Ident*>(rt)->name + " is not a type");
      continue;
    }
    resolve(base);
    if (!base->type || base->type->kind != TypeKind::Named) {
      if (base->type && base->type->kind == TypeKind::Basic)
        error(rt->pos, "cannot define new methods on non-local type " + base->name);
      else
        error(rt->pos, "invalid receiver type " + base->name);
      continue;
    }
    Named* n = static_cast<Named*>(base->type);
    Type* u = n->underlying;
    if (u && (u->kind == TypeKind::Pointer || u->kind == TypeKind::Interface)) {
      error(rt->pos, "invalid receiver type " + base->name + " (pointer or interface type)");
      continue;
    }
    f->recv_named = n;
    bool dup = false;
    for (Func* m : n->methods) {
      if (m->name == f->name && f->name != "_") {
        error(d->name->pos, "method " + base->name + "." + f->name + " already declared at " +
                                file_.filename + ":" + std::to_string(m->line) + ":" +
                                std::to_string(m->col));
        dup = true;
      }
    }
    if (!dup && u && u->kind == TypeKind::Struct) {
      for (Var* fld : static_cast<Struct*>(u)->fields) {
        if (fld->name == f->name) {
          error(d->name->pos, "field and method with the same name " + f->name);
          dup = true;
        }
      }
    }
    if (!dup) n->methods.push_back(f);
  }
}

void Checker::check_package(Program* prog) {
  collect_objects();
  if (import_failed_) return;
  check_dot_import_conflicts();
  // Types first (so methods can attach), then methods, then everything else in source order.
  for (Object* o : decl_order_)
    if (o->kind == ObjKind::TypeName) resolve(o);
  check_type_cycles();
  collect_methods();
  methods_collected_ = true;
  for (size_t i = 0; i < named_instances_.size(); i++) instantiate_methods(named_instances_[i]);
  // Method signatures before other declarations: `var w W = T{}` may precede T's methods, and
  // the implements check needs their types.
  for (Object* o : decl_order_)
    if (o->kind == ObjKind::Func && decls_[o].fdecl->recv) resolve(o);
  for (Object* o : decl_order_) resolve(o);
  // Interfaces declared in this package need their complete method sets.
  // Function bodies.
  for (Object* o : decl_order_) {
    if (o->kind != ObjKind::Func) continue;
    FuncDecl* d = decls_[o].fdecl;
    if (d->body) func_body(static_cast<Func*>(o), d);
  }
  check_instances();
  if (is_std_) return;  // a std package written in Go: contribute_std, once the program is checked
  // Unused imports.
  for (ImportSpec* is : imports_) {
    if (is->obj && !is->obj->used) {
      std::string msg = "\"" + is->path + "\" imported";
      if (is->name && is->name->name != ".") msg += " as " + is->name->name;
      error(is->pos, msg + " and not used");
    }
  }
  // gc's linker: one global of more than 2e9 bytes ("main.a: symbol too large (...)"); only
  // reached by programs that type-check, as in gc.
  if (diags_.empty()) {
    for (Object* o : decl_order_) {
      if (o->kind != ObjKind::Var || o->name == "_") continue;
      int64_t n = type_size(static_cast<Var*>(o)->type);
      if (n > kMaxSymbolSize)
        error(Pos{o->line, o->col}, pkg_->name + "." + o->name + ": symbol too large (" + std::to_string(n) +
                                        " bytes > " + std::to_string(kMaxSymbolSize) + " bytes)");
    }
  }
  if (prog) {
    prog->main = pkg_;
    prog->instances = instances_;
    for (ImportSpec* is : imports_)
      if (is->obj) prog->imports.push_back(is->obj->imported);
    for (Object* o : decl_order_) {
      if (o->kind == ObjKind::Var) prog->globals.push_back(static_cast<Var*>(o));
      if (o->kind == ObjKind::Func) {
        FuncDecl* d = decls_[o].fdecl;
        if (!d->recv && o->name == "init") prog->inits.push_back(static_cast<Func*>(o));
        if (!d->recv && o->name == prog->entry) prog->main_func = static_cast<Func*>(o);
      }
    }
    if (pkg_->name == "main" && !prog->main_func) error(Pos{0, 0}, "runtime.main_main·f: function main is undeclared in the main package");
    compute_init_order(prog);
  }
}

void Checker::func_body(Func* f, FuncDecl* d) {
  Signature* sig = f->sig();
  if (!sig) return;
  Scope* s = ctx_.make_scope(f->tscope ? f->tscope : file_scope(d->pos.line));
  s->func_scope = true;
  DeclInfo* saved_decl = cur_decl_;
  cur_decl_ = &decls_[f];
  scope_ = s;
  funcs_.push_back(FuncCtx{f, nullptr, sig});
  // Declare receiver, params and results (re-created as locals of this body).
  auto declare_tuple = [&](Tuple* t) {
    if (!t) return;
    for (Var* v : t->vars) {
      v->owner = f;
      if (!v->name.empty() && v->name != "_") {
        if (s->lookup_local(v->name)) {
          error(Pos{v->line, v->col}, "duplicate argument " + v->name);
          continue;
        }
        s->names[v->name] = v;
      }
    }
  };
  if (sig->recv && !sig->recv->name.empty() && sig->recv->name != "_") {
    sig->recv->owner = f;
    s->names[sig->recv->name] = sig->recv;
  }
  declare_tuple(sig->params);
  declare_tuple(sig->results);
  labels_.clear();
  used_labels_.clear();
  labels(d->body);
  check_gotos(d->body);
  stmt_list(d->body->list, 0);
  if (sig->results && !sig->results->vars.empty()) {
    Stmt* last = d->body->list.empty() ? nullptr : d->body->list.back();
    if (!last || !is_terminating(last, "")) error(d->body->rbrace, "missing return");
  }
  report_unused(s);
  flush_unused();
  rf_flush_gotos();
  for (auto& [name, st] : labels_)
    if (!used_labels_.count(name))
      error(static_cast<LabeledStmt*>(st)->label->pos, "label " + name + " defined and not used");
  funcs_.pop_back();
  scope_ = pkg_->scope;
  cur_decl_ = saved_decl;
}

// Go's initialization order: repeatedly initialize the earliest (in declaration order) variable
// that depends on no uninitialized variable. Dependencies through function bodies count.
void Checker::compute_init_order(Program* prog) {
  std::set<Object*> done;
  std::set<Object*> visiting;
  std::set<ValueSpec*> emitted_multi;
  // Transitive var dependencies of o (through functions).
  std::function<void(Object*)> emit;
  std::function<void(Object*, std::set<Object*>&, std::vector<Var*>&)> var_deps =
      [&](Object* o, std::set<Object*>& seen, std::vector<Var*>& out) {
        auto it = decls_.find(o);
        if (it == decls_.end()) return;
        for (Object* d : it->second.deps) {
          if (seen.count(d)) continue;
          seen.insert(d);
          if (d->kind == ObjKind::Var) out.push_back(static_cast<Var*>(d));
          else if (d->kind == ObjKind::Func) var_deps(d, seen, out);
        }
      };
  emit = [&](Object* o) {
    if (done.count(o) || visiting.count(o)) return;
    visiting.insert(o);
    std::set<Object*> seen{o};
    std::vector<Var*> deps;
    var_deps(o, seen, deps);
    std::sort(deps.begin(), deps.end(), [](Var* a, Var* b) {
      return a->line < b->line || (a->line == b->line && a->col < b->col);
    });
    for (Var* v : deps)
      if (v != o) emit(v);
    visiting.erase(o);
    done.insert(o);
    DeclInfo& di = decls_[o];
    ValueSpec* vs = di.vspec;
    if (!vs) return;
    if (vs->values.size() == 1 && vs->names.size() > 1) {
      if (emitted_multi.count(vs)) return;
      emitted_multi.insert(vs);
      VarInit vi;
      for (Ident* id : vs->names) {
        vi.lhs.push_back(static_cast<Var*>(id->obj));
        done.insert(id->obj);
      }
      vi.rhs = vs->values[0];
      prog->var_inits.push_back(vi);
      return;
    }
    VarInit vi;
    vi.lhs.push_back(static_cast<Var*>(o));
    vi.rhs = di.vindex < (int)vs->values.size() ? vs->values[di.vindex] : nullptr;
    prog->var_inits.push_back(vi);
  };
  for (Object* o : decl_order_)
    if (o->kind == ObjKind::Var) emit(o);
}

}  // namespace gort::lang
