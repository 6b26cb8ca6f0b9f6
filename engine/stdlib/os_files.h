// engine/stdlib/os_files.h — the run's file system as the os natives see it (os_file_natives.cpp):
// the per-run vfs::FileSystem and environment, Go error values built from Linux errnos
// (*fs.PathError wrapping syscall.Errno, as Go's os package returns them), and reading/writing
// *os.File objects whose fd is a vfs descriptor (fd >= 3) for io.h, bufio and io.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "stdlib/util.h"
#include "stdlib/vfs/vfs.h"

namespace gort::stdlib {

// The working directory a run starts in (also $HOME), like a playground user's home.
inline constexpr const char* kRunCwd = "/home/user";

vfs::FileSystem& run_fs();

// *os.File {fd int; name string}: fd -1 once closed.
Obj* new_os_file(int64_t fd, std::string_view name);
int64_t os_file_fd(Obj* f);

// &fs.PathError{op, path, syscall.Errno(e)} as an error interface value.
Obj* path_errno(std::string_view op, std::string_view path, int e);

// (*os.File).Write/Read for a vfs descriptor or a closed file: results in c.args[0..1].
NativeStatus vfs_file_write(NativeCtx& c, Obj* f, std::string_view b);
size_t vfs_file_write_raw(Obj* f, std::string_view b, Obj** err);  // bytes written
NativeStatus vfs_file_read(NativeCtx& c, Obj* f, Obj* buf);
// io.h's reader for *os.File with a vfs fd: up to cap bytes; *err = io.EOF at the end.
void vfs_file_read_into(Obj* f, int64_t cap, std::string* out, Obj** err);

}  // namespace gort::stdlib
