// engine/host/cli_embed.cpp — see cli_embed.h.
#include "host/cli_embed.h"

#include <set>
#include <string_view>
#include <vector>

#include "host/fd_io.h"
#include "lang/embed.h"
#include "text/path_match.h"

namespace gort::host {
namespace {

// Bounds on what one run takes from the disk: a pattern such as `*` next to a program in a
// big directory must not make the CLI read it all.
constexpr size_t kMaxFiles = 10000;
constexpr size_t kMaxBytes = 256u << 20;
constexpr int kMaxDepth = 32;

// The patterns of every `//go:embed` line, split and unquoted by gc's own parser. A line it
// rejects adds nothing here: the compiler reports it at its position.
std::vector<std::string> embed_patterns(const std::string& source) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < source.size()) {
    size_t end = source.find('\n', pos);
    if (end == std::string::npos) end = source.size();
    std::string_view line(source.data() + pos, end - pos);
    pos = end + 1;
    size_t i = line.find_first_not_of(" \t");
    if (i == std::string_view::npos || line.substr(i, 10) != "//go:embed") continue;
    std::vector<lang::EmbedPattern> pats;
    std::string err;
    if (!lang::parse_embed_args(line.substr(i + 10), lang::Pos{}, &pats, &err)) continue;
    for (lang::EmbedPattern& p : pats) out.push_back(std::move(p.pattern));
  }
  return out;
}

std::string join(const std::string& a, const std::string& b) { return a.empty() ? b : a + "/" + b; }

bool hidden(const std::string& name) { return !name.empty() && (name[0] == '.' || name[0] == '_'); }

struct Walk {
  const std::string& root;
  std::set<std::string>& have;  // names already in opts.files (and those added)
  RunOptions& opts;
  size_t bytes = 0;
  std::string err;

  // rel: a path under root; files are added, directories walked. skip_hidden: the pattern
  // names this directory itself (no "all:"), so Go leaves its .- and _-names out — and a .git
  // is not read; a longer pattern (folder/*.hash) may name such a file, so it takes them all.
  // depth bounds a walk that a symbolic link to a parent directory would make endless.
  void add(const std::string& rel, bool skip_hidden, int depth = 0) {
    if (!err.empty() || have.count(rel) || depth > kMaxDepth) return;
    std::vector<std::string> names;
    if (list_host_dir(root + "/" + rel, names)) {
      for (const std::string& n : names)
        if (!skip_hidden || !hidden(n)) add(join(rel, n), skip_hidden, depth + 1);
      return;
    }
    std::string data;
    if (!read_host_file(root + "/" + rel, data)) return;  // unreadable: as if absent
    if (opts.files.size() >= kMaxFiles || bytes + data.size() > kMaxBytes) {
      err = "gort run: the //go:embed patterns reach more than " + std::to_string(kMaxFiles) + " files or " +
            std::to_string(kMaxBytes >> 20) + " MiB in " + root + "; name the files with --file\n";
      return;
    }
    bytes += data.size();
    have.insert(rel);
    opts.files.emplace_back(rel, std::move(data));
  }
};

}  // namespace

std::string add_embed_files(const std::string& dir, const std::string& source, RunOptions& opts) {
  std::vector<std::string> patterns = embed_patterns(source);
  if (patterns.empty()) return "";
  std::vector<std::string> top;
  if (!list_host_dir(dir.empty() ? "." : dir, top)) return "";
  std::set<std::string> have;
  for (const auto& f : opts.files) have.insert(f.first);
  Walk w{dir.empty() ? "." : dir, have, opts, 0, {}};
  for (std::string p : patterns) {
    bool all = p.rfind("all:", 0) == 0;
    if (all) p = p.substr(4);
    size_t slash = p.find('/');
    std::string first = p.substr(0, slash);
    for (const std::string& n : top) {
      bool m = false;
      // A hidden entry only when the pattern spells its first character (`.env`, not `*`).
      if (first.empty() || (hidden(n) && first[0] != n[0])) continue;
      if (text::path_match(first, n, &m) && m) w.add(n, slash == std::string::npos && !all);
    }
  }
  return w.err;
}

std::string add_embed_files_next_to(const std::string& path, const std::string& source, RunOptions& opts) {
  size_t slash = path.rfind('/');
  return add_embed_files(slash == std::string::npos ? "." : path.substr(0, slash + (slash == 0)), source, opts);
}

}  // namespace gort::host
