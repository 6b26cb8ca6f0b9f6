// engine/stdlib/os_file_natives.cpp — package os over the run's in-memory file system
// (stdlib/vfs): Open/Create/OpenFile, ReadFile/WriteFile, Mkdir(All/Temp), CreateTemp,
// ReadDir, Stat/Lstat, Remove(All), Rename, Chdir/Getwd, Chmod, Truncate, the *os.File
// methods, the per-run environment and Hostname; io/fs's FileMode, *PathError and error
// values; syscall.Errno (the Err inside a PathError). Error wrapping and the algorithms of
// MkdirAll, RemoveAll, MkdirTemp/CreateTemp and Rename's pre-check are ported from Go 1.19's
// os package (BSD-licensed, Copyright The Go Authors) so messages match
// (`open /nope: no such file or directory`).
#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>

#include "stdlib/io.h"
#include "stdlib/natives.h"
#include "stdlib/os_files.h"
#include "stdlib/std_types.h"

namespace gort::stdlib {

namespace {

// A time.Time {wall ns, mono -1 = no monotonic reading} for ModTime.
Obj* vfs_time_obj(int64_t wall_ns) {
  Obj* t = vm::agg_new(time_time());
  rt::obj_slots(t)[0].i = wall_ns;
  rt::obj_slots(t)[1].i = -1;
  return t;
}

using vm::Kind;
using namespace desc;
using namespace vfs;

std::mutex g_mu;  // guards g_fs / g_env replacement and g_env
std::unique_ptr<FileSystem> g_fs;
std::map<std::string, std::string> g_env;
uint32_t g_rand = 1;

std::map<std::string, std::string> default_env() {
  return {{"HOME", kRunCwd}, {"PATH", "/usr/local/go/bin:/usr/bin:/bin"}, {"USER", "user"}};
}

const TypeDesc* T(Kind k) { return vm::basic_type(k); }

// ---- error values ----
enum FsErr { kInvalid, kPermission, kExist, kNotExist, kClosed };
Obj* fs_err(FsErr k) {
  static Obj* e[] = {permanent_error("invalid argument"), permanent_error("permission denied"),
                     permanent_error("file already exists"), permanent_error("file does not exist"),
                     permanent_error("file already closed")};
  return e[k];
}
Obj* skip_dir() { static Obj* e = permanent_error("skip this directory"); return e; }
Obj* skip_all() { static Obj* e = permanent_error("skip everything and stop the walk"); return e; }

NativeStatus errno_error(NativeCtx& c) { c.args[0] = str_val(errno_text(static_cast<int>(c.args[0].i))); return NativeStatus::Done; }
NativeStatus errno_is(NativeCtx& c) {
  int64_t e = c.args[0].i;
  Obj* t = c.args[1].o;
  bool r = (t == fs_err(kPermission) && (e == EACCES_ || e == EPERM_)) ||
           (t == fs_err(kExist) && (e == EEXIST_ || e == ENOTEMPTY_)) ||
           (t == fs_err(kNotExist) && e == ENOENT_);
  c.args[0] = bool_val(r);
  return NativeStatus::Done;
}
NativeStatus errno_false(NativeCtx& c) { c.args[0] = bool_val(false); return NativeStatus::Done; }

const TypeDesc* errno_type() {
  static const TypeDesc* t = [] {
    auto* d = new TypeDesc();
    d->kind = Kind::Uintptr;
    d->str = "syscall.Errno";
    d->named = true;
    d->methods = {M("Error", errno_error, false, sig_string()), M("Is", errno_is, false),
                  M("Temporary", errno_false, false, sig_bool()), M("Timeout", errno_false, false, sig_bool())};
    vm::finish_type(*d);
    return d;
  }();
  return t;
}
Obj* errno_obj(int e) { return vm::iface_new(errno_type(), Value::from_int(e)); }

std::string error_text(NativeCtx& c, Obj* e) {
  if (!e) return "<nil>";
  MethodResult r;
  if (call_method0(c, vm::iface_type(e), vm::iface_data(e), "Error", &r) && r.ok) return std::string(vm::str_view(r.value.o));
  return "";
}

// *fs.PathError {Op, Path string; Err error}
NativeStatus patherror_error(NativeCtx& c) {
  if (!c.args[0].o) return panic_runtime(c, "runtime error: invalid memory address or nil pointer dereference");
  Value* s = rt::obj_slots(c.args[0].o);
  std::string out = std::string(vm::str_view(s[0].o)) + " " + std::string(vm::str_view(s[1].o)) + ": ";
  out += error_text(c, s[2].o);
  c.args[0] = str_val(out);
  return NativeStatus::Done;
}
NativeStatus patherror_unwrap(NativeCtx& c) {
  if (!c.args[0].o) return panic_runtime(c, "runtime error: invalid memory address or nil pointer dereference");
  c.args[0] = rt::obj_slots(c.args[0].o)[2];
  return NativeStatus::Done;
}
NativeStatus patherror_timeout(NativeCtx& c) { c.args[0] = bool_val(false); return NativeStatus::Done; }
const TypeDesc* patherror_ptr() {
  static const TypeDesc* t = make_ptr(
      make_struct("fs.PathError", {F("Op", T(Kind::String), true), F("Path", T(Kind::String), true),
                                   F("Err", vm::error_type(), true)}),
      {M("Error", patherror_error, true, sig_string()), M("Timeout", patherror_timeout, true, sig_bool()), M("Unwrap", patherror_unwrap, true, sig_error())});
  return t;
}
Obj* path_error(std::string_view op, std::string_view path, Obj* err) {
  Obj* st = vm::agg_new(patherror_ptr()->elem);
  Value* s = rt::obj_slots(st);
  s[0].o = vm::str_new(op);
  s[1].o = vm::str_new(path);
  s[2].o = err;
  return vm::iface_new(patherror_ptr(), Value::from_obj(st));
}

// *os.LinkError {Op, Old, New string; Err error}
NativeStatus linkerror_error(NativeCtx& c) {
  Value* s = rt::obj_slots(c.args[0].o);
  std::string out = std::string(vm::str_view(s[0].o)) + " " + std::string(vm::str_view(s[1].o)) + " " +
                    std::string(vm::str_view(s[2].o)) + ": " + error_text(c, s[3].o);
  c.args[0] = str_val(out);
  return NativeStatus::Done;
}
NativeStatus linkerror_unwrap(NativeCtx& c) { c.args[0] = rt::obj_slots(c.args[0].o)[3]; return NativeStatus::Done; }
const TypeDesc* linkerror_ptr() {
  static const TypeDesc* t = make_ptr(
      make_struct("os.LinkError", {F("Op", T(Kind::String), true), F("Old", T(Kind::String), true),
                                   F("New", T(Kind::String), true), F("Err", vm::error_type(), true)}),
      {M("Error", linkerror_error, true, sig_string()), M("Unwrap", linkerror_unwrap, true, sig_error())});
  return t;
}
Obj* link_error(std::string_view op, std::string_view a, std::string_view b, Obj* err) {
  Obj* st = vm::agg_new(linkerror_ptr()->elem);
  Value* s = rt::obj_slots(st);
  s[0].o = vm::str_new(op);
  s[1].o = vm::str_new(a);
  s[2].o = vm::str_new(b);
  s[3].o = err;
  return vm::iface_new(linkerror_ptr(), Value::from_obj(st));
}

// os's underlyingError + the comparisons of IsNotExist/IsExist/IsPermission.
bool underlying_is(Obj* err, FsErr k) {
  if (!err) return false;
  const TypeDesc* t = vm::iface_type(err);
  if (t == patherror_ptr() || t->str == "*fs.PathError") err = rt::obj_slots(vm::iface_data(err).o)[2].o;
  else if (t == linkerror_ptr()) err = rt::obj_slots(vm::iface_data(err).o)[3].o;
  if (!err) return false;
  if (err == fs_err(k)) return true;
  t = vm::iface_type(err);
  if (t->str != "syscall.Errno") return false;
  int64_t e = vm::iface_data(err).i;
  switch (k) {
    case kNotExist: return e == ENOENT_;
    case kExist: return e == EEXIST_ || e == ENOTEMPTY_;
    case kPermission: return e == EACCES_ || e == EPERM_;
    default: return false;
  }
}

// ---- fs.FileMode ----
std::string filemode_string(uint32_t m) {
  static const char str[] = "dalTLDpSugct?";
  std::string buf;
  for (int i = 0; str[i]; ++i)
    if (m & (1u << (31 - i))) buf += str[i];
  if (buf.empty()) buf += '-';
  static const char rwx[] = "rwxrwxrwx";
  for (int i = 0; i < 9; ++i) buf += (m & (1u << (8 - i))) ? rwx[i] : '-';
  return buf;
}
constexpr uint32_t kModeType = 0x8F280000u;  // Dir|Symlink|NamedPipe|Socket|Device|CharDevice|Irregular
NativeStatus fm_string(NativeCtx& c) { c.args[0] = str_val(filemode_string(static_cast<uint32_t>(c.args[0].i))); return NativeStatus::Done; }
NativeStatus fm_isdir(NativeCtx& c) { c.args[0] = bool_val((c.args[0].i & kModeDir) != 0); return NativeStatus::Done; }
NativeStatus fm_isregular(NativeCtx& c) { c.args[0] = bool_val((c.args[0].i & kModeType) == 0); return NativeStatus::Done; }
NativeStatus fm_perm(NativeCtx& c) { c.args[0].i &= 0777; return NativeStatus::Done; }
NativeStatus fm_type(NativeCtx& c) { c.args[0].i &= kModeType; return NativeStatus::Done; }
const TypeDesc* filemode_type() {
  static const TypeDesc* t = [] {
    auto* d = new TypeDesc();
    d->kind = Kind::Uint32;
    d->str = "fs.FileMode";
    d->named = true;
    d->methods = {M("IsDir", fm_isdir, false, sig_bool()), M("IsRegular", fm_isregular, false, sig_bool()), M("Perm", fm_perm, false),
                  M("String", fm_string, false, sig_string()), M("Type", fm_type, false)};
    vm::finish_type(*d);
    return d;
  }();
  return t;
}

// ---- *os.fileStat {name string; size int64; mode FileMode; mtime int64; ino int64} ----
enum { kFsName, kFsSize, kFsMode, kFsMtime, kFsIno };
NativeStatus fi_name(NativeCtx& c) { c.args[0] = rt::obj_slots(c.args[0].o)[kFsName]; return NativeStatus::Done; }
NativeStatus fi_size(NativeCtx& c) { c.args[0] = rt::obj_slots(c.args[0].o)[kFsSize]; return NativeStatus::Done; }
NativeStatus fi_mode(NativeCtx& c) { c.args[0] = rt::obj_slots(c.args[0].o)[kFsMode]; return NativeStatus::Done; }
NativeStatus fi_isdir(NativeCtx& c) { c.args[0] = bool_val((rt::obj_slots(c.args[0].o)[kFsMode].i & kModeDir) != 0); return NativeStatus::Done; }
NativeStatus fi_modtime(NativeCtx& c) { c.args[0] = Value::from_obj(vfs_time_obj(rt::obj_slots(c.args[0].o)[kFsMtime].i)); return NativeStatus::Done; }
NativeStatus fi_sys(NativeCtx& c) { c.args[0] = Value::zero(); return NativeStatus::Done; }
const TypeDesc* filestat_ptr() {
  static const TypeDesc* t = make_ptr(
      make_struct("os.fileStat", {F("name", T(Kind::String)), F("size", T(Kind::Int64)), F("mode", filemode_type()),
                                  F("modTime", T(Kind::Int64)), F("ino", T(Kind::Int64))}),
      {M("IsDir", fi_isdir, true, sig_bool()), M("ModTime", fi_modtime), M("Mode", fi_mode), M("Name", fi_name, true, sig_string()), M("Size", fi_size),
       M("Sys", fi_sys)});
  return t;
}
std::string basename(std::string_view name) {
  size_t i = name.size();
  while (i > 0 && name[i - 1] == '/') --i;  // trailing slashes
  name = name.substr(0, i);
  size_t j = name.rfind('/');
  if (j != std::string_view::npos) name = name.substr(j + 1);
  return std::string(name.empty() && i == 0 && j == std::string_view::npos ? std::string_view("/") : name);
}
Obj* file_info(std::string_view name, const vfs::Stat& st) {
  Obj* o = vm::agg_new(filestat_ptr()->elem);
  Value* s = rt::obj_slots(o);
  s[kFsName].o = vm::str_new(name);
  s[kFsSize].i = st.size;
  s[kFsMode].i = st.mode;
  s[kFsMtime].i = st.mtime_ns;
  s[kFsIno].i = static_cast<int64_t>(st.ino);
  return vm::iface_new(filestat_ptr(), Value::from_obj(o));
}

const TypeDesc* iface_desc(const char* name, std::vector<const char*> methods) {
  auto* d = new TypeDesc();
  d->kind = Kind::Interface;
  d->str = name;
  d->named = true;
  for (const char* m : methods) d->methods.push_back(M(m, nullptr));
  vm::finish_type(*d);
  return d;
}
const TypeDesc* fileinfo_iface() {
  static const TypeDesc* t = iface_desc("fs.FileInfo", {"IsDir", "ModTime", "Mode", "Name", "Size", "Sys"});
  return t;
}
const TypeDesc* direntry_iface() {
  static const TypeDesc* t = iface_desc("fs.DirEntry", {"Info", "IsDir", "Name", "Type"});
  return t;
}

// ---- *os.unixDirent {name string; typ FileMode; info FileInfo} ----
NativeStatus de_name(NativeCtx& c) { c.args[0] = rt::obj_slots(c.args[0].o)[0]; return NativeStatus::Done; }
NativeStatus de_isdir(NativeCtx& c) { c.args[0] = bool_val((rt::obj_slots(c.args[0].o)[1].i & kModeDir) != 0); return NativeStatus::Done; }
NativeStatus de_type(NativeCtx& c) { c.args[0].i = rt::obj_slots(c.args[0].o)[1].i & kModeType; return NativeStatus::Done; }
NativeStatus de_info(NativeCtx& c) {
  c.args[0] = rt::obj_slots(c.args[0].o)[2];
  c.args[1] = Value::zero();
  return NativeStatus::Done;
}
const TypeDesc* dirent_ptr() {
  static const TypeDesc* t = make_ptr(
      make_struct("os.unixDirent", {F("name", T(Kind::String)), F("typ", filemode_type()), F("info", fileinfo_iface())}),
      {M("Info", de_info), M("IsDir", de_isdir, true, sig_bool()), M("Name", de_name, true, sig_string()), M("Type", de_type)});
  return t;
}
Obj* dir_entry(std::string_view name, const vfs::Stat& st) {
  Obj* o = vm::agg_new(dirent_ptr()->elem);
  Value* s = rt::obj_slots(o);
  s[0].o = vm::str_new(name);
  s[1].i = st.mode;
  s[2].o = file_info(name, st);
  return vm::iface_new(dirent_ptr(), Value::from_obj(o));
}

// ---- results ----
void ret_err(NativeCtx& c, int slot, Obj* err) { c.args[slot] = Value::from_obj(err); }
std::string arg_str(NativeCtx& c, int i) { return std::string(sv(c.args[i])); }

std::string getenv_locked(const std::string& k, bool* ok) {
  auto it = g_env.find(k);
  *ok = it != g_env.end();
  return *ok ? it->second : std::string();
}
std::string temp_dir() {
  std::lock_guard<std::mutex> lk(g_mu);
  bool ok;
  std::string d = getenv_locked("TMPDIR", &ok);
  return d.empty() ? "/tmp" : d;
}
std::string next_random() {
  std::lock_guard<std::mutex> lk(g_mu);
  g_rand = g_rand * 1664525u + 1013904223u;  // names only need to differ
  return std::to_string(g_rand);
}

// ---- os functions ----
Obj* do_open(NativeCtx& c, const std::string& name, int flags, uint32_t perm, Obj** err) {
  int fd;
  if (int e = run_fs().open(name, flags, perm, &fd)) {
    *err = path_errno("open", name, e);
    return nullptr;
  }
  *err = nullptr;
  (void)c;
  Obj* f = new_os_file(fd, name);
  rt::obj_slots(f)[2].i = (flags & kO_APPEND) != 0;
  return f;
}
NativeStatus os_open_file(NativeCtx& c) {
  Obj* err;
  Obj* f = do_open(c, arg_str(c, 0), static_cast<int>(c.args[1].i), static_cast<uint32_t>(c.args[2].i), &err);
  c.args[0] = Value::from_obj(f);
  ret_err(c, 1, err);
  return NativeStatus::Done;
}
NativeStatus os_open(NativeCtx& c) {
  Obj* err;
  Obj* f = do_open(c, arg_str(c, 0), kO_RDONLY, 0, &err);
  c.args[0] = Value::from_obj(f);
  ret_err(c, 1, err);
  return NativeStatus::Done;
}
NativeStatus os_create(NativeCtx& c) {
  Obj* err;
  Obj* f = do_open(c, arg_str(c, 0), kO_RDWR | kO_CREAT | kO_TRUNC, 0666, &err);
  c.args[0] = Value::from_obj(f);
  ret_err(c, 1, err);
  return NativeStatus::Done;
}
NativeStatus os_read_file(NativeCtx& c) {
  std::string name = arg_str(c, 0);
  int fd;
  if (int e = run_fs().open(name, kO_RDONLY, 0, &fd)) {
    c.args[0] = Value::zero();
    ret_err(c, 1, path_errno("open", name, e));
    return NativeStatus::Done;
  }
  std::string data;
  char buf[8192];
  size_t got;
  int e;
  while ((e = run_fs().read(fd, buf, sizeof buf, &got)) == kOk && got > 0) data.append(buf, got);
  run_fs().close(fd);
  c.args[0] = Value::from_obj(make_bytes(data));
  ret_err(c, 1, e ? path_errno("read", name, e) : nullptr);
  return NativeStatus::Done;
}
NativeStatus os_write_file(NativeCtx& c) {
  std::string name = arg_str(c, 0);
  std::string data = bytes_of(c.args[1].o);
  int fd;
  if (int e = run_fs().open(name, kO_WRONLY | kO_CREAT | kO_TRUNC, static_cast<uint32_t>(c.args[2].i), &fd)) {
    ret_err(c, 0, path_errno("open", name, e));
    return NativeStatus::Done;
  }
  size_t n;
  int e = run_fs().write(fd, data.data(), data.size(), &n);
  run_fs().close(fd);
  ret_err(c, 0, e ? path_errno("write", name, e) : nullptr);
  return NativeStatus::Done;
}
NativeStatus os_mkdir(NativeCtx& c) {
  std::string name = arg_str(c, 0);
  int e = run_fs().mkdir(name, static_cast<uint32_t>(c.args[1].i));
  ret_err(c, 0, e ? path_errno("mkdir", name, e) : nullptr);
  return NativeStatus::Done;
}
Obj* mkdir_all(const std::string& path, uint32_t perm) {
  vfs::Stat st;
  if (run_fs().stat(path, &st) == kOk) return st.is_dir() ? nullptr : path_errno("mkdir", path, ENOTDIR_);
  size_t i = path.size();
  while (i > 0 && path[i - 1] == '/') --i;
  size_t j = i;
  while (j > 0 && path[j - 1] != '/') --j;
  if (j > 1)
    if (Obj* err = mkdir_all(path.substr(0, j - 1), perm)) return err;
  if (int e = run_fs().mkdir(path, perm)) {
    if (run_fs().stat(path, &st) == kOk && st.is_dir()) return nullptr;  // "foo/."
    return path_errno("mkdir", path, e);
  }
  return nullptr;
}
NativeStatus os_mkdir_all(NativeCtx& c) {
  ret_err(c, 0, mkdir_all(arg_str(c, 0), static_cast<uint32_t>(c.args[1].i)));
  return NativeStatus::Done;
}
bool prefix_suffix(const std::string& pattern, std::string* prefix, std::string* suffix) {
  if (pattern.find('/') != std::string::npos) return false;
  size_t pos = pattern.rfind('*');
  if (pos != std::string::npos) {
    *prefix = pattern.substr(0, pos);
    *suffix = pattern.substr(pos + 1);
  } else {
    *prefix = pattern;
    suffix->clear();
  }
  return true;
}
std::string join_path(const std::string& dir, const std::string& name) {
  if (!dir.empty() && dir.back() == '/') return dir + name;
  return dir + "/" + name;
}
NativeStatus os_mkdir_temp(NativeCtx& c) {
  std::string dir = arg_str(c, 0), pattern = arg_str(c, 1), prefix, suffix;
  if (dir.empty()) dir = temp_dir();
  c.args[0] = str_val("");
  if (!prefix_suffix(pattern, &prefix, &suffix)) {
    ret_err(c, 1, path_error("mkdirtemp", pattern, new_error("pattern contains path separator")));
    return NativeStatus::Done;
  }
  prefix = join_path(dir, prefix);
  for (int attempt = 0;; ++attempt) {
    std::string name = prefix + next_random() + suffix;
    int e = run_fs().mkdir(name, 0700);
    if (e == kOk) {
      c.args[0] = str_val(name);
      ret_err(c, 1, nullptr);
      return NativeStatus::Done;
    }
    if (e == EEXIST_ && attempt < 10000) continue;
    if (e == ENOENT_) {
      vfs::Stat st;
      if (int e2 = run_fs().stat(dir, &st); e2 == ENOENT_) {
        ret_err(c, 1, path_errno("stat", dir, e2));
        return NativeStatus::Done;
      }
    }
    ret_err(c, 1, path_errno("mkdir", name, e));
    return NativeStatus::Done;
  }
}
NativeStatus os_create_temp(NativeCtx& c) {
  std::string dir = arg_str(c, 0), pattern = arg_str(c, 1), prefix, suffix;
  if (dir.empty()) dir = temp_dir();
  c.args[0] = Value::zero();
  if (!prefix_suffix(pattern, &prefix, &suffix)) {
    ret_err(c, 1, path_error("createtemp", pattern, new_error("pattern contains path separator")));
    return NativeStatus::Done;
  }
  prefix = join_path(dir, prefix);
  for (int attempt = 0;; ++attempt) {
    std::string name = prefix + next_random() + suffix;
    int fd;
    int e = run_fs().open(name, kO_RDWR | kO_CREAT | kO_EXCL, 0600, &fd);
    if (e == EEXIST_ && attempt < 10000) continue;
    if (e) {
      ret_err(c, 1, path_errno("open", name, e));
      return NativeStatus::Done;
    }
    c.args[0] = Value::from_obj(new_os_file(fd, name));
    ret_err(c, 1, nullptr);
    return NativeStatus::Done;
  }
}
// Entries of an open directory fd: n <= 0 all.
int read_entries(int fd, int n, std::vector<vfs::DirEntry>* out) { return run_fs().getdents(fd, n, out); }
Obj* entries_slice(const std::vector<vfs::DirEntry>& ents, bool infos) {
  std::vector<Value> vals;
  vals.reserve(ents.size());
  for (const auto& d : ents) vals.push_back(Value::from_obj(infos ? file_info(d.name, d.st) : dir_entry(d.name, d.st)));
  return vm::slice_append(infos ? fileinfo_iface() : direntry_iface(), nullptr, vals.data(), static_cast<int64_t>(vals.size()));
}
NativeStatus os_read_dir(NativeCtx& c) {
  std::string name = arg_str(c, 0);
  int fd;
  if (int e = run_fs().open(name, kO_RDONLY, 0, &fd)) {
    c.args[0] = Value::zero();
    ret_err(c, 1, path_errno("open", name, e));
    return NativeStatus::Done;
  }
  std::vector<vfs::DirEntry> ents;
  int e = read_entries(fd, 0, &ents);
  run_fs().close(fd);
  c.args[0] = Value::from_obj(entries_slice(ents, false));
  ret_err(c, 1, e ? path_errno("readdirent", name, e) : nullptr);
  return NativeStatus::Done;
}
NativeStatus stat_op(NativeCtx& c, const char* op) {
  std::string name = arg_str(c, 0);
  vfs::Stat st;
  if (int e = run_fs().stat(name, &st)) {
    c.args[0] = Value::zero();
    ret_err(c, 1, path_errno(op, name, e));
  } else {
    c.args[0] = Value::from_obj(file_info(basename(name), st));
    ret_err(c, 1, nullptr);
  }
  return NativeStatus::Done;
}
NativeStatus os_stat(NativeCtx& c) { return stat_op(c, "stat"); }
NativeStatus os_lstat(NativeCtx& c) { return stat_op(c, "lstat"); }
Obj* remove_path(const std::string& name) {
  int e = run_fs().unlink(name);
  if (e == kOk) return nullptr;
  int e1 = run_fs().rmdir(name);
  if (e1 == kOk) return nullptr;
  if (e1 != ENOTDIR_) e = e1;  // Go: rmdir(file) says ENOTDIR, so the unlink error is the real one
  return path_errno("remove", name, e);
}
NativeStatus os_remove(NativeCtx& c) { ret_err(c, 0, remove_path(arg_str(c, 0))); return NativeStatus::Done; }
bool ends_with_dot(const std::string& p) {
  if (p == ".") return true;
  return p.size() >= 2 && p.back() == '.' && p[p.size() - 2] == '/';
}
// Depth-first removal below a path that Remove could not delete (a non-empty directory).
int remove_tree(const std::string& path) {
  int fd;
  if (int e = run_fs().open(path, kO_RDONLY, 0, &fd)) return e == ENOENT_ ? kOk : e;
  std::vector<vfs::DirEntry> ents;
  run_fs().getdents(fd, 0, &ents);
  run_fs().close(fd);
  for (const auto& d : ents) {
    std::string p = join_path(path, d.name);
    if (d.st.is_dir()) {
      if (int e = remove_tree(p)) return e;
    } else if (int e = run_fs().unlink(p); e && e != ENOENT_) {
      return e;
    }
  }
  int e = run_fs().rmdir(path);
  return e == ENOENT_ ? kOk : e;
}
NativeStatus os_remove_all(NativeCtx& c) {
  std::string path = arg_str(c, 0);
  if (path.empty()) { ret_err(c, 0, nullptr); return NativeStatus::Done; }
  if (ends_with_dot(path)) { ret_err(c, 0, path_errno("RemoveAll", path, EINVAL_)); return NativeStatus::Done; }
  Obj* err = remove_path(path);
  if (!err || underlying_is(err, kNotExist)) { ret_err(c, 0, nullptr); return NativeStatus::Done; }
  vfs::Stat st;
  if (run_fs().stat(path, &st) == kOk && st.is_dir()) {
    int e = remove_tree(path);
    ret_err(c, 0, e ? path_errno("unlinkat", path, e) : nullptr);
    return NativeStatus::Done;
  }
  ret_err(c, 0, err);
  return NativeStatus::Done;
}
NativeStatus os_rename(NativeCtx& c) {
  std::string from = arg_str(c, 0), to = arg_str(c, 1);
  vfs::Stat nst, ost;
  if (run_fs().stat(to, &nst) == kOk && nst.is_dir()) {  // Go's pre-check (os/file_unix.go)
    if (int e = run_fs().stat(from, &ost)) {
      ret_err(c, 0, link_error("rename", from, to, errno_obj(e)));
      return NativeStatus::Done;
    }
    if (to == from || ost.ino != nst.ino) {
      ret_err(c, 0, link_error("rename", from, to, errno_obj(EEXIST_)));
      return NativeStatus::Done;
    }
  }
  int e = run_fs().rename(from, to);
  ret_err(c, 0, e ? link_error("rename", from, to, errno_obj(e)) : nullptr);
  return NativeStatus::Done;
}
NativeStatus os_chdir(NativeCtx& c) {
  std::string d = arg_str(c, 0);
  int e = run_fs().chdir(d);
  ret_err(c, 0, e ? path_errno("chdir", d, e) : nullptr);
  return NativeStatus::Done;
}
NativeStatus os_getwd(NativeCtx& c) {
  std::string d;
  int e = run_fs().getcwd(&d);
  c.args[0] = str_val(d);
  ret_err(c, 1, e ? path_error("getwd", "getwd", errno_obj(e)) : nullptr);
  return NativeStatus::Done;
}
NativeStatus os_chmod(NativeCtx& c) {
  std::string n = arg_str(c, 0);
  int e = run_fs().chmod(n, static_cast<uint32_t>(c.args[1].i));
  ret_err(c, 0, e ? path_errno("chmod", n, e) : nullptr);
  return NativeStatus::Done;
}
NativeStatus os_truncate(NativeCtx& c) {
  std::string n = arg_str(c, 0);
  int e = run_fs().truncate(n, c.args[1].i);
  ret_err(c, 0, e ? path_errno("truncate", n, e) : nullptr);
  return NativeStatus::Done;
}
NativeStatus os_temp_dir(NativeCtx& c) { c.args[0] = str_val(temp_dir()); return NativeStatus::Done; }
NativeStatus os_home_dir(NativeCtx& c) {
  bool ok;
  std::string h;
  {
    std::lock_guard<std::mutex> lk(g_mu);
    h = getenv_locked("HOME", &ok);
  }
  c.args[0] = str_val(h);
  ret_err(c, 1, h.empty() ? new_error("$HOME is not defined") : nullptr);
  return NativeStatus::Done;
}
NativeStatus os_is_not_exist(NativeCtx& c) { c.args[0] = bool_val(underlying_is(c.args[0].o, kNotExist)); return NativeStatus::Done; }
NativeStatus os_is_exist(NativeCtx& c) { c.args[0] = bool_val(underlying_is(c.args[0].o, kExist)); return NativeStatus::Done; }
NativeStatus os_is_permission(NativeCtx& c) { c.args[0] = bool_val(underlying_is(c.args[0].o, kPermission)); return NativeStatus::Done; }
NativeStatus os_same_file(NativeCtx& c) {
  Obj* a = c.args[0].o;
  Obj* b = c.args[1].o;
  bool same = a && b && vm::iface_type(a) == filestat_ptr() && vm::iface_type(b) == filestat_ptr() &&
              rt::obj_slots(vm::iface_data(a).o)[kFsIno].i == rt::obj_slots(vm::iface_data(b).o)[kFsIno].i;
  c.args[0] = bool_val(same);
  return NativeStatus::Done;
}
NativeStatus os_is_sep(NativeCtx& c) { c.args[0] = bool_val(c.args[0].i == '/'); return NativeStatus::Done; }

// ---- environment ----
NativeStatus os_getenv(NativeCtx& c) {
  bool ok;
  std::lock_guard<std::mutex> lk(g_mu);
  c.args[0] = str_val(getenv_locked(arg_str(c, 0), &ok));
  return NativeStatus::Done;
}
// os.Expand's shell syntax ($var, ${var}, $1, ${*}): the name after a '$' and the bytes it
// spans; "" with a width > 0 is bad syntax to be eaten (env.go's getShellName).
bool shell_special(char ch) { return std::strchr("*#$@!?-0123456789", ch) != nullptr && ch != 0; }
bool shell_alnum(char ch) { return ch == '_' || std::isalnum(static_cast<unsigned char>(ch)); }
std::string_view shell_name(std::string_view s, size_t* w) {
  if (s[0] == '{') {
    if (s.size() > 2 && shell_special(s[1]) && s[2] == '}') { *w = 3; return s.substr(1, 1); }
    for (size_t i = 1; i < s.size(); i++)
      if (s[i] == '}') {
        if (i == 1) { *w = 2; return {}; }
        *w = i + 1;
        return s.substr(1, i - 1);
      }
    *w = 1;
    return {};
  }
  if (shell_special(s[0])) { *w = 1; return s.substr(0, 1); }
  size_t i = 0;
  while (i < s.size() && shell_alnum(s[i])) i++;
  *w = i;
  return s.substr(0, i);
}
// map(name, &out) → false when the mapping (a Go function) panicked.
template <class Map>
bool expand(std::string_view s, Map map, std::string* out) {
  size_t i = 0;
  for (size_t j = 0; j < s.size(); j++) {
    if (s[j] != '$' || j + 1 >= s.size()) continue;
    out->append(s.substr(i, j - i));
    size_t w = 0;
    std::string_view name = shell_name(s.substr(j + 1), &w);
    if (name.empty() && w == 0) out->push_back('$');   // no name: the dollar stays
    else if (!name.empty()) {
      std::string v;
      if (!map(std::string(name), &v)) return false;
      out->append(v);
    }
    j += w;
    i = j + 1;
  }
  out->append(s.substr(std::min(i, s.size())));
  return true;
}
NativeStatus os_expand_env(NativeCtx& c) {
  std::string out;
  expand(arg_str(c, 0), [](const std::string& n, std::string* v) {
    bool ok;
    std::lock_guard<std::mutex> lk(g_mu);
    *v = getenv_locked(n, &ok);
    return true;
  }, &out);
  c.args[0] = str_val(out);
  return NativeStatus::Done;
}
NativeStatus os_expand(NativeCtx& c) {
  std::string out, panic_text;
  Obj* f = c.args[1].o;
  bool ok = expand(arg_str(c, 0), [&](const std::string& n, std::string* v) {
    Value arg = str_val(n), res{};
    if (!call_func(c, f, &arg, 1, &res, 1, &panic_text)) return false;
    *v = std::string(sv(res));
    return true;
  }, &out);
  if (!ok) return panic_string(c, panic_text);
  c.args[0] = str_val(out);
  return NativeStatus::Done;
}
NativeStatus os_lookup_env(NativeCtx& c) {
  bool ok;
  std::lock_guard<std::mutex> lk(g_mu);
  c.args[0] = str_val(getenv_locked(arg_str(c, 0), &ok));
  c.args[1] = bool_val(ok);
  return NativeStatus::Done;
}
NativeStatus os_setenv(NativeCtx& c) {
  std::string k = arg_str(c, 0), v = arg_str(c, 1);
  if (k.empty() || k.find('=') != std::string::npos || k.find('\0') != std::string::npos ||
      v.find('\0') != std::string::npos) {
    // Go 1.19: os.NewSyscallError("setenv", EINVAL), printed "setenv: invalid argument".
    c.args[0] = Value::from_obj(new_error("setenv: invalid argument"));
    return NativeStatus::Done;
  }
  std::lock_guard<std::mutex> lk(g_mu);
  g_env[k] = v;
  c.args[0] = Value::zero();
  return NativeStatus::Done;
}
NativeStatus os_unsetenv(NativeCtx& c) {
  std::lock_guard<std::mutex> lk(g_mu);
  g_env.erase(arg_str(c, 0));
  c.args[0] = Value::zero();
  return NativeStatus::Done;
}
NativeStatus os_clearenv(NativeCtx&) {
  std::lock_guard<std::mutex> lk(g_mu);
  g_env.clear();
  return NativeStatus::Done;
}
NativeStatus os_environ(NativeCtx& c) {
  std::vector<std::string> v;
  {
    std::lock_guard<std::mutex> lk(g_mu);
    for (const auto& [k, val] : g_env) v.push_back(k + "=" + val);
  }
  c.args[0] = Value::from_obj(make_string_slice(v));
  return NativeStatus::Done;
}
NativeStatus os_hostname(NativeCtx& c) {
  c.args[0] = str_val("gort");
  c.args[1] = Value::zero();
  return NativeStatus::Done;
}

// ---- *os.File methods ----
Obj* file_name_of(Obj* f) { return rt::obj_slots(f)[1].o; }
std::string fname(Obj* f) { return std::string(vm::str_view(file_name_of(f))); }
// Common checks: nil → ErrInvalid; closed → PathError{op, name, ErrClosed}. Returns the fd or -1.
int64_t checked_fd(Obj* f, const char* op, Obj** err) {
  *err = nullptr;
  if (!f) { *err = fs_err(kInvalid); return -1; }
  int64_t fd = os_file_fd(f);
  if (fd < 0) { *err = path_error(op, fname(f), fs_err(kClosed)); return -1; }
  return fd;
}
NativeStatus f_name(NativeCtx& c) {
  if (!c.args[0].o) return panic_runtime(c, "runtime error: invalid memory address or nil pointer dereference");
  c.args[0] = Value::from_obj(file_name_of(c.args[0].o));
  return NativeStatus::Done;
}
NativeStatus f_close(NativeCtx& c) {
  Obj* f = c.args[0].o;
  Obj* err;
  int64_t fd = checked_fd(f, "close", &err);
  if (fd >= 3) {
    int e = run_fs().close(static_cast<int>(fd));
    if (e) err = path_errno("close", fname(f), e);
  }
  if (fd >= 0) rt::obj_slots(f)[0].i = -1;
  c.args[0] = Value::from_obj(err);
  return NativeStatus::Done;
}
NativeStatus f_read_at(NativeCtx& c) {
  Obj* f = c.args[0].o;
  Obj* err;
  int64_t fd = checked_fd(f, "read", &err);
  int64_t n;
  Obj* dst = c.args[1].o;
  n = vm::slice_len(dst);
  int64_t off = c.args[2].i;
  c.args[0].i = 0;
  if (fd < 0) { ret_err(c, 1, err); return NativeStatus::Done; }
  if (off < 0) { ret_err(c, 1, path_error("readat", fname(f), new_error("negative offset"))); return NativeStatus::Done; }
  std::string buf(static_cast<size_t>(n), '\0');
  size_t got = 0;
  int e = fd < 3 ? EBADF_ : run_fs().pread(static_cast<int>(fd), buf.data(), buf.size(), off, &got);
  vm::slice_put_bytes(dst, 0, buf.data(), static_cast<int64_t>(got));
  c.args[0].i = static_cast<int64_t>(got);
  if (e) ret_err(c, 1, path_errno("read", fname(f), e));
  else ret_err(c, 1, static_cast<int64_t>(got) < n ? io_eof() : nullptr);
  return NativeStatus::Done;
}
NativeStatus f_write_at(NativeCtx& c) {
  Obj* f = c.args[0].o;
  Obj* err;
  int64_t fd = checked_fd(f, "write", &err);
  std::string b = bytes_of(c.args[1].o);
  int64_t off = c.args[2].i;
  c.args[0].i = 0;
  if (fd < 0) { ret_err(c, 1, err); return NativeStatus::Done; }
  if (rt::obj_slots(f)[2].i) {
    ret_err(c, 1, new_error("os: invalid use of WriteAt on file opened with O_APPEND"));
    return NativeStatus::Done;
  }
  if (off < 0) { ret_err(c, 1, path_error("writeat", fname(f), new_error("negative offset"))); return NativeStatus::Done; }
  size_t n = 0;
  int e = fd < 3 ? EBADF_ : run_fs().pwrite(static_cast<int>(fd), b.data(), b.size(), off, &n);
  c.args[0].i = static_cast<int64_t>(n);
  ret_err(c, 1, e ? path_errno("write", fname(f), e) : nullptr);
  return NativeStatus::Done;
}
NativeStatus f_seek(NativeCtx& c) {
  Obj* f = c.args[0].o;
  Obj* err;
  int64_t fd = checked_fd(f, "seek", &err);
  c.args[0].i = 0;
  if (fd < 0) { ret_err(c, 1, err); return NativeStatus::Done; }
  int64_t pos = 0;
  int e = fd < 3 ? ESPIPE_ : run_fs().lseek(static_cast<int>(fd), c.args[1].i, static_cast<int>(c.args[2].i), &pos);
  c.args[0].i = pos;
  ret_err(c, 1, e ? path_errno("seek", fname(f), e) : nullptr);
  return NativeStatus::Done;
}
NativeStatus f_stat(NativeCtx& c) {
  Obj* f = c.args[0].o;
  Obj* err;
  int64_t fd = checked_fd(f, "stat", &err);
  if (fd < 0) {  // Go: Fstat on a closed fd says internal/poll's "use of closed file"
    if (f) err = path_error("stat", fname(f), new_error("use of closed file"));
    c.args[0] = Value::zero();
    ret_err(c, 1, err);
    return NativeStatus::Done;
  }
  vfs::Stat st;
  if (fd < 3) {
    st.mode = (1u << 26) | (1u << 21) | 0620;  // ModeDevice|ModeCharDevice: a terminal
  } else if (int e = run_fs().fstat(static_cast<int>(fd), &st)) {
    c.args[0] = Value::zero();
    ret_err(c, 1, path_errno("stat", fname(f), e));
    return NativeStatus::Done;
  }
  c.args[0] = Value::from_obj(file_info(basename(fname(f)), st));
  ret_err(c, 1, nullptr);
  return NativeStatus::Done;
}
NativeStatus f_sync(NativeCtx& c) {
  Obj* err;
  checked_fd(c.args[0].o, "sync", &err);
  c.args[0] = Value::from_obj(err);
  return NativeStatus::Done;
}
NativeStatus f_truncate(NativeCtx& c) {
  Obj* f = c.args[0].o;
  Obj* err;
  int64_t fd = checked_fd(f, "truncate", &err);
  if (fd >= 0) {
    int e = fd < 3 ? EINVAL_ : run_fs().ftruncate(static_cast<int>(fd), c.args[1].i);
    if (e) err = path_errno("truncate", fname(f), e);
  }
  c.args[0] = Value::from_obj(err);
  return NativeStatus::Done;
}
NativeStatus f_fd(NativeCtx& c) {
  c.args[0].i = c.args[0].o ? os_file_fd(c.args[0].o) : -1;
  return NativeStatus::Done;
}
// ReadDir / Readdir / Readdirnames: kind 0 entries, 1 infos, 2 names.
NativeStatus f_readdir_kind(NativeCtx& c, int kind) {
  Obj* f = c.args[0].o;
  int n = static_cast<int>(std::max<int64_t>(std::min<int64_t>(c.args[1].i, 1 << 30), -1));
  Obj* err;
  int64_t fd = checked_fd(f, "readdirent", &err);
  c.args[0] = Value::zero();
  if (fd < 0) { ret_err(c, 1, err); return NativeStatus::Done; }
  std::vector<vfs::DirEntry> ents;
  int e = fd < 3 ? ENOTDIR_ : read_entries(static_cast<int>(fd), n, &ents);
  if (e) { ret_err(c, 1, path_errno("readdirent", fname(f), e)); return NativeStatus::Done; }
  if (kind == 2) {
    std::vector<std::string> names;
    for (const auto& d : ents) names.push_back(d.name);
    c.args[0] = Value::from_obj(make_string_slice(names));
  } else {
    c.args[0] = Value::from_obj(entries_slice(ents, kind == 1));
  }
  ret_err(c, 1, n > 0 && ents.empty() ? io_eof() : nullptr);
  return NativeStatus::Done;
}
NativeStatus f_read_dir(NativeCtx& c) { return f_readdir_kind(c, 0); }
NativeStatus f_readdir(NativeCtx& c) { return f_readdir_kind(c, 1); }
NativeStatus f_readdirnames(NativeCtx& c) { return f_readdir_kind(c, 2); }

// ---- io/fs ----
template <FsErr K>
NativeStatus fs_err_var(NativeCtx& c) { c.args[0] = Value::from_obj(fs_err(K)); return NativeStatus::Done; }
// io/fs's errValue(which): the package (Go code) takes its error variables from here, so they
// are the values the os and filepath natives return.
NativeStatus fs_err_value(NativeCtx& c) {
  int64_t k = c.args[0].i;
  Obj* e = k == 5 ? skip_dir() : k == 6 ? skip_all() : fs_err(FsErr(k >= 0 && k <= 4 ? k : 0));
  c.args[0] = Value::from_obj(e);
  return NativeStatus::Done;
}
NativeStatus fs_valid_path(NativeCtx& c) {
  std::string_view name = sv(c.args[0]);
  bool ok = true;
  if (name != ".") {
    for (;;) {
      size_t i = name.find('/');
      std::string_view elem = name.substr(0, i);
      if (elem.empty() || elem == "." || elem == "..") { ok = false; break; }
      if (i == std::string_view::npos) break;
      name = name.substr(i + 1);
    }
  }
  c.args[0] = bool_val(ok);
  return NativeStatus::Done;
}

}  // namespace

// Exposed for path_natives.cpp (filepath.Walk/WalkDir/Glob).
Obj* os_file_info(std::string_view name, const vfs::Stat& st) { return file_info(basename(name), st); }
Obj* os_dir_entry(std::string_view name, const vfs::Stat& st) { return dir_entry(name, st); }
std::string os_basename(std::string_view name) { return basename(name); }
// Entries of a directory in name order; errno on failure.
int os_read_dir_entries(std::string_view name, std::vector<vfs::DirEntry>* out) {
  int fd;
  if (int e = run_fs().open(name, kO_RDONLY, 0, &fd)) return e;
  int e = run_fs().getdents(fd, 0, out);
  run_fs().close(fd);
  return e;
}
Obj* os_skip_dir() { return skip_dir(); }
Obj* os_skip_all() { return skip_all(); }

vfs::FileSystem& run_fs() {
  std::lock_guard<std::mutex> lk(g_mu);
  if (!g_fs) g_fs = std::make_unique<FileSystem>(kRunCwd, [] { return rt::walltime(); });
  return *g_fs;
}

std::string new_run_files(const std::vector<std::pair<std::string, std::string>>& files) {
  auto fs = std::make_unique<FileSystem>(kRunCwd, [] { return rt::walltime(); });
  for (const auto& [name, data] : files)
    if (int e = fs->put_file(name, data)) return "gort: file " + name + ": " + std::string(errno_text(e));
  std::lock_guard<std::mutex> lk(g_mu);
  g_fs = std::move(fs);
  g_env = default_env();
  g_rand = 1;
  return "";
}

void end_run_files() {
  std::lock_guard<std::mutex> lk(g_mu);
  g_fs.reset();
}

Obj* path_errno(std::string_view op, std::string_view path, int e) { return path_error(op, path, errno_obj(e)); }

Obj* new_os_file(int64_t fd, std::string_view name) {
  Obj* f = vm::agg_new(os_file());
  rt::obj_slots(f)[0].i = fd;
  rt::obj_slots(f)[1].o = vm::str_new(name);
  return f;
}
int64_t os_file_fd(Obj* f) { return f ? rt::obj_slots(f)[0].i : -1; }

size_t vfs_file_write_raw(Obj* f, std::string_view b, Obj** err) {
  int64_t fd = checked_fd(f, "write", err);
  if (fd < 0) return 0;
  size_t n = 0;
  int e = fd < 3 ? EBADF_ : run_fs().write(static_cast<int>(fd), b.data(), b.size(), &n);
  if (e) *err = path_errno("write", fname(f), e);
  return n;
}

NativeStatus vfs_file_write(NativeCtx& c, Obj* f, std::string_view b) {
  Obj* err;
  size_t n = vfs_file_write_raw(f, b, &err);
  c.args[0] = int_val(static_cast<int64_t>(n));
  c.args[1] = Value::from_obj(err);
  return NativeStatus::Done;
}

NativeStatus vfs_file_read(NativeCtx& c, Obj* f, Obj* buf) {
  Obj* err;
  int64_t fd = checked_fd(f, "read", &err);
  int64_t n;
  n = vm::slice_len(buf);
  c.args[0] = int_val(0);
  if (fd < 0) { c.args[1] = Value::from_obj(err); return NativeStatus::Done; }
  std::string tmp(static_cast<size_t>(n), '\0');
  size_t got = 0;
  int e = fd < 3 ? EBADF_ : run_fs().read(static_cast<int>(fd), tmp.data(), tmp.size(), &got);
  vm::slice_put_bytes(buf, 0, tmp.data(), static_cast<int64_t>(got));
  c.args[0] = int_val(static_cast<int64_t>(got));
  if (e) c.args[1] = Value::from_obj(path_errno("read", fname(f), e));
  else c.args[1] = Value::from_obj(got == 0 && n > 0 ? io_eof() : nullptr);
  return NativeStatus::Done;
}

void vfs_file_read_into(Obj* f, int64_t cap, std::string* out, Obj** err) {
  Obj* e0;
  int64_t fd = checked_fd(f, "read", &e0);
  out->clear();
  if (fd < 0) { *err = e0; return; }
  out->resize(static_cast<size_t>(cap));
  size_t got = 0;
  int e = run_fs().read(static_cast<int>(fd), out->data(), out->size(), &got);
  out->resize(got);
  *err = e ? path_errno("read", fname(f), e) : (got == 0 && cap > 0 ? io_eof() : nullptr);
}

void add_os_file_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
      {"os.Create", os_create}, {"os.Open", os_open}, {"os.OpenFile", os_open_file},
      {"os.ReadFile", os_read_file}, {"os.WriteFile", os_write_file}, {"os.Mkdir", os_mkdir},
      {"os.MkdirAll", os_mkdir_all}, {"os.MkdirTemp", os_mkdir_temp}, {"os.CreateTemp", os_create_temp},
      {"os.ReadDir", os_read_dir}, {"os.Stat", os_stat}, {"os.Lstat", os_lstat}, {"os.Remove", os_remove},
      {"os.RemoveAll", os_remove_all}, {"os.Rename", os_rename}, {"os.Chdir", os_chdir}, {"os.Getwd", os_getwd},
      {"os.Chmod", os_chmod}, {"os.Truncate", os_truncate}, {"os.TempDir", os_temp_dir},
      {"os.UserHomeDir", os_home_dir}, {"os.IsNotExist", os_is_not_exist}, {"os.IsExist", os_is_exist},
      {"os.IsPermission", os_is_permission}, {"os.SameFile", os_same_file}, {"os.IsPathSeparator", os_is_sep},
      {"os.Getenv", os_getenv}, {"os.Expand", os_expand}, {"os.ExpandEnv", os_expand_env}, {"os.LookupEnv", os_lookup_env}, {"os.Setenv", os_setenv},
      {"os.Unsetenv", os_unsetenv}, {"os.Clearenv", os_clearenv}, {"os.Environ", os_environ},
      {"os.Hostname", os_hostname},
      {"os.ErrInvalid", fs_err_var<kInvalid>}, {"os.ErrPermission", fs_err_var<kPermission>},
      {"os.ErrExist", fs_err_var<kExist>}, {"os.ErrNotExist", fs_err_var<kNotExist>},
      {"os.ErrClosed", fs_err_var<kClosed>},
      {"io/fs.errValue", fs_err_value},
      {"io/fs.ValidPath", fs_valid_path},
      {"io/fs.FileMode.String", fm_string}, {"io/fs.FileMode.IsDir", fm_isdir},
      {"io/fs.FileMode.IsRegular", fm_isregular}, {"io/fs.FileMode.Perm", fm_perm}, {"io/fs.FileMode.Type", fm_type},
      {"(*io/fs.PathError).Error", patherror_error}, {"(*io/fs.PathError).Unwrap", patherror_unwrap},
      {"(*io/fs.PathError).Timeout", patherror_timeout},
      {"(*os.File).ReadAt", f_read_at}, {"(*os.File).WriteAt", f_write_at}, {"(*os.File).Seek", f_seek},
      {"(*os.File).Close", f_close}, {"(*os.File).Name", f_name}, {"(*os.File).Stat", f_stat},
      {"(*os.File).Sync", f_sync}, {"(*os.File).Truncate", f_truncate}, {"(*os.File).ReadDir", f_read_dir},
      {"(*os.File).Readdirnames", f_readdirnames}, {"(*os.File).Readdir", f_readdir}, {"(*os.File).Fd", f_fd},
  });
}

}  // namespace gort::stdlib
