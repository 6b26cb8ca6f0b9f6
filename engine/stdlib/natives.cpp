// engine/stdlib/natives.cpp — the name → native table, built once from every package file's
// entries (natives.h). A hash map: ~300 entries, looked up once per call site at compile time.
#include "stdlib/natives.h"

#include <unordered_map>

namespace gort::stdlib {
namespace {

const std::unordered_map<std::string_view, NativeEntry>& table() {
  static const auto* t = [] {
    std::vector<NativeEntry> v;
    add_fmt_natives(v);
    add_errors_natives(v);
    add_time_natives(v);
    add_sync_natives(v);
    add_runtime_natives(v);
    add_os_natives(v);
    add_bufio_natives(v);
    add_strings_natives(v);
    add_strconv_natives(v);
    add_math_natives(v);
    add_rand_natives(v);
    add_sort_natives(v);
    add_utf8_natives(v);
    add_builtin_natives(v);
    add_unicode_natives(v);
    add_io_natives(v);
    add_context_natives(v);
    add_os_file_natives(v);
    add_path_natives(v);
    add_testing_natives(v);
    add_reflect_natives(v);
    add_json_natives(v);
    add_big_natives(v);
    auto* m = new std::unordered_map<std::string_view, NativeEntry>();
    for (const NativeEntry& e : v) (*m)[e.name] = e;
    return m;
  }();
  return *t;
}

}  // namespace

vm::NativeFn find_native(std::string_view name) {
  auto it = table().find(name);
  return it == table().end() ? nullptr : it->second.fn;
}

vm::FastNativeFn find_fast_native(std::string_view name) {
  auto it = table().find(name);
  return it == table().end() ? nullptr : it->second.fast;
}

std::vector<std::string_view> native_names() {
  std::vector<std::string_view> out;
  for (const auto& [k, v] : table()) out.push_back(k);
  return out;
}

}  // namespace gort::stdlib
