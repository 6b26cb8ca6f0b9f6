// engine/lang/std/std_decls.h — the std packages the checker knows, as Go declarations.
// Owns: one table path → Go source text (bodies omitted). The checker parses and checks these
// with the same parser/checker as user code; BE's stdlib binds native implementations by each
// Func's qualified_name() ("time.Sleep", "time.Duration.String", "(*sync.WaitGroup).Add").
#pragma once
#include <string_view>

namespace gort::lang {

// Returns the declaration source for an import path, or an empty view if not known.
std::string_view std_package_source(std::string_view path);

}  // namespace gort::lang
