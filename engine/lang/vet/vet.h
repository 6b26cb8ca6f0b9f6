// engine/lang/vet/vet.h — `go vet` for one checked file: the analyzers the Go playground's vet
// is known for (assign, bools, copylocks, loopclosure, lostcancel, printf, unreachable,
// unusedresult), each a port of Go 1.19's golang.org/x/tools analyzer of that name onto the
// front end's AST and types (DESIGN decision 10: no parser of its own). Findings carry go vet's
// wording and positions; the driver orders them as go vet prints them (analyzers in
// alphabetical order, each in its own traversal order).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "lang/frontend.h"

namespace gort::lang::vet {

struct Finding {
  Pos pos;
  std::string analyzer;  // "printf", "copylocks", ...
  std::string msg;       // go vet's wording: "fmt.Printf format %d has arg s of wrong type string"
};

// Runs every analyzer on a program that type-checked. Never throws, never aborts.
std::vector<Finding> vet_program(const Program& prog);

// Parses, checks and vets src. Returns false when the file does not compile (errors then holds
// the compiler's diagnostics, findings stays empty).
bool vet_source(std::string_view src, const std::string& filename, const CheckOptions& opts,
                std::vector<Finding>& findings, std::vector<Diagnostic>& errors);

// go vet's lines: "./prog.go:12:3: msg\n" per finding (no "# command-line-arguments" header).
std::string format_findings(const std::string& filename, const std::vector<Finding>& findings);

}  // namespace gort::lang::vet
