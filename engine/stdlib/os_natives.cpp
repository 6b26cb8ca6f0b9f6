// engine/stdlib/os_natives.cpp — package os (Stdin/Stdout/Stderr as *os.File, Args, Exit,
// Getenv, File methods) and the shared stdin buffer / writer dispatch of io.h.
#include <mutex>

#include "stdlib/io.h"
#include "stdlib/natives.h"
#include "stdlib/os_files.h"
#include "stdlib/std_types.h"

namespace gort::stdlib {
namespace {

size_t (*g_stdin_read)(char*, size_t) = nullptr;
std::vector<std::string> g_args = {"/tmp/prog"};
StdinBuffer g_stdin;
std::mutex g_stdin_mu;  // Gs on different Ms may read stdin at once (a Go data race on
                        // os.Stdin anyway, but the buffer must not be corrupted)

int64_t file_fd(Obj* f) { return os_file_fd(f); }

// os.Stdin/Stdout/Stderr: one permanent *os.File each (os.File {fd; name; appendMode}), so
// `w == os.Stdout` holds as in Go; each run starts with them open again (reset_std_files).
Obj* g_std_files[3] = {};
std::once_flag g_std_files_once;
Obj* std_file(int fd) {
  std::call_once(g_std_files_once, [] {
    static const char* const names[] = {"/dev/stdin", "/dev/stdout", "/dev/stderr"};
    for (int i = 0; i < 3; ++i) {
      g_std_files[i] = pinned_object(3 * sizeof(Value));
      NoPAllocs pin(true);  // the name string is permanent too (the object is never traced)
      rt::obj_slots(g_std_files[i])[1] = Value::from_obj(new_string(names[i]));
    }
  });
  return g_std_files[fd];
}
void reset_std_files() {
  for (int i = 0; i < 3; ++i) {
    Value* f = rt::obj_slots(std_file(i));
    f[0].i = i;
    f[2] = Value::zero();
  }
}
NativeStatus os_stdin(NativeCtx& c) { c.args[0] = Value::from_obj(std_file(0)); return NativeStatus::Done; }
NativeStatus os_stdout(NativeCtx& c) { c.args[0] = Value::from_obj(std_file(1)); return NativeStatus::Done; }
NativeStatus os_stderr(NativeCtx& c) { c.args[0] = Value::from_obj(std_file(2)); return NativeStatus::Done; }

NativeStatus os_args(NativeCtx& c) { c.args[0] = Value::from_obj(make_string_slice(g_args)); return NativeStatus::Done; }

NativeStatus os_exit_native(NativeCtx& c) {
  rt::os_exit(static_cast<int>(c.args[0].i));
  // The program is ending; this G must not run any further Go code.
  if (c.g && rt::block_forever(*c.g, "exit") == rt::Op::Park) return NativeStatus::Park;
  return NativeStatus::Yield;
}

NativeStatus file_write_bytes(NativeCtx& c, std::string_view b) {
  int64_t fd = c.args[0].o ? file_fd(c.args[0].o) : -1;
  if (fd == 1 || fd == 2) {
    vm::write_output(c.g, static_cast<int>(fd), b);
    c.args[0] = int_val(static_cast<int64_t>(b.size()));
    c.args[1] = Value::zero();
    return NativeStatus::Done;
  }
  return vfs_file_write(c, c.args[0].o, b);  // a file of the run's file system, closed, or stdin
}
NativeStatus file_write(NativeCtx& c) { return file_write_bytes(c, bytes_of(c.args[1].o)); }
NativeStatus file_write_string(NativeCtx& c) { return file_write_bytes(c, sv(c.args[1])); }

// (*os.File).Read(b): stdin only; blocks for at least one byte (or EOF).
NativeStatus file_read(NativeCtx& c) {
  int64_t fd = file_fd(c.args[0].o);
  Obj* b = c.args[1].o;
  int64_t n;
  n = vm::slice_len(b);
  if (fd != 0 || !c.args[0].o) return vfs_file_read(c, c.args[0].o, b);
  bool have_p = true;
  if (stdin_buffer().pending().empty() && !stdin_buffer().eof && n > 0) {
    size_t got;
    have_p = stdin_fill(c, &got);
  }
  std::lock_guard<std::mutex> lk(g_stdin_mu);
  std::string_view p = g_stdin.pending();
  int64_t k = std::min<int64_t>(n, static_cast<int64_t>(p.size()));
  vm::slice_put_bytes(b, 0, p.data(), k);
  g_stdin.pos += static_cast<size_t>(k);
  c.args[0] = int_val(k);
  c.args[1] = Value::from_obj(k == 0 && n > 0 ? io_eof() : nullptr);
  return have_p ? NativeStatus::Done : NativeStatus::NoP;
}


}  // namespace

void StdinBuffer::consume(size_t n) {
  pos += n;
  // Keep the last few bytes read, so bufio's UnreadByte/UnreadRune can step back over them.
  constexpr size_t kKeep = 4;
  if (pos > 4096 && pos * 2 > data.size()) {
    data.erase(0, pos - kKeep);
    pos = kKeep;
  }
}

StdinBuffer& stdin_buffer() { return g_stdin; }

bool stdin_fill(NativeCtx& c, size_t* got) {
  *got = 0;
  if (g_stdin.eof) return true;
  char buf[4096];
  size_t n = 0;
  if (g_stdin_read) {
    if (c.g) rt::entersyscall(*c.g);
    n = g_stdin_read(buf, sizeof buf);
  }
  {
    std::lock_guard<std::mutex> lk(g_stdin_mu);
    if (n == 0) g_stdin.eof = true;
    else g_stdin.data.append(buf, n);
  }
  *got = n;
  if (g_stdin_read && c.g) return rt::exitsyscall(*c.g);
  return true;
}

void set_stdin_reader(size_t (*read)(char* buf, size_t cap)) {
  g_stdin_read = read;
  {
    std::lock_guard<std::mutex> lk(g_stdin_mu);
    g_stdin = StdinBuffer{};
  }
  // A new run begins (engine.cpp calls this first): forget the previous run's package state.
  reset_sync_state();
  reset_bufio_state();
  reset_std_files();
}

void set_args(std::vector<std::string> args) { g_args = std::move(args); }

bool io_write(NativeCtx& c, Obj* w, std::string_view bytes, std::string* panic_text) {
  const TypeDesc* t = vm::iface_type(w);
  if (!t) {
    *panic_text = "runtime error: invalid memory address or nil pointer dereference";
    return false;
  }
  Value d = vm::iface_data(w);
  if (t->kind == vm::Kind::Pointer && t->elem->str == "os.File") {
    int64_t fd = d.o ? file_fd(d.o) : -1;
    if (fd == 1 || fd == 2) vm::write_output(c.g, static_cast<int>(fd), bytes);
    else if (fd >= 3) {
      Obj* err;
      vfs_file_write_raw(d.o, bytes, &err);  // (io.Copy/Fprintf ignore a file's write error here)
    }
    return true;
  }
  if (t->kind == vm::Kind::Pointer && t->elem->str == "strings.Builder" && d.o) {
    Value* s = rt::obj_slots(d.o);
    Obj* tmp = vm::str_new(bytes);
    s[0].o = vm::slice_append_str(s[0].o, tmp);
    return true;
  }
  Value arg = Value::from_obj(make_bytes(bytes));
  Value res[2];
  std::string pt;
  if (!call_method(c, t, d, "Write", &arg, 1, res, 2, &pt)) {
    *panic_text = pt.empty() ? "fmt: writer " + t->str + " has no Write method" : pt;
    return false;
  }
  return true;
}

bool is_strings_reader(Obj* r) {
  const TypeDesc* t = vm::iface_type(r);
  return t && t->kind == vm::Kind::Pointer && t->elem->str == "strings.Reader";
}

void add_os_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"os.Stdin", os_stdin}, {"os.Stdout", os_stdout}, {"os.Stderr", os_stderr},
      {"os.Args", os_args}, {"os.Exit", os_exit_native},
      {"(*os.File).Write", file_write}, {"(*os.File).WriteString", file_write_string},
      {"(*os.File).Read", file_read},
  });
}

}  // namespace gort::stdlib
