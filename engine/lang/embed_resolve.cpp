// engine/lang/embed_resolve.cpp — go build's side of //go:embed (cmd/go/internal/load's
// resolveEmbed, go/build's pattern collection): which files each pattern names, and the one
// error go build stops at. Globbing is Go 1.19's path.Match (engine/text, shared with the path
// package) over filepath.Glob's walk.
#include <algorithm>
#include <set>

#include "lang/embed.h"
#include "lang/frontend.h"
#include "lang/scanner.h"
#include "text/path_match.h"

namespace gort::lang {

namespace {

// ---- the package directory, through EmbedFiles ----
std::string join(const std::string& dir, const std::string& name) { return dir.empty() ? name : dir + "/" + name; }

bool has_meta(std::string_view p) { return p.find_first_of("*?[\\") != std::string_view::npos; }

std::vector<std::string> sorted_names(const EmbedFiles* fs, const std::string& dir) {
  std::vector<std::string> n = fs ? fs->names(dir) : std::vector<std::string>{};
  std::sort(n.begin(), n.end());
  return n;
}
EmbedFiles::Kind kind_of(const EmbedFiles* fs, const std::string& p) {
  return fs ? fs->kind(p) : (p.empty() ? EmbedFiles::Kind::Dir : EmbedFiles::Kind::Missing);
}

// filepath.Glob relative to the package directory (the pattern is valid: checked first).
void glob(const EmbedFiles* fs, const std::string& pattern, std::vector<std::string>* out) {
  if (!has_meta(pattern)) {
    if (kind_of(fs, pattern) != EmbedFiles::Kind::Missing) out->push_back(pattern);
    return;
  }
  size_t slash = pattern.rfind('/');
  std::string dir = slash == std::string::npos ? "" : pattern.substr(0, slash);
  std::string file = slash == std::string::npos ? pattern : pattern.substr(slash + 1);
  std::vector<std::string> dirs;
  if (has_meta(dir)) glob(fs, dir, &dirs);
  else dirs.push_back(dir);
  for (const std::string& d : dirs) {
    if (kind_of(fs, d) != EmbedFiles::Kind::Dir) continue;
    for (const std::string& n : sorted_names(fs, d)) {
      bool m = false;
      if (text::path_match(file, n, &m) && m) out->push_back(join(d, n));
    }
  }
}

// module.CheckFilePath's element rules (isBadEmbedName): names a module zip cannot hold.
bool bad_embed_name(const std::string& name) {
  if (name.empty() || name == ".bzr" || name == ".hg" || name == ".git" || name == ".svn") return true;
  if (std::count(name.begin(), name.end(), '.') == long(name.size()) || name.back() == '.') return true;
  for (unsigned char c : name) {
    if (c >= 0x80) continue;  // non-ASCII: Go allows letters (approximated: all)
    if (std::isalnum(c) || std::string_view("!#$%&()+,-.=@[]^_{}~ ").find(char(c)) != std::string_view::npos) continue;
    return true;
  }
  std::string shortn = name.substr(0, name.find('.'));
  for (char& c : shortn) c = char(std::toupper(static_cast<unsigned char>(c)));
  static const char* const kBad[] = {"CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6",
                                     "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6",
                                     "LPT7", "LPT8", "LPT9"};
  for (const char* b : kBad)
    if (shortn == b) return true;
  return false;
}

std::string base(const std::string& p) {
  size_t s = p.rfind('/');
  return s == std::string::npos ? p : p.substr(s + 1);
}

// resolveEmbed for one pattern: its files (sorted) or the error text.
bool resolve_one(const EmbedFiles* fs, const std::string& pattern, std::vector<std::string>* list, std::string* err) {
  bool all = pattern.rfind("all:", 0) == 0;
  std::string g = all ? pattern.substr(4) : pattern;
  // path.Match(glob, "") validates the syntax; validEmbedPattern = fs.ValidPath and not ".".
  bool dummy;
  bool valid = text::path_match(g, "", &dummy) && g != ".";
  if (valid) {
    std::string_view rest = g;
    for (;;) {
      size_t i = rest.find('/');
      std::string_view elem = rest.substr(0, i);
      if (elem.empty() || elem == "." || elem == "..") valid = false;
      if (i == std::string_view::npos || !valid) break;
      rest.remove_prefix(i + 1);
    }
  }
  if (!valid) {
    *err = "invalid pattern syntax";
    return false;
  }
  std::vector<std::string> matches;
  glob(fs, g, &matches);
  std::set<std::string> have;
  for (const std::string& rel : matches) {
    EmbedFiles::Kind k = kind_of(fs, rel);
    const char* what = k == EmbedFiles::Kind::Dir ? "directory" : "file";
    // Every element from the match up to the package directory: no go.mod (another module),
    // no name a module cannot hold.
    for (std::string d = rel; !d.empty(); d = d.find('/') == std::string::npos ? "" : d.substr(0, d.rfind('/'))) {
      if (kind_of(fs, d + "/go.mod") == EmbedFiles::Kind::File) {
        *err = std::string("cannot embed ") + what + " " + rel + ": in different module";
        return false;
      }
      if (bad_embed_name(base(d))) {
        *err = std::string("cannot embed ") + what + " " + rel + (d == rel ? ": invalid name " : ": in invalid directory ") + base(d);
        return false;
      }
    }
    if (k == EmbedFiles::Kind::File) {
      have.insert(rel);
      continue;
    }
    // A directory: its files, recursively, without names Go leaves out of modules and, unless
    // "all:", hidden ones; a subdirectory with go.mod is another module.
    int count = 0;
    std::vector<std::string> stack{rel};
    while (!stack.empty()) {
      std::string d = stack.back();
      stack.pop_back();
      for (const std::string& n : sorted_names(fs, d)) {
        std::string p = join(d, n);
        if (bad_embed_name(n) || ((n[0] == '.' || n[0] == '_') && !all)) continue;
        EmbedFiles::Kind nk = kind_of(fs, p);
        if (nk == EmbedFiles::Kind::Dir) {
          if (kind_of(fs, p + "/go.mod") != EmbedFiles::Kind::File) stack.push_back(p);
        } else if (nk == EmbedFiles::Kind::File) {
          count++;
          have.insert(p);
        }
      }
    }
    if (count == 0) {
      *err = "cannot embed directory " + rel + ": contains no embeddable files";
      return false;
    }
  }
  if (have.empty()) {
    *err = "no matching files found";
    return false;
  }
  list->assign(have.begin(), have.end());
  return true;
}

}  // namespace

bool resolve_embed_patterns(const std::vector<const File*>& files, const EmbedFiles* fs,
                            EmbedPatternFiles* patterns, std::vector<Diagnostic>& diags) {
  // go/build: the well-formed //go:embed lines (at the start of a line, after the imports) of
  // the files that import "embed"; each pattern's first position (files in name order).
  std::map<std::string, Pos> first;
  for (const File* f : files) {
    bool have_embed = false;
    Pos after;
    for (const ImportSpec* s : f->imports) {
      have_embed = have_embed || s->path == "embed";
      if (after < s->path_pos) after = s->path_pos;
    }
    if (!have_embed) continue;
    for (const EmbedDirective& d : f->embed_directives) {
      if (!d.line_start || d.pos < after) continue;
      std::vector<EmbedPattern> pats;
      std::string err;
      constexpr size_t kw = sizeof("go:embed") - 1;
      if (!parse_embed_args(std::string_view(d.text).substr(kw), Pos{d.pos.line, d.pos.col + int32_t(kw)}, &pats, &err))
        continue;  // the compiler reports it
      for (const EmbedPattern& p : pats) first.emplace(p.pattern, p.pos);
    }
  }
  for (const auto& [pattern, pos] : first) {  // sorted, as go build resolves them
    std::vector<std::string> list;
    std::string err;
    if (!resolve_one(fs, pattern, &list, &err)) {
      Diagnostic d{pos, "pattern " + pattern + ": " + err};
      d.loader = true;
      diags.push_back(d);
      return false;
    }
    (*patterns)[pattern] = std::move(list);
  }
  return true;
}

}  // namespace gort::lang
