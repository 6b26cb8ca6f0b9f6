// engine/host/txtar.cpp — see txtar.h. The marker rule is txtar's (x/tools/txtar.isMarker):
// the line starts with "-- ", ends with " --", and what is between, trimmed, is the name. The
// leading text becoming prog.go and the name checks are the playground's (txtar.go splitFiles).
#include "host/txtar.h"

#include <set>

#include "lang/format/format.h"

namespace gort::host {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// The file name of a marker line, or false.
bool marker(std::string_view line, std::string* name) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line.size() < 6 || line.substr(0, 3) != "-- " || line.substr(line.size() - 3) != " --") return false;
  std::string_view n = trim(line.substr(3, line.size() - 6));
  if (n.empty()) return false;
  *name = std::string(n);
  return true;
}

template <typename F>
void for_lines(std::string_view src, F f) {
  size_t off = 0;
  while (off < src.size()) {
    size_t nl = src.find('\n', off);
    size_t end = nl == std::string_view::npos ? src.size() : nl + 1;
    f(src.substr(off, end - off), off);
    off = end;
  }
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

}  // namespace

bool is_txtar(std::string_view src) {
  bool found = false;
  std::string name;
  for_lines(src, [&](std::string_view line, size_t) {
    if (!found && line.substr(0, 3) == "-- ") {
      if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
      found = marker(line, &name);
    }
  });
  return found;
}

std::string split_txtar(std::string_view src, std::vector<TxtarFile>& out) {
  out.clear();
  std::string lead;
  TxtarFile* cur = nullptr;
  int lineno = 0;
  for_lines(src, [&](std::string_view line, size_t) {
    lineno++;
    std::string_view body = line;
    if (!body.empty() && body.back() == '\n') body.remove_suffix(1);
    std::string name;
    if (marker(body, &name)) {
      out.push_back({name, "", lineno + 1});
      cur = &out.back();
      return;
    }
    if (cur) cur->data.append(line);
    else lead.append(line);
  });
  if (!blank(lead)) out.insert(out.begin(), TxtarFile{"prog.go", lead, 1});
  std::set<std::string> seen;
  for (const TxtarFile& f : out) {
    const std::string& n = f.name;
    if (n[0] == '/' || n == ".." || n.rfind("../", 0) == 0 || n.find("/../") != std::string::npos ||
        (n.size() >= 3 && n.compare(n.size() - 3, 3, "/..") == 0) || n.back() == '/')
      return "invalid file name \"" + n + "\"";
    if (!seen.insert(n).second) return "duplicate file name \"" + n + "\"";
  }
  if (out.empty()) return "no files";
  return "";
}

int gomod_go_minor(std::string_view gomod) {
  int minor = 0;
  for_lines(gomod, [&](std::string_view line, size_t) {
    line = trim(line);
    if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
    line = trim(line);
    if (line.substr(0, 3) != "go " && line.substr(0, 3) != "go\t") return;
    std::string_view v = trim(line.substr(3));
    if (v.substr(0, 2) != "1.") return;
    int n = 0;
    size_t i = 2;
    for (; i < v.size() && v[i] >= '0' && v[i] <= '9' && n < 1000; i++) n = n * 10 + (v[i] - '0');
    if (i > 2) minor = n;
  });
  return minor;
}

ProgramFiles program_files(std::string_view source, const std::string& filename) {
  ProgramFiles pf;
  if (!is_txtar(source)) {
    pf.go.push_back({filename, std::string(source), 0, 0});
    pf.first_line.push_back({filename, 1});
    return pf;
  }
  std::vector<TxtarFile> parts;
  pf.error = split_txtar(source, parts);
  for (TxtarFile& f : parts) {
    bool top = f.name.find('/') == std::string::npos;
    if (top && f.name.size() > 3 && f.name.compare(f.name.size() - 3, 3, ".go") == 0) {
      pf.go.push_back({f.name, f.data, 0, 0});
      pf.first_line.push_back({f.name, f.first_line});
    }
    // The language version gort knows: 1.21 (older go lines too) to 1.24 (newer ones too).
    if (f.name == "go.mod")
      if (int m = gomod_go_minor(f.data); m > 0) pf.go_minor = m < 21 ? 21 : m > 24 ? 24 : m;
    pf.all.push_back({std::move(f.name), std::move(f.data)});
  }
  if (pf.error.empty() && pf.go.empty()) pf.error = "no .go files";
  return pf;
}

std::string format_program(std::string_view src, const std::string& filename, std::string* err) {
  err->clear();
  if (!is_txtar(src)) return lang::format::format_source(src, filename, err);
  std::vector<TxtarFile> parts;
  std::string bad = split_txtar(src, parts);
  if (!bad.empty()) {
    *err = bad + "\n";
    return "";
  }
  std::string text;
  bool lead = !parts.empty() && parts[0].first_line == 1;
  if (!lead) text = std::string(src.substr(0, src.find("-- ")));  // blank text before the first marker
  for (size_t i = 0; i < parts.size() && err->empty(); i++) {
    const TxtarFile& f = parts[i];
    if (i > 0 || !lead) text += "-- " + f.name + " --\n";
    bool go = f.name.size() > 3 && f.name.compare(f.name.size() - 3, 3, ".go") == 0;
    text += go ? lang::format::format_source(f.data, f.name, err) : f.data;
  }
  return text;
}

}  // namespace gort::host
