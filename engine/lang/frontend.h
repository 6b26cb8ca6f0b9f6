// engine/lang/frontend.h — the front end's one entry point: Go source text → checked Program.
// Owns: the Program (file AST + type context + packages + what the compiler needs to emit the
// package's initialization) and the diagnostics list in gc's format. Knows nothing of threads;
// reports errors by return value (no exceptions).
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lang/ast.h"
#include "lang/context.h"
#include "lang/embed.h"
#include "lang/types.h"

namespace gort::lang {

struct Diagnostic {
  Pos pos;
  std::string msg;  // gc's wording, e.g. "declared and not used: x"
  bool loader = false;  // go build's own error (a //go:embed pattern): printed without "./"
};

// Sorted by position; at most 10 then "too many errors", as gc prints them:
//   prog.go:5:2: declared and not used: x
std::string format_diagnostics(const std::string& filename, const std::vector<Diagnostic>& diags);

// One file of a package made of several files (the playground's txtar form). Lines are
// numbered across the package: file k's line n is Pos line `line_base + n`, so a Pos names
// its file without a file field, positions of different files still sort in file order (gc
// sorts its errors by file name, then line), and everything after the front end (compiler line
// tables, tracebacks) keeps working on plain ints; only printing maps a line back.
struct SourceFile {
  std::string name;   // "prog.go", "util.go"
  std::string text;
  int line_base = 0;  // set by check_files
  int nlines = 0;
};
// The file holding package-wide line `line` (nullptr if none) and its local line.
const SourceFile* locate_line(const std::vector<SourceFile>& files, int line, int* local);
// As format_diagnostics, each position printed as gc does in module mode: "./util.go:3:5: ".
std::string format_diagnostics(const std::vector<SourceFile>& files, const std::vector<Diagnostic>& diags);


struct CheckOptions {
  // Language version 1.N. 0 lets the file decide: its //go:build go1.NN line lowers the default
  // (1.22), as in a module whose go.mod says 1.22. A non-zero value is an explicit choice (the
  // CLI's --go, the playground's selector) and overrides the file, so a tutorial can show one
  // program under both loop-variable semantics.
  int go_minor = 0;
  // A package without func main whose files declare TestXxx(*testing.T), BenchmarkXxx or
  // ExampleXxx functions gets a generated main that runs them (as the Go playground does).
  bool test_main = true;
  // `go test` (the CLI's `gort test` of a package with *_test.go files): those files are part of
  // the package even when it has a func main, and only their functions are tests; the package's
  // main is then not run (see kTestEntry).
  bool go_test = false;
  // The files //go:embed patterns may name (the package directory = the run's working
  // directory), read during the check only. nullptr (vet, tools that need no values): the
  // patterns are not resolved (no "no matching files" error) and the variables stay zero.
  const EmbedFiles* files = nullptr;
};

// A package-level variable initializer, in Go's dependency order: lhs = rhs (rhs may be nullptr:
// zero value; one rhs with several lhs: a multi-value call or comma-ok expression).
struct VarInit {
  std::vector<Var*> lhs;
  Expr* rhs = nullptr;
};

struct Program {
  std::unique_ptr<File> file;
  std::unique_ptr<TypeContext> ctx;
  Package* main = nullptr;
  std::vector<Package*> imports;   // std packages the file imports (declared from std/ text)
  std::vector<VarInit> var_inits;  // package-level var initialization, dependency order
  std::vector<Func*> inits;        // init functions, source order
  Func* main_func = nullptr;
  std::vector<Var*> globals;       // every package-level var of main, declaration order
  // Instances of generic functions and of generic types' methods (each with its own decl, a
  // fresh parse of the generic text, checked with concrete types), in creation order.
  std::vector<Func*> instances;
  int go_minor = 24;               // effective language version
  // Std packages written in Go (lang/std/std_go.h) that the program uses, dependencies first,
  // with their ASTs: the compiler emits their functions. Their globals, var_inits, inits and
  // instances come first in the lists above (Go initializes imported packages first).
  std::vector<std::pair<Package*, File*>> std_go;
  // Several-file packages (check_files): every file (sorted by name; text owned here, the
  // generic re-parse reads it), and the ASTs of all but the first, whose declarations `file`
  // holds too. Empty for check_source.
  std::vector<SourceFile> sources;
  std::vector<std::unique_ptr<File>> more_files;
  // check_files generated main to run the package's tests (CheckOptions::test_main).
  bool is_test = false;
  std::string entry = "main";   // the function runtime.main calls (kTestEntry: go test of a main)
  Program();
  ~Program();
  Program(Program&&) noexcept;
  Program& operator=(Program&&) noexcept;
};

// Scan, parse and type-check one file of package main. Returns true when there are no errors;
// otherwise diags holds them (sorted, deduplicated per line as gc does).
bool check_source(std::string_view src, const std::string& filename, const CheckOptions& opts,
                  Program& out, std::vector<Diagnostic>& diags);

// The same for a package of several files (and for one file that may be a test program): the
// files are sorted by name (as `go build` orders them, which fixes initialization order) and
// numbered across (SourceFile). Each file has its own block for its imports (Checker::file_scope).
// Print diags with format_diagnostics(out.sources, diags).
bool check_files(std::vector<SourceFile> files, const CheckOptions& opts, Program& out,
                 std::vector<Diagnostic>& diags);

}  // namespace gort::lang
