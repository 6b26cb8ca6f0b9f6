// engine/lang/parser.h — Go parser: tokens → AST (ast.h).
// Owns: the grammar of Go (with type parameters and instantiations), gc's syntax error wording ("syntax error:
// unexpected X, expected Y"), and a nesting-depth limit so that hostile input gives an error
// instead of overflowing the native stack. After the first syntax error the parser stops
// (gc would report more; the first one is what a playground user needs).
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lang/ast.h"
#include "lang/frontend.h"

namespace gort::lang {

// Maximum nesting of expressions/types/statements before "syntax error: nesting too deep".
constexpr int kMaxParseDepth = 400;

// Parses one file. Always returns a File (possibly partial); errors are appended to diags.
// allow_no_body: function declarations without bodies are fine (std declaration tables).
// line_base: lines are numbered from line_base + 1 (a file of a several-file package).
std::unique_ptr<File> parse_file(std::string_view src, const std::string& filename,
                                 std::vector<Diagnostic>& diags, int line_base = 0);

// Re-parses the function declaration starting at `at` (its "func" keyword) in src: a fresh
// AST (positions as in the file) for checking one instance of a generic function or method.
std::unique_ptr<File> parse_func_decl_at(std::string_view src, Pos at, const std::string& filename,
                                         std::vector<Diagnostic>& diags, int line_base = 0);

}  // namespace gort::lang
