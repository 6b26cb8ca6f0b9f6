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




// ---- *strings.Reader ----
NativeStatus sr_len(NativeCtx& c) { c.args[0].i = static_cast<int64_t>(sr_rest(c.args[0].o).size()); return NativeStatus::Done; }
NativeStatus sr_size(NativeCtx& c) { c.args[0].i = vm::str_len(rt::obj_slots(c.args[0].o)[0].o); return NativeStatus::Done; }
// (*strings.Reader).ReadAt/Seek/UnreadByte, with Go 1.19's error texts.
NativeStatus sr_read_at(NativeCtx& c) {
  std::string_view s = vm::str_view(rt::obj_slots(c.args[0].o)[0].o);
  int64_t off = c.args[2].i, n = vm::slice_len(c.args[1].o);
  Obj* dst = c.args[1].o;
  if (off < 0) {
    c.args[0].i = 0;
    c.args[1] = Value::from_obj(new_error("strings.Reader.ReadAt: negative offset"));
    return NativeStatus::Done;
  }
  if (off >= static_cast<int64_t>(s.size())) {
    c.args[0].i = 0;
    c.args[1] = Value::from_obj(io_eof());
    return NativeStatus::Done;
  }
  int64_t k = std::min<int64_t>(n, static_cast<int64_t>(s.size()) - off);
  vm::slice_put_bytes(dst, 0, s.data() + off, k);
  c.args[0].i = k;
  c.args[1] = Value::from_obj(k < n ? io_eof() : nullptr);
  return NativeStatus::Done;
}
NativeStatus sr_seek(NativeCtx& c) {
  Value* f = rt::obj_slots(c.args[0].o);
  int64_t size = vm::str_len(f[0].o), offset = c.args[1].i, abs;
  switch (c.args[2].i) {
    case 0: abs = offset; break;
    case 1: abs = f[1].i + offset; break;
    case 2: abs = size + offset; break;
    default:
      c.args[0].i = 0;
      c.args[1] = Value::from_obj(new_error("strings.Reader.Seek: invalid whence"));
      return NativeStatus::Done;
  }
  if (abs < 0) {
    c.args[0].i = 0;
    c.args[1] = Value::from_obj(new_error("strings.Reader.Seek: negative position"));
    return NativeStatus::Done;
  }
  f[1].i = abs;
  c.args[0].i = abs;
  c.args[1] = Value::zero();
  return NativeStatus::Done;
}
NativeStatus sr_unread_byte(NativeCtx& c) {
  Value* f = rt::obj_slots(c.args[0].o);
  if (f[1].i <= 0) {
    c.args[0] = Value::from_obj(new_error("strings.Reader.UnreadByte: at beginning of string"));
    return NativeStatus::Done;
  }
  f[1].i -= 1;
  c.args[0] = Value::zero();
  return NativeStatus::Done;
}
NativeStatus sr_read(NativeCtx& c) {
  Obj* r = c.args[0].o;
  std::string_view rest = sr_rest(r);
  int64_t n = vm::slice_len(c.args[1].o);
  Obj* dst = c.args[1].o;
  if (rest.empty()) {
    c.args[0].i = 0;
    c.args[1] = Value::from_obj(io_eof());
    return NativeStatus::Done;
  }
  int64_t k = std::min<int64_t>(n, static_cast<int64_t>(rest.size()));
  vm::slice_put_bytes(dst, 0, rest.data(), k);
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

// io.ioError(which): the Go-written io package's exported error variables (ErrShortWrite,
// ErrShortBuffer, EOF, ErrUnexpectedEOF, ErrNoProgress, ErrClosedPipe: 0..5) are these
// permanent values, the ones natives return, so err == io.EOF holds across both.
NativeStatus io_error(NativeCtx& c) {
  static Obj* const short_write = permanent_error("short write");
  static Obj* const short_buffer = permanent_error("short buffer");
  static Obj* const no_progress = permanent_error("multiple Read calls return no data or error");
  static Obj* const closed_pipe = permanent_error("io: read/write on closed pipe");
  Obj* const values[] = {short_write, short_buffer, io_eof(), io_unexpected_eof(), no_progress, closed_pipe};
  int64_t which = c.args[0].i;
  c.args[0] = Value::from_obj(values[which >= 0 && which < 6 ? which : 5]);
  return NativeStatus::Done;
}

}  // namespace

void add_io_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"io.ioError", io_error},
      {"(*strings.Reader).Len", sr_len}, {"(*strings.Reader).Size", sr_size},
      {"(*strings.Reader).Read", sr_read},
      {"(*strings.Reader).ReadAt", sr_read_at}, {"(*strings.Reader).Seek", sr_seek},
      {"(*strings.Reader).UnreadByte", sr_unread_byte}, {"(*strings.Reader).ReadByte", sr_read_byte},
      {"(*strings.Reader).ReadRune", sr_read_rune}, {"(*strings.Reader).Reset", sr_reset},
  });
}

}  // namespace gort::stdlib
