// engine/text/path_match.h — Go 1.19's path.Match (path/match.go), shared by //go:embed's
// pattern resolution (lang/embed_resolve.cpp) and the path and path/filepath packages
// (stdlib/path_natives.cpp; on Linux filepath.Match is the same function).
#pragma once
#include <string_view>

namespace gort::text {

// Reports whether `name` matches the shell pattern `pattern` in *matched. Returns false when
// the pattern is malformed (Go's path.ErrBadPattern); as Go 1.19 does, the rest of the
// pattern is checked for well-formedness before a mismatch is reported.
bool path_match(std::string_view pattern, std::string_view name, bool* matched);

}  // namespace gort::text
