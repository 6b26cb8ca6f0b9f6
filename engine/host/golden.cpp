// engine/host/golden.cpp — parsing of `// Output:`-style expectations and the comparison with
// a run's output (see golden.h for the conventions).
#include "host/golden.h"

#include <algorithm>
#include <cstdlib>

namespace gort::host {
namespace {

std::string_view trim_left(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

std::string_view trim_right(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i <= text.size()) {
    size_t j = text.find('\n', i);
    if (j == std::string_view::npos) j = text.size();
    out.push_back(text.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

// If `line` is a `//` comment, stores its text (without "//" and one following space).
bool comment_text(std::string_view line, std::string_view& text) {
  std::string_view t = trim_left(line);
  if (t.substr(0, 2) != "//") return false;
  t.remove_prefix(2);
  if (!t.empty() && t.front() == ' ') t.remove_prefix(1);
  text = trim_right(t);
  return true;
}

enum class Marker { None, Output, Unordered, Stderr, Exit, Flags, GoSkip, Stdin };

Marker marker_of(std::string_view text, std::string_view& rest) {
  struct M { std::string_view prefix; Marker m; };
  static constexpr M markers[] = {
      {"Output:", Marker::Output},   {"Unordered output:", Marker::Unordered},
      {"Stderr:", Marker::Stderr},   {"Exit:", Marker::Exit},
      {"gort:", Marker::Flags},      {"go: skip", Marker::GoSkip},
      {"Stdin:", Marker::Stdin},
  };
  for (const M& m : markers) {
    if (text.substr(0, m.prefix.size()) == m.prefix) {
      rest = trim_left(text.substr(m.prefix.size()));
      return m.m;
    }
  }
  return Marker::None;
}

}  // namespace

Expectation parse_expectation(std::string_view source) {
  Expectation e;
  std::vector<std::string>* block = nullptr;  // the block that comment lines append to
  for (std::string_view line : split_lines(source)) {
    std::string_view text;
    if (!comment_text(line, text)) {
      block = nullptr;
      continue;
    }
    std::string_view rest;
    switch (marker_of(text, rest)) {
      case Marker::Output:
      case Marker::Unordered:
        e.has_output = true;
        e.unordered = text[0] == 'U';
        e.output.clear();
        block = &e.output;
        if (!rest.empty()) block->emplace_back(rest);
        continue;
      case Marker::Stderr:
        e.has_stderr = true;
        block = &e.stderr_lines;
        if (!rest.empty()) block->emplace_back(rest);
        continue;
      case Marker::Stdin:
        e.has_stdin = true;
        block = &e.stdin_lines;
        if (!rest.empty()) block->emplace_back(rest);
        continue;
      case Marker::Exit:
        e.exit_code = std::atoi(std::string(rest).c_str());
        block = nullptr;
        continue;
      case Marker::Flags: {
        size_t i = 0;
        while (i < rest.size()) {
          while (i < rest.size() && rest[i] == ' ') i++;
          size_t j = i;
          while (j < rest.size() && rest[j] != ' ') j++;
          if (j > i) e.flags.emplace_back(rest.substr(i, j - i));
          i = j;
        }
        block = nullptr;
        continue;
      }
      case Marker::GoSkip:
        e.go_skip = true;
        block = nullptr;
        continue;
      case Marker::None:
        if (block) block->emplace_back(text);
        continue;
    }
  }
  while (!e.output.empty() && e.output.back().empty()) e.output.pop_back();
  return e;
}

std::vector<GoldenCase> extract_cases(std::string_view path, std::string_view text) {
  std::vector<GoldenCase> cases;
  bool md = path.size() >= 3 && (path.substr(path.size() - 3) == ".md");
  std::string base(path.substr(path.find_last_of('/') == std::string_view::npos
                                   ? 0 : path.find_last_of('/') + 1));
  if (!md) {
    Expectation e = parse_expectation(text);
    if (e.has_output) cases.push_back({base, std::string(text), std::move(e)});
    return cases;
  }
  std::vector<std::string_view> lines = split_lines(text);
  for (size_t i = 0; i < lines.size(); i++) {
    std::string_view l = trim_left(lines[i]);
    if (trim_right(l) != "```go") continue;
    size_t start = i + 1, j = start;
    while (j < lines.size() && trim_right(trim_left(lines[j])) != "```") j++;
    std::string src;
    for (size_t k = start; k < j; k++) {
      src.append(lines[k]);
      src.push_back('\n');
    }
    Expectation e = parse_expectation(src);
    if (e.has_output) cases.push_back({base + ":" + std::to_string(i + 1), src, std::move(e)});
    i = j;
  }
  return cases;
}

std::vector<std::string> normalize_lines(std::string_view text) {
  std::vector<std::string> out;
  for (std::string_view l : split_lines(text)) out.emplace_back(trim_right(l));
  while (!out.empty() && out.back().empty()) out.pop_back();
  return out;
}

std::string line_diff(const std::vector<std::string>& want, const std::vector<std::string>& got) {
  // Outputs checked here are small; cap the table so a runaway program cannot exhaust memory.
  const size_t n = std::min<size_t>(want.size(), 2000), m = std::min<size_t>(got.size(), 2000);
  std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
  for (size_t i = n; i-- > 0;)
    for (size_t j = m; j-- > 0;)
      lcs[i][j] = want[i] == got[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  std::string out;
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && want[i] == got[j]) {
      out += "  " + want[i++] + "\n";
      j++;
    } else if (j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j])) {
      out += "+ " + got[j++] + "\n";
    } else {
      out += "- " + want[i++] + "\n";
    }
  }
  return out;
}

std::string check_output(const Expectation& exp, std::string_view out, std::string_view err,
                         int exit_code) {
  std::string report;
  if (exp.has_output) {
    std::vector<std::string> got = normalize_lines(out), want = exp.output;
    if (exp.unordered) {
      std::vector<std::string> g = got, w = want;
      std::sort(g.begin(), g.end());
      std::sort(w.begin(), w.end());
      if (g != w) report += "stdout differs (unordered; sorted lines, - want + got):\n" + line_diff(w, g);
    } else if (got != want) {
      report += "stdout differs (- want + got):\n" + line_diff(want, got);
    }
  }
  if (exp.has_stderr) {
    std::vector<std::string> lines = normalize_lines(err);
    size_t at = 0;
    for (const std::string& w : exp.stderr_lines) {
      while (at < lines.size() && lines[at].find(w) == std::string::npos) at++;
      if (at == lines.size()) {
        report += "stderr lacks (in order): " + w + "\n--- stderr was:\n" + std::string(err);
        if (!err.empty() && err.back() != '\n') report += "\n";
        break;
      }
      at++;
    }
  }
  if (exit_code != exp.exit_code) {
    report += "exit status " + std::to_string(exit_code) + ", want " +
              std::to_string(exp.exit_code) + "\n";
    if (!exp.has_stderr && !err.empty()) report += "--- stderr was:\n" + std::string(err) + "\n";
  }
  return report;
}

}  // namespace gort::host
