// engine/stdlib/natives.h — the table of native functions by qualified name. The compiler
// resolves a call to a std function with find_native(Func::qualified_name()) — "fmt.Println",
// "time.Duration.String", "(*sync.WaitGroup).Add" — and emits CALL_NATIVE with the index it
// appended to Module::natives.
//
// Calling convention (vm/native.h): one slot per parameter in order in ctx.args[0..] (the
// receiver first; a variadic parameter is one slice), results written back to args[0..].
//
// Package variables of std packages (os.Stdout, os.Args, strconv.ErrSyntax, io.EOF-likes):
// the native named like the variable ("os.Stdout") takes no arguments and returns the
// variable's initial value in args[0]; the compiler calls it once when initializing the
// program's globals.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "vm/native.h"

namespace gort::stdlib {

// Null if there is no native with that name.
vm::NativeFn find_native(std::string_view qualified_name);

// Every registered name (tests check each std declaration without a body has one).
std::vector<std::string_view> native_names();

// Per-run configuration (engine.cpp calls these before a run).
void set_seed(uint64_t seed);                                   // math/rand's default source
void set_stdin_reader(size_t (*read)(char* buf, size_t cap));  // 0 = EOF
void set_args(std::vector<std::string> args);                   // os.Args (default {"prog"})
// A fresh in-memory file system (/tmp, the cwd /home/user) holding the host's files (name →
// bytes; relative names are under the cwd) and a fresh environment. "" or an error text.
std::string new_run_files(const std::vector<std::pair<std::string, std::string>>& files);
void end_run_files();  // drops the run's file system

struct NativeEntry {
  std::string_view name;
  vm::NativeFn fn;
  vm::FastNativeFn fast = nullptr;   // optional (vm/native.h)
};
// The fast path registered with a native (null if none).
vm::FastNativeFn find_fast_native(std::string_view qualified_name);
// Each package file contributes its entries (natives.cpp collects them).
void add_fmt_natives(std::vector<NativeEntry>& out);
void add_errors_natives(std::vector<NativeEntry>& out);
void add_time_natives(std::vector<NativeEntry>& out);
void add_sync_natives(std::vector<NativeEntry>& out);
void add_runtime_natives(std::vector<NativeEntry>& out);
void add_os_natives(std::vector<NativeEntry>& out);
void add_bufio_natives(std::vector<NativeEntry>& out);
void add_strings_natives(std::vector<NativeEntry>& out);
void add_strconv_natives(std::vector<NativeEntry>& out);
void add_math_natives(std::vector<NativeEntry>& out);
void add_rand_natives(std::vector<NativeEntry>& out);
void add_sort_natives(std::vector<NativeEntry>& out);
void add_utf8_natives(std::vector<NativeEntry>& out);
void add_builtin_natives(std::vector<NativeEntry>& out);
void add_unicode_natives(std::vector<NativeEntry>& out);
void add_io_natives(std::vector<NativeEntry>& out);
void add_context_natives(std::vector<NativeEntry>& out);
void add_os_file_natives(std::vector<NativeEntry>& out);
void add_path_natives(std::vector<NativeEntry>& out);
void add_testing_natives(std::vector<NativeEntry>& out);
void add_reflect_natives(std::vector<NativeEntry>& out);
void add_json_natives(std::vector<NativeEntry>& out);
void add_big_natives(std::vector<NativeEntry>& out);

// Per-run state of packages (called from set_stdin_reader, which engine.cpp calls every run).
void reset_sync_state();
void reset_bufio_state();

}  // namespace gort::stdlib
