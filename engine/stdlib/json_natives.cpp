// engine/stdlib/json_natives.cpp — encoding/json's Marshal and Unmarshal walks (Go 1.19
// encode.go / decode.go rules) over the VM's values and run-time type descriptors. Why native
// rather than Go's own package over reflect: Go's encoder/decoder need most of reflect (method
// values, sync.Map caches, Convert, Copy...) and run every value through several interface
// calls; walking descriptors here is what fmt's %v already does, and is many times faster in
// the interpreter. The Go side (engine/lang/std/go/encoding/json/json.go) keeps Go's scanner:
// Unmarshal validates with it first (so every SyntaxError is Go's), and the decoder below may
// then assume well-formed input — it still never reads past the data.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>

#include "stdlib/json_fields.h"
#include "stdlib/natives.h"
#include "stdlib/reflect_value.h"
#include "stdlib/strconv_impl.h"
#include "stdlib/unicode_impl.h"
#include "vm/proto.h"

namespace gort::stdlib {
namespace {

using vm::Kind;
using json::Field;

constexpr int kMaxDepth = 10000;   // Go's scanner limit (StackGuard may stop a walk sooner)

const char kHex[] = "0123456789abcdef";

// A slot to read or write: obj_slots(ptr)[idx], or for an aggregate the object (idx < 0).
using Loc = RValue;

Loc loc_at(const TypeDesc* t, Obj* container, int64_t idx) {
  container = vm::array_window(container, &idx);   // an element of *p, p = (*[N]E)(s)
  if (t->is_aggregate()) return Loc{t, rt::obj_slots(container)[idx].o, -1, kFlagAddr};
  return Loc{t, container, idx, kFlagAddr};
}

// The pointer value &loc (aggregates: the object itself).
Value addr_of(const Loc& l) {
  if (l.idx < 0) return Value::from_obj(l.ptr);
  return Value::from_obj(vm::ref_new(l.ptr, l.idx));
}

void store(const Loc& l, Value v) {
  if (l.idx < 0) {
    if (v.o && l.ptr) vm::agg_assign(l.t, l.ptr, v.o);
    return;
  }
  if (!l.ptr || l.idx >= vm::array_elems(l.ptr)) return;
  vm::array_set(l.ptr, l.idx, v);   // (a compact []byte array too)
}

// The pointee of a non-nil pointer value p of type pt.
Loc deref(const TypeDesc* pt, Value p) {
  const TypeDesc* e = pt->elem;
  if (e->is_aggregate()) return Loc{e, p.o, -1, kFlagAddr};
  auto* r = static_cast<vm::RefObj*>(rt::obj_data(p.o));
  return Loc{e, r->container, r->index, kFlagAddr};
}

const TypeDesc* find_type(const NativeCtx& c, std::string_view str) {
  if (c.module)
    for (const auto& d : c.module->types)
      if (d->str == str) return d.get();
  return nullptr;
}

void base64_encode(std::string& out, std::string_view b) {
  static const char kAlpha[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  size_t i = 0;
  for (; i + 2 < b.size(); i += 3) {
    uint32_t v = (uint8_t(b[i]) << 16) | (uint8_t(b[i + 1]) << 8) | uint8_t(b[i + 2]);
    out += kAlpha[v >> 18]; out += kAlpha[(v >> 12) & 63]; out += kAlpha[(v >> 6) & 63]; out += kAlpha[v & 63];
  }
  if (b.size() - i == 1) {
    uint32_t v = uint8_t(b[i]) << 16;
    out += kAlpha[v >> 18]; out += kAlpha[(v >> 12) & 63]; out += "==";
  } else if (b.size() - i == 2) {
    uint32_t v = (uint8_t(b[i]) << 16) | (uint8_t(b[i + 1]) << 8);
    out += kAlpha[v >> 18]; out += kAlpha[(v >> 12) & 63]; out += kAlpha[(v >> 6) & 63]; out += '=';
  }
}

// base64.StdEncoding.DecodeString; -1 on success, else the offset of Go's CorruptInputError.
int64_t base64_decode(std::string_view s, std::string* out) {
  auto val = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
  };
  // Go ignores \r and \n.
  std::string clean;
  std::vector<int64_t> pos;
  for (size_t i = 0; i < s.size(); ++i)
    if (s[i] != '\r' && s[i] != '\n') { clean += s[i]; pos.push_back(static_cast<int64_t>(i)); }
  size_t n = clean.size();
  size_t i = 0;
  while (i < n) {
    int q[4];
    size_t k = 0;
    for (; k < 4 && i + k < n; ++k) {
      char ch = clean[i + k];
      if (ch == '=') break;
      q[k] = val(ch);
      if (q[k] < 0) return pos[i + k];
    }
    if (k < 4) {
      // padding or short final quantum
      if (i + k == n) {
        if (k == 1 || k == 0) return pos.empty() ? 0 : static_cast<int64_t>(i + k < pos.size() ? pos[i + k] : s.size());
        return static_cast<int64_t>(s.size());   // missing padding
      }
      if (k < 2) return pos[i + k];
      size_t need = 4 - k;
      for (size_t j = 0; j < need; ++j)
        if (i + k + j >= n || clean[i + k + j] != '=') return static_cast<int64_t>(i + k + j < n ? pos[i + k + j] : s.size());
      if (i + 4 != n) return pos[i + 4];
    }
    uint32_t v = (q[0] << 18) | (q[1] << 12) | (k > 2 ? q[2] << 6 : 0) | (k > 3 ? q[3] : 0);
    *out += static_cast<char>(v >> 16);
    if (k > 2) *out += static_cast<char>((v >> 8) & 0xFF);
    if (k > 3) *out += static_cast<char>(v & 0xFF);
    i += 4;
  }
  return -1;
}

// encodeState.string (Go 1.19).
void write_string(std::string& e, std::string_view s, bool escape_html) {
  e += '"';
  size_t start = 0;
  for (size_t i = 0; i < s.size();) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      bool safe = b >= 0x20 && b != '"' && b != '\\' && (!escape_html || (b != '<' && b != '>' && b != '&'));
      if (safe) { i++; continue; }
      e.append(s.substr(start, i - start));
      switch (b) {
        case '\\': case '"': e += '\\'; e += static_cast<char>(b); break;
        case '\n': e += "\\n"; break;
        case '\r': e += "\\r"; break;
        case '\t': e += "\\t"; break;
        default: e += "\\u00"; e += kHex[b >> 4]; e += kHex[b & 0xF]; break;
      }
      i++;
      start = i;
      continue;
    }
    int w = 1;
    int32_t c = decode_rune(s.substr(i), &w);
    if (c == 0xFFFD && w == 1) {
      e.append(s.substr(start, i - start));
      e += "\\ufffd";
      i += 1;
      start = i;
      continue;
    }
    if (c == 0x2028 || c == 0x2029) {
      e.append(s.substr(start, i - start));
      e += "\\u202";
      e += kHex[c & 0xF];
      i += static_cast<size_t>(w);
      start = i;
      continue;
    }
    i += static_cast<size_t>(w);
  }
  e.append(s.substr(start));
  e += '"';
}

// ---------------------------------------------------------------- a strict JSON checker
// (for MarshalJSON results: the Go side re-scans an invalid one for Go's exact SyntaxError).
struct Checker {
  std::string_view s;
  const StackGuard* guard = nullptr;
  size_t i = 0;
  int depth = 0;
  void ws() { while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++; }
  bool lit(std::string_view w) {
    if (s.substr(i, w.size()) != w) return false;
    i += w.size();
    return true;
  }
  bool str() {
    if (i >= s.size() || s[i] != '"') return false;
    i++;
    while (i < s.size()) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c == '"') { i++; return true; }
      if (c < 0x20) return false;
      if (c == '\\') {
        i++;
        if (i >= s.size()) return false;
        char e = s[i];
        if (e == 'u') {
          for (int k = 1; k <= 4; ++k)
            if (i + k >= s.size() || !std::isxdigit(static_cast<unsigned char>(s[i + k]))) return false;
          i += 5;
          continue;
        }
        if (!std::strchr("\"\\/bfnrt", e) || e == 0) return false;
      }
      i++;
    }
    return false;
  }
  bool digits() {
    size_t st = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') i++;
    return i > st;
  }
  bool num() {
    if (i < s.size() && s[i] == '-') i++;
    if (i < s.size() && s[i] == '0') i++;
    else if (!digits()) return false;
    if (i < s.size() && s[i] == '.') { i++; if (!digits()) return false; }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
      i++;
      if (i < s.size() && (s[i] == '+' || s[i] == '-')) i++;
      if (!digits()) return false;
    }
    return true;
  }
  bool value() {
    if (++depth > kMaxDepth || (guard && !guard->room())) return false;
    ws();
    if (i >= s.size()) return false;
    bool ok;
    switch (s[i]) {
      case '{':
        i++; ws();
        if (i < s.size() && s[i] == '}') { i++; ok = true; break; }
        ok = false;
        for (;;) {
          ws();
          if (!str()) break;
          ws();
          if (i >= s.size() || s[i] != ':') break;
          i++;
          if (!value()) break;
          ws();
          if (i < s.size() && s[i] == ',') { i++; continue; }
          if (i < s.size() && s[i] == '}') { i++; ok = true; }
          break;
        }
        break;
      case '[':
        i++; ws();
        if (i < s.size() && s[i] == ']') { i++; ok = true; break; }
        ok = false;
        for (;;) {
          if (!value()) break;
          ws();
          if (i < s.size() && s[i] == ',') { i++; continue; }
          if (i < s.size() && s[i] == ']') { i++; ok = true; }
          break;
        }
        break;
      case '"': ok = str(); break;
      case 't': ok = lit("true"); break;
      case 'f': ok = lit("false"); break;
      case 'n': ok = lit("null"); break;
      default: ok = num(); break;
    }
    depth--;
    return ok;
  }
  bool all() {
    if (!value()) return false;
    ws();
    return i == s.size();
  }
};

// compact(dst, src, escape) of indent.go for valid src.
void compact_into(std::string& out, std::string_view s, bool escape) {
  bool in_str = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (!in_str && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) continue;
    if (c == '"' && (i == 0 || !in_str || s[i - 1] != '\\' || [&] {
          size_t k = i, bs = 0;
          while (k > 0 && s[k - 1] == '\\') { bs++; k--; }
          return bs % 2 == 0;
        }()))
      in_str = !in_str;
    if (escape && (c == '<' || c == '>' || c == '&')) {
      out += "\\u00"; out += kHex[c >> 4]; out += kHex[c & 0xF];
      continue;
    }
    if (escape && c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) & ~1u) == 0xA8) {
      out += "\\u202"; out += kHex[static_cast<unsigned char>(s[i + 2]) & 0xF];
      i += 2;
      continue;
    }
    out += static_cast<char>(c);
  }
}

// ---------------------------------------------------------------- encoder

// pointer_type_to searches the program's descriptors: remembered per walk.
struct PtrTypes {
  std::unordered_map<const TypeDesc*, const TypeDesc*> map;
  const TypeDesc* get(const NativeCtx& c, const TypeDesc* t) {
    auto it = map.find(t);
    if (it != map.end()) return it->second;
    const TypeDesc* p = pointer_type_to(c, t);
    map.emplace(t, p);
    return p;
  }
};

struct Encoder {
  Encoder(NativeCtx& ctx, bool esc) : c(ctx), escape_html(esc) {}
  PtrTypes ptrs;
  StackGuard guard;
  NativeCtx& c;
  bool escape_html;
  std::string out;
  json::FieldCache fields;
  int depth = 0;
  // The error (first one ends the walk): Marshal's kind codes (json.go marshalNative).
  int err_kind = 0;
  std::string err_str;
  Obj* err_carrier = nullptr;
  Obj* err_err = nullptr;
  std::string err_bytes;

  // Entering a pointer, map or slice: a value already on the path is a cycle (Go finds it
  // after 1000 levels with its ptrSeen set and reports the same error).
  std::vector<const void*> path;
  bool enter(const TypeDesc* t, Value v, const void* key) {
    if (++depth > kMaxDepth || std::find(path.begin(), path.end(), key) != path.end()) {
      err_kind = 2;
      err_str = "encountered a cycle via " + t->str;
      err_carrier = vm::iface_new(t, v);
      return false;
    }
    path.push_back(key);
    return true;
  }
  void leave() {
    path.pop_back();
    depth--;
  }

  bool fail_type(const TypeDesc* t) {
    err_kind = 1;
    err_carrier = vm::iface_new(ptrs.get(c, t), Value::zero());
    return false;
  }
  [[gnu::noinline]] bool fail_text(std::string s) {
    err_kind = 5;
    err_str = std::move(s);
    return false;
  }
  bool fail_panic(const std::string& text) {
    err_kind = 6;
    err_str = text;
    return false;
  }

  // Is a method `name` callable on this value: by t's method set, or through &v when the
  // value is addressable (Go's condAddrEncoder)?
  const TypeDesc* method_owner(const Loc& l, std::string_view name, Value* recv) {
    const TypeDesc* t = l.t;
    if (t->kind != Kind::Pointer && (l.flag & kFlagAddr) && t->kind != Kind::Interface) {
      const TypeDesc* pt = ptrs.get(c, t);
      const vm::MethodDesc* m = vm::find_method(pt, name);
      if (m && m->ptr_recv) {
        *recv = addr_of(l);
        return pt;
      }
    }
    if (t->kind != Kind::Interface && vm::find_method(t, name)) {
      *recv = rvalue_load(l);
      return t;
    }
    return nullptr;
  }

  bool call_bytes_error(const TypeDesc* t, Value recv, const char* name, std::string* bytes, Obj** err) {
    Value res[2];
    std::string panic_text;
    if (!call_method(c, t, recv, name, nullptr, 0, res, 2, &panic_text)) return fail_panic(panic_text);
    *bytes = bytes_of(res[0].o);
    *err = res[1].o;
    return true;
  }

  // The Marshaler / TextMarshaler step of value() (its own frame, so the recursive one
  // stays small). *done: the value was handled (result in the return value).
  [[gnu::noinline]] bool marshaler(const Loc& l, bool* done) {
    const TypeDesc* t = l.t;
    Value v = rvalue_load(l);
    Value recv;
    *done = true;
    // Marshaler first, then TextMarshaler (newTypeEncoder's order, addressable pointer
    // methods included).
    for (int pass = 0; pass < 2; ++pass) {
      const char* mname = pass == 0 ? "MarshalJSON" : "MarshalText";
      const TypeDesc* owner = method_owner(l, mname, &recv);
      if (!owner) continue;
      if (owner == t && t->kind == Kind::Pointer && !v.o) { out += "null"; return true; }
      std::string b;
      Obj* err = nullptr;
      if (!call_bytes_error(owner, recv, mname, &b, &err)) return false;
      if (err) {   // MarshalerError names v.Type()
        err_kind = 3;
        err_err = err;
        err_str = mname;
        err_carrier = vm::iface_new(ptrs.get(c, t), Value::zero());
        return false;
      }
      if (pass == 0) {
        Checker ck{b, &guard};
        if (!ck.all()) {
          err_kind = 4;
          err_bytes = b;
          err_carrier = vm::iface_new(ptrs.get(c, t), Value::zero());
          return false;
        }
        compact_into(out, b, escape_html);
      } else {
        write_string(out, b, escape_html);
      }
      return true;
    }
    *done = false;
    return true;
  }

  bool value(const Loc& l, bool quoted) {
    if (!guard.room()) return fail_text("json: value nested too deeply for gort's encoder");
    const TypeDesc* t = l.t;
    Value v = rvalue_load(l);
    bool done = false;
    bool ok = marshaler(l, &done);
    if (done) return ok;
    switch (t->kind) {
      case Kind::Bool:
        if (quoted) out += '"';
        out += v.i ? "true" : "false";
        if (quoted) out += '"';
        return true;
      case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64:
        if (quoted) out += '"';
        out += format_int(v.i, 10);
        if (quoted) out += '"';
        return true;
      case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64:
      case Kind::Uintptr:
        if (quoted) out += '"';
        out += format_uint(v.u, 10);
        if (quoted) out += '"';
        return true;
      case Kind::Float32: case Kind::Float64: return float_value(t, v, quoted);
      case Kind::String: {
        std::string_view s = sv(v);
        if (t->named && t->str == "json.Number") {
          std::string num = s.empty() ? "0" : std::string(s);
          Checker ck{num};
          if (!ck.num() || ck.i != num.size() || num[0] == '+')
            return fail_text("json: invalid number literal " + quote(num));
          if (quoted) out += '"';
          out += num;
          if (quoted) out += '"';
          return true;
        }
        if (quoted) {
          std::string inner;
          write_string(inner, s, escape_html);
          write_string(out, inner, false);
        } else {
          write_string(out, s, escape_html);
        }
        return true;
      }
      case Kind::Interface:
        if (!v.o) { out += "null"; return true; }
        return value(Loc{vm::iface_type(v.o), v.o, 1, 0}.t->is_aggregate()
                         ? Loc{vm::iface_type(v.o), vm::iface_data(v.o).o, -1, 0}
                         : Loc{vm::iface_type(v.o), v.o, 1, 0},
                     false);
      case Kind::Pointer: {
        if (!v.o) { out += "null"; return true; }
        if (!enter(t, v, v.o)) return false;
        bool ok = value(deref(t, v), quoted);
        leave();
        return ok;
      }
      case Kind::Struct: return struct_value(l);
      case Kind::Map: return map_value(t, v);
      case Kind::Slice: return slice_value(t, v);
      case Kind::Array: {
        out += '[';
        for (int64_t i = 0; i < t->len; ++i) {
          if (i) out += ',';
          Loc e = loc_at(t->elem, v.o, i);
          e.flag = l.flag & kFlagAddr;
          if (!value(e, false)) return false;
        }
        out += ']';
        return true;
      }
      default: return fail_type(t);
    }
  }

  [[gnu::noinline]] bool slice_value(const TypeDesc* t, Value v) {
    if (!v.o) { out += "null"; return true; }
    if (t->elem->kind == Kind::Uint8) {
      // []byte → base64, unless the element type marshals itself (Go's check).
      const TypeDesc* pe = ptrs.get(c, t->elem);
      if (!vm::find_method(pe, "MarshalJSON") && !vm::find_method(pe, "MarshalText")) {
        out += '"';
        base64_encode(out, bytes_of(v.o));
        out += '"';
        return true;
      }
    }
    auto* h = static_cast<vm::SliceObj*>(rt::obj_data(v.o));
    if (!enter(t, v, h->len ? static_cast<const void*>(rt::obj_slots(h->array) + h->off) : v.o)) return false;
    out += '[';
    for (int64_t i = 0; i < h->len; ++i) {
      if (i) out += ',';
      if (!value(loc_at(t->elem, h->array, h->off + i), false)) return false;
    }
    out += ']';
    leave();
    return true;
  }

  [[gnu::noinline]] bool float_value(const TypeDesc* t, Value v, bool quoted) {
    int bits = t->kind == Kind::Float32 ? 32 : 64;
    double f = v.f;
    if (std::isnan(f) || std::isinf(f)) {
      err_kind = 2;
      err_str = format_float(f, 'g', -1, bits);
      err_carrier = vm::iface_new(t, v);
      return false;
    }
    double a = std::fabs(f);
    char fmt = 'f';
    if (a != 0) {
      if ((bits == 64 && (a < 1e-6 || a >= 1e21)) ||
          (bits == 32 && (static_cast<float>(a) < 1e-6f || static_cast<float>(a) >= 1e21f)))
        fmt = 'e';
    }
    std::string b = format_float(f, fmt, -1, bits);
    if (fmt == 'e') {
      size_t n = b.size();
      if (n >= 4 && b[n - 4] == 'e' && b[n - 3] == '-' && b[n - 2] == '0') {
        b[n - 2] = b[n - 1];
        b.pop_back();
      }
    }
    if (quoted) out += '"';
    out += b;
    if (quoted) out += '"';
    return true;
  }

  bool is_empty(const TypeDesc* t, Value v) {
    switch (t->kind) {
      case Kind::Array: return t->len == 0;
      case Kind::Map: return vm::map_len(v.o) == 0;
      case Kind::Slice: return vm::slice_len(v.o) == 0;
      case Kind::String: return vm::str_len(v.o) == 0;
      case Kind::Bool: return v.i == 0;
      case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64:
      case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64:
      case Kind::Uintptr: return v.u == 0;
      case Kind::Float32: case Kind::Float64: return v.f == 0;
      case Kind::Interface: case Kind::Pointer: return v.o == nullptr;
      default: return false;
    }
  }

  [[gnu::noinline]] bool struct_value(const Loc& l) {
    out += '{';
    bool first = true;
    for (const Field& f : fields.fields(l.t)) {
      // Walk the index path; a nil embedded pointer hides its fields.
      Loc cur = l;
      bool skip = false;
      for (size_t k = 0; k < f.index.size(); ++k) {
        if (k > 0 && cur.t->kind == Kind::Pointer) {
          Value p = rvalue_load(cur);
          if (!p.o) { skip = true; break; }
          cur = deref(cur.t, p);
        }
        const TypeDesc* ft = cur.t->fields[static_cast<size_t>(f.index[k])].type;
        uint64_t fl = cur.flag;
        cur = loc_at(ft, cur.ptr, f.index[k]);
        cur.flag = fl & kFlagAddr;
      }
      if (skip) continue;
      if (f.omit_empty && is_empty(cur.t, rvalue_load(cur))) continue;
      out += first ? "" : ",";
      first = false;
      write_string(out, f.name, escape_html);
      out += ':';
      if (!value(cur, f.quoted)) return false;
    }
    out += '}';
    return true;
  }

  [[gnu::noinline]] bool map_value(const TypeDesc* t, Value v) {
    const TypeDesc* kt = t->key;
    bool key_text = false;
    switch (kt->kind) {
      case Kind::String: case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64:
      case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64: case Kind::Uintptr:
        break;
      default:
        if (!vm::find_method(kt, "MarshalText")) return fail_type(t);
        key_text = true;
    }
    if (kt->kind != Kind::String && vm::find_method(kt, "MarshalText")) key_text = true;
    if (!v.o) { out += "null"; return true; }
    if (!enter(t, v, v.o)) return false;
    Obj* vals = nullptr;
    Obj* keys = vm::map_sorted_entries(v.o, &vals);
    int64_t n = 0, nv = 0;
    Value* ks = slice_data(keys, &n);
    slice_data(vals, &nv);
    auto* kh = keys ? static_cast<vm::SliceObj*>(rt::obj_data(keys)) : nullptr;
    auto* vh = vals ? static_cast<vm::SliceObj*>(rt::obj_data(vals)) : nullptr;
    std::vector<std::pair<std::string, int64_t>> order;
    for (int64_t i = 0; i < n; ++i) {
      std::string name;
      Value k = ks[i];
      if (kt->kind == Kind::String) {
        name = std::string(sv(k));
      } else if (key_text) {
        if (kt->kind == Kind::Pointer && !k.o) {
          name = "";
        } else {
          std::string b;
          Obj* err = nullptr;
          if (!call_bytes_error(kt, k, "MarshalText", &b, &err)) return false;
          if (err) {
            std::string text;
            MethodResult mr;
            if (call_method0(c, vm::iface_type(err), vm::iface_data(err), "Error", &mr) && mr.ok) text = std::string(sv(mr.value));
            return fail_text("json: encoding error for type " + quote(kt->str) + ": " + quote(text));
          }
          name = b;
        }
      } else if (kt->is_unsigned()) {
        name = format_uint(k.u, 10);
      } else {
        name = format_int(k.i, 10);
      }
      order.emplace_back(std::move(name), i);
    }
    std::sort(order.begin(), order.end());
    out += '{';
    for (size_t j = 0; j < order.size(); ++j) {
      if (j) out += ',';
      write_string(out, order[j].first, escape_html);
      out += ':';
      int64_t i = order[j].second;
      if (i >= nv) return fail_text("json: map changed while encoding");
      Loc e = loc_at(t->elem, vh->array, vh->off + i);
      e.flag = 0;
      if (!value(e, false)) return false;
    }
    (void)kh;
    out += '}';
    leave();
    return true;
  }
};

// marshalNative(v any, escapeHTML bool) (out []byte, kind int, str string, carrier any, err error)
NativeStatus marshal_native(NativeCtx& c) {
  Obj* v = c.args[0].o;
  Encoder e(c, c.args[1].i != 0);
  bool ok = true;
  if (!v) e.out = "null";
  else {
    const TypeDesc* t = vm::iface_type(v);
    Loc l = t->is_aggregate() ? Loc{t, vm::iface_data(v).o, -1, 0} : Loc{t, v, 1, 0};
    ok = e.value(l, false);
  }
  if (!ok && e.err_kind == 6) return panic_string(c, e.err_str);
  c.args[0] = Value::from_obj(ok ? make_bytes(e.out) : (e.err_kind == 4 ? make_bytes(e.err_bytes) : nullptr));
  c.args[1].i = ok ? 0 : e.err_kind;
  c.args[2] = str_val(ok ? "" : e.err_str);
  c.args[3] = Value::from_obj(ok ? nullptr : e.err_carrier);
  c.args[4] = Value::from_obj(ok ? nullptr : e.err_err);
  return NativeStatus::Done;
}

// ---------------------------------------------------------------- decoder

struct Decoder {
  Decoder(NativeCtx& ctx, std::string_view data) : c(ctx), d(data) {}
  PtrTypes ptrs;
  StackGuard guard;
  NativeCtx& c;
  std::string_view d;
  size_t off = 0;
  bool use_number = false, disallow = false;
  json::FieldCache fields;
  int depth = 0;
  // The first saved error (Go's d.saveError) and an aborting one (an Unmarshaler's error).
  int err_kind = 0;
  std::string err_value;
  const TypeDesc* err_type = nullptr;
  int64_t err_off = 0;
  std::string err_struct, err_field;
  Obj* err_err = nullptr;
  bool aborted = false;
  std::string panic_text;
  // errorContext
  const TypeDesc* ctx_struct = nullptr;
  std::vector<std::string> field_stack;
  // descriptors of what `any` receives
  const TypeDesc* map_any = nullptr;
  const TypeDesc* slice_any = nullptr;
  const TypeDesc* number_t = nullptr;

  void type_error(std::string value, const TypeDesc* t, int64_t offset) {
    if (err_kind) return;
    err_kind = 1;
    err_value = std::move(value);
    err_type = t;
    err_off = offset;
    if (ctx_struct || !field_stack.empty()) {
      err_struct = ctx_struct ? type_name_of(ctx_struct) : "";
      std::string f;
      for (size_t i = 0; i < field_stack.size(); ++i) f += (i ? "." : "") + field_stack[i];
      err_field = f;
    }
  }
  void text_error(std::string msg) {
    if (err_kind) return;
    err_kind = 3;
    err_value = std::move(msg);
  }
  // An error Go's decoder returns at once (over any saved one): the walk stops.
  bool abort_text(std::string msg) {
    err_kind = 3;
    err_value = std::move(msg);
    aborted = true;
    return false;
  }
  static std::string type_name_of(const TypeDesc* t) {
    if (!t->named) return "";
    size_t end = t->str.find('[');
    if (end == std::string::npos) end = t->str.size();
    size_t dot = t->str.rfind('.', end);
    return dot == std::string::npos ? t->str : t->str.substr(dot + 1);
  }

  void ws() {
    while (off < d.size() && (d[off] == ' ' || d[off] == '\t' || d[off] == '\n' || d[off] == '\r')) off++;
  }
  char peek() { ws(); return off < d.size() ? d[off] : '\0'; }

  // Skips one value; returns its text.
  std::string_view skip() {
    ws();
    size_t start = off;
    int level = 0;
    bool in_str = false;
    while (off < d.size()) {
      char ch = d[off];
      if (in_str) {
        if (ch == '\\') off++;
        else if (ch == '"') { in_str = false; if (level == 0) { off++; break; } }
        off++;
        continue;
      }
      if (ch == '"') { in_str = true; off++; continue; }
      if (ch == '{' || ch == '[') { level++; off++; continue; }
      if (ch == '}' || ch == ']') {
        if (level == 0) break;
        level--; off++;
        if (level == 0) break;
        continue;
      }
      if (level == 0 && (ch == ',' || ch == ':' || ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r')) break;
      off++;
    }
    return d.substr(start, off - start);
  }

  // Go's unquote of a string literal (the JSON escapes, surrogate pairs, U+FFFD for bad UTF-8).
  static std::string unquote_str(std::string_view lit) {
    std::string out;
    if (lit.size() < 2) return out;
    std::string_view s = lit.substr(1, lit.size() - 2);
    auto hex4 = [&](size_t i) -> int32_t {
      if (i + 4 > s.size()) return -1;
      int32_t r = 0;
      for (size_t k = 0; k < 4; ++k) {
        char ch = s[i + k];
        int x = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1;
        if (x < 0) return -1;
        r = r * 16 + x;
      }
      return r;
    };
    for (size_t i = 0; i < s.size();) {
      unsigned char ch = static_cast<unsigned char>(s[i]);
      if (ch == '\\' && i + 1 < s.size()) {
        char e = s[i + 1];
        i += 2;
        switch (e) {
          case 'b': out += '\b'; break;
          case 'f': out += '\f'; break;
          case 'n': out += '\n'; break;
          case 'r': out += '\r'; break;
          case 't': out += '\t'; break;
          case 'u': {
            int32_t r = hex4(i);
            if (r < 0) { out += "\xEF\xBF\xBD"; break; }
            i += 4;
            if (r >= 0xD800 && r < 0xE000) {
              if (r < 0xDC00 && i + 6 <= s.size() && s[i] == '\\' && s[i + 1] == 'u') {
                int32_t r2 = hex4(i + 2);
                if (r2 >= 0xDC00 && r2 < 0xE000) {
                  encode_rune(out, 0x10000 + ((r - 0xD800) << 10) + (r2 - 0xDC00));
                  i += 6;
                  break;
                }
              }
              r = 0xFFFD;
            }
            encode_rune(out, r);
            break;
          }
          default: out += e; break;
        }
        continue;
      }
      if (ch < 0x80) { out += static_cast<char>(ch); i++; continue; }
      int w = 1;
      int32_t r = decode_rune(s.substr(i), &w);
      if (r == 0xFFFD && w == 1) { out += "\xEF\xBF\xBD"; i++; continue; }
      out.append(s.substr(i, static_cast<size_t>(w)));
      i += static_cast<size_t>(w);
    }
    return out;
  }

  // indirect(): follows pointers (allocating), and finds an UnmarshalJSON / UnmarshalText
  // method on the way (Go's rules: a named addressable value tries its address first).
  struct Ind {
    Loc v;
    const TypeDesc* u_type = nullptr;    // receiver type of UnmarshalJSON, or null
    const TypeDesc* ut_type = nullptr;   // receiver type of UnmarshalText, or null
    Value recv{};
  };
  Ind indirect(Loc v, bool decoding_null) {
    Ind r;
    for (int guard = 0; guard < 10000; ++guard) {
      const TypeDesc* t = v.t;
      Value x = rvalue_load(v);
      if (t->kind == Kind::Interface && x.o) {
        const TypeDesc* et = vm::iface_type(x.o);
        Value ev = vm::iface_data(x.o);
        if (et->kind == Kind::Pointer && ev.o && (!decoding_null || et->elem->kind == Kind::Pointer)) {
          // Decode into what the interface's pointer points at.
          if (vm::find_method(et, "UnmarshalJSON")) { r.u_type = et; r.recv = ev; return r; }
          if (!decoding_null && vm::find_method(et, "UnmarshalText")) { r.ut_type = et; r.recv = ev; return r; }
          v = deref(et, ev);
          continue;
        }
      }
      if (t->kind != Kind::Pointer) {
        if (t->kind != Kind::Interface && (v.flag & kFlagAddr) && (t->named || !t->methods.empty())) {
          const TypeDesc* pt = ptrs.get(c, t);
          if (vm::find_method(pt, "UnmarshalJSON")) { r.u_type = pt; r.recv = addr_of(v); return r; }
          if (!decoding_null && vm::find_method(pt, "UnmarshalText")) { r.ut_type = pt; r.recv = addr_of(v); return r; }
        }
        break;
      }
      if (decoding_null && (v.flag & kFlagAddr)) break;
      if (!x.o) {
        x = Value::from_obj(vm::new_object(t->elem));
        store(v, x);
      }
      if (vm::find_method(t, "UnmarshalJSON")) { r.u_type = t; r.recv = x; return r; }
      if (!decoding_null && vm::find_method(t, "UnmarshalText")) { r.ut_type = t; r.recv = x; return r; }
      v = deref(t, x);
    }
    r.v = v;
    return r;
  }

  bool call_unmarshal(const TypeDesc* t, Value recv, const char* name, std::string_view data) {
    Value arg = Value::from_obj(make_bytes(data));
    Value res[1];
    std::string text;
    if (!call_method(c, t, recv, name, &arg, 1, res, 1, &text)) {
      panic_text = text.empty() ? "json: method call failed" : text;
      aborted = true;
      return false;
    }
    if (res[0].o) {
      err_kind = 2;
      err_err = res[0].o;
      aborted = true;
      return false;
    }
    return true;
  }

  // d.value: decodes the next value into v (an invalid v: skip).
  bool value(const Loc& v) {
    char ch = peek();
    if (!v.t) { skip(); return true; }
    if (++depth > kMaxDepth || !guard.room()) {
      text_error("json: exceeded max depth");
      skip();
      depth--;
      return true;
    }
    bool ok = ch == '{' ? object(v) : ch == '[' ? array(v) : literal(v, skip(), false);
    depth--;
    return ok;
  }

  bool empty_iface(const TypeDesc* t) { return t->kind == Kind::Interface && t->methods.empty(); }

  // The start of array() and object(): an Unmarshaler/TextUnmarshaler target or an interface
  // (an empty one takes the `any` value; another is a type error) is dealt with here (*done:
  // the return value is the result); else *v is the value to fill.
  bool composite_start(const Loc& v0, const char* what, Loc* v, bool* done) {
    size_t start = off;
    Ind ind = indirect(v0, false);
    *done = true;
    if (ind.u_type) return call_unmarshal(ind.u_type, ind.recv, "UnmarshalJSON", skip());
    if (ind.ut_type) {
      type_error(what, ind.ut_type->elem, static_cast<int64_t>(start + 1));
      skip();
      return true;
    }
    *v = ind.v;
    if (v->t->kind == Kind::Interface) {
      if (!empty_iface(v->t)) {
        type_error(what, v->t, static_cast<int64_t>(start + 1));
        skip();
        return true;
      }
      Value any;
      if (!any_value(&any)) return false;
      store(*v, any);
      return true;
    }
    *done = false;
    return true;
  }

  bool array(const Loc& v0) {
    size_t start = off;
    Loc v;
    bool done;
    bool res = composite_start(v0, "array", &v, &done);
    if (done) return res;
    const TypeDesc* t = v.t;
    if (t->kind != Kind::Array && t->kind != Kind::Slice) {
      type_error("array", t, static_cast<int64_t>(start + 1));
      skip();
      return true;
    }
    off++;   // '['
    int64_t i = 0;
    if (peek() == ']') { off++; }
    else {
      for (;;) {
        if (t->kind == Kind::Slice) {
          Obj* s = rvalue_load(v).o;
          int64_t len = vm::slice_len(s), cap = vm::slice_cap(s);
          if (i >= cap) {
            int64_t ncap = cap + cap / 2;
            if (ncap < 4) ncap = 4;
            Obj* ns = nullptr;
            vm::Fault f;
            vm::slice_make(t->elem, len, ncap, &ns, f);
            vm::slice_copy(t->elem, ns, s);
            store(v, Value::from_obj(ns));
            s = ns;
          }
          if (i >= len) {
            auto* h = static_cast<vm::SliceObj*>(rt::obj_data(s));
            s = vm::slice_from_array(h->array, h->off, i + 1, h->cap);
            store(v, Value::from_obj(s));
          }
          auto* h = static_cast<vm::SliceObj*>(rt::obj_data(s));
          if (!value(loc_at(t->elem, h->array, h->off + i))) return false;
        } else if (i < t->len) {
          if (!value(loc_at(t->elem, rvalue_load(v).o, i))) return false;
        } else {
          value(Loc{});
        }
        i++;
        char ch = peek();
        off++;
        if (ch != ',') break;
      }
    }
    if (t->kind == Kind::Array) {
      Obj* a = rvalue_load(v).o;
      for (int64_t k = i; k < t->len; ++k) {
        if (t->elem->is_aggregate()) vm::agg_assign(t->elem, vm::array_get(a, k).o, vm::zero_value(t->elem).o);
        else vm::array_set(a, k, vm::zero_value(t->elem));
      }
    } else {
      Obj* s = rvalue_load(v).o;
      if (i < vm::slice_len(s)) {
        auto* h = static_cast<vm::SliceObj*>(rt::obj_data(s));
        store(v, Value::from_obj(vm::slice_from_array(h->array, h->off, i, h->cap)));
      }
      if (i == 0) {
        Obj* e = nullptr;
        vm::Fault f;
        vm::slice_make(t->elem, 0, 0, &e, f);
        store(v, Value::from_obj(e));
      }
    }
    return true;
  }

  bool int_key(const TypeDesc* kt, const std::string& s, Value* out) {
    if (kt->is_unsigned()) {
      uint64_t n = 0;
      if (parse_uint(s, 10, 64, &n) != NumErr::None) return false;
      Value r = Value::zero();
      r.u = n;
      int bits = kt->kind == Kind::Uint8 ? 8 : kt->kind == Kind::Uint16 ? 16 : kt->kind == Kind::Uint32 ? 32 : 64;
      if (bits < 64 && (n >> bits) != 0) return false;
      *out = r;
      return true;
    }
    int64_t n = 0;
    if (parse_int(s, 10, 64, &n) != NumErr::None) return false;
    int bits = kt->kind == Kind::Int8 ? 8 : kt->kind == Kind::Int16 ? 16 : kt->kind == Kind::Int32 ? 32 : 64;
    if (bits < 64) {
      int64_t lim = int64_t(1) << (bits - 1);
      if (n < -lim || n >= lim) return false;
    }
    *out = Value::from_int(n);
    return true;
  }

  [[gnu::noinline]] bool object(const Loc& v0) {
    size_t start = off;
    Loc v;
    bool done;
    bool res = composite_start(v0, "object", &v, &done);
    if (done) return res;
    const TypeDesc* t = v.t;
    bool is_map = t->kind == Kind::Map;
    const TypeDesc* key_ptr_text = nullptr;
    if (is_map) {
      const TypeDesc* kt = t->key;
      switch (kt->kind) {
        case Kind::String: case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64:
        case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64: case Kind::Uintptr:
          break;
        default: {
          const TypeDesc* pk = ptrs.get(c, kt);
          if (!vm::find_method(pk, "UnmarshalText")) {
            type_error("object", t, static_cast<int64_t>(start + 1));
            skip();
            return true;
          }
        }
      }
      if (kt->kind != Kind::String || kt->named) {
        const TypeDesc* pk = ptrs.get(c, kt);
        if (vm::find_method(pk, "UnmarshalText")) key_ptr_text = pk;
      }
      if (!rvalue_load(v).o) store(v, Value::from_obj(vm::map_make(t, 0)));
    } else if (t->kind != Kind::Struct) {
      type_error("object", t, static_cast<int64_t>(start + 1));
      skip();
      return true;
    }
    const TypeDesc* orig_struct = ctx_struct;
    size_t orig_fields = field_stack.size();
    off++;   // '{'
    if (peek() == '}') { off++; return true; }
    for (;;) {
      ws();
      size_t kstart = off;
      std::string_view klit = skip();
      std::string key = unquote_str(klit);
      ws();
      off++;   // ':'
      if (is_map) {
        const TypeDesc* et = t->elem;
        Loc elem;
        Obj* holder = nullptr;
        if (et->is_aggregate()) {
          holder = vm::agg_new(et);
          elem = Loc{et, holder, -1, kFlagAddr};
        } else {
          holder = vm::box_new(et);
          elem = Loc{et, holder, 0, kFlagAddr};
        }
        if (!value(elem)) return false;
        const TypeDesc* kt = t->key;
        Value kv;
        bool ok = true;
        if (key_ptr_text) {
          Obj* kobj = vm::new_object(kt);
          Value recv = Value::from_obj(kobj);
          if (!call_unmarshal(key_ptr_text, recv, "UnmarshalText", key)) return false;
          Loc kl = kt->is_aggregate() ? Loc{kt, kobj, -1, 0} : deref(key_ptr_text, recv);
          kv = rvalue_load(kl);
        } else if (kt->kind == Kind::String) {
          kv = str_val(key);
        } else if (!int_key(kt, key, &kv)) {
          type_error("number " + key, kt, static_cast<int64_t>(kstart + 1));
          ok = false;
        }
        if (ok) {
          vm::Fault f;
          vm::map_set(rvalue_load(v).o, kv, rvalue_load(elem), f);
        }
      } else {
        const auto& fl = fields.fields(t);
        const Field* f = nullptr;
        for (const Field& ff : fl)
          if (ff.name == key) { f = &ff; break; }
        if (!f)
          for (const Field& ff : fl)
            if (uni::equal_fold(ff.name, key)) { f = &ff; break; }   // Go: exact, else folded
        Loc sub;
        if (f) {
          sub = v;
          bool bad = false;
          for (size_t k = 0; k < f->index.size(); ++k) {
            if (k > 0 && sub.t->kind == Kind::Pointer) {
              Value p = rvalue_load(sub);
              if (!p.o) {
                p = Value::from_obj(vm::new_object(sub.t->elem));
                store(sub, p);
              }
              sub = deref(sub.t, p);
            }
            const TypeDesc* ft = sub.t->fields[static_cast<size_t>(f->index[k])].type;
            sub = loc_at(ft, sub.ptr, f->index[k]);
          }
          if (bad) sub = Loc{};
          field_stack.push_back(f->name);
          ctx_struct = t;
        } else if (disallow) {
          text_error("json: unknown field " + quote(key));
        }
        bool ok;
        if (f && f->quoted && sub.t) {
          char ch = peek();
          std::string_view lit = skip();
          if (ch == 'n') {
            ok = literal(sub, "null", false);
          } else if (ch == '"') {
            std::string inner = unquote_str(lit);
            ok = literal(sub, inner, true);
          } else {
            text_error("json: invalid use of ,string struct tag, trying to unmarshal unquoted value into " + sub.t->str);
            ok = true;
          }
        } else {
          ok = value(sub);
        }
        if (!ok) return false;
        field_stack.resize(orig_fields);
        ctx_struct = orig_struct;
      }
      char ch = peek();
      off++;
      if (ch != ',') break;
    }
    return true;
  }

  Value iface_of(const TypeDesc* t, Value v) { return Value::from_obj(vm::iface_new(t, v)); }

  // A literal as an `any` value.
  bool literal_any(std::string_view item, Value* out) {
    switch (item.empty() ? 'n' : item[0]) {
      case 'n': *out = Value::zero(); return true;
      case 't': case 'f': *out = iface_of(vm::basic_type(Kind::Bool), bool_val(item[0] == 't')); return true;
      case '"': *out = iface_of(vm::basic_type(Kind::String), str_val(unquote_str(item))); return true;
      default: {
        if (use_number) { *out = iface_of(number_type(), str_val(item)); return true; }
        double f = 0;
        if (parse_float(item, 64, &f) != NumErr::None) {
          // convertNumber's error: saved, and the value is nil.
          type_error("number " + std::string(item), vm::basic_type(Kind::Float64), static_cast<int64_t>(off));
          *out = Value::zero();
          return true;
        }
        Value x;
        x.f = f;
        *out = iface_of(vm::basic_type(Kind::Float64), x);
        return true;
      }
    }
  }

  const TypeDesc* number_type() {
    if (!number_t) number_t = find_type(c, "json.Number");
    if (!number_t) {
      static vm::TypeDesc* nt = [] {
        auto* d = new vm::TypeDesc();
        d->kind = Kind::String;
        d->str = "json.Number";
        d->named = true;
        vm::finish_type(*d);
        return d;
      }();
      number_t = nt;
    }
    return number_t;
  }
  const TypeDesc* any_map() {
    if (!map_any) map_any = find_type(c, "map[string]interface {}");
    if (!map_any) {
      static vm::TypeDesc* mt = [] {
        auto* d = new vm::TypeDesc();
        d->kind = Kind::Map;
        d->str = "map[string]interface {}";
        d->key = vm::basic_type(Kind::String);
        d->elem = vm::any_type();
        vm::finish_type(*d);
        return d;
      }();
      map_any = mt;
    }
    return map_any;
  }
  const TypeDesc* any_slice() {
    if (!slice_any) slice_any = find_type(c, "[]interface {}");
    if (!slice_any) slice_any = slice_type_of(c, vm::any_type());
    return slice_any;
  }

  // valueInterface: the next value as an `any`.
  bool any_value(Value* out) {
    char ch = peek();
    if (++depth > kMaxDepth || !guard.room()) {
      text_error("json: exceeded max depth");
      skip();
      depth--;
      *out = Value::zero();
      return true;
    }
    bool ok = true;
    if (ch == '[') {
      off++;
      std::vector<Value> elems;
      if (peek() == ']') off++;
      else
        for (;;) {
          Value e;
          if (!any_value(&e)) return false;
          elems.push_back(e);
          char c2 = peek();
          off++;
          if (c2 != ',') break;
        }
      Obj* s = nullptr;
      vm::Fault f;
      vm::slice_make(vm::any_type(), static_cast<int64_t>(elems.size()), static_cast<int64_t>(elems.size()), &s, f);
      int64_t n;
      Value* slots = slice_data(s, &n);
      for (int64_t i = 0; i < n; ++i) slots[i] = elems[static_cast<size_t>(i)];
      *out = iface_of(any_slice(), Value::from_obj(s));
    } else if (ch == '{') {
      off++;
      Obj* m = vm::map_make(any_map(), 0);
      *out = iface_of(any_map(), Value::from_obj(m));
      if (peek() == '}') off++;
      else
        for (;;) {
          ws();
          std::string key = unquote_str(skip());
          ws();
          off++;
          Value e;
          if (!any_value(&e)) return false;
          vm::Fault f;
          vm::map_set(m, str_val(key), e, f);
          char c2 = peek();
          off++;
          if (c2 != ',') break;
        }
    } else {
      ok = literal_any(skip(), out);
    }
    depth--;
    return ok;
  }

  // literalStore.
  [[gnu::noinline]] bool literal(const Loc& v0, std::string_view item, bool from_quoted) {
    if (item.empty()) {
      text_error("json: invalid use of ,string struct tag, trying to unmarshal \"\" into " + v0.t->str);
      return true;
    }
    bool is_null = item[0] == 'n';
    Ind ind = indirect(v0, is_null);
    if (ind.u_type) return call_unmarshal(ind.u_type, ind.recv, "UnmarshalJSON", item);
    int64_t at = static_cast<int64_t>(off);
    if (ind.ut_type) {
      if (item[0] != '"') {
        if (from_quoted) {
          text_error("json: invalid use of ,string struct tag, trying to unmarshal " + quote(item) + " into " + ind.ut_type->elem->str);
          return true;
        }
        std::string val = item[0] == 'n' ? "null" : (item[0] == 't' || item[0] == 'f') ? "bool" : "number";
        type_error(val, ind.ut_type->elem, at);
        return true;
      }
      return call_unmarshal(ind.ut_type, ind.recv, "UnmarshalText", unquote_str(item));
    }
    Loc v = ind.v;
    const TypeDesc* t = v.t;
    auto quoted_misuse = [&] {
      text_error("json: invalid use of ,string struct tag, trying to unmarshal " + quote(item) + " into " + t->str);
      return true;
    };
    auto quoted_abort = [&] {
      return abort_text("json: invalid use of ,string struct tag, trying to unmarshal " + quote(item) + " into " + t->str);
    };
    switch (item[0]) {
      case 'n':
        if (from_quoted && item != "null") return quoted_misuse();
        switch (t->kind) {
          case Kind::Interface: case Kind::Pointer: case Kind::Map: case Kind::Slice:
            store(v, Value::zero());
            break;
          default: break;
        }
        return true;
      case 't': case 'f': {
        bool b = item[0] == 't';
        if (from_quoted && item != "true" && item != "false") return quoted_misuse();
        if (t->kind == Kind::Bool) store(v, bool_val(b));
        else if (empty_iface(t)) store(v, iface_of(vm::basic_type(Kind::Bool), bool_val(b)));
        else if (from_quoted) return quoted_misuse();
        else type_error("bool", t, at);
        return true;
      }
      case '"': {
        if (from_quoted) {
          // unquoteBytes fails on anything but one well-formed string literal.
          Checker ck{item};
          if (!ck.str() || ck.i != item.size()) return quoted_abort();
        }
        std::string s = unquote_str(item);
        if (t->kind == Kind::Slice && t->elem->kind == Kind::Uint8) {
          std::string b;
          int64_t bad = base64_decode(s, &b);
          if (bad >= 0) {
            text_error("illegal base64 data at input byte " + std::to_string(bad));
            return true;
          }
          store(v, Value::from_obj(make_bytes(b)));
        } else if (t->kind == Kind::String) {
          if (t->named && t->str == "json.Number") {
            Checker ck{s};
            if (s.empty() || !ck.num() || ck.i != s.size())
              return abort_text("json: invalid number literal, trying to unmarshal " + quote(item) + " into Number");
          }
          store(v, str_val(s));
        } else if (empty_iface(t)) {
          store(v, iface_of(vm::basic_type(Kind::String), str_val(s)));
        } else {
          type_error("string", t, at);
        }
        return true;
      }
      default: {
        char ch = item[0];
        if (ch != '-' && (ch < '0' || ch > '9')) {
          if (from_quoted) return quoted_abort();
          return abort_text("JSON decoder out of sync - data changing underfoot?");
        }
        std::string s(item);
        switch (t->kind) {
          case Kind::Interface: {
            if (!empty_iface(t)) { type_error("number", t, at); return true; }
            Value x;
            literal_any(item, &x);
            store(v, x);
            return true;
          }
          case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64: {
            Value n;
            if (!int_key(t, s, &n)) { type_error("number " + s, t, at); return true; }
            store(v, n);
            return true;
          }
          case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64:
          case Kind::Uintptr: {
            Value n;
            if (!int_key(t, s, &n)) { type_error("number " + s, t, at); return true; }
            store(v, n);
            return true;
          }
          case Kind::Float32: case Kind::Float64: {
            double f = 0;
            int bits = t->kind == Kind::Float32 ? 32 : 64;
            if (parse_float(s, bits, &f) != NumErr::None) { type_error("number " + s, t, at); return true; }
            Value x;
            x.f = bits == 32 ? static_cast<double>(static_cast<float>(f)) : f;
            store(v, x);
            return true;
          }
          default:
            if (t->kind == Kind::String && t->named && t->str == "json.Number") {
              store(v, str_val(s));
              return true;
            }
            if (from_quoted) return quoted_abort();
            type_error("number", t, at);
            return true;
        }
      }
    }
  }
};

// unmarshalNative(data []byte, v any, useNumber, disallowUnknown bool)
//   (kind int, value string, carrier any, offset int, strct, field string, err error)
NativeStatus unmarshal_native(NativeCtx& c) {
  std::string data = bytes_of(c.args[0].o);
  Obj* v = c.args[1].o;
  Decoder d(c, data);
  d.use_number = c.args[2].i != 0;
  d.disallow = c.args[3].i != 0;
  const TypeDesc* pt = vm::iface_type(v);
  if (pt && pt->kind == Kind::Pointer && vm::iface_data(v).o) {
    // The pointer itself is not settable (reflect.ValueOf(v)); what it points at is.
    Loc top{pt, v, 1, 0};
    d.value(top);
  }
  if (d.aborted && !d.panic_text.empty()) return panic_string(c, d.panic_text);
  Value* a = c.args;
  a[0].i = d.err_kind;
  a[1] = str_val(d.err_value);
  a[2] = Value::from_obj(d.err_kind == 1 && d.err_type ? vm::iface_new(d.ptrs.get(c, d.err_type), Value::zero()) : nullptr);
  a[3].i = d.err_off;
  a[4] = str_val(d.err_struct);
  a[5] = str_val(d.err_field);
  a[6] = Value::from_obj(d.err_err);
  return NativeStatus::Done;
}

}  // namespace

void add_json_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"encoding/json.marshalNative", marshal_native},
      {"encoding/json.unmarshalNative", unmarshal_native},
  });
}

}  // namespace gort::stdlib
