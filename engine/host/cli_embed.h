// engine/host/cli_embed.h — `gort run x.go` for a program with //go:embed lines: the CLI (the
// host, not the engine) puts the files the patterns can reach, from x.go's directory, into the
// run's in-memory file system, as `go run x.go` embeds from the package directory.
#pragma once
#include <string>

#include "host/engine.h"

namespace gort::host {

// Adds to opts.files every file under dir that a //go:embed pattern of source may name (the
// entries matching each pattern's first path element, directories walked), unless --file
// already gave that name. Go's rules (hidden names, nested modules, no match) are applied later
// by the compiler, which sees only these files. Returns "" or an error for the user.
std::string add_embed_files(const std::string& dir, const std::string& source, RunOptions& opts);
// The same for the program file at `path`: its directory is the package directory.
std::string add_embed_files_next_to(const std::string& path, const std::string& source, RunOptions& opts);

}  // namespace gort::host
