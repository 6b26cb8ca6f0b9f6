// engine/lang/format/format.h — gofmt in the engine.
// Owns: the entry point of the formatter: source text in, source text out exactly as Go 1.19's
// gofmt prints it (comments kept), or the syntax errors when the source does not parse. The
// printer (printer.cpp) is a port of go/printer over the front end's own AST (lang/parser.h);
// alignment is a port of text/tabwriter (tabwriter.cpp). No threads, no VM.
#pragma once
#include <string>
#include <string_view>

namespace gort::lang::format {

// Formats one Go source file. On success returns the formatted text and leaves *err empty; on a
// syntax error returns "" and sets *err to the errors, one per line, as gofmt prints them
// ("prog.go:3:5: message").
std::string format_source(std::string_view src, const std::string& filename, std::string* err);

}  // namespace gort::lang::format
