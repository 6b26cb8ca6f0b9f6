// engine/stdlib/util.h — small helpers every native file uses: reading Go strings/slices out
// of argument slots, making result strings and []string slices, raising panics, and calling
// a method (native or Go) on a value with the receiver conventions of typedesc.h.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "vm/native.h"
#include "vm/object.h"
#include "vm/race.h"
#include "vm/typedesc.h"

namespace gort::stdlib {

using vm::NativeCtx;
using vm::NativeStatus;
using vm::TypeDesc;

inline std::string_view sv(Value v) { return vm::str_view(v.o); }
// A new Go string. While a NoPAllocs scope is active on this thread the string is a
// permanent object outside the GC heap instead (see NoPAllocs).
Obj* new_string(std::string_view s);
inline Value str_val(std::string_view s) { return Value::from_obj(new_string(s)); }
inline Value int_val(int64_t i) { return Value::from_int(i); }
inline Value bool_val(bool b) { return Value::from_int(b ? 1 : 0); }
// Whether a fast path (vm/native.h) may take a call on the object in args[0]: it is not nil (the
// nil-pointer panic is the native's) and the race detector is off (its clocks need the G's state).
inline bool fast_path_open(const Value* args) { return args[0].o && !vm::race::on(); }

// Element slots of a slice (null/empty → n = 0). Not for []byte (whose array may be compact:
// use bytes_of / vm::slice_byte_view / vm::slice_put_bytes / vm::slice_get).
inline Value* slice_data(const Obj* s, int64_t* n) {
  if (!s) { *n = 0; return nullptr; }
  auto* h = static_cast<const vm::SliceObj*>(rt::obj_data(const_cast<Obj*>(s)));
  *n = h->len;
  return h->len ? rt::obj_slots(h->array) + h->off : nullptr;
}
// Read-only element values of any slice, []byte included: its slots, or for a compact byte
// array a copy in *tmp (n values of 8 bytes: only for printing/encoding, not bulk data paths).
inline const Value* slice_values(const Obj* s, int64_t* n, std::vector<Value>* tmp) {
  if (const uint8_t* b = vm::slice_bytes(s)) {
    *n = vm::slice_len(s);
    tmp->resize(size_t(*n));
    for (int64_t i = 0; i < *n; ++i) (*tmp)[size_t(i)] = Value::from_int(b[i]);
    return tmp->data();
  }
  return slice_data(s, n);
}
// A native whose G came back from a blocking stdin read without a P (exitsyscall false) must
// still store its results before returning NativeStatus::NoP, but must not allocate on the GC
// heap then: the collector may be running concurrently (no P is stopped for it to wait on).
// Within this scope new_string/make_bytes make permanent objects (calloc, mark bit pinned,
// never freed — a small leak per such read, bounded by the program's input size).
class NoPAllocs {
 public:
  explicit NoPAllocs(bool active);
  ~NoPAllocs();
  NoPAllocs(const NoPAllocs&) = delete;
  NoPAllocs& operator=(const NoPAllocs&) = delete;
 private:
  bool prev_;
};
Obj* pinned_object(size_t bytes);   // zeroed, permanent, never traced
bool pinned_allocs_active();        // inside a NoPAllocs(true) scope on this thread

// Contents of a []byte as a std::string.
std::string bytes_of(const Obj* byte_slice);
// A new []byte / []string / []int holding the given elements.
Obj* make_bytes(std::string_view b);
Obj* make_string_slice(const std::vector<std::string>& v);
Obj* make_int_slice(const std::vector<int64_t>& v);

// The address of the slot a non-aggregate pointer (RefObj) names, or null for nil and for an
// element of a compact []byte array (no Value slot there: use vm::ref_load/ref_store).
Value* ref_slot(Obj* ref);

// panic(errors.New-like string value) as the std library's panic("...") does: the panic value
// is a plain string; the message printed is the text.
NativeStatus panic_string(NativeCtx& c, std::string msg);
// The result of an Append-style native: the []byte in args[0] with s's bytes appended.
NativeStatus ret_appended(NativeCtx& c, std::string_view s);
NativeStatus panic_runtime(NativeCtx& c, std::string msg);   // "runtime error: ..." text given in full

// Calls method `name` of dynamic type t on value v with no arguments and one result
// (String(), Error()). Returns false if there is no such method. *ok false + *panic_text
// when the method panicked (or could not run); *nil_recv when v is a nil pointer whose value
// method could not be called (Go's fmt prints "<nil>" for that).
struct MethodResult {
  bool ok = false;
  bool nil_recv = false;
  Value value{};
  std::string panic_text;
};
bool call_method0(NativeCtx& c, const TypeDesc* t, Value v, std::string_view name, MethodResult* r);
// Same with explicit arguments/results (up to 4 each).
bool call_method(NativeCtx& c, const TypeDesc* t, Value v, std::string_view name, const Value* args,
                 int nargs, Value* results, int nresults, std::string* panic_text);

// Calls a Go func value (closure) synchronously; natives in the table are called directly.
bool call_func(NativeCtx& c, Obj* closure, const Value* args, int nargs, Value* results,
               int nresults, std::string* panic_text);

}  // namespace gort::stdlib
