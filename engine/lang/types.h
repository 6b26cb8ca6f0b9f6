// engine/lang/types.h — Go types, objects and constant values, and the checker's result contract.
// Owns: the type representation (basic, named, pointer, slice, array, map, chan, struct,
// signature, interface, tuple), objects (var, const, type name, func, package, builtin, label,
// nil), exact constant values, Selection (how x.f resolved) and TypeAndValue (what the checker
// records on every expression). All of these are owned by a TypeContext (arena); pointers stay
// valid as long as the context lives. Identical types are not necessarily the same pointer:
// use identical() (types.cpp).
//
// Result contract for the compiler (BE):
//  - every checked Expr has expr->tv: mode, type (final type; untyped constants are converted to
//    their context's type or defaulted), and for constants the exact value in tv.val;
//  - every Ident has ident->obj: the object it denotes (uses) or declares (defs);
//  - every Var has captured / addr_taken; needs_box() says it must live in a heap box
//    (DESIGN decision 1);
//  - ForStmt/RangeStmt have per_iteration (Go 1.22 vs 1.21 loop variables);
//  - SelectorExpr has selection (field path with implicit embedded steps and derefs, method,
//    qualified identifier); CallExpr has call_kind and builtin;
//  - std functions and methods have Func::qualified_name(): "time.Sleep",
//    "time.Duration.String", "(*sync.WaitGroup).Add" — BE binds natives by it.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "lang/bignum.h"

namespace gort::lang {

struct Pos;
struct FuncDecl;
struct Object;
struct TypeName;
struct Func;
struct Var;
struct Package;

// ---- exact constants -----------------------------------------------------------------------
// Numbers are exact (bignum.h): an Int's value is re (integral), a Float's re, a Complex's re
// and im; integers beyond 512 bits report gc's "constant ... overflow". i, f and fi are caches
// kept in step by the constructors (i saturated to 128 bits, f and fi the nearest float64),
// for the compiler and the many places that only need small values.
struct ConstValue {
  enum Kind : uint8_t { Unknown, Bool, Int, Float, String, Complex } kind = Unknown;
  bool b = false;
  __int128 i = 0;
  long double f = 0;
  long double fi = 0;
  std::string s;
  BigRat re, im;

  static ConstValue make_bool(bool v) { ConstValue c; c.kind = Bool; c.b = v; return c; }
  static ConstValue make_int(__int128 v) { return make_int(BigInt::from_i128(v)); }
  static ConstValue make_int(BigInt v) { ConstValue c; c.kind = Int; c.re = BigRat(std::move(v)); c.sync(); return c; }
  static ConstValue make_float(long double v) { return make_float(BigRat::from_long_double(v)); }
  static ConstValue make_float(BigRat v) { ConstValue c; c.kind = Float; c.re = std::move(v); c.sync(); return c; }
  static ConstValue make_string(std::string v) { ConstValue c; c.kind = String; c.s = std::move(v); return c; }
  static ConstValue make_complex(long double re, long double im) {
    return make_complex(BigRat::from_long_double(re), BigRat::from_long_double(im));
  }
  static ConstValue make_complex(BigRat re, BigRat im) {
    ConstValue c; c.kind = Complex; c.re = std::move(re); c.im = std::move(im); c.sync(); return c;
  }
  void sync();   // the caches from re / im
  bool is_numeric() const { return kind == Int || kind == Float || kind == Complex; }
  int64_t as_int64() const { return kind == Float ? (int64_t)f : (int64_t)i; }
  double as_double() const { return kind == Int ? (double)i : (double)f; }
  std::string to_string() const;  // as gc prints it in messages (1180591620717411303424, "s", 1.5)
  std::string key() const;        // exact, for duplicate detection (kind + value)
};

// ---- types ---------------------------------------------------------------------------------
enum class TypeKind : uint8_t {
  Basic, Named, Pointer, Slice, Array, Map, Chan, Struct, Signature, Interface, Tuple, TypeParam,
};
struct Scope;
struct TypeParam;

enum class BasicKind : uint8_t {
  Invalid,
  Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64, Complex64, Complex128, String, UnsafePointer,
  UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedComplex, UntypedString, UntypedNil,
};

struct Type {
  TypeKind kind;
  explicit Type(TypeKind k) : kind(k) {}
  virtual ~Type() = default;
};

struct Basic : Type {
  BasicKind bkind;
  const char* name;  // "int", "untyped int", "byte" (alias objects share the same Basic)
  Basic(BasicKind k, const char* n) : Type(TypeKind::Basic), bkind(k), name(n) {}
};

// A generic type G has tparams; an instance G[int] is its own Named (own TypeName, same name)
// with origin = G and targs, cached in G's instances so identical type arguments give the same
// Named (identity stays pointer equality).
struct Named : Type {
  TypeName* obj = nullptr;
  Type* underlying = nullptr;     // never a Named
  std::vector<Func*> methods;     // declared methods (value and pointer receivers)
  std::vector<TypeParam*> tparams;  // generic type: its type parameters
  Named* origin = nullptr;          // instance: the generic type
  std::vector<Type*> targs;         // instance: the type arguments
  std::vector<Named*> instances;    // generic type: instances made so far
  bool concrete = false;            // instance whose type arguments contain no type parameter
  Named() : Type(TypeKind::Named) {}
};

// A type parameter: its constraint is an interface (possibly with a type set of terms).
struct TypeParam : Type {
  TypeName* obj = nullptr;
  Type* constraint = nullptr;
  int index = 0;
  TypeParam() : Type(TypeKind::TypeParam) {}
};

struct Pointer : Type { Type* elem; explicit Pointer(Type* e) : Type(TypeKind::Pointer), elem(e) {} };
struct Slice : Type { Type* elem; explicit Slice(Type* e) : Type(TypeKind::Slice), elem(e) {} };
struct Array : Type {
  Type* elem; int64_t len;
  Array(Type* e, int64_t n) : Type(TypeKind::Array), elem(e), len(n) {}
};
struct Map : Type {
  Type *key, *elem;
  Map(Type* k, Type* e) : Type(TypeKind::Map), key(k), elem(e) {}
};
enum class ChanDirT : uint8_t { Both, Send, Recv };
struct Chan : Type {
  ChanDirT dir; Type* elem;
  Chan(ChanDirT d, Type* e) : Type(TypeKind::Chan), dir(d), elem(e) {}
};

struct Struct : Type {
  std::vector<Var*> fields;  // Var::is_field; Var::embedded for embedded fields
  std::vector<std::string> tags;
  Struct() : Type(TypeKind::Struct) {}
};

struct Tuple : Type {
  std::vector<Var*> vars;
  Tuple() : Type(TypeKind::Tuple) {}
};

struct Signature : Type {
  Var* recv = nullptr;  // method receiver, or nullptr
  Tuple* params = nullptr;
  Tuple* results = nullptr;
  bool variadic = false;  // last param has type []T
  std::vector<TypeParam*> tparams;  // generic function (not instantiated)
  Signature() : Type(TypeKind::Signature) {}
};

// One term of a type set: T or ~T.
struct Term {
  bool tilde = false;
  Type* type = nullptr;
};

struct Interface : Type {
  std::vector<Func*> methods;      // explicitly declared
  std::vector<Type*> embeddeds;    // embedded interfaces
  std::vector<Func*> all_methods;  // complete method set, sorted by name (checker fills)
  // Constraint interfaces: the union of terms (own and embedded, intersected), comparable.
  std::vector<Term> terms;         // own union elements (in source order)
  bool has_terms = false;          // complete type set restricted to all_terms
  std::vector<Term> all_terms;     // checker fills (complete_interface)
  bool is_comparable = false;      // embeds comparable
  bool implicit = false;           // [T ~int | string]: printed as its union
  bool is_constraint() const { return has_terms || is_comparable; }
  Interface() : Type(TypeKind::Interface) {}
};

// ---- objects -------------------------------------------------------------------------------
enum class ObjKind : uint8_t { Var, Const, TypeName, Func, PkgName, Builtin, Label, Nil };

struct Object {
  ObjKind kind;
  std::string name;
  int32_t line = 0, col = 0;  // declaration position
  Type* type = nullptr;
  Package* pkg = nullptr;     // nullptr for universe objects
  bool used = false;
  explicit Object(ObjKind k) : kind(k) {}
  virtual ~Object() = default;
  bool exported() const { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }
};

struct Var : Object {
  bool is_field = false;
  bool embedded = false;   // embedded struct field
  bool is_param = false;   // parameter, result or receiver
  bool is_global = false;  // package-level variable
  // Escape facts (checker): a captured or address-taken local lives in a heap box.
  bool captured = false;
  bool addr_taken = false;
  bool needs_box() const { return !is_global && !is_field && (captured || addr_taken); }
  Func* owner = nullptr;   // function (or nullptr at package level) declaring this variable
  Var() : Object(ObjKind::Var) {}
};

struct Const : Object {
  ConstValue val;
  Const() : Object(ObjKind::Const) {}
};

struct TypeName : Object {
  bool is_alias = false;
  // A generic alias (Go 1.24) `type A[P any] = rhs`: type is rhs over these parameters, and
  // A[int] substitutes them (check_generic.cpp instantiate_index).
  std::vector<TypeParam*> alias_tparams;
  TypeName() : Object(ObjKind::TypeName) {}
};

struct Func : Object {
  FuncDecl* decl = nullptr;  // nullptr for std (native) functions without a body
  bool has_body = false;
  bool ptr_recv = false;     // method with a pointer receiver
  Named* recv_named = nullptr;  // method's receiver base type
  // Generics: an instance of a generic function or of a generic type's method has origin (the
  // generic Func) and targs; its decl is a fresh parse of the origin's text, checked with the
  // type parameter names bound to targs in tscope.
  Func* origin = nullptr;
  std::vector<Type*> targs;
  std::vector<Func*> instances;  // generic function: its instances
  Scope* tscope = nullptr;       // scope of the type parameters (generic or bound)
  Signature* sig() const { return static_cast<Signature*>(type); }
  // "time.Sleep", "time.Duration.String", "(*sync.WaitGroup).Add", "main.f"
  std::string qualified_name() const;
  Func() : Object(ObjKind::Func) {}
};

struct PkgName : Object {
  Package* imported = nullptr;
  PkgName() : Object(ObjKind::PkgName) {}
};

enum class BuiltinId : uint8_t {
  None, Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min, New, Panic,
  Print, Println, Real, Recover,
  Sizeof, Alignof, Offsetof,   // package unsafe's (its only members gort has: no unsafe.Pointer)
};

struct Builtin : Object {
  BuiltinId id = BuiltinId::None;
  Builtin() : Object(ObjKind::Builtin) {}
};

struct Label : Object { Label() : Object(ObjKind::Label) {} };
struct Nil : Object { Nil() : Object(ObjKind::Nil) {} };

// ---- checker annotations -------------------------------------------------------------------
enum class Mode : uint8_t {
  Invalid,   // error already reported
  NoValue,   // call of a function without results
  Builtin,   // a builtin function name (only in call position)
  TypeExpr,  // the expression denotes a type
  Constant,  // compile-time constant (tv.val)
  Variable,  // addressable value
  MapIndex,  // m[k]: assignable, not addressable
  Value,     // any other value
  CommaOk,   // m[k], x.(T), <-ch usable with two results
};

struct TypeAndValue {
  Mode mode = Mode::Invalid;
  Type* type = nullptr;
  ConstValue val;  // when mode == Constant
};

// What x.sel denoted. For fields and methods, `path` lists field indices from x's type through
// embedded fields to the final field (its last element), or to the struct embedding the method;
// `indirect` says some step dereferences a pointer.
struct Selection {
  enum Kind : uint8_t { None, Qualified, Field, Method, MethodExpr } kind = None;
  std::vector<int> path;
  bool indirect = false;
  Object* obj = nullptr;   // the field Var or method Func
  bool addr_recv = false;  // method needs &x (pointer receiver, x addressable value) — auto-address
  bool deref_recv = false; // method has value receiver, x is pointer — auto-deref
};

enum class RangeKind : uint8_t { Unknown, Int, Slice, Array, ArrayPtr, String, Map, Chan, Func };

// A package: the checked user package ("main") or a std package declared from source text.
struct Package {
  std::string path;  // "time", "sync/atomic", "main"
  std::string name;  // "time", "atomic", "main"
  struct Scope* scope = nullptr;
  // A std package written in Go (lang/std/std_go.h): its vars are real globals and its
  // functions with bodies are compiled; "filename" names it in tracebacks.
  bool go_source = false;
  std::string filename;
};

// Identity and helpers (types.cpp).
bool identical(const Type* a, const Type* b);
Type* underlying(Type* t);  // a type parameter's is its constraint interface
// The single underlying type of every type in t's type set (types2 coreType), else nullptr; for
// other types their underlying type.
Type* core_type(Type* t);
std::string type_string(const Type* t);  // as gc prints: "int", "[]string", "*sync.WaitGroup", "func(int) string"
bool is_untyped(const Type* t);
bool is_interface(Type* t);

}  // namespace gort::lang
