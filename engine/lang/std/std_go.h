// engine/lang/std/std_go.h — the std packages written in Go (engine/lang/std/go/), embedded at
// build time by embed_go.cmake. Such a package is one Go file: functions with bodies are
// compiled like the program's own (the checker checks them, the compiler emits them, their
// package variables and init functions run before main's); a function without a body is a
// native of engine/stdlib, exactly as in the declaration-only packages of std_decls.cpp.
#pragma once

namespace gort::lang {

struct StdGoFile {
  const char* path;      // import path: "container/list"
  const char* filename;  // path inside engine/lang/std/go: "container/list/list.go"
  const char* src;       // nullptr ends the table
};

// The table, ended by an entry whose src is nullptr.
const StdGoFile* std_go_files();

}  // namespace gort::lang
