// engine/host/txtar.h — the Go playground's several-files form (golang.org/x/tools/txtar).
// A source with lines `-- name --` is an archive: the text before the first such line is the
// file prog.go (when it is not blank), each marker line starts a file that runs to the next
// marker. Every host (CLI, Node, the page) passes its source to gort::run, which splits it
// here, so they all accept the same form.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lang/frontend.h"

namespace gort::host {

struct TxtarFile {
  std::string name;
  std::string data;
  int first_line = 1;  // the archive's line where data starts (editor markers map back to it)
};

// True when some line is a file marker: "-- " + name + " --" with a non-empty name.
bool is_txtar(std::string_view src);

// The archive's files in order (prog.go first when the leading text is not blank). Returns ""
// or the playground's error for a bad archive: a duplicate or invalid name (absolute, "..",
// empty), or no files at all.
std::string split_txtar(std::string_view src, std::vector<TxtarFile>& out);

// The `go 1.N` line of a go.mod file: N, or 0 when there is none.
int gomod_go_minor(std::string_view gomod);

// What a source (one file, or an archive) gives the engine: the package's .go files (the
// top-level ones of an archive), go.mod's version, and every file of the archive for the
// working directory. One place, so a run, a check for editor markers and is_test_program agree.
struct ProgramFiles {
  std::vector<lang::SourceFile> go;
  std::vector<std::pair<std::string, int>> first_line;  // .go file name → its first archive line
  std::vector<std::pair<std::string, std::string>> all;  // archive files (empty for one file)
  int go_minor = 0;                                       // go.mod's 1.N (21 or 22), 0: none
  std::string error;                                      // a bad archive: "duplicate file name ..."
};
ProgramFiles program_files(std::string_view source, const std::string& filename);

// gofmt for a source: one file, or each .go file of an archive (markers and other files kept
// as they are). Errors (gofmt's "name.go:L:C: msg" lines) go to *err.
std::string format_program(std::string_view source, const std::string& filename, std::string* err);

}  // namespace gort::host
