// engine/lang/std/std_decls.h — the std packages the checker knows, as Go declarations.
// Owns: one table path → Go source text (bodies omitted). The checker parses and checks these
// with the same parser/checker as user code; BE's stdlib binds native implementations by each
// Func's qualified_name() ("time.Sleep", "time.Duration.String", "(*sync.WaitGroup).Add").
#pragma once
#include <string_view>

namespace gort::lang {

// Returns the declaration source for an import path, or an empty view if not known. A package
// written in Go (std_go.h) is found first; its text has function bodies and initialized vars.
std::string_view std_package_source(std::string_view path);

// Whether the package at path is one of those written in Go (std_go.h): its package variables
// are real globals initialized before main's, and its functions with bodies are compiled.
bool std_package_is_go(std::string_view path);

}  // namespace gort::lang
