// engine/stdlib/io_natives.cpp — io.Copy, io.ReadAll, io.WriteString over io.h's reader/writer
// dispatch, and the methods of *strings.Reader (Read, ReadByte, ReadRune, Len, Size, Reset).
// Buffer sizes follow Go 1.19 (Copy: 32 KiB; ReadAll: 512 bytes, grown as append grows) so a
// user Read method sees the same calls as under Go.
#include "stdlib/io.h"
#include "stdlib/natives.h"
#include "stdlib/os_files.h"
#include "stdlib/std_types.h"
#include "stdlib/strconv_impl.h"

namespace gort::stdlib {
namespace {

// strings.Reader {s string; i int64}
std::string_view sr_rest(Obj* r) {
  Value* f = rt::obj_slots(r);
  std::string_view s = vm::str_view(f[0].o);
  size_t i = static_cast<size_t>(f[1].i);
  return i >= s.size() ? std::string_view() : s.substr(i);
}

}  // namespace

bool io_read(NativeCtx& c, Obj* r, int64_t cap, std::string* out, Obj** err, std::string* panic_text) {
  out->clear();
  *err = nullptr;
  const TypeDesc* t = vm::iface_type(r);
  if (!t) {
    *panic_text = "runtime error: invalid memory address or nil pointer dereference";
    return false;
  }
  Value d = vm::iface_data(r);
  if (t->kind == vm::Kind::Pointer && t->elem->str == "strings.Reader" && d.o) {
    std::string_view rest = sr_rest(d.o);
    if (rest.empty()) {
      *err = io_eof();
      return true;
    }
    size_t n = std::min<size_t>(rest.size(), static_cast<size_t>(cap));
    out->assign(rest.substr(0, n));
    rt::obj_slots(d.o)[1].i += static_cast<int64_t>(n);
    return true;
  }
  if (t->kind == vm::Kind::Pointer && t->elem->str == "os.File" && d.o && rt::obj_slots(d.o)[0].i == 0) {
    StdinBuffer& in = stdin_buffer();
    if (in.pending().empty() && !in.eof) {
      size_t got;
      stdin_fill(c, &got);  // (a lost P is only possible interactively; io.Copy from stdin is rare)
    }
    std::string_view p = in.pending();
    if (p.empty()) {
      *err = io_eof();
      return true;
    }
    size_t n = std::min<size_t>(p.size(), static_cast<size_t>(cap));
    out->assign(p.substr(0, n));
    in.consume(n);
    return true;
  }
  if (t->kind == vm::Kind::Pointer && t->elem->str == "os.File") {  // the run's files (closed: an error)
    vfs_file_read_into(d.o, cap, out, err);
    return true;
  }
  Obj* buf = nullptr;
  vm::Fault f;
  vm::slice_make(vm::basic_type(vm::Kind::Uint8), cap, cap, &buf, f);
  Value arg = Value::from_obj(buf), res[2];
  if (!call_method(c, t, d, "Read", &arg, 1, res, 2, panic_text)) {
    if (panic_text->empty()) *panic_text = "io: " + t->str + " has no Read method";
    return false;
  }
  int64_t n = res[0].i;
  if (n < 0 || n > cap) {
    *panic_text = "io: Read returned an invalid count";  // Go: errInvalidWrite-style panic
    return false;
  }
  std::string all = bytes_of(buf);
  out->assign(all, 0, static_cast<size_t>(n));
  *err = res[1].o;
  return true;
}

namespace {

NativeStatus io_copy(NativeCtx& c) {
  Obj* dst = c.args[0].o;
  Obj* src = c.args[1].o;
  int64_t written = 0;
  Obj* err = nullptr;
  for (;;) {
    std::string chunk, pt;
    Obj* rerr;
    if (!io_read(c, src, 32 * 1024, &chunk, &rerr, &pt)) return panic_string(c, pt);
    if (!chunk.empty()) {
      if (!io_write(c, dst, chunk, &pt)) return panic_string(c, pt);
      written += static_cast<int64_t>(chunk.size());
    }
    if (rerr) {
      if (rerr != io_eof()) {
        bool eq = false;
        vm::Fault f;
        vm::values_equal(vm::any_type(), Value::from_obj(rerr), Value::from_obj(io_eof()), &eq, f);
        if (!eq) err = rerr;
      }
      break;
    }
  }
  c.args[0].i = written;
  c.args[1] = Value::from_obj(err);
  return NativeStatus::Done;
}

NativeStatus io_read_all(NativeCtx& c) {
  Obj* r = c.args[0].o;
  std::string data;
  int64_t cap = 512;
  Obj* err = nullptr;
  for (;;) {
    if (static_cast<int64_t>(data.size()) == cap) cap = cap < 256 ? cap * 2 : cap + cap / 4 + 192;
    std::string chunk, pt;
    Obj* rerr;
    if (!io_read(c, r, cap - static_cast<int64_t>(data.size()), &chunk, &rerr, &pt)) return panic_string(c, pt);
    data += chunk;
    if (rerr) {
      bool eq = rerr == io_eof();
      if (!eq) {
        vm::Fault f;
        vm::values_equal(vm::any_type(), Value::from_obj(rerr), Value::from_obj(io_eof()), &eq, f);
      }
      if (!eq) err = rerr;
      break;
    }
  }
  c.args[0] = Value::from_obj(make_bytes(data));
  c.args[1] = Value::from_obj(err);
  return NativeStatus::Done;
}

NativeStatus io_write_string(NativeCtx& c) {
  std::string s(sv(c.args[1])), pt;
  if (!io_write(c, c.args[0].o, s, &pt)) return panic_string(c, pt);
  c.args[0].i = static_cast<int64_t>(s.size());
  c.args[1] = Value::zero();
  return NativeStatus::Done;
}

// ---- *strings.Reader ----
NativeStatus sr_len(NativeCtx& c) { c.args[0].i = static_cast<int64_t>(sr_rest(c.args[0].o).size()); return NativeStatus::Done; }
NativeStatus sr_size(NativeCtx& c) { c.args[0].i = vm::str_len(rt::obj_slots(c.args[0].o)[0].o); return NativeStatus::Done; }
NativeStatus sr_read(NativeCtx& c) {
  Obj* r = c.args[0].o;
  std::string_view rest = sr_rest(r);
  int64_t n;
  Value* dst = slice_data(c.args[1].o, &n);
  if (rest.empty()) {
    c.args[0].i = 0;
    c.args[1] = Value::from_obj(io_eof());
    return NativeStatus::Done;
  }
  int64_t k = std::min<int64_t>(n, static_cast<int64_t>(rest.size()));
  for (int64_t i = 0; i < k; ++i) dst[i].i = static_cast<uint8_t>(rest[i]);
  rt::obj_slots(r)[1].i += k;
  c.args[0].i = k;
  c.args[1] = Value::zero();
  return NativeStatus::Done;
}
NativeStatus sr_read_byte(NativeCtx& c) {
  Obj* r = c.args[0].o;
  std::string_view rest = sr_rest(r);
  if (rest.empty()) {
    c.args[0].i = 0;
    c.args[1] = Value::from_obj(io_eof());
    return NativeStatus::Done;
  }
  rt::obj_slots(r)[1].i += 1;
  c.args[0].i = static_cast<uint8_t>(rest[0]);
  c.args[1] = Value::zero();
  return NativeStatus::Done;
}
NativeStatus sr_read_rune(NativeCtx& c) {
  Obj* r = c.args[0].o;
  std::string_view rest = sr_rest(r);
  if (rest.empty()) {
    c.args[0].i = 0;
    c.args[1].i = 0;
    c.args[2] = Value::from_obj(io_eof());
    return NativeStatus::Done;
  }
  int w;
  int32_t ch = static_cast<uint8_t>(rest[0]) < 0x80 ? (w = 1, rest[0]) : decode_rune(rest, &w);
  rt::obj_slots(r)[1].i += w;
  c.args[0].i = ch;
  c.args[1].i = w;
  c.args[2] = Value::zero();
  return NativeStatus::Done;
}
NativeStatus sr_reset(NativeCtx& c) {
  Value* f = rt::obj_slots(c.args[0].o);
  f[0] = c.args[1];
  f[1].i = 0;
  return NativeStatus::Done;
}

// io's error variables other than EOF/ErrUnexpectedEOF (log_natives.cpp): one permanent value
// each, so err == io.ErrShortWrite holds wherever a Go-source package returns it.
NativeStatus io_err_short_write(NativeCtx& c) {
  static Obj* e = permanent_error("short write");
  c.args[0] = Value::from_obj(e);
  return NativeStatus::Done;
}
NativeStatus io_err_short_buffer(NativeCtx& c) {
  static Obj* e = permanent_error("short buffer");
  c.args[0] = Value::from_obj(e);
  return NativeStatus::Done;
}
NativeStatus io_err_no_progress(NativeCtx& c) {
  static Obj* e = permanent_error("multiple Read calls return no data or error");
  c.args[0] = Value::from_obj(e);
  return NativeStatus::Done;
}
NativeStatus io_err_closed_pipe(NativeCtx& c) {
  static Obj* e = permanent_error("io: read/write on closed pipe");
  c.args[0] = Value::from_obj(e);
  return NativeStatus::Done;
}

}  // namespace

void add_io_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"io.ErrShortWrite", io_err_short_write}, {"io.ErrShortBuffer", io_err_short_buffer},
      {"io.ErrNoProgress", io_err_no_progress}, {"io.ErrClosedPipe", io_err_closed_pipe},
      {"io.Copy", io_copy}, {"io.ReadAll", io_read_all}, {"io.WriteString", io_write_string},
      {"(*strings.Reader).Len", sr_len}, {"(*strings.Reader).Size", sr_size},
      {"(*strings.Reader).Read", sr_read}, {"(*strings.Reader).ReadByte", sr_read_byte},
      {"(*strings.Reader).ReadRune", sr_read_rune}, {"(*strings.Reader).Reset", sr_reset},
  });
}

}  // namespace gort::stdlib
