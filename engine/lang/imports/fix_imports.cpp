// engine/lang/imports/fix_imports.cpp — fix_imports: find the package names a file uses, compare
// with its imports, rewrite the import declarations as one sorted block, then gofmt the result.
// Owns: deciding which names are package references. It works on tokens, not on scopes: a name
// X counts as a package use when it appears as `X.Sel` (not after another '.'), and it is never
// added as an import when X also appears anywhere as a plain identifier (a variable, parameter,
// field key, ... named like a package) — conservative, so Format never adds a wrong import.
#include "lang/imports/fix_imports.h"

#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "lang/format/format.h"
#include "lang/format/source_index.h"
#include "lang/parser.h"

namespace gort::lang::imports {
namespace {

// The name a file refers to an import by when the spec does not rename it: the path's last
// element, skipping a major-version suffix ("math/rand/v2" → "rand").
std::string default_name(const std::string& path) {
  std::string p = path;
  size_t slash = p.rfind('/');
  std::string last = slash == std::string::npos ? p : p.substr(slash + 1);
  if (slash != std::string::npos && last.size() > 1 && last[0] == 'v' &&
      std::all_of(last.begin() + 1, last.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    p = p.substr(0, slash);
    slash = p.rfind('/');
    last = slash == std::string::npos ? p : p.substr(slash + 1);
  }
  return last;
}

std::string quote(const std::string& path) { return "\"" + path + "\""; }

// A spec's text plus a comment that follows it on the same line (kept with the spec).
std::string spec_text(std::string_view src, int start, int end) {
  size_t e = size_t(end);
  size_t k = e;
  while (k < src.size() && (src[k] == ' ' || src[k] == '\t')) k++;
  if (src.substr(k, 2) == "//") {
    e = src.find('\n', k);
    if (e == std::string_view::npos) e = src.size();
  } else if (src.substr(k, 2) == "/*") {
    size_t close = src.find("*/", k + 2);
    size_t nl = src.find('\n', k);
    if (close != std::string_view::npos && (nl == std::string_view::npos || close < nl)) e = close + 2;
  }
  return std::string(src.substr(size_t(start), e - size_t(start)));
}

struct Kept {
  std::string path, text;
};

}  // namespace

std::string fix_imports(std::string_view src, const std::string& filename, std::string* err) {
  err->clear();
  std::vector<Diagnostic> diags;
  std::unique_ptr<File> file = parse_file(src, filename, diags);
  if (!diags.empty() || !file || !file->package_name) return format::format_source(src, filename, err);
  format::SourceIndex idx(src);

  // Byte ranges of the import declarations; their tokens are not uses.
  std::vector<std::pair<int, int>> decl_ranges;
  for (const Decl* d : file->decls) {
    if (d->is_func) continue;
    const auto* g = static_cast<const GenDecl*>(d);
    if (g->tok == Tok::Import) decl_ranges.push_back({idx.start(d), idx.end(d)});
  }
  auto in_imports = [&](int off) {
    for (auto [s, e] : decl_ranges)
      if (off >= s && off < e) return true;
    return false;
  };

  // Package uses (X in X.Sel) in order of first appearance, and names seen as plain identifiers.
  std::vector<std::string> used;
  std::set<std::string> used_set, plain;
  const int pkg_clause_end = idx.off(file->package_name->pos);
  for (int i = 0; idx.kind(i) != Tok::EOF_; i++) {
    if (idx.kind(i) != Tok::Ident || idx.toff(i) <= pkg_clause_end || in_imports(idx.toff(i))) continue;
    std::string name(src.substr(size_t(idx.toff(i)), size_t(idx.tend(i) - idx.toff(i))));
    if (idx.kind(i - 1) == Tok::Period) continue;  // a field or method name
    if (idx.kind(i + 1) == Tok::Period && idx.kind(i + 2) == Tok::Ident) {
      if (used_set.insert(name).second) used.push_back(name);
    } else {
      plain.insert(name);
    }
  }

  // Existing imports: keep those used (and every "_" / "." import), drop the rest.
  bool changed = false;
  std::vector<Kept> kept;
  std::set<std::string> imported_names;
  for (const ImportSpec* s : file->imports) {
    std::string local = s->name ? s->name->name : default_name(s->path);
    if (local != "_" && local != "." && !used_set.count(local)) {
      changed = true;
      continue;
    }
    imported_names.insert(local);
    kept.push_back({s->path, spec_text(src, idx.start(s), idx.end(s))});
  }
  // Missing std imports.
  for (const std::string& name : used) {
    if (imported_names.count(name) || plain.count(name)) continue;
    std::string_view path = std_import_path(name);
    if (path.empty()) continue;
    kept.push_back({std::string(path), quote(std::string(path))});
    imported_names.insert(name);
    changed = true;
  }
  // goimports merges every import declaration into the first one.
  if (decl_ranges.size() > 1) changed = true;
  if (!changed) return format::format_source(src, filename, err);

  std::stable_sort(kept.begin(), kept.end(), [](const Kept& a, const Kept& b) { return a.path < b.path; });
  kept.erase(std::unique(kept.begin(), kept.end(),
                         [](const Kept& a, const Kept& b) { return a.path == b.path && a.text == b.text; }),
             kept.end());
  std::string block;
  if (kept.size() == 1) {
    block = "import " + kept[0].text;
  } else if (!kept.empty()) {
    block = "import (\n";
    for (const Kept& k : kept) block += "\t" + k.text + "\n";
    block += ")";
  }

  // Rebuild: the block where the first import declaration was (or after the package clause),
  // every import declaration removed. gofmt then collapses the blank lines this leaves.
  std::string out;
  size_t at = 0;
  if (decl_ranges.empty()) {
    // After the package clause's line, so a comment on that line stays on it.
    size_t name_end = size_t(pkg_clause_end) + file->package_name->name.size();
    size_t k = name_end;
    while (k < src.size() && (src[k] == ' ' || src[k] == '\t')) k++;
    if (src.substr(k, 2) == "//") k = std::min(src.find('\n', k), src.size());
    if (k >= src.size() || src[k] == '\n') name_end = k;
    out.append(src.substr(0, name_end));
    if (!block.empty()) out += "\n\n" + block + "\n";
    at = name_end;
  }
  for (size_t k = 0; k < decl_ranges.size(); k++) {
    auto [s, e] = decl_ranges[k];
    out.append(src.substr(at, size_t(s) - at));
    if (k == 0) out += block;
    at = size_t(e);
  }
  out.append(src.substr(at));
  return format::format_source(out, filename, err);
}

}  // namespace gort::lang::imports
