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

namespace gort::host {

struct TxtarFile {
  std::string name;
  std::string data;
};

// True when some line is a file marker: "-- " + name + " --" with a non-empty name.
bool is_txtar(std::string_view src);

// The archive's files in order (prog.go first when the leading text is not blank). Returns ""
// or the playground's error for a bad archive: a duplicate or invalid name (absolute, "..",
// empty), or no files at all.
std::string split_txtar(std::string_view src, std::vector<TxtarFile>& out);

// The `go 1.N` line of a go.mod file: N, or 0 when there is none.
int gomod_go_minor(std::string_view gomod);

}  // namespace gort::host
