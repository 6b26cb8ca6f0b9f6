// engine/vm/object.cpp — Go strings (StrObj): creation, permanent constant-pool strings,
// comparison, indexing/slicing, UTF-8 decoding and the string <-> []byte / []rune / rune
// conversions (contract: object.h). Slices live in obj_slice.cpp, other values in
// obj_value.cpp, interfaces in obj_iface.cpp, maps in map.cpp.
//
// GC safety: an Obj* held only in a C++ local is not a root, but a collection can only run
// while every G is at a safepoint (rt::alloc merely requests one), and nothing here yields,
// so a function may allocate several objects and keep them in locals until it returns.
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <vector>

#include "runtime/runtime.h"
#include "vm/obj_internal.h"

namespace gort::vm {

using namespace objlib;

namespace {

StrObj* sdata(const Obj* s) { return static_cast<StrObj*>(obj_data(const_cast<Obj*>(s))); }

// A fresh string object of n bytes whose contents the caller fills in.
Obj* str_alloc(int64_t n, char** bytes) {
  Obj* o = rt::alloc(&kStrLayout, sizeof(int64_t) + size_t(n));
  StrObj* d = sdata(o);
  d->len = n;
  *bytes = d->bytes;
  return o;
}

// Permanent objects: allocated outside the GC heap, mark bit pinned to 1 so the tracer never
// enqueues them, on no sweep list. Freed only by free_static_objects().
std::mutex static_mu;
// Permanent strings (str_static: the compiler's constants) live until process exit. The
// container frees them in its destructor so LeakSanitizer, which checks after static
// destructors have run, does not report every constant of every compiled program as leaked.
struct StaticObjs {
  std::vector<Obj*> v;
  ~StaticObjs() {
    for (Obj* o : v) std::free(o);
  }
};
std::vector<Obj*>& static_objs() {
  static StaticObjs s;
  return s.v;
}

int encode_rune(int64_t r, char* out) {
  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
  if (r < 0x80) { out[0] = char(r); return 1; }
  if (r < 0x800) {
    out[0] = char(0xC0 | (r >> 6));
    out[1] = char(0x80 | (r & 0x3F));
    return 2;
  }
  if (r < 0x10000) {
    out[0] = char(0xE0 | (r >> 12));
    out[1] = char(0x80 | ((r >> 6) & 0x3F));
    out[2] = char(0x80 | (r & 0x3F));
    return 3;
  }
  out[0] = char(0xF0 | (r >> 18));
  out[1] = char(0x80 | ((r >> 12) & 0x3F));
  out[2] = char(0x80 | ((r >> 6) & 0x3F));
  out[3] = char(0x80 | (r & 0x3F));
  return 4;
}

// unicode/utf8.DecodeRune on p[0..n): invalid encodings (bad lead byte, bad continuation,
// overlong forms, surrogates, > U+10FFFF, truncated) decode as (U+FFFD, 1).
void decode_rune(const unsigned char* p, int64_t n, int64_t* rune, int64_t* width) {
  *rune = 0xFFFD;
  *width = n > 0 ? 1 : 0;
  if (n <= 0) return;
  unsigned c0 = p[0];
  if (c0 < 0x80) { *rune = c0; return; }
  int need;
  uint32_t r;
  uint32_t lo = 0x80, hi = 0xBF;   // accepted range of the second byte
  if (c0 >= 0xC2 && c0 <= 0xDF) { need = 2; r = c0 & 0x1F; }
  else if (c0 >= 0xE0 && c0 <= 0xEF) {
    need = 3; r = c0 & 0x0F;
    if (c0 == 0xE0) lo = 0xA0;          // overlong
    if (c0 == 0xED) hi = 0x9F;          // surrogates
  } else if (c0 >= 0xF0 && c0 <= 0xF4) {
    need = 4; r = c0 & 0x07;
    if (c0 == 0xF0) lo = 0x90;          // overlong
    if (c0 == 0xF4) hi = 0x8F;          // > U+10FFFF
  } else {
    return;
  }
  if (n < need) {
    // Truncated: still (RuneError, 1) — but only after checking what is there is valid
    // (Go returns width 1 either way).
    return;
  }
  unsigned c1 = p[1];
  if (c1 < lo || c1 > hi) return;
  r = (r << 6) | (c1 & 0x3F);
  for (int k = 2; k < need; ++k) {
    unsigned c = p[k];
    if (c < 0x80 || c > 0xBF) return;
    r = (r << 6) | (c & 0x3F);
  }
  *rune = r;
  *width = need;
}

}  // namespace

Obj* str_new(std::string_view s) {
  if (s.empty()) return nullptr;
  char* b;
  Obj* o = str_alloc(int64_t(s.size()), &b);
  std::memcpy(b, s.data(), s.size());
  return o;
}

Obj* objlib::static_obj_alloc(const rt::Layout* layout, size_t bytes) {
  Obj* o = static_cast<Obj*>(std::calloc(1, sizeof(Obj) + bytes));
  if (!o) GORT_THROW("static object: out of memory");
  o->layout = layout;
  o->bytes = uint32_t(bytes);
  o->mark = 1;
  std::lock_guard<std::mutex> lk(static_mu);
  static_objs().push_back(o);
  return o;
}

Obj* str_static(std::string_view s) {
  if (s.empty()) return nullptr;
  Obj* o = static_obj_alloc(&kStrLayout, sizeof(int64_t) + s.size());
  StrObj* d = sdata(o);
  d->len = int64_t(s.size());
  std::memcpy(d->bytes, s.data(), s.size());
  return o;
}

void free_static_objects() {
  std::lock_guard<std::mutex> lk(static_mu);
  for (Obj* o : static_objs()) std::free(o);
  static_objs().clear();
}

std::string_view str_view(const Obj* s) {
  if (!s) return {};
  const StrObj* d = sdata(s);
  return std::string_view(d->bytes, size_t(d->len));
}

int64_t str_len(const Obj* s) { return s ? sdata(s)->len : 0; }

Obj* str_concat(const Obj* a, const Obj* b) {
  int64_t la = str_len(a), lb = str_len(b);
  // Go returns the non-empty operand itself when the other is empty (strings are immutable).
  if (lb == 0) return const_cast<Obj*>(a);
  if (la == 0) return const_cast<Obj*>(b);
  char* out;
  Obj* o = str_alloc(la + lb, &out);
  std::memcpy(out, sdata(a)->bytes, size_t(la));
  std::memcpy(out + la, sdata(b)->bytes, size_t(lb));
  return o;
}

int str_compare(const Obj* a, const Obj* b) {
  if (a == b) return 0;
  int c = str_view(a).compare(str_view(b));
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

bool str_equal(const Obj* a, const Obj* b) {
  if (a == b) return true;
  return str_view(a) == str_view(b);
}

bool str_index(const Obj* s, int64_t i, int64_t* out_byte, Fault& f) {
  int64_t n = str_len(s);
  if (i < 0 || i >= n) {
    f.msg = index_error(i, n);
    f.runtime_error = true;
    return false;
  }
  *out_byte = static_cast<unsigned char>(sdata(s)->bytes[i]);
  return true;
}

bool str_slice(const Obj* s, int64_t lo, int64_t hi, Obj** out, Fault& f) {
  int64_t n = str_len(s);
  f.runtime_error = true;
  if (hi < 0 || hi > n) { f.msg = slice_error_hi(hi, n, false); return false; }
  if (lo < 0 || lo > hi) { f.msg = slice_error_lohi(lo, hi); return false; }
  if (lo == 0 && hi == n) { *out = const_cast<Obj*>(s); return true; }
  // A copy rather than a view: StrObj has no offset field, and substrings are usually short.
  *out = str_new(str_view(s).substr(size_t(lo), size_t(hi - lo)));
  return true;
}

void str_decode_rune(const Obj* s, int64_t i, int64_t* rune, int64_t* width) {
  int64_t n = str_len(s);
  if (i < 0 || i >= n) { *rune = 0xFFFD; *width = 0; return; }
  decode_rune(reinterpret_cast<const unsigned char*>(sdata(s)->bytes) + i, n - i, rune, width);
}

Obj* str_from_rune(int64_t r) {
  char buf[4];
  int n = encode_rune(r, buf);
  return str_new(std::string_view(buf, size_t(n)));
}

Obj* str_from_bytes(const Obj* byte_slice) {
  int64_t n = slice_len(byte_slice);
  if (n == 0) return nullptr;
  char* out;
  Obj* o = str_alloc(n, &out);
  if (const uint8_t* b = slice_bytes(byte_slice)) {
    std::memcpy(out, b, size_t(n));
  } else {
    for (int64_t i = 0; i < n; ++i) out[i] = char(slice_get(byte_slice, i).u & 0xFF);
  }
  return o;
}

Obj* str_from_runes(const Obj* rune_slice) {
  int64_t n = slice_len(rune_slice);
  if (n == 0) return nullptr;
  std::string buf;
  buf.reserve(size_t(n));
  char tmp[4];
  for (int64_t i = 0; i < n; ++i) buf.append(tmp, size_t(encode_rune(slice_get(rune_slice, i).i, tmp)));
  return str_new(buf);
}

// Capacity Go gives []byte(s) / []rune(s) of n elements of `size` bytes. A constant operand is
// converted into an exactly sized array. Otherwise gc converts into a 32-element stack buffer
// when the result does not escape and allocates the size-class-rounded length when it does;
// escape analysis cannot be replayed here, so short results get the (more common, local) 32
// and longer ones the rounded size, on which both paths agree.
static int64_t conv_cap(const Obj* s, int constant, int64_t n, int64_t size) {
  if (constant < 0) constant = s && s->mark == 1 && s->layout == &kStrLayout ? 1 : 0;
  if (constant) return n;
  if (n <= 32) return 32;
  return int64_t(roundupsize(uint64_t(n * size)) / uint64_t(size));
}

Obj* bytes_from_str(const Obj* s, int constant) {
  int64_t n = str_len(s);
  int64_t cap = conv_cap(s, constant, n, 1);
  Obj* arr = array_new(basic_type(Kind::Uint8), cap);   // compact
  if (n) std::memcpy(obj_data(arr), sdata(s)->bytes, size_t(n));
  return slice_from_array(arr, 0, n, cap);   // []byte("") is empty, not nil
}

Obj* runes_from_str(const Obj* s, int constant) {
  int64_t n = str_len(s);
  const auto* b = n ? reinterpret_cast<const unsigned char*>(sdata(s)->bytes) : nullptr;
  int64_t count = 0;
  for (int64_t i = 0; i < n;) {
    int64_t r, w;
    decode_rune(b + i, n - i, &r, &w);
    i += w;
    ++count;
  }
  int64_t cap = conv_cap(s, constant, count, 4);
  Obj* arr = array_new(basic_type(Kind::Int32), cap);
  Value* e = obj_slots(arr);
  int64_t k = 0;
  for (int64_t i = 0; i < n;) {
    int64_t r, w;
    decode_rune(b + i, n - i, &r, &w);
    e[k++].i = r;
    i += w;
  }
  return slice_from_array(arr, 0, count, cap);
}

}  // namespace gort::vm
