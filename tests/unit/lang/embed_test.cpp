// tests/unit/lang/embed_test.cpp — //go:embed's pieces on their own: a directive's patterns
// (gc's parseGoEmbed, with go/build's columns), path.Match, go build's pattern resolution over
// a file tree (hidden names, all:, nested modules, bad names, the first failing pattern), and
// which declaration takes a directive (gc's parser and irgen rounds). End to end (with Go's
// output) in tests/go/embed_*.txtar.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "lang/embed.h"
#include "lang/frontend.h"
#include "lang/parser.h"
#include "text/path_match.h"

using namespace gort::lang;

namespace {

// A package directory from a path → contents map (directories are implied by the paths).
class TreeFiles final : public EmbedFiles {
 public:
  explicit TreeFiles(std::map<std::string, std::string> files) : files_(std::move(files)) {}
  Kind kind(const std::string& p) const override {
    if (p.empty()) return Kind::Dir;
    if (files_.count(p)) return Kind::File;
    for (const auto& [name, data] : files_)
      if (name.rfind(p + "/", 0) == 0) return Kind::Dir;
    return Kind::Missing;
  }
  std::vector<std::string> names(const std::string& dir) const override {
    std::set<std::string> out;
    std::string pre = dir.empty() ? "" : dir + "/";
    for (const auto& [name, data] : files_)
      if (name.rfind(pre, 0) == 0) out.insert(name.substr(pre.size(), name.find('/', pre.size()) - pre.size()));
    return {out.rbegin(), out.rend()};  // any order: the resolver sorts
  }
  std::string read(const std::string& p) const override {
    auto it = files_.find(p);
    return it == files_.end() ? "" : it->second;
  }

 private:
  std::map<std::string, std::string> files_;
};

std::string args(std::string_view text) {
  std::vector<EmbedPattern> pats;
  std::string err;
  if (!parse_embed_args(text, Pos{3, 11}, &pats, &err)) return "error: " + err;
  std::string out;
  for (const EmbedPattern& p : pats) out += p.pattern + "@" + std::to_string(p.pos.col) + " ";
  return out;
}

// Resolves the patterns of `//go:embed <line>` in a file importing embed: "pattern → files"
// lines, or go build's error.
std::string resolve(const std::string& line, const TreeFiles& tree) {
  std::vector<Diagnostic> d;
  std::string src = "package main\nimport _ \"embed\"\n//go:embed " + line + "\nvar x string\n";
  std::unique_ptr<File> f = parse_file(src, "prog.go", d);
  EmbedPatternFiles pf;
  if (!resolve_embed_patterns({f.get()}, &tree, &pf, d))
    return std::to_string(d.back().pos.line) + ":" + std::to_string(d.back().pos.col) + ": " + d.back().msg;
  std::string out;
  for (const auto& [pat, files] : pf) {
    out += pat + ":";
    for (const std::string& n : files) out += " " + n;
    out += "\n";
  }
  return out;
}

// The errors of attaching a file's directives: early ones, then "|", then late ones.
std::string attach(const std::string& src, std::unique_ptr<File>* keep = nullptr) {
  std::vector<Diagnostic> d, early, late;
  std::unique_ptr<File> f = parse_file(src, "prog.go", d);
  EXPECT_TRUE(d.empty()) << d[0].msg;
  attach_embed_directives(*f, early, late);
  std::string out;
  for (const Diagnostic& e : early) out += std::to_string(e.pos.line) + ":" + std::to_string(e.pos.col) + " " + e.msg + "; ";
  out += "|";
  for (const Diagnostic& e : late) out += " " + std::to_string(e.pos.line) + ":" + std::to_string(e.pos.col) + " " + e.msg + ";";
  if (keep) *keep = std::move(f);
  return out;
}

}  // namespace

TEST(Embed, DirectiveArguments) {
  EXPECT_EQ(args(" a b\tc"), "a@12 b@14 c@16 ");
  EXPECT_EQ(args(" \"a b\" `c d` e"), "a b@12 c d@18 e@24 ");
  EXPECT_EQ(args(" \"x\\u00e9\""), "x\xc3\xa9@12 ");
  EXPECT_EQ(args(""), "");
  EXPECT_EQ(args(" \"open"), "error: invalid quoted string in //go:embed: \"open");
  EXPECT_EQ(args(" `open"), "error: invalid quoted string in //go:embed: `open");
  EXPECT_EQ(args(" \"a\"b"), "error: invalid quoted string in //go:embed: b");
  EXPECT_EQ(args(" \"\\q\""), "error: invalid quoted string in //go:embed: \"\\q\"");
}

TEST(Embed, PathMatch) {
  bool m = false;
  EXPECT_TRUE(gort::text::path_match("*.txt", "a.txt", &m) && m);
  EXPECT_TRUE(gort::text::path_match("*", "a/b", &m) && !m);  // * stops at /
  EXPECT_TRUE(gort::text::path_match("[a-c]?", "b1", &m) && m);
  EXPECT_TRUE(gort::text::path_match("[^a]", "a", &m) && !m);
  EXPECT_TRUE(gort::text::path_match("\\*", "*", &m) && m);
  EXPECT_FALSE(gort::text::path_match("[", "", &m));
  EXPECT_FALSE(gort::text::path_match("a[", "x", &m));  // Go 1.19 checks the rest of the pattern
  EXPECT_FALSE(gort::text::path_match("\\", "x", &m));
}

TEST(Embed, ResolvePatterns) {
  TreeFiles tree({{"d/a.txt", "a"},
                  {"d/.h", "h"},
                  {"d/_u/u", "u"},
                  {"d/s/b.txt", "b"},
                  {"d/mod/go.mod", "module m"},
                  {"d/mod/m.txt", "m"},
                  {"e/.only", "x"},
                  {"g/.git/config", "c"},
                  {"n/go.mod", "module n"},
                  {"n/f", "f"},
                  {"top.txt", "t"}});
  // A directory: recursively, without hidden/_ names or a nested module.
  EXPECT_EQ(resolve("d", tree), "d: d/a.txt d/s/b.txt\n");
  EXPECT_EQ(resolve("all:d", tree), "all:d: d/.h d/_u/u d/a.txt d/s/b.txt\n");
  // Globs match hidden names; a matched file is taken as it is.
  EXPECT_EQ(resolve("d/[._as]* top.txt", tree), "d/[._as]*: d/.h d/_u/u d/a.txt d/s/b.txt\ntop.txt: top.txt\n");
  EXPECT_EQ(resolve("d/*", tree), "3:12: pattern d/*: cannot embed directory d/mod: in different module");
  EXPECT_EQ(resolve("*/*.txt", tree), "*/*.txt: d/a.txt\n");
  // go build's errors, at the column of the first (in sorted order) failing pattern.
  EXPECT_EQ(resolve("top.txt zz nope", tree), "3:23: pattern nope: no matching files found");
  EXPECT_EQ(resolve("e", tree), "3:12: pattern e: cannot embed directory e: contains no embeddable files");
  EXPECT_EQ(resolve("d/mod/m.txt", tree), "3:12: pattern d/mod/m.txt: cannot embed file d/mod/m.txt: in different module");
  EXPECT_EQ(resolve("n", tree), "3:12: pattern n: cannot embed directory n: in different module");
  EXPECT_EQ(resolve("g/.git/config", tree),
            "3:12: pattern g/.git/config: cannot embed file g/.git/config: in invalid directory .git");
  for (const char* bad : {"../x", "/x", "./d", "d/", ".", "d//a.txt", "[", "all:"})
    EXPECT_EQ(resolve(bad, tree), "3:12: pattern " + std::string(bad) + ": invalid pattern syntax") << bad;
  // No file system at all: nothing matches.
  std::vector<Diagnostic> d;
  std::unique_ptr<File> f = parse_file("package main\nimport \"embed\"\n//go:embed x\nvar x embed.FS\n", "prog.go", d);
  EmbedPatternFiles pf;
  EXPECT_FALSE(resolve_embed_patterns({f.get()}, nullptr, &pf, d));
  EXPECT_TRUE(d.back().loader);
}

TEST(Embed, DirectivesBeforeImportsOrWithoutEmbedAreNotResolved) {
  TreeFiles tree({});
  std::vector<Diagnostic> d;
  std::unique_ptr<File> f = parse_file("package main\n//go:embed a\nimport \"fmt\"\n//go:embed b\nvar x string\n", "prog.go", d);
  EmbedPatternFiles pf;
  EXPECT_TRUE(resolve_embed_patterns({f.get()}, &tree, &pf, d));
  EXPECT_TRUE(pf.empty());
}

TEST(Embed, AttachToTheFollowingVarSpec) {
  std::unique_ptr<File> f;
  EXPECT_EQ(attach("package main\nimport \"embed\"\n\n//go:embed a b\n\n// doc\n//go:embed c\nvar x embed.FS\n"
                   "var (\n\t//go:embed d\n\ty string\n\tz string\n)\n",
                   &f),
            "|");
  ASSERT_EQ(f->pragma_sites.size(), 3u);
  ValueSpec* x = f->pragma_sites[0].spec;
  ASSERT_EQ(x->embeds.size(), 3u);
  EXPECT_EQ(x->embeds[2].pattern, "c");
  EXPECT_EQ(x->embed_pos.line, 4);
  EXPECT_EQ(x->embed_pos.col, 3);
  EXPECT_EQ(f->pragma_sites[1].spec->embeds.size(), 1u);
  EXPECT_TRUE(f->pragma_sites[2].spec->embeds.empty());
}

TEST(Embed, ParserRoundAndIrgenRound) {
  // Early (gc's parser): a directive no declaration takes, after code, malformed.
  EXPECT_EQ(attach("package main\nimport \"embed\"\n//go:embed a\nvar (\n\tx embed.FS\n)\n"),
            "3:3 misplaced go:embed directive; |");
  EXPECT_EQ(attach("package main\nimport \"embed\"\nvar x embed.FS //go:embed a\n"), "3:18 misplaced compiler directive; |");
  EXPECT_EQ(attach("package main\nimport \"embed\"\n//go:embed\nvar x embed.FS\n"), "3:3 usage: //go:embed pattern...; |");
  EXPECT_EQ(attach("package main\nimport \"embed\"\nfunc f() {\n\tg()\n\t//go:embed a\n}\n"),
            "5:4 misplaced go:embed directive; |");
  // Late (gc's irgen): taken by a func/type/const, or checkEmbed's misuse.
  EXPECT_EQ(attach("package main\nimport \"embed\"\n//go:embed a\nfunc f() {}\n//go:embed a\ntype T int\n"),
            "| 3:3 misplaced go:embed directive; 5:3 misplaced go:embed directive;");
  EXPECT_EQ(attach("package main\n//go:embed a\nvar x string\n"),
            "| 2:3 go:embed only allowed in Go files that import \"embed\";");
  EXPECT_EQ(attach("package main\nimport _ \"embed\"\n//go:embed a\nvar x, y string\n//go:embed a\nvar z = \"\"\n"
                   "func f() {\n\t//go:embed a\n\tvar w string\n\t_ = w\n}\n"),
            "| 3:3 go:embed cannot apply to multiple vars; 5:3 go:embed cannot apply to var with initializer; "
            "8:4 go:embed cannot apply to var inside func;");
  // "//go:embedx" and a tab after go:embed are other directives (ignored).
  EXPECT_EQ(attach("package main\nimport \"embed\"\n//go:embedx a\n//go:embed\ta\nvar x embed.FS\n"), "|");
}
