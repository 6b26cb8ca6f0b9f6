// engine/lang/imports/fix_imports.h — goimports for standard-library programs.
// Owns: the "fix imports" step of the playground's Format (and `gort fmt --fix-imports`): adds the
// std imports a file uses but lacks (`fmt.Println` without `import "fmt"`), removes unused ones,
// and merges every import declaration into one sorted block, then formats the result with
// lang/format so the output is gofmt-exact. Knows package *names* only (std_names.cpp), not the
// symbols each package exports.
#pragma once
#include <string>
#include <string_view>

namespace gort::lang::imports {

// Fixes the imports of one Go source file and formats it. On success returns the text and leaves
// *err empty; on a syntax error returns "" and sets *err as format_source does.
std::string fix_imports(std::string_view src, const std::string& filename, std::string* err);

// The import path a package name stands for in the standard library ("rand" → "math/rand",
// "template" → "text/template"), or "" when no std package has that name.
std::string_view std_import_path(std::string_view name);

}  // namespace gort::lang::imports
