// engine/host/golden.h — expectations written in Go programs and Markdown documents, and the
// check of a run's output against them. Used by `gort test` and mirrored by the Node runner
// tests/go/run.mjs (same conventions, documented in tests/go/README.md):
//
//   // gort: --faketime --gomaxprocs 1    flags for this program (as on the command line)
//   // go: skip <reason>                  not compared with real `go run` (nondeterministic, or
//                                         needs Go 1.22 semantics that Go 1.19 lacks)
//   // Output:                            stdout, one comment line per output line, exact
//   // Unordered output:                  stdout, the same lines in any order
//   // Stderr:                            lines that must appear in stderr, in this order, each
//                                         as a substring of one stderr line (traces vary)
//   // Exit: 2                            exit status (default 0)
//   // Stdin:                             lines fed to the program's stdin (then EOF)
//
// In Markdown, every ```go fenced block that contains an `// Output:` or `// Unordered output:`
// line is one case. Comparison trims trailing spaces of each line and trailing blank lines,
// like Go's example tests.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace gort::host {

struct Expectation {
  bool has_output = false;
  bool unordered = false;
  std::vector<std::string> output;        // expected stdout lines
  bool has_stderr = false;
  std::vector<std::string> stderr_lines;  // each must occur, in order, as a substring
  int exit_code = 0;
  std::vector<std::string> flags;         // words of the `// gort:` line(s)
  bool has_stdin = false;
  std::vector<std::string> stdin_lines;   // fed to stdin, each followed by "\n"
  bool go_skip = false;
};

struct GoldenCase {
  std::string name;    // "file.go" or "doc.md:LINE" (line of the opening fence)
  std::string source;  // the Go program
  Expectation exp;
};

// Reads expectations from one Go source text.
Expectation parse_expectation(std::string_view source);

// All cases of a file: a .go file is one case (if it has an output block), a .md file one per
// fenced go block with an output block. Returns an empty list when there are none.
std::vector<GoldenCase> extract_cases(std::string_view path, std::string_view text);

// Splits output into lines as compared: trailing spaces trimmed, trailing blank lines dropped.
std::vector<std::string> normalize_lines(std::string_view text);

// "" if stdout/stderr/exit meet the expectation; otherwise a human-readable report with a
// line diff of expected vs actual stdout.
std::string check_output(const Expectation& exp, std::string_view out, std::string_view err,
                         int exit_code);

// A minimal line diff (longest common subsequence): " " same, "-" expected only, "+" actual only.
std::string line_diff(const std::vector<std::string>& want, const std::vector<std::string>& got);

}  // namespace gort::host
