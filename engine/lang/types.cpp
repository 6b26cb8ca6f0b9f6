// engine/lang/types.cpp — type identity, type strings, constant printing, and the universe.
#include <cmath>
#include <cstdio>

#include "lang/ast.h"
#include "lang/context.h"

namespace gort::lang {

static std::string int128_to_string(__int128 v) {
  if (v == 0) return "0";
  bool neg = v < 0;
  unsigned __int128 u = neg ? (unsigned __int128)(-(v + 1)) + 1 : (unsigned __int128)v;
  std::string s;
  while (u > 0) {
    s.insert(s.begin(), char('0' + int(u % 10)));
    u /= 10;
  }
  return neg ? "-" + s : s;
}

static std::string quote_go(const std::string& s) {
  std::string r = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': r += "\\\""; break;
      case '\\': r += "\\\\"; break;
      case '\n': r += "\\n"; break;
      case '\t': r += "\\t"; break;
      case '\r': r += "\\r"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          char b[8];
          snprintf(b, sizeof b, "\\x%02x", c);
          r += b;
        } else {
          r += char(c);
        }
    }
  }
  return r + "\"";
}

void ConstValue::sync() {
  bool ovf;
  if (kind == Int) {
    i = re.num().to_i128();
    f = static_cast<long double>(re.to_double(&ovf));
  } else if (kind == Float || kind == Complex) {
    f = static_cast<long double>(re.to_double(&ovf));
    fi = static_cast<long double>(im.to_double(&ovf));
    i = re.trunc().to_i128();
  }
}

std::string ConstValue::to_string() const {
  switch (kind) {
    case Bool: return b ? "true" : "false";
    case Int: return re.num().to_string();
    case Float: return re.to_float_string();
    case Complex:   // go/constant's complexVal.String: "(1 + 2i)", "(1 + -2i)"
      return "(" + re.to_float_string() + " + " + im.to_float_string() + "i)";
    case String: {
      std::string q = quote_go(s);
      if (q.size() > 72) q = q.substr(0, 68) + "...\"";  // types2 shortens long strings
      return q;
    }
    default: return "unknown";
  }
}

std::string ConstValue::key() const {
  auto rat = [](const BigRat& r) { return r.num().to_string() + "/" + r.den().to_string(); };
  switch (kind) {
    case Int: case Float: return "n" + rat(re);
    case Complex: return im.is_zero() ? "n" + rat(re) : "n" + rat(re) + "," + rat(im);
    case String: return "s" + s;
    case Bool: return b ? "btrue" : "bfalse";
    default: return "?";
  }
}

Type* underlying(Type* t) {
  if (t && t->kind == TypeKind::Named) {
    Type* u = static_cast<Named*>(t)->underlying;
    return u ? u : t;
  }
  if (t && t->kind == TypeKind::TypeParam) {
    Type* c = static_cast<TypeParam*>(t)->constraint;
    return c ? underlying(c) : t;
  }
  return t;
}

Type* core_type(Type* t) {
  if (!t || t->kind != TypeKind::TypeParam) return underlying(t);
  Type* c = underlying(t);
  if (!c || c->kind != TypeKind::Interface) return nullptr;
  auto* it = static_cast<Interface*>(c);
  if (!it->has_terms || it->all_terms.empty()) return nullptr;
  Type* u = nullptr;
  for (const Term& term : it->all_terms) {
    Type* tu = core_type(term.type);
    if (!tu || (u && !identical(u, tu))) return nullptr;
    u = tu;
  }
  return u;
}

bool is_untyped(const Type* t) {
  return t && t->kind == TypeKind::Basic &&
         static_cast<const Basic*>(t)->bkind >= BasicKind::UntypedBool;
}

bool is_interface(Type* t) {
  if (t && t->kind == TypeKind::TypeParam) return false;  // types2: a type parameter is not one
  Type* u = underlying(t);
  return u && u->kind == TypeKind::Interface;
}

static bool identical_tuple(const Tuple* a, const Tuple* b) {
  size_t na = a ? a->vars.size() : 0, nb = b ? b->vars.size() : 0;
  if (na != nb) return false;
  for (size_t i = 0; i < na; i++)
    if (!identical(a->vars[i]->type, b->vars[i]->type)) return false;
  return true;
}

bool identical(const Type* a, const Type* b) {
  if (a == b) return true;
  if (!a || !b || a->kind != b->kind) return false;
  switch (a->kind) {
    case TypeKind::Basic:
      return static_cast<const Basic*>(a)->bkind == static_cast<const Basic*>(b)->bkind;
    case TypeKind::Named: return false;  // distinct named types (instances are cached)
    case TypeKind::TypeParam: return false;
    case TypeKind::Pointer:
      return identical(static_cast<const Pointer*>(a)->elem, static_cast<const Pointer*>(b)->elem);
    case TypeKind::Slice:
      return identical(static_cast<const Slice*>(a)->elem, static_cast<const Slice*>(b)->elem);
    case TypeKind::Array: {
      auto x = static_cast<const Array*>(a), y = static_cast<const Array*>(b);
      return x->len == y->len && identical(x->elem, y->elem);
    }
    case TypeKind::Map: {
      auto x = static_cast<const Map*>(a), y = static_cast<const Map*>(b);
      return identical(x->key, y->key) && identical(x->elem, y->elem);
    }
    case TypeKind::Chan: {
      auto x = static_cast<const Chan*>(a), y = static_cast<const Chan*>(b);
      return x->dir == y->dir && identical(x->elem, y->elem);
    }
    case TypeKind::Struct: {
      auto x = static_cast<const Struct*>(a), y = static_cast<const Struct*>(b);
      if (x->fields.size() != y->fields.size()) return false;
      for (size_t i = 0; i < x->fields.size(); i++) {
        const Var* f = x->fields[i];
        const Var* g = y->fields[i];
        if (f->name != g->name || f->embedded != g->embedded || !identical(f->type, g->type)) return false;
        if (!f->exported() && f->pkg != g->pkg) return false;
        if (x->tags[i] != y->tags[i]) return false;
      }
      return true;
    }
    case TypeKind::Signature: {
      auto x = static_cast<const Signature*>(a), y = static_cast<const Signature*>(b);
      return x->variadic == y->variadic && identical_tuple(x->params, y->params) &&
             identical_tuple(x->results, y->results);
    }
    case TypeKind::Interface: {
      auto x = static_cast<const Interface*>(a), y = static_cast<const Interface*>(b);
      if (x->all_methods.size() != y->all_methods.size()) return false;
      if (x->has_terms != y->has_terms || x->is_comparable != y->is_comparable ||
          x->all_terms.size() != y->all_terms.size())
        return false;
      for (size_t i = 0; i < x->all_terms.size(); i++)
        if (x->all_terms[i].tilde != y->all_terms[i].tilde ||
            !identical(x->all_terms[i].type, y->all_terms[i].type))
          return false;
      for (size_t i = 0; i < x->all_methods.size(); i++) {
        if (x->all_methods[i]->name != y->all_methods[i]->name ||
            !identical(x->all_methods[i]->type, y->all_methods[i]->type))
          return false;
      }
      return true;
    }
    case TypeKind::Tuple:
      return identical_tuple(static_cast<const Tuple*>(a), static_cast<const Tuple*>(b));
  }
  return false;
}

static void write_tuple(std::string& s, const Tuple* t, bool variadic) {
  s += "(";
  if (t) {
    for (size_t i = 0; i < t->vars.size(); i++) {
      if (i) s += ", ";
      const Var* v = t->vars[i];
      if (!v->name.empty()) s += v->name + " ";
      if (variadic && i + 1 == t->vars.size()) {
        s += "..." + type_string(static_cast<const Slice*>(v->type)->elem);
      } else {
        s += type_string(v->type);
      }
    }
  }
  s += ")";
}

static std::string signature_string(const Signature* sig) {
  std::string s;
  write_tuple(s, sig->params, sig->variadic);
  size_t n = sig->results ? sig->results->vars.size() : 0;
  if (n == 1 && sig->results->vars[0]->name.empty()) {
    s += " " + type_string(sig->results->vars[0]->type);
  } else if (n > 0) {
    s += " ";
    write_tuple(s, sig->results, false);
  }
  return s;
}

std::string type_string(const Type* t) {
  if (!t) return "invalid type";
  switch (t->kind) {
    case TypeKind::Basic: return static_cast<const Basic*>(t)->name;
    case TypeKind::Named: {
      auto* n = static_cast<const Named*>(t);
      const TypeName* o = n->obj;
      std::string s = o->name;
      if (o->pkg && o->pkg->path != "main") s = o->pkg->name + "." + o->name;
      if (n->origin) {  // Pair[string,int] (types2 separates type arguments by "," alone)
        s += "[";
        for (size_t i = 0; i < n->targs.size(); i++) s += (i ? "," : "") + type_string(n->targs[i]);
        s += "]";
      } else if (!n->tparams.empty()) {  // G inside its declaration: G[T]
        s += "[";
        for (size_t i = 0; i < n->tparams.size(); i++) s += (i ? "," : "") + type_string(n->tparams[i]);
        s += "]";
      }
      return s;
    }
    case TypeKind::TypeParam: return static_cast<const TypeParam*>(t)->obj->name;
    case TypeKind::Pointer: return "*" + type_string(static_cast<const Pointer*>(t)->elem);
    case TypeKind::Slice: return "[]" + type_string(static_cast<const Slice*>(t)->elem);
    case TypeKind::Array: {
      auto a = static_cast<const Array*>(t);
      return "[" + std::to_string(a->len) + "]" + type_string(a->elem);
    }
    case TypeKind::Map: {
      auto m = static_cast<const Map*>(t);
      return "map[" + type_string(m->key) + "]" + type_string(m->elem);
    }
    case TypeKind::Chan: {
      auto c = static_cast<const Chan*>(t);
      std::string pre = c->dir == ChanDirT::Send ? "chan<- " : c->dir == ChanDirT::Recv ? "<-chan " : "chan ";
      std::string e = type_string(c->elem);
      if (c->dir == ChanDirT::Both && c->elem->kind == TypeKind::Chan &&
          static_cast<const Chan*>(c->elem)->dir == ChanDirT::Recv)
        e = "(" + e + ")";
      return pre + e;
    }
    case TypeKind::Struct: {
      auto st = static_cast<const Struct*>(t);
      std::string s = "struct{";
      for (size_t i = 0; i < st->fields.size(); i++) {
        if (i) s += "; ";
        if (!st->fields[i]->embedded) s += st->fields[i]->name + " ";
        s += type_string(st->fields[i]->type);
        if (!st->tags[i].empty()) s += " " + quote_go(st->tags[i]);
      }
      return s + "}";
    }
    case TypeKind::Signature: return "func" + signature_string(static_cast<const Signature*>(t));
    case TypeKind::Interface: {
      auto it = static_cast<const Interface*>(t);
      std::string terms;
      for (size_t i = 0; i < it->terms.size(); i++)
        terms += (i ? " | " : "") + std::string(it->terms[i].tilde ? "~" : "") + type_string(it->terms[i].type);
      if (it->implicit) return terms;
      if (it->methods.empty() && it->embeddeds.empty() && terms.empty()) return "interface{}";
      std::string s = "interface{";
      bool first = true;
      if (!terms.empty()) {
        s += terms;
        first = false;
      }
      for (const Func* m : it->methods) {
        if (!first) s += "; ";
        first = false;
        s += m->name + signature_string(m->sig());
      }
      for (const Type* e : it->embeddeds) {
        if (!first) s += "; ";
        first = false;
        s += type_string(e);
      }
      return s + "}";
    }
    case TypeKind::Tuple: {
      std::string s;
      write_tuple(s, static_cast<const Tuple*>(t), false);
      return s;
    }
  }
  return "?";
}

std::string Func::qualified_name() const {
  std::string pkgname = pkg ? pkg->path : "";
  // Instances print as Go's tracebacks show them: main.Map[...], main.(*Stack[...]).Push.
  if (recv_named) {
    std::string base = pkgname + "." + recv_named->obj->name;
    if (recv_named->origin || !recv_named->tparams.empty()) base += "[...]";
    if (ptr_recv) return "(*" + base + ")." + name;
    return base + "." + name;
  }
  if (origin || (sig() && !sig()->tparams.empty())) return pkgname + "." + name + "[...]";
  return pkgname + "." + name;
}

TypeContext::~TypeContext() = default;

TypeContext::TypeContext() {
  static const struct {
    BasicKind k;
    const char* n;
  } kBasics[] = {
      {BasicKind::Invalid, "invalid type"}, {BasicKind::Bool, "bool"}, {BasicKind::Int, "int"},
      {BasicKind::Int8, "int8"}, {BasicKind::Int16, "int16"}, {BasicKind::Int32, "int32"},
      {BasicKind::Int64, "int64"}, {BasicKind::Uint, "uint"}, {BasicKind::Uint8, "uint8"},
      {BasicKind::Uint16, "uint16"}, {BasicKind::Uint32, "uint32"}, {BasicKind::Uint64, "uint64"},
      {BasicKind::Uintptr, "uintptr"}, {BasicKind::Float32, "float32"},
      {BasicKind::Float64, "float64"}, {BasicKind::Complex64, "complex64"},
      {BasicKind::Complex128, "complex128"}, {BasicKind::String, "string"},
      {BasicKind::UnsafePointer, "unsafe.Pointer"}, {BasicKind::UntypedBool, "untyped bool"},
      {BasicKind::UntypedInt, "untyped int"}, {BasicKind::UntypedRune, "untyped rune"},
      {BasicKind::UntypedFloat, "untyped float"}, {BasicKind::UntypedComplex, "untyped complex"},
      {BasicKind::UntypedString, "untyped string"},
      {BasicKind::UntypedNil, "untyped nil"},
  };
  for (const auto& b : kBasics) basics_.push_back(make_type<Basic>(b.k, b.n));
  byte_ = make_type<Basic>(BasicKind::Uint8, "byte");
  rune_ = make_type<Basic>(BasicKind::Int32, "rune");

  universe = make_scope(nullptr);
  auto def_type = [&](const char* n, Type* t) {
    TypeName* o = make_obj<TypeName>(n);
    o->type = t;
    universe->names[n] = o;
    return o;
  };
  for (int k = int(BasicKind::Bool); k <= int(BasicKind::String); k++) def_type(basics_[k]->name, basics_[k]);
  def_type("byte", byte_)->is_alias = true;
  def_type("rune", rune_)->is_alias = true;

  // error: interface{ Error() string }
  Interface* err_iface = make_type<Interface>();
  Func* err_m = make_obj<Func>("Error");
  Signature* sig = make_type<Signature>();
  sig->params = make_type<Tuple>();
  sig->results = make_type<Tuple>();
  Var* r = make_obj<Var>("");
  r->type = basics_[int(BasicKind::String)];
  sig->results->vars.push_back(r);
  err_m->type = sig;
  err_iface->methods.push_back(err_m);
  err_iface->all_methods.push_back(err_m);
  Named* err_named = make_type<Named>();
  TypeName* err_obj = def_type("error", err_named);
  err_named->obj = err_obj;
  err_named->underlying = err_iface;
  error_ = err_named;

  Interface* empty = make_type<Interface>();
  TypeName* any_obj = def_type("any", empty);
  any_obj->is_alias = true;
  any_ = empty;

  // comparable: a constraint interface whose type set is the strictly comparable types.
  Interface* cmp_iface = make_type<Interface>();
  cmp_iface->is_comparable = true;
  Named* cmp_named = make_type<Named>();
  cmp_named->obj = def_type("comparable", cmp_named);
  cmp_named->underlying = cmp_iface;

  auto def_const = [&](const char* n, BasicKind k, ConstValue v) {
    Const* c = make_obj<Const>(n);
    c->type = basics_[int(k)];
    c->val = std::move(v);
    universe->names[n] = c;
  };
  def_const("true", BasicKind::UntypedBool, ConstValue::make_bool(true));
  def_const("false", BasicKind::UntypedBool, ConstValue::make_bool(false));
  def_const("iota", BasicKind::UntypedInt, ConstValue::make_int(0));
  Nil* nil = make_obj<Nil>("nil");
  nil->type = basics_[int(BasicKind::UntypedNil)];
  universe->names["nil"] = nil;

  static const struct {
    const char* n;
    BuiltinId id;
  } kBuiltins[] = {
      {"append", BuiltinId::Append}, {"cap", BuiltinId::Cap}, {"clear", BuiltinId::Clear},
      {"close", BuiltinId::Close}, {"complex", BuiltinId::Complex}, {"copy", BuiltinId::Copy},
      {"delete", BuiltinId::Delete}, {"imag", BuiltinId::Imag}, {"real", BuiltinId::Real},
      {"len", BuiltinId::Len}, {"make", BuiltinId::Make}, {"max", BuiltinId::Max},
      {"min", BuiltinId::Min}, {"new", BuiltinId::New}, {"panic", BuiltinId::Panic},
      {"print", BuiltinId::Print}, {"println", BuiltinId::Println}, {"recover", BuiltinId::Recover},
  };
  for (const auto& b : kBuiltins) {
    Builtin* o = make_obj<Builtin>(b.n);
    o->id = b.id;
    universe->names[b.n] = o;
  }
}

}  // namespace gort::lang
